// The national types' date rules and text formats, through the API. A draft that breaks a rule
// is kept (it may be finished later) but the review and the send refuse it with the rule's code;
// date rules count from the Stockholm calendar date of the API's injected clock, and formatted
// answers are sent in their one written form.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NATIONAL_CASE_TYPES, type CaseTypeKind } from '@etj/domain';
import { Browser, startHarness, type Harness } from './harness.ts';
import { createActivatedCaseType, createClinic, createPerson, createRegion } from './factories.ts';

const SAVE = 'mutation($input: SaveCaseDraftInput!) { saveCaseDraft(input: $input) { id } }';
const REVIEW = 'mutation($id: ID!) { reviewCaseDraft(id: $id) { ready } }';
const SUBMIT = `mutation($input: SubmitCaseInput!) { submitCase(input: $input) { reference } }`;

/** 23:55 in Stockholm on 25 November 2026. */
const EVENING = new Date('2026-11-25T22:55:00Z');
/** 00:05 in Stockholm on 26 November 2026, still the 25th in UTC (well within a session). */
const AFTER_MIDNIGHT = new Date('2026-11-25T23:05:00Z');

type Field = { path: string; code: string; params?: Record<string, string | number> };
type Errors = { errors?: { extensions?: Record<string, unknown> }[] };

let h: Harness;
let citizen: Browser;
let clinicId: string;
const caseTypes = new Map<CaseTypeKind, string>();

beforeAll(async () => {
  h = await startHarness();
  h.clock.freeze(EVENING);
  const region = await createRegion(h.prisma);
  const clinic = await createClinic(h.prisma, region.id, 'Farsta vårdcentral');
  clinicId = clinic.id;
  for (const kind of [
    'ORDER_RECORD_COPY',
    'EXTEND_SICK_LEAVE',
    'CANCEL_REBOOK_APPOINTMENT',
    'RENEW_AIDS',
    'CONTACT_ME',
  ] as const) {
    const national = NATIONAL_CASE_TYPES[kind];
    const { id } = await createActivatedCaseType(h.prisma, {
      regionId: region.id,
      clinicId,
      nameSv: national.name.sv,
      definition: national.definition,
      options: national.defaultClinicOptions,
    });
    await h.prisma.caseType.update({ where: { id }, data: { kind, national: true } });
    caseTypes.set(kind, id);
  }
  citizen = new Browser(h.baseUrl, 'citizen');
  await citizen.login((await createPerson(h.prisma, { birthDate: '1980-02-02' })).identityNumber);
});

afterEach(() => {
  h.clock.freeze(EVENING);
});

afterAll(async () => {
  await h.close();
});

const fieldsOf = (result: Errors) => ({
  code: result.errors?.[0]?.extensions?.code,
  fields: result.errors?.[0]?.extensions?.fields as Field[] | undefined,
});

/** Saves a draft of `kind`, which must be kept whatever its dates; answers its id. */
async function saveDraft(kind: CaseTypeKind, answers: Record<string, unknown>): Promise<string> {
  const saved = await citizen.graphql<{ saveCaseDraft: { id: string } }>(SAVE, {
    input: { clinicId, caseTypeId: caseTypes.get(kind), answers },
  });
  expect(saved.errors).toBeUndefined();
  return saved.data!.saveCaseDraft.id;
}

async function review(draftId: string) {
  const result = await citizen.graphql<{ reviewCaseDraft: { ready: boolean } }>(REVIEW, {
    id: draftId,
  });
  return result.errors ? fieldsOf(result) : result.data?.reviewCaseDraft;
}

async function submit(draftId: string) {
  const result = await citizen.graphql<{ submitCase: { reference: string } }>(SUBMIT, {
    input: { draftId, idempotencyKey: randomUUID() },
  });
  return result.errors ? fieldsOf(result) : { sent: true };
}

/** The answers of the case sent from `draftId`, as stored. */
async function sentAnswers(draftId: string): Promise<unknown> {
  const result = await citizen.graphql<{ submitCase: { caseId: string } }>(
    'mutation($input: SubmitCaseInput!) { submitCase(input: $input) { caseId } }',
    { input: { draftId, idempotencyKey: randomUUID() } },
  );
  expect(result.errors).toBeUndefined();
  const sent = await h.prisma.case.findUniqueOrThrow({
    where: { id: result.data!.submitCase.caseId },
    select: { answers: true },
  });
  return sent.answers;
}

const refused = (path: string, code: string, params: Field['params']) => ({
  code: 'BAD_USER_INPUT',
  fields: [{ path: `answers.${path}`, code, params }],
});

describe('date rules through the API', () => {
  it('refuses a record-copy period that ends before it starts, and one in the future', async () => {
    const period = { scope: 'period', periodFrom: '2025-06-01', delivery: 'post' };
    const backwards = await saveDraft('ORDER_RECORD_COPY', { ...period, periodTo: '2025-05-31' });
    expect(await review(backwards)).toEqual(
      refused('periodTo', 'DATE_BEFORE_ANSWER', {
        earliest: '2025-06-01',
        question: 'periodFrom',
      }),
    );
    const future = await saveDraft('ORDER_RECORD_COPY', { ...period, periodTo: '2026-11-26' });
    expect(await review(future)).toEqual(
      refused('periodTo', 'DATE_IN_FUTURE', { latest: '2026-11-25' }),
    );
    const fine = await saveDraft('ORDER_RECORD_COPY', { ...period, periodTo: '2026-11-25' });
    expect(await review(fine)).toEqual({ ready: true });
  });

  it('refuses a sick leave whose current end date was in 2019', async () => {
    const request = {
      reason: 'not-recovered',
      extent: '50',
      description: 'Orkar inte arbeta heltid än.',
    };
    const old = await saveDraft('EXTEND_SICK_LEAVE', { ...request, currentEndDate: '2019-11-30' });
    expect(await review(old)).toEqual(
      refused('currentEndDate', 'DATE_TOO_FAR_BACK', { earliest: '2026-10-26', days: 30 }),
    );
    expect(await submit(old)).toEqual(
      refused('currentEndDate', 'DATE_TOO_FAR_BACK', { earliest: '2026-10-26', days: 30 }),
    );
    const recent = await saveDraft('EXTEND_SICK_LEAVE', {
      ...request,
      currentEndDate: '2026-11-20',
    });
    expect(await review(recent)).toEqual({ ready: true });
  });

  it('refuses to cancel an appointment that was last year, at review and at send', async () => {
    const lastYear = await saveDraft('CANCEL_REBOOK_APPOINTMENT', {
      appointmentDate: '2025-11-25',
      action: 'cancel',
    });
    const past = refused('appointmentDate', 'DATE_IN_PAST', { earliest: '2026-11-25' });
    expect(await review(lastYear)).toEqual(past);
    expect(await submit(lastYear)).toEqual(past);
  });

  it('counts today on the API clock in Stockholm terms: after midnight there, today’s appointment has passed', async () => {
    const today = await saveDraft('CANCEL_REBOOK_APPOINTMENT', {
      appointmentDate: '2026-11-25',
      action: 'cancel',
    });
    expect(await review(today)).toEqual({ ready: true });
    h.clock.freeze(AFTER_MIDNIGHT);
    const past = refused('appointmentDate', 'DATE_IN_PAST', { earliest: '2026-11-26' });
    expect(await review(today)).toEqual(past);
    expect(await submit(today)).toEqual(past);
    h.clock.freeze(EVENING);
    expect(await submit(today)).toEqual({ sent: true });
  });
});

describe('text formats through the API', () => {
  const incontinence = {
    category: 'incontinence',
    productName: 'TENA Flex Maxi',
    consumption: 15,
    consumptionPeriod: 'month',
    packages: 2,
  };
  const delivery = {
    recipientName: 'Anna Svensson',
    address: 'Storgatan 1',
    postalCode: '12345',
    town: 'Farsta',
    phone: '070 - 123 45 67',
  };

  it('refuses delivery of aids to a box address', async () => {
    for (const address of ['Box 123', 'Postbox 12', 'PL 1234']) {
      const boxed = await saveDraft('RENEW_AIDS', {
        aids: [incontinence],
        delivery: { ...delivery, address },
      });
      expect(await review(boxed)).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'answers.delivery.address', code: 'BOX_ADDRESS' }],
      });
    }
  });

  it('sends the postcode and the carrier’s phone number as written once, whatever the spaces and dashes', async () => {
    const draftId = await saveDraft('RENEW_AIDS', { aids: [incontinence], delivery });
    expect(await review(draftId)).toEqual({ ready: true });
    expect(await sentAnswers(draftId)).toEqual({
      aids: [incontinence],
      delivery: { ...delivery, postalCode: '123 45', phone: '+46701234567' },
    });
  });

  it('refuses a phone number to call that is none, and stores one that is in E.164', async () => {
    const wrong = await saveDraft('CONTACT_ME', { contactMethod: 'phone', phoneNumber: '070' });
    expect(await review(wrong)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'answers.phoneNumber', code: 'INVALID_PHONE' }],
    });
    const right = await saveDraft('CONTACT_ME', {
      contactMethod: 'phone',
      phoneNumber: '08-123 456 78',
    });
    expect(await sentAnswers(right)).toEqual({
      contactMethod: 'phone',
      phoneNumber: '+46812345678',
    });
  });
});
