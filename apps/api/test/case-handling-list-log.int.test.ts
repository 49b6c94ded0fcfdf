// The access-log rows of the staff lists: the page and its rows are one statement
// (the INSERT a data-modifying CTE), so these pin what that statement must keep of the former
// transaction: every case shown gets exactly the row accessLogRows builds from the access's context (every
// column), in page order, the extra row read to find the next page gets none, an empty page
// writes nothing, and a page whose rows cannot be written is not shown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLogRows, staffReadContext } from '../src/access-log/access-log-write.repository.ts';
import type { StaffActor } from '../src/identity/actor.ts';
import { Browser, startHarness, type Harness } from './harness.ts';
import {
  createActivatedCaseType,
  createCase,
  createClinic,
  createPerson,
  createRegion,
  createStaff,
} from './factories.ts';

const QUEUE = `query($filter: CaseQueueFilter, $first: Int, $after: String) {
  caseQueue(filter: $filter, first: $first, after: $after) { items { id } nextCursor } }`;
const WORK = `query($includeClosed: Boolean, $first: Int, $after: String) {
  myAssignedCases(includeClosed: $includeClosed, first: $first, after: $after) { items { id } nextCursor } }`;

type Page = { items: { id: string }[]; nextCursor: string | null };
type Result = { data?: Record<string, Page | null> | null; errors?: unknown[] };

let h: Harness;
let region: { id: string };
let clinic: { id: string };
const staff: Record<'receiver' | 'caregiver', { id: string; hsaId: string }> = {
  receiver: { id: '', hsaId: '' },
  caregiver: { id: '', hsaId: '' },
};
const as: Record<string, Browser> = {};
/** Case id → its patient, for the rows expected. */
const patientOf = new Map<string, string>();

beforeAll(async () => {
  h = await startHarness();
  region = await createRegion(h.prisma);
  clinic = await createClinic(h.prisma, region.id, 'Hökarängens vårdcentral');
  const type = await createActivatedCaseType(h.prisma, {
    regionId: region.id,
    clinicId: clinic.id,
    nameSv: 'Fråga',
  });
  for (const role of ['receiver', 'caregiver'] as const) {
    staff[role] = await createStaff(h.prisma, {
      assignments: [
        { clinicId: clinic.id, roles: [role === 'receiver' ? 'CASE_RECEIVER' : 'CAREGIVER'] },
      ],
    });
    as[role] = new Browser(h.baseUrl, 'staff');
    await as[role].login(staff[role].hsaId);
  }
  // Five cases of five patients: three unassigned, two the caregiver's.
  for (let i = 0; i < 5; i += 1) {
    const patient = await createPerson(h.prisma, {
      birthDate: `1960-0${String(i + 1)}-1${String(i)}`,
    });
    const c = await createCase(h.prisma, {
      clinicId: clinic.id,
      caseTypeId: type.id,
      subjectPersonId: patient.id,
      assignedStaffId: i >= 3 ? staff.caregiver.id : null,
      submittedAt: new Date(Date.UTC(2026, 10, 1 + i, 8)),
    });
    patientOf.set(c.id, patient.id);
  }
});

afterAll(async () => {
  await h.close();
});

function actorOf(who: { id: string; hsaId: string }, role: 'CASE_RECEIVER' | 'CAREGIVER') {
  return {
    kind: 'STAFF',
    staffMemberId: who.id,
    hsaId: who.hsaId,
    sessionId: 'not logged',
    unit: {
      assignmentId: 'not logged',
      kind: 'CLINIC',
      clinicId: clinic.id,
      regionId: region.id,
      roles: [role],
    },
  } satisfies StaffActor;
}

/** The access-log rows written while `run` ran, oldest first, every column but the id. */
async function rowsWrittenBy(run: () => Promise<Result>) {
  const [last] = await h.prisma.accessLogEntry.findMany({ orderBy: { id: 'desc' }, take: 1 });
  const result = await run();
  const rows = await h.prisma.accessLogEntry.findMany({
    where: { id: { gt: last?.id ?? 0n } },
    orderBy: { id: 'asc' },
    omit: { id: true },
  });
  return { result, rows };
}

describe('access-log rows of a list page', () => {
  for (const [list, who, role, action, query, variables] of [
    ['caseQueue', 'receiver', 'CASE_RECEIVER', 'LIST_QUEUE', QUEUE, { first: 2 }],
    ['myAssignedCases', 'caregiver', 'CAREGIVER', 'LIST_WORK', WORK, { first: 1 }],
  ] as const)
    it(`${list}: the policy's row for each case shown, in page order, and none for the next page's first`, async () => {
      const { result, rows } = await rowsWrittenBy(() =>
        as[who]!.graphql<Record<string, Page>>(query, variables),
      );
      expect(result.errors).toBeUndefined();
      const page = result.data![list]!;
      expect(page.items).toHaveLength(variables.first);
      // There is a next page: the statement read one more case than it shows.
      expect(page.nextCursor).not.toBeNull();
      const requestId = rows[0]?.requestId;
      expect(requestId).toEqual(expect.any(String));
      expect(rows).toEqual(
        accessLogRows(
          staffReadContext(actorOf(staff[who], role), role, h.clock.now(), requestId!),
          action,
          page.items.map((i) => ({ caseId: i.id, patientPersonId: patientOf.get(i.id)! })),
        ),
      );
    });

  it('an empty page writes nothing', async () => {
    const { result, rows } = await rowsWrittenBy(() =>
      as.receiver!.graphql<Record<string, Page>>(QUEUE, { filter: { statuses: ['CLOSED'] } }),
    );
    expect(result.data?.caseQueue?.items).toEqual([]);
    expect(rows).toEqual([]);
  });

  it('a page whose rows cannot be written is not shown, and nothing of it is logged', async () => {
    // A real failure of the INSERT, in the database: the page must fail with it.
    await h.prisma.$executeRawUnsafe(`CREATE FUNCTION refuse_list_log() RETURNS trigger
      LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no list rows'; END $$`);
    await h.prisma.$executeRawUnsafe(`CREATE TRIGGER refuse_list_log BEFORE INSERT ON access_log
      FOR EACH ROW WHEN (NEW.action LIKE 'LIST_%') EXECUTE FUNCTION refuse_list_log()`);
    try {
      for (const [browser, query, list] of [
        [as.receiver!, QUEUE, 'caseQueue'],
        [as.caregiver!, WORK, 'myAssignedCases'],
      ] as const) {
        const { result, rows } = await rowsWrittenBy(() =>
          browser.graphql<Record<string, Page>>(query, { first: 2 }),
        );
        expect(result.errors).toHaveLength(1);
        expect(result.data?.[list] ?? null).toBeNull();
        expect(rows).toEqual([]);
      }
    } finally {
      await h.prisma.$executeRawUnsafe('DROP TRIGGER refuse_list_log ON access_log');
      await h.prisma.$executeRawUnsafe('DROP FUNCTION refuse_list_log()');
    }
    const again = await as.receiver!.graphql<Record<string, Page>>(QUEUE, { first: 2 });
    expect(again.data?.caseQueue?.items).toHaveLength(2);
  });
});
