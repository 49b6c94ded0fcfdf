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
import {
  INSERT_ASSIGNMENTS,
  INSERT_CASES,
  INSERT_EVENTS,
  INSERT_MESSAGES,
  orderedId,
} from './lists.seed-sql.ts';

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
