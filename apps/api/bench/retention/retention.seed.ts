// The retention scenario's data: a small organisation built with the test factories, then cases
// by SQL (generate_series, deterministic md5 uuids) with their messages (2-5 per case), events
// (2-4), assignments, some notes, attachments and sent notifications: every row as the API
// writes it, under every constraint of the migrations.
import {
  createActivatedCaseType,
  createClinic,
  createPerson,
  createRegion,
  createStaff,
} from '../../test/factories.ts';
import type { BenchDatabase } from '../support/bench-database.ts';

/** The measured citizen's own cases, all recent. */
export const MEASURED_CITIZEN_CASES = 40;
const CITIZEN = { givenName: 'Mätta', familyName: 'Mätsson' };

/** Cases inserted per statement group; each group is a few seconds of work. */
const CHUNK = 50_000;
const CLINICS = 8;
const CAREGIVERS_PER_CLINIC = 3;

export type RetentionFixture = {
  /** The measured citizen: personnummer to log in with, and the person id. */
  citizen: { personnummer: string; id: string };
};

export type SeededData = {
  fixture: RetentionFixture;
  /** Expired and live cases (besides the measured citizen's). */
  cases: number;
  live: number;
  /** Rows per table. */
  seeded: Record<string, number>;
};

/**
 * The whole data set: the organisation, `persons` people, `cases` expired cases sent over the
 * year before two years and 30 days ago (every one due by `now`), `live` cases sent over the
 * last 20 months (none due), and the measured citizen's recent ones. Vacuumed and analysed, as
 * an established database is.
 */
export async function seedRetentionData(
  db: BenchDatabase,
  input: { now: Date; cases: number; live: number; persons: number },
  log: (message: string) => void,
): Promise<SeededData> {
  const { now, cases, live, persons } = input;
  const fixture = await seedOrganisation(db);
  await seedPersons(db, persons, now);
  log(`${persons} persons`);
  const seeded: Record<string, number> = {};
  const tally = (totals: Record<string, number>) => {
    for (const [table, n] of Object.entries(totals)) seeded[table] = (seeded[table] ?? 0) + n;
  };
  const expired: CaseBatch = {
    prefix: 'E',
    count: cases,
    submittedAt: (n) =>
      `${ts(now)} - interval '2 years 30 days' - (1 - (${n} - 1)::float8 / ${cases}) * interval '365 days'`,
  };
  tally(
    await seedCases(db, expired, persons, (done) => {
      log(`expired cases: ${done} of ${cases}`);
    }),
  );
  const recent: CaseBatch = {
    prefix: 'L',
    count: live,
    submittedAt: (n) =>
      `${ts(now)} - interval '30 days' - (1 - (${n} - 1)::float8 / ${live}) * interval '570 days'`,
  };
  tally(
    await seedCases(db, recent, persons, (done) => {
      log(`live cases: ${done} of ${live}`);
    }),
  );
  const measured: CaseBatch = {
    prefix: 'M',
    count: MEASURED_CITIZEN_CASES,
    subjectId: fixture.citizen.id,
    submittedAt: (n) => `${ts(now)} - interval '30 days' - ${n} * interval '2 days 3 hours'`,
    unreadWhen: (n) => `${n} <= 6`,
  };
  tally(await seedCases(db, measured, persons, () => undefined));
  await dropSeedHelpers(db);
  log('vacuum analyze');
  await db.execute('VACUUM (ANALYZE)');
  return { fixture, cases, live, seeded };
}

/** What an earlier `--seed-only` run left in a database (copied with `--from`). */
export async function describeSeeded(db: BenchDatabase): Promise<SeededData> {
  const [citizen] = await db.query<{ id: string; identity_number: string }>(
    `SELECT id, identity_number FROM persons
      WHERE given_name = '${CITIZEN.givenName}' AND family_name = '${CITIZEN.familyName}'`,
  );
  if (!citizen) throw new Error('no measured citizen in this database');
  const [counts] = await db.query<{ expired: number; live: number }>(
    `SELECT count(*) FILTER (WHERE reference LIKE 'E-%')::int AS expired,
            count(*) FILTER (WHERE reference LIKE 'L-%')::int AS live FROM cases`,
  );
  const seeded: Record<string, number> = {};
  for (const table of [
    'cases',
    'case_messages',
    'case_events',
    'case_assignments',
    'internal_notes',
    'attachments',
    'notification_outbox',
  ]) {
    const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    seeded[table] = row?.n ?? 0;
  }
  return {
    fixture: { citizen: { id: citizen.id, personnummer: citizen.identity_number } },
    cases: counts?.expired ?? 0,
    live: counts?.live ?? 0,
    seeded,
  };
}

type CaseBatch = {
  /** Distinguishes the batch's ids and references ("E" expired, "L" live, "M" measured). */
  prefix: string;
  count: number;
  /**
   * SQL for when case `n` was sent (a timestamptz). Batches are inserted in `n` order, so make
   * it grow with `n`: the table then lies on disk in sending order, as a real one does.
   */
  submittedAt: (n: string) => string;
  /** The subject of every case, or spread over the bulk population. */
  subjectId?: string;
  /** Unread staff messages (the measured citizen's newest cases). */
  unreadWhen?: (n: string) => string;
};

async function seedOrganisation(db: BenchDatabase): Promise<RetentionFixture> {
  const prisma = db.admin;
  const region = await createRegion(prisma, 'Region Bench');
  const pool: string[] = [];
  for (let c = 0; c < CLINICS; c += 1) {
    const clinic = await createClinic(prisma, region.id, `Bänkens vårdcentral ${c + 1}`);
    const type = await createActivatedCaseType(prisma, {
      regionId: region.id,
      clinicId: clinic.id,
      nameSv: 'Förnya recept',
      nameEn: 'Renew prescription',
    });
    const [version] = await db.query<{ id: string }>(
      `SELECT id FROM case_type_versions WHERE case_type_id = '${type.id}' AND status = 'PUBLISHED'`,
    );
    const receiver = await createStaff(prisma, {
      assignments: [{ clinicId: clinic.id, roles: ['CASE_RECEIVER'] }],
    });
    for (let s = 0; s < CAREGIVERS_PER_CLINIC; s += 1) {
      const caregiver = await createStaff(prisma, {
        assignments: [{ clinicId: clinic.id, roles: ['CAREGIVER'] }],
        title: 'Distriktssköterska',
      });
      pool.push(
        `(${pool.length}, '${clinic.id}', '${caregiver.id}', '${receiver.id}', '${version?.id ?? ''}')`,
      );
    }
  }
  // Helpers for the seeding statements only; dropped again by dropSeedHelpers.
  await db.execute(
    `CREATE UNLOGGED TABLE bench_pool (i int PRIMARY KEY, clinic_id uuid, staff_id uuid,
       receiver_id uuid, version_id uuid)`,
  );
  await db.execute(`INSERT INTO bench_pool VALUES ${pool.join(', ')}`);
  await db.execute(
    `CREATE UNLOGGED TABLE bench_chunk (n int, prefix text, id uuid, person_id uuid,
       clinic_id uuid, staff_id uuid, receiver_id uuid, version_id uuid,
       submitted_at timestamptz, last_event_at timestamptz, messages int, events int,
       unread boolean)`,
  );
  const person = await createPerson(prisma, {
    birthDate: '1980-05-05',
    ...CITIZEN,
  });
  return { citizen: { personnummer: person.identityNumber, id: person.id } };
}

/** The bulk population the cases are spread over (about four cases each). */
export async function seedPersons(db: BenchDatabase, count: number, now: Date): Promise<number> {
  return db.execute(
    `INSERT INTO persons (id, identity_number, identity_number_kind, birth_date, given_name,
       family_name, protected_identity, municipality, registered_at, updated_at)
     SELECT md5('p' || i)::uuid, '1' || lpad(i::text, 11, '0'), 'PERSONNUMMER',
            date '1940-01-01' + (i % 25000), 'Testa', 'Testsson', false, 'Stockholm',
            ${ts(now)}, ${ts(now)}
       FROM generate_series(0, ${count - 1}) i`,
  );
}

/** Inserts `batch.count` cases with their rows; answers the rows inserted per table. */
async function seedCases(
  db: BenchDatabase,
  batch: CaseBatch,
  persons: number,
  progress: (done: number) => void,
): Promise<Record<string, number>> {
  const totals: Record<string, number> = {};
  const add = (table: string, rows: number) => {
    totals[table] = (totals[table] ?? 0) + rows;
  };
  const [poolSize] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM bench_pool');
  const size = poolSize?.n ?? 1;
  for (let from = 1; from <= batch.count; from += CHUNK) {
    const to = Math.min(batch.count, from + CHUNK - 1);
    await db.execute('TRUNCATE bench_chunk');
    const subject = batch.subjectId
      ? `'${batch.subjectId}'::uuid`
      : `md5('p' || (n % ${persons}))::uuid`;
    await db.execute(
      `INSERT INTO bench_chunk
       SELECT n, '${batch.prefix}', md5('${batch.prefix}c' || n)::uuid, ${subject},
              b.clinic_id, b.staff_id, b.receiver_id, b.version_id,
              sent, sent + ${LASTING}, 2 + n % 4, 2 + n % 3,
              ${batch.unreadWhen ? batch.unreadWhen('n') : 'false'}
         FROM generate_series(${from}, ${to}) n
         JOIN bench_pool b ON b.i = n % ${size}
         CROSS JOIN LATERAL (SELECT date_trunc('milliseconds', ${batch.submittedAt('n')}) AS sent) x`,
    );
    add('cases', await db.execute(INSERT_CASES));
    add('case_messages', await db.execute(INSERT_MESSAGES));
    add('case_events', await db.execute(INSERT_EVENTS));
    add('case_assignments', await db.execute(INSERT_ASSIGNMENTS));
    add('internal_notes', await db.execute(INSERT_NOTES));
    add('attachments', await db.execute(INSERT_ATTACHMENTS));
    add('notification_outbox', await db.execute(INSERT_OUTBOX));
    progress(to);
  }
  return totals;
}

async function dropSeedHelpers(db: BenchDatabase): Promise<void> {
  await db.execute('DROP TABLE IF EXISTS bench_chunk');
  await db.execute('DROP TABLE IF EXISTS bench_pool');
}

/**
 * How long case `n` stays active, from sending to its latest event: ten minutes to 29 days,
 * most of them short (u³), so deletion order (latest event) differs from disk order (sending)
 * about as much as in a real table.
 */
export const LASTING = `(interval '10 minutes' + ${uniform('n', 7)} ^ 3 * interval '29 days')`;

/** Uniform in [0, 1) from the case number, the same on every run. */
export function uniform(n: string, salt: number): string {
  return `((hashint4(${n} + ${salt})::bigint & 2147483647)::float8 / 2147483648)`;
}

export function ts(instant: Date): string {
  return `'${instant.toISOString()}'::timestamptz`;
}

/** The j-th of `count` instants spread evenly from submission to the latest event. */
const AT = (j: string, count: string) =>
  `submitted_at + (last_event_at - submitted_at) * (${j} - 1) / (${count} - 1)`;

const INSERT_CASES = `
  INSERT INTO cases (id, reference, clinic_id, case_type_version_id, subject_person_id,
    sender_person_id, idempotency_key, status, answers, clinic_options, assigned_staff_id,
    submitted_at, last_event_at, closed_at, archived_at, revision)
  SELECT id, prefix || '-' || n, clinic_id, version_id, person_id, person_id,
         md5('k' || prefix || n),
         (CASE events WHEN 4 THEN 'CLOSED' WHEN 3 THEN 'ANSWERED' ELSE 'ASSIGNED' END)::"CaseStatus",
         jsonb_build_object('medicine', 'Levaxin 50 mikrogram', 'dosage', '1 tablett dagligen',
           'pharmacy', 'Apotek Hjärtat', 'message',
           'Jag behöver förnya mitt recept, det tar slut nästa vecka. Tack på förhand!'),
         '{}'::jsonb, staff_id, submitted_at, last_event_at,
         CASE WHEN events = 4 THEN last_event_at END,
         CASE WHEN events = 4 AND n % 3 = 0 THEN last_event_at END,
         events
    FROM bench_chunk`;

const INSERT_MESSAGES = `
  INSERT INTO case_messages (id, case_id, recipient_person_id, author_kind, author_person_id,
    author_staff_id, kind, body, created_at, read_at)
  SELECT md5(prefix || 'm' || n || '.' || j)::uuid, id, person_id,
         (CASE WHEN j = 1 THEN 'SYSTEM' WHEN j % 2 = 0 THEN 'STAFF' ELSE 'CITIZEN' END)::"MessageAuthorKind",
         CASE WHEN j > 1 AND j % 2 = 1 THEN person_id END,
         CASE WHEN j % 2 = 0 THEN staff_id END,
         (CASE WHEN j = 1 THEN 'CASE_SUBMITTED'
               WHEN j % 2 = 1 THEN 'CITIZEN_REPLY'
               WHEN j = messages THEN 'ANSWER'
               ELSE 'COUNTER_QUESTION' END)::"MessageKind",
         CASE WHEN j = 1 THEN jsonb_build_object('key', 'caseSubmitted', 'reference', prefix || '-' || n)
              WHEN j % 2 = 0 THEN jsonb_build_object('text',
                'Hej! Vi har tittat på ditt ärende. Receptet är förnyat och finns hos apoteket '
                || 'från i morgon. Hör av dig om du har frågor om dosen eller biverkningar. '
                || 'Vänliga hälsningar, mottagningen', 'outcomes', '[]'::jsonb)
              ELSE jsonb_build_object('text',
                'Tack för svaret! Jag tar en tablett på morgonen som vanligt.', 'outcomes', '[]'::jsonb)
         END,
         ${AT('j', 'messages')},
         CASE WHEN unread AND j % 2 = 0 THEN NULL ELSE ${AT('j', 'messages')} + interval '2 hours' END
    FROM bench_chunk CROSS JOIN LATERAL generate_series(1, messages) j`;

const INSERT_EVENTS = `
  INSERT INTO case_events (id, case_id, kind, actor_kind, actor_person_id, actor_staff_id,
    actor_role, from_status, to_status, details, occurred_at)
  SELECT md5(prefix || 'e' || n || '.' || j)::uuid, id,
         ((ARRAY['SUBMITTED', 'ASSIGNED', 'MESSAGE_ADDED', 'CLOSED'])[j])::"CaseEventKind",
         (CASE WHEN j = 1 THEN 'CITIZEN' ELSE 'STAFF' END)::"ActorKind",
         CASE WHEN j = 1 THEN person_id END,
         CASE j WHEN 1 THEN NULL WHEN 2 THEN receiver_id ELSE staff_id END,
         (CASE j WHEN 1 THEN NULL WHEN 2 THEN 'CASE_RECEIVER' ELSE 'CAREGIVER' END)::"StaffRole",
         ((ARRAY[NULL, 'NEW', 'ASSIGNED', 'ANSWERED'])[j])::"CaseStatus",
         ((ARRAY['NEW', 'ASSIGNED', 'ANSWERED', 'CLOSED'])[j])::"CaseStatus",
         CASE j WHEN 2 THEN jsonb_build_object('staffMemberId', staff_id, 'previousStaffId', NULL)
                WHEN 3 THEN jsonb_build_object('messageId', md5(prefix || 'm' || n || '.2')::uuid)
         END,
         ${AT('j', 'events')}
    FROM bench_chunk CROSS JOIN LATERAL generate_series(1, events) j`;

const INSERT_ASSIGNMENTS = `
  INSERT INTO case_assignments (id, case_id, staff_member_id, assigned_by_staff_id, assigned_at)
  SELECT md5(prefix || 'a' || n)::uuid, id, staff_id, receiver_id, ${AT('2', 'events')}
    FROM bench_chunk`;

const INSERT_NOTES = `
  INSERT INTO internal_notes (id, case_id, author_staff_id, text, created_at)
  SELECT md5(prefix || 'n' || n)::uuid, id, staff_id,
         'Ringde patienten och stämde av dosen; inga biverkningar.', last_event_at
    FROM bench_chunk WHERE n % 10 = 0`;

const INSERT_ATTACHMENTS = `
  INSERT INTO attachments (id, case_id, file_name, media_type, size_bytes, sha256, content,
    created_at)
  SELECT md5(prefix || 'f' || n)::uuid, id, 'underlag.pdf', 'application/pdf', 2048,
         encode(sha256(content), 'hex'), content, submitted_at
    FROM bench_chunk
    CROSS JOIN LATERAL (SELECT decode(repeat(md5(prefix || n), 128), 'hex') AS content) f
   WHERE n % 50 = 0`;

const INSERT_OUTBOX = `
  INSERT INTO notification_outbox (id, person_id, case_id, channel, address, template_key,
    locale, status, attempts, next_attempt_at, created_at, sent_at)
  SELECT md5(prefix || 'o' || n)::uuid, person_id, id, 'EMAIL', 'medborgare@example.invalid',
         'NEW_MESSAGE', 'sv', 'SENT', 1, last_event_at, last_event_at,
         last_event_at + interval '1 minute'
    FROM bench_chunk WHERE n % 20 = 0`;
