// The inbox list's page costs the page, not the table: the repository's own statement walks the
// person's cases along cases_inbox_idx and stops after the page, so its buffers stay the same
// when everyone else's cases and messages double, for the first page and one deep in the list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIONAL_CASE_TYPES } from '@etj/domain';
import {
  createPrismaClient,
  createTestDatabase,
  type PrismaClient,
  type TestDatabase,
} from '@etj/db';
import { InboxRepository, inboxCasesStatement } from '../src/inbox/inbox.repository.ts';
import { explain } from './explain-plan.ts';
import { createActivatedCaseType, createClinic, createPerson, createRegion } from './factories.ts';

const MINE = 300;
const OTHERS = 100;
const PER_OTHER = 40;

let database: TestDatabase;
let prisma: PrismaClient;
let citizen: { id: string };
let others: { id: string }[];
let clinicId: string;
let versionId: string;

/** `count` cases of the person, each with its receipt and an answer, sent an hour apart. */
async function addCases(personId: string, count: number, batch: string): Promise<void> {
  await prisma.$executeRawUnsafe(`
    WITH made AS (
      INSERT INTO cases (id, reference, clinic_id, case_type_version_id, subject_person_id,
        sender_person_id, idempotency_key, status, answers, submitted_at, last_event_at)
      SELECT gen_random_uuid(), '${batch}-' || i, '${clinicId}'::uuid, '${versionId}'::uuid,
             '${personId}'::uuid, '${personId}'::uuid, '${batch}-' || i, 'ANSWERED', '{}'::jsonb,
             timestamptz '2026-01-01' + i * interval '1 hour',
             timestamptz '2026-01-01' + i * interval '1 hour'
        FROM generate_series(1, ${String(count)}) i
      RETURNING id, submitted_at)
    INSERT INTO case_messages (id, case_id, recipient_person_id, author_kind, kind, body,
      created_at, read_at)
    SELECT gen_random_uuid(), made.id, '${personId}'::uuid, m.author::"MessageAuthorKind",
           m.kind::"MessageKind", '{}'::jsonb, made.submitted_at + m.after,
           CASE WHEN m.kind = 'CASE_SUBMITTED' THEN made.submitted_at END
      FROM made, (VALUES ('SYSTEM', 'CASE_SUBMITTED', interval '0'),
                         ('STAFF', 'ANSWER', interval '30 minutes')) m(author, kind, after)`);
}

async function pageBuffers(after: { createdAt: Date; id: string } | null): Promise<number> {
  const plan = await explain(prisma, inboxCasesStatement(citizen.id, 'INBOX', 21, after), {
    analyze: true,
  });
  expect(plan.nodes.some((node) => node.includes('cases_inbox_idx'))).toBe(true);
  expect(plan.nodes.filter((node) => /Seq Scan on (cases|case_messages)\b/.test(node))).toEqual([]);
  return plan.buffers;
}

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient(database.databaseUrl, { maxConnections: 2 });
  const region = await createRegion(prisma);
  clinicId = (await createClinic(prisma, region.id, 'Farsta vårdcentral')).id;
  const caseType = await createActivatedCaseType(prisma, {
    regionId: region.id,
    clinicId,
    nameSv: 'Förnya recept',
    nameEn: 'Renew prescription',
    kind: 'RENEW_PRESCRIPTION',
    definition: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.definition,
    options: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.defaultClinicOptions,
  });
  versionId = (
    await prisma.caseTypeVersion.findFirstOrThrow({
      where: { caseTypeId: caseType.id },
      select: { id: true },
    })
  ).id;
  citizen = await createPerson(prisma, { birthDate: '1980-05-05' });
  others = await Promise.all(
    Array.from({ length: OTHERS }, (_, i) =>
      createPerson(prisma, {
        birthDate: `${String(1940 + (i % 50))}-0${String(1 + Math.floor(i / 50))}-15`,
      }),
    ),
  );
  await addCases(citizen.id, MINE, 'mine');
  for (const [i, other] of others.entries()) await addCases(other.id, PER_OTHER, `a${String(i)}`);
  await prisma.$executeRawUnsafe('VACUUM (ANALYZE) cases, case_messages');
});

afterAll(async () => {
  await prisma.$disconnect();
  await database.drop();
});

describe('the inbox list page', () => {
  it('costs the same buffers when everyone else’s cases double, first page and deep', async () => {
    const repository = new InboxRepository(prisma);
    const first = await repository.casePage(citizen.id, 'INBOX', 21, null);
    expect(first.rows).toHaveLength(21);
    expect(first.unreadCount).toBe(MINE);
    const deepKey = {
      createdAt: new Date(Date.UTC(2026, 0, 1, 100, 30)),
      id: 'ffffffff-ffff-4fff-bfff-ffffffffffff',
    };
    const deep = await repository.casePage(citizen.id, 'INBOX', 21, deepKey);
    expect(deep.rows).toHaveLength(21);
    expect(deep.rows[0]?.case?.latest?.createdAt).toEqual(new Date(Date.UTC(2026, 0, 1, 100, 30)));

    const small = { first: await pageBuffers(null), deep: await pageBuffers(deepKey) };
    for (const [i, other] of others.entries()) await addCases(other.id, PER_OTHER, `b${String(i)}`);
    await prisma.$executeRawUnsafe('VACUUM (ANALYZE) cases, case_messages');
    const large = { first: await pageBuffers(null), deep: await pageBuffers(deepKey) };

    expect(large.first).toBeLessThanOrEqual(small.first + 2);
    expect(large.deep).toBeLessThanOrEqual(small.deep + 2);
    // A page of 21 cases, each with its row, its newest message and its unread count by the
    // case's own index entries: about a dozen pages each (285 when written).
    expect(small.first).toBeLessThan(21 * 16);
  });
});
