// The lists scenario's data: a region with many clinics built with the test factories, then
// cases by SQL (generate_series, deterministic md5 uuids, one statement per table per chunk)
// with their messages, events and assignments, as the API writes them and under every
// constraint of the migrations. One clinic ("the big clinic") holds a large open backlog; the
// rest is two years of history spread over every clinic, closed unless recent.
import {
  createActivatedCaseType,
  createClinic,
  createRegion,
  createStaff,
} from '../../test/factories.ts';
import { seedPersons, ts, uniform } from '../retention/retention.seed.ts';
import type { BenchDatabase } from '../support/bench-database.ts';

const CHUNK = 50_000;
const BIG_CLINIC = 'Bänkens stora vårdcentral';
const BIG_CAREGIVERS = 20;
const CAREGIVERS = 3;
/** Tables whose secondary indexes are dropped while seeding and rebuilt from their definitions. */
const BULK_TABLES = ['cases', 'case_messages', 'case_events', 'case_assignments'];

export type ListsFixture = {
  clinicId: string;
  /** hsaIds to log in with: the big clinic's case receiver and its first caregiver. */
  receiverHsaId: string;
  caregiverHsaId: string;
  caregiverId: string;
};

export type ListsData = {
  fixture: ListsFixture;
  cases: number;
  /** Open cases of the big clinic, and every case of it. */
  bigOpen: number;
  bigTotal: number;
  /** Open cases assigned to the measured caregiver, and all of them. */
  caregiverOpen: number;
  caregiverTotal: number;
  clinics: number;
  seeded: Record<string, number>;
};

/**
 * `cases` cases: `bigOpen` open ones at the big clinic sent over the last 90 days (35 % new and
 * unassigned, the rest assigned, answered or waiting for the citizen), and `cases - bigOpen`
 * sent over two years at any of `clinics` clinics (the big one too): closed when older than 45
 * days except one in a hundred left waiting, a mix of open statuses when younger.
 */
export async function seedListsData(
  db: BenchDatabase,
  input: { now: Date; cases: number; bigOpen: number; clinics: number },
  log: (message: string) => void,
): Promise<ListsData> {
  const { now, cases, bigOpen, clinics } = input;
  if (bigOpen > cases) throw new Error(`--big-open ${bigOpen} exceeds --cases ${cases}`);
  await seedOrganisation(db, clinics);
  log(`${clinics} clinics`);
  const persons = Math.max(1000, Math.ceil(cases / 3));
  await seedPersons(db, persons, now);
  log(`${persons} persons`);
  const indexes = await dropSecondaryIndexes(db);
  const seeded: Record<string, number> = {};
  const backlog: Batch = {
    prefix: 'Q',
    code: '2',
    count: bigOpen,
    clinic: () => '0',
    submittedAt: (n) => `${ts(now)} - (1 - (${n} - 1)::float8 / ${bigOpen}) * interval '90 days'`,
    status: (n) => openStatus(n),
  };
  const history: Batch = {
    prefix: 'H',
    code: '1',
    count: cases - bigOpen,
    clinic: (n) => `(hashint4(${n} + 101) & 2147483647) % ${clinics}`,
    submittedAt: (n) =>
      `${ts(now)} - (1 - (${n} - 1)::float8 / ${Math.max(1, cases - bigOpen)}) * interval '730 days'`,
    status: (n) =>
      `CASE WHEN sent < ${ts(now)} - interval '45 days'
            THEN CASE WHEN ${uniform(n, 13)} < 0.01 THEN 'WAITING_FOR_CITIZEN' ELSE 'CLOSED' END
            ELSE ${openStatus(n)} END`,
  };
  for (const batch of [history, backlog]) {
    await seedCases(
      db,
      batch,
      persons,
      now,
      (table, rows) => {
        seeded[table] = (seeded[table] ?? 0) + rows;
      },
      (done) => {
        log(`${batch.prefix === 'Q' ? 'backlog' : 'history'} cases: ${done} of ${batch.count}`);
      },
    );
  }
  await db.execute('DROP TABLE IF EXISTS bench_chunk');
  await db.execute('DROP TABLE IF EXISTS bench_clinics');
  log(`rebuilding ${indexes.length} indexes`);
  for (const definition of indexes)
    await db.admin.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL maintenance_work_mem = '512MB'`);
        await tx.$executeRawUnsafe(definition);
      },
      { timeout: 1_800_000 },
    );
  log('vacuum analyze');
  await db.execute('VACUUM (ANALYZE)');
  return describeSeededLists(db, seeded);
}

/** What an earlier `--seed-only` run left in a database (copied with `--from`). */
export async function describeSeededLists(
  db: BenchDatabase,
  seeded?: Record<string, number>,
): Promise<ListsData> {
  // The measured caregiver: the one assigned the earliest of the first backlog cases.
  const [row] = await db.query<{
    clinic_id: string;
    receiver: string;
    caregiver: string;
    caregiver_id: string;
  }>(
    `SELECT c.clinic_id,
            (SELECT s.hsa_id FROM staff_members s
               JOIN staff_assignments a ON a.staff_member_id = s.id
              WHERE a.clinic_id = c.clinic_id AND 'CASE_RECEIVER' = ANY(a.roles)
              ORDER BY s.hsa_id LIMIT 1) AS receiver,
            s.hsa_id AS caregiver, s.id AS caregiver_id
       FROM cases c JOIN staff_members s ON s.id = c.assigned_staff_id
      WHERE c.reference IN (SELECT 'Q-' || n FROM generate_series(1, 50) n)
      ORDER BY c.submitted_at LIMIT 1`,
  );
  if (!row) throw new Error('no backlog at a big clinic in this database');
  const counts: Record<string, number> = {};
  if (!seeded)
    for (const table of BULK_TABLES) {
      const [count] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      counts[table] = count?.n ?? 0;
    }
  return describeLists(
    db,
    {
      clinicId: row.clinic_id,
      receiverHsaId: row.receiver,
      caregiverHsaId: row.caregiver,
      caregiverId: row.caregiver_id,
    },
    seeded ?? counts,
  );
}

async function describeLists(
  db: BenchDatabase,
  fixture: ListsFixture,
  seeded: Record<string, number>,
): Promise<ListsData> {
  const [counts] = await db.query<{
    cases: number;
    big_open: number;
    big_total: number;
    caregiver_open: number;
    caregiver_total: number;
    clinics: number;
  }>(
    `SELECT count(*)::int AS cases,
            count(*) FILTER (WHERE clinic_id = '${fixture.clinicId}' AND status <> 'CLOSED')::int AS big_open,
            count(*) FILTER (WHERE clinic_id = '${fixture.clinicId}')::int AS big_total,
            count(*) FILTER (WHERE assigned_staff_id = '${fixture.caregiverId}' AND status <> 'CLOSED')::int AS caregiver_open,
            count(*) FILTER (WHERE assigned_staff_id = '${fixture.caregiverId}')::int AS caregiver_total,
            (SELECT count(*)::int FROM clinics) AS clinics
       FROM cases`,
  );
  return {
    fixture,
    cases: counts?.cases ?? 0,
    bigOpen: counts?.big_open ?? 0,
    bigTotal: counts?.big_total ?? 0,
    caregiverOpen: counts?.caregiver_open ?? 0,
    caregiverTotal: counts?.caregiver_total ?? 0,
    clinics: counts?.clinics ?? 0,
    seeded,
  };
}

/** A spread of open statuses: 35 % new and unassigned, then assigned, answered, waiting. */
function openStatus(n: string): string {
  const u = uniform(n, 11);
  return `CASE WHEN ${u} < 0.35 THEN 'NEW' WHEN ${u} < 0.6 THEN 'ASSIGNED'
                WHEN ${u} < 0.75 THEN 'ANSWERED' ELSE 'WAITING_FOR_CITIZEN' END`;
}

type Batch = {
  /** Distinguishes the batch's ids and references ("Q" backlog, "H" history). */
  prefix: string;
  /** One hex digit for the batch, leading its ids. */
  code: string;
  count: number;
  /** SQL: the clinic's number (0 is the big clinic) of case `n`. */
  clinic: (n: string) => string;
  /** SQL: when case `n` was sent; grows with `n`, so the table lies on disk in sending order. */
  submittedAt: (n: string) => string;
  /** SQL: the status of case `n` (text), which may use `sent`. */
  status: (n: string) => string;
};

async function seedOrganisation(db: BenchDatabase, clinics: number): Promise<void> {
  const prisma = db.admin;
  const region = await createRegion(prisma, 'Region Bänk');
  const rows: string[] = [];
  for (let c = 0; c < clinics; c += 1) {
    const big = c === 0;
    const clinic = await createClinic(
      prisma,
      region.id,
      big ? BIG_CLINIC : `Bänkens vårdcentral ${c}`,
    );
    // The big clinic offers three types (most cases are prescriptions), the others one.
    const names = big ? ['Förnya recept', 'Fråga sjuksköterskan', 'Rådgivning'] : ['Förnya recept'];
    const versions: string[] = [];
    for (const nameSv of names) {
      const type = await createActivatedCaseType(prisma, {
        regionId: region.id,
        clinicId: clinic.id,
        nameSv,
      });
      const [version] = await db.query<{ id: string }>(
        `SELECT id FROM case_type_versions WHERE case_type_id = '${type.id}' AND status = 'PUBLISHED'`,
      );
      versions.push(version?.id ?? '');
    }
    const receiver = await createStaff(prisma, {
      assignments: [{ clinicId: clinic.id, roles: ['CASE_RECEIVER'] }],
    });
    const staff: string[] = [];
    for (let s = 0; s < (big ? BIG_CAREGIVERS : CAREGIVERS); s += 1) {
      const caregiver = await createStaff(prisma, {
        assignments: [{ clinicId: clinic.id, roles: ['CAREGIVER'] }],
        title: 'Distriktssköterska',
      });
      staff.push(caregiver.id);
    }
    const array = (ids: string[]) => `ARRAY[${ids.map((id) => `'${id}'`).join(', ')}]::uuid[]`;
    rows.push(`(${c}, '${clinic.id}', '${receiver.id}', ${array(staff)}, ${array(versions)})`);
  }
  // Helpers for the seeding statements only; dropped when the cases are in.
  await db.execute(
    `CREATE UNLOGGED TABLE bench_clinics (i int PRIMARY KEY, clinic_id uuid, receiver_id uuid,
       staff uuid[], versions uuid[])`,
  );
  await db.execute(`INSERT INTO bench_clinics VALUES ${rows.join(', ')}`);
  await db.execute(
    `CREATE UNLOGGED TABLE bench_chunk (n int, prefix text, code text, id uuid, person_id uuid,
       clinic_id uuid, staff_id uuid, receiver_id uuid, version_id uuid, status "CaseStatus",
       submitted_at timestamptz, last_event_at timestamptz, messages int, events int)`,
  );
}

/**
 * Drops the bulk tables' plain secondary indexes (not the keys and unique ones, which keep
 * every constraint checked) and answers their definitions: one index build after the load is
 * many times faster than a million index insertions, and ends in the same indexes.
 */
async function dropSecondaryIndexes(db: BenchDatabase): Promise<string[]> {
  const rows = await db.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
      WHERE i.indrelid::regclass::text IN (${BULK_TABLES.map((t) => `'${t}'`).join(', ')})
        AND NOT i.indisunique AND NOT i.indisprimary`,
  );
  for (const row of rows) await db.execute(`DROP INDEX ${row.name}`);
  return rows.map((r) => r.definition);
}

/** Inserts `batch.count` cases with their rows, a chunk at a time. */
async function seedCases(
  db: BenchDatabase,
  batch: Batch,
  persons: number,
  now: Date,
  add: (table: string, rows: number) => void,
  progress: (done: number) => void,
): Promise<void> {
  for (let from = 1; from <= batch.count; from += CHUNK) {
    const to = Math.min(batch.count, from + CHUNK - 1);
    await db.execute('TRUNCATE bench_chunk');
    // The state of each case decides its rows: NEW has only the sending; every other status
    // was assigned; answered, waiting and closed cases have staff messages.
    await db.execute(
      `INSERT INTO bench_chunk
       SELECT n, '${batch.prefix}', '${batch.code}', ${orderedId(`'${batch.code}'`, "'0'", `'${batch.prefix}c'`, 'n', '0')},
              md5('p' || (hashint4(n + ${batch.prefix === 'Q' ? 7 : 0}) & 2147483647) % ${persons})::uuid,
              b.clinic_id,
              CASE WHEN st <> 'NEW' THEN b.staff[1 + (hashint4(n + 3) & 2147483647) % cardinality(b.staff)] END,
              b.receiver_id,
              b.versions[1 + CASE WHEN n % 10 < 6 THEN 0 WHEN n % 10 < 9 THEN 1 ELSE 2 END % cardinality(b.versions)],
              st, sent,
              CASE WHEN st = 'NEW' THEN sent
                   WHEN st = 'CLOSED' THEN least(sent + interval '10 minutes' + ${uniform('n', 7)} ^ 3 * interval '29 days', ${ts(now)})
                   ELSE sent + (${ts(now)} - sent) * ${uniform('n', 17)} ^ 2 END,
              CASE st WHEN 'NEW' THEN 1 WHEN 'ASSIGNED' THEN 1 WHEN 'CLOSED' THEN 2 + 2 * (n % 2) ELSE 2 END,
              CASE st WHEN 'NEW' THEN 1 WHEN 'ASSIGNED' THEN 2 WHEN 'CLOSED' THEN 4 ELSE 3 END
         FROM generate_series(${from}, ${to}) n
         CROSS JOIN LATERAL (SELECT date_trunc('milliseconds', ${batch.submittedAt('n')}) AS sent) x
         CROSS JOIN LATERAL (SELECT (${batch.status('n')})::"CaseStatus" AS st) s
         JOIN bench_clinics b ON b.i = (${batch.clinic('n')})`,
    );
    await db.admin.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe('SET LOCAL synchronous_commit = off');
        add('cases', await tx.$executeRawUnsafe(INSERT_CASES));
        add('case_messages', await tx.$executeRawUnsafe(INSERT_MESSAGES));
        add('case_events', await tx.$executeRawUnsafe(INSERT_EVENTS));
        add('case_assignments', await tx.$executeRawUnsafe(INSERT_ASSIGNMENTS));
      },
      { timeout: 600_000 },
    );
    progress(to);
  }
}

/**
 * A deterministic uuid whose first twelve hex digits grow with the case number (batch, table,
 * then n * 8 + j) and whose rest is an md5: each primary key is filled in order, at its right
 * edge, instead of at random pages of an index larger than the buffer cache.
 */
function orderedId(code: string, table: string, salt: string, n: string, j: string): string {
  return `overlay(md5(${salt} || ${n} || '.' || ${j}) placing ${code} || ${table} || lpad(to_hex(${n} * 8 + ${j}), 10, '0') from 1)::uuid`;
}

/** The j-th of `count` instants spread evenly from submission to the latest event. */
const AT = (j: string, count: string) =>
  `submitted_at + (last_event_at - submitted_at) * (${j} - 1) / greatest(${count} - 1, 1)`;

const INSERT_CASES = `
  INSERT INTO cases (id, reference, clinic_id, case_type_version_id, subject_person_id,
    sender_person_id, idempotency_key, status, answers, clinic_options, assigned_staff_id,
    submitted_at, last_event_at, closed_at, archived_at, revision, first_answer_due_at,
    first_answered_at)
  SELECT id, prefix || '-' || n, clinic_id, version_id, person_id, person_id,
         md5('k' || prefix || n), status,
         jsonb_build_object('medicine', 'Levaxin 50 mikrogram', 'dosage', '1 tablett dagligen',
           'message', 'Jag behöver förnya mitt recept, det tar slut nästa vecka. Tack på förhand!'),
         '{}'::jsonb, staff_id, submitted_at, last_event_at,
         CASE WHEN status = 'CLOSED' THEN last_event_at END,
         CASE WHEN status = 'CLOSED' AND n % 3 = 0 THEN last_event_at END,
         events,
         -- Every type has a target: two days stands in for 16 working hours on the calendar.
         submitted_at + interval '2 days',
         -- The first staff message (the second message) answered all but new and assigned cases.
         CASE WHEN status NOT IN ('NEW', 'ASSIGNED') THEN ${AT('2', 'messages')} END
    FROM bench_chunk`;

const INSERT_MESSAGES = `
  INSERT INTO case_messages (id, case_id, recipient_person_id, author_kind, author_person_id,
    author_staff_id, kind, body, created_at, read_at)
  SELECT ${orderedId('code', "'1'", "prefix || 'm'", 'n', 'j')}, id, person_id,
         (CASE WHEN j = 1 THEN 'SYSTEM' WHEN j % 2 = 0 THEN 'STAFF' ELSE 'CITIZEN' END)::"MessageAuthorKind",
         CASE WHEN j > 1 AND j % 2 = 1 THEN person_id END,
         CASE WHEN j % 2 = 0 THEN staff_id END,
         (CASE WHEN j = 1 THEN 'CASE_SUBMITTED'
               WHEN j % 2 = 1 THEN 'CITIZEN_REPLY'
               WHEN status = 'WAITING_FOR_CITIZEN' THEN 'COUNTER_QUESTION'
               WHEN j = messages THEN 'ANSWER'
               ELSE 'PARTIAL_ANSWER' END)::"MessageKind",
         CASE WHEN j = 1 THEN jsonb_build_object('key', 'caseSubmitted', 'reference', prefix || '-' || n)
              WHEN j % 2 = 0 THEN jsonb_build_object('text',
                'Hej! Vi har tittat på ditt ärende. Receptet är förnyat och finns hos apoteket '
                || 'från i morgon. Vänliga hälsningar, mottagningen', 'outcomes', '[]'::jsonb)
              ELSE jsonb_build_object('text', 'Tack för svaret!', 'outcomes', '[]'::jsonb)
         END,
         ${AT('j', 'messages')},
         CASE WHEN status IN ('ANSWERED', 'WAITING_FOR_CITIZEN') AND j % 2 = 0 AND n % 2 = 0 THEN NULL
              ELSE ${AT('j', 'messages')} + interval '2 hours' END
    FROM bench_chunk CROSS JOIN LATERAL generate_series(1, messages) j`;

const INSERT_EVENTS = `
  INSERT INTO case_events (id, case_id, kind, actor_kind, actor_person_id, actor_staff_id,
    actor_role, from_status, to_status, details, occurred_at)
  SELECT ${orderedId('code', "'2'", "prefix || 'e'", 'n', 'j')}, id,
         ((ARRAY['SUBMITTED', 'ASSIGNED', 'MESSAGE_ADDED', 'CLOSED'])[j])::"CaseEventKind",
         (CASE WHEN j = 1 THEN 'CITIZEN' ELSE 'STAFF' END)::"ActorKind",
         CASE WHEN j = 1 THEN person_id END,
         CASE j WHEN 1 THEN NULL WHEN 2 THEN receiver_id ELSE staff_id END,
         (CASE j WHEN 1 THEN NULL WHEN 2 THEN 'CASE_RECEIVER' ELSE 'CAREGIVER' END)::"StaffRole",
         ((ARRAY[NULL, 'NEW', 'ASSIGNED', 'ANSWERED'])[j])::"CaseStatus",
         CASE j WHEN 1 THEN 'NEW' WHEN 2 THEN 'ASSIGNED' WHEN 4 THEN 'CLOSED'
                ELSE CASE WHEN status = 'CLOSED' THEN 'ANSWERED' ELSE status::text END
         END::"CaseStatus",
         CASE j WHEN 2 THEN jsonb_build_object('staffMemberId', staff_id, 'previousStaffId', NULL)
                WHEN 3 THEN jsonb_build_object('messageId', ${orderedId('code', "'1'", "prefix || 'm'", 'n', '2')})
         END,
         ${AT('j', 'events')}
    FROM bench_chunk CROSS JOIN LATERAL generate_series(1, events) j`;

const INSERT_ASSIGNMENTS = `
  INSERT INTO case_assignments (id, case_id, staff_member_id, assigned_by_staff_id, assigned_at)
  SELECT ${orderedId('code', "'3'", "prefix || 'a'", 'n', '0')}, id, staff_id, receiver_id,
         ${AT('2', 'events')}
    FROM bench_chunk WHERE staff_id IS NOT NULL`;
