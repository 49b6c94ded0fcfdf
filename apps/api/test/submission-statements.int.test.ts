// The statement budget for sending a case: saving a new draft and sending it, through the
// real API over HTTP, cost at most 12 SQL statements, counted at the connection pool (BEGIN and
// COMMIT included, the session look-ups of both requests too).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@etj/db';
import { NATIONAL_CASE_TYPES } from '@etj/domain';
import { Browser } from './harness.ts';
import { startCountedApi, type CountedApi } from './counted-api.ts';
import {
  createActivatedCaseType,
  createClinic,
  createPerson,
  createRegion,
  createStaff,
} from './factories.ts';

const SAVE = 'mutation($input: SaveCaseDraftInput!) { saveCaseDraft(input: $input) { id } }';
const SUBMIT = `mutation($input: SubmitCaseInput!) { submitCase(input: $input) {
  caseId reference submittedAt clinicName caseTypeName { sv } expectedResponseDays } }`;
const BUDGET = 12;
const medicines = { medicines: [{ name: 'Levaxin', strength: '50 mikrogram' }] };

let database: TestDatabase;
let api: CountedApi;
let anna: Browser;
let clinic: { id: string };
let caseType: { id: string };

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startCountedApi(database.databaseUrl, new Date('2026-11-25T09:00:00Z'), 4);
  const region = await createRegion(api.prisma);
  clinic = await createClinic(api.prisma, region.id, 'Farsta vårdcentral');
  const national = NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION;
  caseType = await createActivatedCaseType(api.prisma, {
    regionId: region.id,
    clinicId: clinic.id,
    nameSv: 'Förnya recept',
    kind: 'RENEW_PRESCRIPTION',
    definition: national.definition,
    options: national.defaultClinicOptions,
  });
  // A receiver who has not switched alerts on: the clinic's everyday case.
  await createStaff(api.prisma, {
    assignments: [{ clinicId: clinic.id, roles: ['CASE_RECEIVER'] }],
  });
  const person = await createPerson(api.prisma, { birthDate: '1980-04-04' });
  anna = new Browser(api.baseUrl, 'citizen');
  await anna.login(person.identityNumber);
});

afterAll(async () => {
  await api.close();
  await database.drop();
});

/** Saves a new draft and sends it; answers the statements of both requests. */
async function saveAndSend(): Promise<{ statements: string[]; caseId: string }> {
  const { result, statements } = await api.statements.during(async () => {
    const saved = await anna.graphql<{ saveCaseDraft: { id: string } }>(SAVE, {
      input: { clinicId: clinic.id, caseTypeId: caseType.id, answers: medicines },
    });
    expect(saved.errors).toBeUndefined();
    const sent = await anna.graphql<{ submitCase: { caseId: string } }>(SUBMIT, {
      input: { draftId: saved.data!.saveCaseDraft.id, idempotencyKey: randomUUID() },
    });
    expect(sent.errors).toBeUndefined();
    return sent.data!.submitCase.caseId;
  });
  if (process.env.SHOW_STATEMENTS) console.info(statements.map((s) => s.slice(0, 100)));
  return { statements, caseId: result };
}

describe('the statements of saving a draft and sending it', () => {
  it(`stay within ${String(BUDGET)}, with one activation read per request and the receipt from the insert`, async () => {
    await saveAndSend(); // the first request after login may do once-only work
    const { statements, caseId } = await saveAndSend();
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.length).toBeLessThanOrEqual(BUDGET);
    expect(statements.filter((s) => /\bclinic_case_types\b/.test(s))).toHaveLength(2);
    // Nothing reads the new case back: the only statement that names cases after the insert
    // is the insert itself (the send's single read names it for an earlier case).
    expect(statements.filter((s) => /\bINSERT INTO cases\b/i.test(s))).toHaveLength(1);
    const sent = await api.prisma.case.findUniqueOrThrow({
      where: { id: caseId },
      select: { events: { select: { kind: true } }, messages: { select: { kind: true } } },
    });
    expect(sent).toEqual({
      events: [{ kind: 'SUBMITTED' }],
      messages: [{ kind: 'CASE_SUBMITTED' }],
    });
  });

  it('counts at the pool: the BEGIN and COMMIT of a transaction are two statements', async () => {
    const { statements } = await api.statements.during(() =>
      api.prisma.$transaction(async (tx) => tx.$queryRaw`SELECT 1`),
    );
    expect(statements.map((s) => s.trim().split(/\s+/)[0]?.toUpperCase())).toEqual([
      'BEGIN',
      'SELECT',
      'COMMIT',
    ]);
  });
});
