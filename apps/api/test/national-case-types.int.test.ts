// Every rule of every national case type, proven through the API: a citizen saves a draft with
// saveCaseDraft and checks it with reviewCaseDraft, at clinics that activated the types with the
// national defaults or with every clinic option changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIONAL_CASE_TYPES, type CaseTypeKind, type ClinicOptions } from '@etj/domain';
import { Browser, startHarness, type Harness } from './harness.ts';
import { createActivatedCaseType, createClinic, createPerson, createRegion } from './factories.ts';

const FORM = `query($clinicId: ID!, $caseTypeId: ID!) {
  caseTypeForm(clinicId: $clinicId, caseTypeId: $caseTypeId) { kind definition clinicOptions } }`;
const SAVE = 'mutation($input: SaveCaseDraftInput!) { saveCaseDraft(input: $input) { id } }';
const REVIEW = 'mutation($id: ID!) { reviewCaseDraft(id: $id) { ready } }';

/** The codes saveCaseDraft refuses outright; every other code only stops the review. */
const STRUCTURAL = new Set([
  'UNKNOWN_FIELD',
  'WRONG_TYPE',
  'TOO_LONG',
  'INVALID_DATE',
  'NOT_AN_INTEGER',
  'NOT_AN_OPTION',
  'DUPLICATE_OPTION',
  'TOO_MANY',
]);

type Answers = Record<string, unknown>;
type Field = { path: string; code: string; params?: Record<string, string | number> };
type Target = { clinicId: string; caseTypeId: string };
type Outcome =
  | { ready: boolean }
  | { refusedBy: 'saveCaseDraft' | 'reviewCaseDraft'; code: unknown; fields: Field[] };

/** The clinic that kept the national defaults, and one whose administrator changed every option. */
type ClinicVariant = 'standard' | 'tailored' | 'noReadyMadeQuestions';

const OWN_CERTIFICATE_KINDS = [
  { code: 'diving', display: { sv: 'Dykarintyg', en: 'Diving certificate' } },
  { code: 'seafarer', display: { sv: 'Sjöfartsintyg', en: 'Seafarer certificate' } },
];

/** Every option differs from the national default. */
const TAILORED: Partial<Record<CaseTypeKind, ClinicOptions>> = {
  CANCEL_REBOOK_APPOINTMENT: { daysThatDoNotSuit: true },
  REQUEST_APPOINTMENT: { daysThatDoNotSuit: true },
  REQUEST_CERTIFICATE: { certificateKinds: OWN_CERTIFICATE_KINDS },
  ASK_NURSE: { healthQuestions: ['pain', 'allergies'] },
  RENEW_PRESCRIPTION: { furtherInformation: false },
  ADVICE: { earlierCaregiver: true },
};

const KINDS = Object.keys(NATIONAL_CASE_TYPES) as CaseTypeKind[];

let h: Harness;
let citizen: Browser;
const activations = new Map<string, Target>();

/** Where the citizen fills in `kind` at the clinic of `variant`. */
function form(kind: CaseTypeKind, variant: ClinicVariant = 'standard'): Target {
  const target = activations.get(`${variant}:${kind}`);
  if (!target) throw new Error(`${kind} is not activated at the ${variant} clinic`);
  return target;
}

async function activate(
  regionId: string,
  clinicId: string,
  variant: ClinicVariant,
  kind: CaseTypeKind,
  options: ClinicOptions,
) {
  const national = NATIONAL_CASE_TYPES[kind];
  const { id } = await createActivatedCaseType(h.prisma, {
    regionId,
    clinicId,
    nameSv: national.name.sv,
    nameEn: national.name.en,
    definition: national.definition,
    options,
  });
  // The factory names only a few kinds; give the row the national type's own.
  await h.prisma.caseType.update({
    where: { id },
    data: { kind, national: kind !== 'CUSTOM' },
  });
  activations.set(`${variant}:${kind}`, { clinicId, caseTypeId: id });
}

beforeAll(async () => {
  h = await startHarness();
  const region = await createRegion(h.prisma);
  const standard = await createClinic(h.prisma, region.id, 'Farsta vårdcentral');
  for (const kind of KINDS) {
    await activate(
      region.id,
      standard.id,
      'standard',
      kind,
      NATIONAL_CASE_TYPES[kind].defaultClinicOptions,
    );
  }
  const tailored = await createClinic(h.prisma, region.id, 'Nacka vårdcentral');
  for (const [kind, options] of Object.entries(TAILORED) as [CaseTypeKind, ClinicOptions][]) {
    await activate(region.id, tailored.id, 'tailored', kind, options);
  }
  const none = await createClinic(h.prisma, region.id, 'Tyresö vårdcentral');
  await activate(region.id, none.id, 'noReadyMadeQuestions', 'ASK_NURSE', {
    healthQuestions: [],
  });
  citizen = new Browser(h.baseUrl, 'citizen');
  await citizen.login((await createPerson(h.prisma, { birthDate: '1980-02-02' })).identityNumber);
});

afterAll(async () => {
  await h.close();
});

type GraphqlResult = { errors?: { extensions?: Record<string, unknown> }[] };
const refusal = (by: 'saveCaseDraft' | 'reviewCaseDraft', result: GraphqlResult): Outcome => ({
  refusedBy: by,
  code: result.errors?.[0]?.extensions?.code,
  fields: [...((result.errors?.[0]?.extensions?.fields as Field[] | undefined) ?? [])].sort(byPath),
});
const byPath = (a: Field, b: Field) =>
  a.path === b.path ? a.code.localeCompare(b.code) : a.path.localeCompare(b.path);

/** Saves a new draft and, when it is kept, reviews it: what the citizen's "next" button does. */
async function saveAndReview(target: Target, answers: Answers): Promise<Outcome> {
  const saved = await citizen.graphql<{ saveCaseDraft: { id: string } }>(SAVE, {
    input: { ...target, answers },
  });
  if (saved.errors) return refusal('saveCaseDraft', saved);
  const reviewed = await citizen.graphql<{ reviewCaseDraft: { ready: boolean } }>(REVIEW, {
    id: saved.data!.saveCaseDraft.id,
  });
  if (reviewed.errors) return refusal('reviewCaseDraft', reviewed);
  return { ready: reviewed.data!.reviewCaseDraft.ready };
}

async function expectReady(target: Target, answers: Answers) {
  expect(await saveAndReview(target, answers)).toEqual({ ready: true });
}

/** A problem as the API reports it: `path` is the linkId path inside the answers. */
const problem = (path: string, code: string, params?: Field['params']): Field =>
  params ? { path: `answers.${path}`, code, params } : { path: `answers.${path}`, code };

/**
 * Expects exactly these problems, from saveCaseDraft when they are structural and from
 * reviewCaseDraft otherwise.
 */
async function expectRefused(target: Target, answers: Answers, ...expected: Field[]) {
  const structural = expected.filter((p) => STRUCTURAL.has(p.code)).length;
  if (structural !== 0 && structural !== expected.length)
    throw new Error('expect structural and review problems in separate checks');
  expect(await saveAndReview(target, answers)).toEqual({
    refusedBy: structural > 0 ? 'saveCaseDraft' : 'reviewCaseDraft',
    code: 'BAD_USER_INPUT',
    fields: [...expected].sort(byPath),
  });
}

/** Expects the one problem `code` at `path` (e.g. `medicines.0.name`). */
function expectCodeAt(
  target: Target,
  answers: Answers,
  path: string,
  code: string,
  params?: Field['params'],
) {
  return expectRefused(target, answers, problem(path, code, params));
}

const without = (answers: Answers, key: string): Answers =>
  Object.fromEntries(Object.entries(answers).filter(([k]) => k !== key));

const requiredKeysOf = (kind: CaseTypeKind) =>
  NATIONAL_CASE_TYPES[kind].definition.items
    .filter((item) => 'required' in item && item.required === true && !item.enableWhen)
    .filter((item) => !item.clinicOption)
    .map((item) => item.linkId);

describe('activation', () => {
  it.each(KINDS)('%s opens with its definition and the national default options', async (kind) => {
    const result = await citizen.graphql<{ caseTypeForm: Record<string, unknown> }>(
      FORM,
      form(kind),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.caseTypeForm).toEqual({
      kind,
      definition: NATIONAL_CASE_TYPES[kind].definition,
      clinicOptions: NATIONAL_CASE_TYPES[kind].defaultClinicOptions,
    });
  });

  it('opens each type at the tailored clinic with that clinic’s options', async () => {
    for (const [kind, options] of Object.entries(TAILORED) as [CaseTypeKind, ClinicOptions][]) {
      const result = await citizen.graphql<{ caseTypeForm: { clinicOptions: unknown } }>(
        FORM,
        form(kind, 'tailored'),
      );
      expect(result.data?.caseTypeForm.clinicOptions, kind).toEqual(options);
    }
  });

  it('states the required fields each test below removes', () => {
    expect(requiredKeysOf('CANCEL_REBOOK_APPOINTMENT')).toEqual(['appointmentDate', 'action']);
    expect(requiredKeysOf('REQUEST_APPOINTMENT')).toEqual(['contactReason']);
    expect(requiredKeysOf('REQUEST_CERTIFICATE')).toEqual(['certificateKind', 'requestType']);
    expect(requiredKeysOf('ORDER_RECORD_COPY')).toEqual(['scope', 'delivery']);
    expect(requiredKeysOf('ASK_NURSE')).toEqual(['question']);
    expect(requiredKeysOf('EXTEND_SICK_LEAVE')).toEqual([
      'currentEndDate',
      'reason',
      'extent',
      'description',
    ]);
    expect(requiredKeysOf('CONTACT_ME')).toEqual([]);
    expect(requiredKeysOf('ADVICE')).toEqual(['question']);
    expect(requiredKeysOf('CUSTOM')).toEqual(['subject', 'message']);
  });
});

describe('cancel or rebook an appointment', () => {
  const cancel = {
    appointmentDate: '2026-12-03',
    appointmentDetails: 'Kl. 10.30 hos doktor Berg',
    action: 'cancel',
    message: 'Jag är bortrest.',
  };
  const rebook = {
    ...cancel,
    action: 'rebook',
    preferredTimes: 'Förmiddagar efter den 10 december',
  };

  it('passes a complete cancellation and a complete rebooking', async () => {
    await expectReady(form('CANCEL_REBOOK_APPOINTMENT'), cancel);
    await expectReady(form('CANCEL_REBOOK_APPOINTMENT'), rebook);
  });

  it('passes with only the date and the action', async () => {
    await expectReady(form('CANCEL_REBOOK_APPOINTMENT'), {
      appointmentDate: '2026-12-03',
      action: 'cancel',
    });
  });

  it.each(['appointmentDate', 'action'])('requires %s', async (key) => {
    await expectCodeAt(form('CANCEL_REBOOK_APPOINTMENT'), without(cancel, key), key, 'REQUIRED');
  });

  it('refuses an action that is neither cancel nor rebook', async () => {
    await expectCodeAt(
      form('CANCEL_REBOOK_APPOINTMENT'),
      { ...cancel, action: 'move' },
      'action',
      'NOT_AN_OPTION',
    );
  });

  it('refuses a date that does not exist', async () => {
    await expectCodeAt(
      form('CANCEL_REBOOK_APPOINTMENT'),
      { ...cancel, appointmentDate: '2026-02-30' },
      'appointmentDate',
      'INVALID_DATE',
    );
  });

  it('takes preferred times only when rebooking', async () => {
    await expectCodeAt(
      form('CANCEL_REBOOK_APPOINTMENT'),
      { ...cancel, preferredTimes: 'Förmiddagar' },
      'preferredTimes',
      'NOT_ENABLED',
    );
  });

  it('refuses days that do not suit where the clinic has not switched the field on', async () => {
    await expectCodeAt(
      form('CANCEL_REBOOK_APPOINTMENT'),
      { ...rebook, daysThatDoNotSuit: 'Tisdagar' },
      'daysThatDoNotSuit',
      'NOT_ENABLED',
    );
  });

  it('takes days that do not suit on rebooking where the clinic switched the field on', async () => {
    await expectReady(form('CANCEL_REBOOK_APPOINTMENT', 'tailored'), {
      ...rebook,
      daysThatDoNotSuit: 'Tisdagar',
    });
    await expectReady(form('CANCEL_REBOOK_APPOINTMENT', 'tailored'), rebook);
  });

  it('refuses days that do not suit on a cancellation, even where the field is on', async () => {
    await expectCodeAt(
      form('CANCEL_REBOOK_APPOINTMENT', 'tailored'),
      { ...cancel, daysThatDoNotSuit: 'Tisdagar' },
      'daysThatDoNotSuit',
      'NOT_ENABLED',
    );
  });
});

describe('request an appointment', () => {
  const complete = {
    contactReason: 'Ont i knät sedan två veckor.',
    preferredTimeOfDay: ['morning', 'afternoon'],
    preferredTimes: 'Efter den 10 december',
    preferredCaregiver: 'Doktor Berg',
  };

  it('passes a complete request', async () => {
    await expectReady(form('REQUEST_APPOINTMENT'), complete);
  });

  it('passes with only the contact reason', async () => {
    await expectReady(form('REQUEST_APPOINTMENT'), { contactReason: 'Ont i knät.' });
  });

  it('requires the contact reason', async () => {
    await expectCodeAt(
      form('REQUEST_APPOINTMENT'),
      without(complete, 'contactReason'),
      'contactReason',
      'REQUIRED',
    );
  });

  it('counts a blank contact reason as missing', async () => {
    await expectCodeAt(
      form('REQUEST_APPOINTMENT'),
      { ...complete, contactReason: '   ' },
      'contactReason',
      'REQUIRED',
    );
  });

  it('refuses a time of day it does not offer', async () => {
    await expectCodeAt(
      form('REQUEST_APPOINTMENT'),
      { ...complete, preferredTimeOfDay: ['evening'] },
      'preferredTimeOfDay.0',
      'NOT_AN_OPTION',
    );
  });

  it('refuses days that do not suit where the clinic has not switched the field on', async () => {
    await expectCodeAt(
      form('REQUEST_APPOINTMENT'),
      { ...complete, daysThatDoNotSuit: 'Fredagar' },
      'daysThatDoNotSuit',
      'NOT_ENABLED',
    );
  });

  it('takes days that do not suit, optionally, where the clinic switched the field on', async () => {
    await expectReady(form('REQUEST_APPOINTMENT', 'tailored'), {
      ...complete,
      daysThatDoNotSuit: 'Fredagar',
    });
    await expectReady(form('REQUEST_APPOINTMENT', 'tailored'), complete);
  });
});

describe('request a certificate', () => {
  const newCertificate = {
    certificateKind: 'driving-licence',
    requestType: 'new',
    message: 'För C-behörighet.',
  };
  const renewal = {
    certificateKind: 'taxi-licence',
    requestType: 'renewal',
    previousIssuer: 'Doktor Berg, Farsta vårdcentral',
    currentValidUntil: '2027-01-31',
  };

  it('passes a complete request for a new certificate and for a renewal', async () => {
    await expectReady(form('REQUEST_CERTIFICATE'), newCertificate);
    await expectReady(form('REQUEST_CERTIFICATE'), renewal);
  });

  it.each(['certificateKind', 'requestType'])('requires %s', async (key) => {
    await expectCodeAt(form('REQUEST_CERTIFICATE'), without(newCertificate, key), key, 'REQUIRED');
  });

  it('offers every kind on the national default list', async () => {
    for (const kind of ['driving-licence', 'taxi-licence', 'firearms-licence', 'other']) {
      await expectReady(form('REQUEST_CERTIFICATE'), { ...newCertificate, certificateKind: kind });
    }
  });

  it('refuses a kind that is not on the clinic’s list', async () => {
    await expectCodeAt(
      form('REQUEST_CERTIFICATE'),
      { ...newCertificate, certificateKind: 'diving' },
      'certificateKind',
      'NOT_AN_OPTION',
    );
  });

  it('offers exactly the kinds on a clinic’s own list', async () => {
    for (const { code } of OWN_CERTIFICATE_KINDS) {
      await expectReady(form('REQUEST_CERTIFICATE', 'tailored'), {
        ...newCertificate,
        certificateKind: code,
      });
    }
    for (const code of ['driving-licence', 'taxi-licence', 'firearms-licence', 'other']) {
      await expectCodeAt(
        form('REQUEST_CERTIFICATE', 'tailored'),
        { ...newCertificate, certificateKind: code },
        'certificateKind',
        'NOT_AN_OPTION',
      );
    }
  });

  it('refuses a request type other than new or renewal', async () => {
    await expectCodeAt(
      form('REQUEST_CERTIFICATE'),
      { ...newCertificate, requestType: 'extension' },
      'requestType',
      'NOT_AN_OPTION',
    );
  });

  it('on renewal requires the previous issuer and the current validity', async () => {
    await expectRefused(
      form('REQUEST_CERTIFICATE'),
      { certificateKind: 'taxi-licence', requestType: 'renewal' },
      problem('previousIssuer', 'REQUIRED'),
      problem('currentValidUntil', 'REQUIRED'),
    );
    await expectCodeAt(
      form('REQUEST_CERTIFICATE'),
      without(renewal, 'previousIssuer'),
      'previousIssuer',
      'REQUIRED',
    );
    await expectCodeAt(
      form('REQUEST_CERTIFICATE'),
      without(renewal, 'currentValidUntil'),
      'currentValidUntil',
      'REQUIRED',
    );
  });

  it('refuses the previous issuer and the validity for a new certificate', async () => {
    await expectCodeAt(
      form('REQUEST_CERTIFICATE'),
      { ...newCertificate, previousIssuer: 'Doktor Berg' },
      'previousIssuer',
      'NOT_ENABLED',
    );
    await expectCodeAt(
      form('REQUEST_CERTIFICATE'),
      { ...newCertificate, currentValidUntil: '2027-01-31' },
      'currentValidUntil',
      'NOT_ENABLED',
    );
  });
});

describe('order a copy of the medical record', () => {
  const everything = { scope: 'all', delivery: 'post', message: 'Gärna snart.' };
  const period = {
    scope: 'period',
    periodFrom: '2024-01-01',
    periodTo: '2024-12-31',
    delivery: 'pickup',
  };
  const care = { scope: 'care', careDescription: 'Behandlingen av min knäskada', delivery: 'post' };

  it('passes a complete order for everything, a period and particular care', async () => {
    await expectReady(form('ORDER_RECORD_COPY'), everything);
    await expectReady(form('ORDER_RECORD_COPY'), period);
    await expectReady(form('ORDER_RECORD_COPY'), care);
  });

  it.each(['scope', 'delivery'])('requires %s', async (key) => {
    await expectCodeAt(form('ORDER_RECORD_COPY'), without(everything, key), key, 'REQUIRED');
  });

  it('requires both dates of a period', async () => {
    await expectRefused(
      form('ORDER_RECORD_COPY'),
      { scope: 'period', delivery: 'post' },
      problem('periodFrom', 'REQUIRED'),
      problem('periodTo', 'REQUIRED'),
    );
    await expectCodeAt(
      form('ORDER_RECORD_COPY'),
      without(period, 'periodTo'),
      'periodTo',
      'REQUIRED',
    );
  });

  it('refuses a period date that does not exist', async () => {
    await expectCodeAt(
      form('ORDER_RECORD_COPY'),
      { ...period, periodFrom: '2024-13-01' },
      'periodFrom',
      'INVALID_DATE',
    );
  });

  it('requires a description of which care', async () => {
    await expectCodeAt(
      form('ORDER_RECORD_COPY'),
      without(care, 'careDescription'),
      'careDescription',
      'REQUIRED',
    );
  });

  it('refuses period dates and a care description when they do not apply', async () => {
    await expectRefused(
      form('ORDER_RECORD_COPY'),
      { ...everything, periodFrom: '2024-01-01', careDescription: 'Knät' },
      problem('periodFrom', 'NOT_ENABLED'),
      problem('careDescription', 'NOT_ENABLED'),
    );
    await expectCodeAt(
      form('ORDER_RECORD_COPY'),
      { ...period, careDescription: 'Knät' },
      'careDescription',
      'NOT_ENABLED',
    );
    await expectCodeAt(
      form('ORDER_RECORD_COPY'),
      { ...care, periodTo: '2024-12-31' },
      'periodTo',
      'NOT_ENABLED',
    );
  });

  it('delivers by letter or collection only, never by e-mail', async () => {
    await expectCodeAt(
      form('ORDER_RECORD_COPY'),
      { ...everything, delivery: 'email' },
      'delivery',
      'NOT_AN_OPTION',
    );
  });
});

describe('ask the nurse', () => {
  const complete = {
    question: 'Jag har haft ont i halsen i tre dagar.',
    hasFever: true,
    temperature: '38,5',
    hasPain: true,
    painLocation: 'Halsen',
    painIntensity: 4,
    takesMedication: true,
    medications: 'Alvedon',
    duration: '1-3-days',
  };
  const noes = {
    question: 'Jag har haft ont i halsen i tre dagar.',
    hasFever: false,
    hasPain: false,
    takesMedication: false,
    duration: 'under-1-day',
  };

  it('passes a complete form with the questions asked by default', async () => {
    await expectReady(form('ASK_NURSE'), complete);
  });

  it('takes “no” as an answer and leaves the follow-ups optional', async () => {
    await expectReady(form('ASK_NURSE'), noes);
    await expectReady(form('ASK_NURSE'), { ...noes, hasFever: true, hasPain: true });
  });

  it('requires the question', async () => {
    await expectCodeAt(form('ASK_NURSE'), without(complete, 'question'), 'question', 'REQUIRED');
  });

  it.each(['hasFever', 'hasPain', 'takesMedication', 'duration'])(
    'requires the ready-made question %s, which the clinic asks by default',
    async (key) => {
      await expectCodeAt(form('ASK_NURSE'), without(noes, key), key, 'REQUIRED');
    },
  );

  it('refuses an answer to allergies, which the clinic does not ask by default', async () => {
    await expectCodeAt(
      form('ASK_NURSE'),
      { ...noes, hasAllergies: true },
      'hasAllergies',
      'NOT_ENABLED',
    );
  });

  it('asks a follow-up only after a “yes”', async () => {
    await expectRefused(
      form('ASK_NURSE'),
      { ...noes, temperature: '39', painLocation: 'Huvudet', painIntensity: 3, medications: 'X' },
      problem('temperature', 'NOT_ENABLED'),
      problem('painLocation', 'NOT_ENABLED'),
      problem('painIntensity', 'NOT_ENABLED'),
      problem('medications', 'NOT_ENABLED'),
    );
  });

  it('takes pain intensity from 0 to 10', async () => {
    await expectReady(form('ASK_NURSE'), { ...complete, painIntensity: 0 });
    await expectReady(form('ASK_NURSE'), { ...complete, painIntensity: 10 });
    await expectCodeAt(
      form('ASK_NURSE'),
      { ...complete, painIntensity: 11 },
      'painIntensity',
      'TOO_LARGE',
      { max: 10 },
    );
    await expectCodeAt(
      form('ASK_NURSE'),
      { ...complete, painIntensity: -1 },
      'painIntensity',
      'TOO_SMALL',
      { min: 0 },
    );
  });

  it('refuses a duration it does not offer', async () => {
    await expectCodeAt(
      form('ASK_NURSE'),
      { ...noes, duration: 'years' },
      'duration',
      'NOT_AN_OPTION',
    );
  });

  describe('at a clinic that asks about pain and allergies only', () => {
    const selected = {
      question: 'Kan jag ta penicillin?',
      hasPain: false,
      hasAllergies: true,
      allergies: 'Pollen',
    };

    it('passes a complete form with only the selected questions', async () => {
      await expectReady(form('ASK_NURSE', 'tailored'), selected);
    });

    it.each(['hasPain', 'hasAllergies'])('requires the selected question %s', async (key) => {
      const noes = { question: 'Kan jag ta penicillin?', hasPain: false, hasAllergies: false };
      await expectCodeAt(form('ASK_NURSE', 'tailored'), without(noes, key), key, 'REQUIRED');
    });

    it('refuses answers to the questions it did not select', async () => {
      await expectRefused(
        form('ASK_NURSE', 'tailored'),
        { ...selected, hasFever: false, takesMedication: false, duration: '1-4-weeks' },
        problem('hasFever', 'NOT_ENABLED'),
        problem('takesMedication', 'NOT_ENABLED'),
        problem('duration', 'NOT_ENABLED'),
      );
    });

    it('refuses the follow-up of a question it did not select', async () => {
      await expectCodeAt(
        form('ASK_NURSE', 'tailored'),
        { ...selected, temperature: '39' },
        'temperature',
        'NOT_ENABLED',
      );
    });
  });

  describe('at a clinic that selected no ready-made questions', () => {
    it('passes with the question alone', async () => {
      await expectReady(form('ASK_NURSE', 'noReadyMadeQuestions'), {
        question: 'Hur länge smittar vattkoppor?',
      });
    });

    it('refuses an answer to any ready-made question', async () => {
      await expectCodeAt(
        form('ASK_NURSE', 'noReadyMadeQuestions'),
        { question: 'Hur länge smittar vattkoppor?', hasPain: true },
        'hasPain',
        'NOT_ENABLED',
      );
    });
  });
});

describe('extend sick leave', () => {
  const awaiting = {
    currentEndDate: '2026-12-06',
    reason: 'awaiting-measure',
    awaitedMeasure: 'Höftledsoperation',
    measureDate: '2027-01-15',
    extent: '50',
    description: 'Jag kan inte stå eller gå längre stunder.',
  };
  const notRecovered = {
    currentEndDate: '2026-12-06',
    reason: 'not-recovered',
    extent: '100',
    description: 'Jag är fortfarande mycket trött.',
  };

  it('passes a complete request while waiting for a measure, and one without', async () => {
    await expectReady(form('EXTEND_SICK_LEAVE'), awaiting);
    await expectReady(form('EXTEND_SICK_LEAVE'), notRecovered);
    await expectReady(form('EXTEND_SICK_LEAVE'), { ...notRecovered, reason: 'other' });
  });

  it.each(['currentEndDate', 'reason', 'extent', 'description'])('requires %s', async (key) => {
    await expectCodeAt(form('EXTEND_SICK_LEAVE'), without(notRecovered, key), key, 'REQUIRED');
  });

  it('requires the awaited measure, but not its date, when waiting for one', async () => {
    await expectCodeAt(
      form('EXTEND_SICK_LEAVE'),
      without(awaiting, 'awaitedMeasure'),
      'awaitedMeasure',
      'REQUIRED',
    );
    await expectReady(form('EXTEND_SICK_LEAVE'), without(awaiting, 'measureDate'));
  });

  it('refuses the measure and its date when not waiting for one', async () => {
    await expectRefused(
      form('EXTEND_SICK_LEAVE'),
      { ...notRecovered, awaitedMeasure: 'Operation', measureDate: '2027-01-15' },
      problem('awaitedMeasure', 'NOT_ENABLED'),
      problem('measureDate', 'NOT_ENABLED'),
    );
  });

  it('takes the extent in quarters only', async () => {
    for (const extent of ['100', '75', '50', '25']) {
      await expectReady(form('EXTEND_SICK_LEAVE'), { ...notRecovered, extent });
    }
    await expectCodeAt(
      form('EXTEND_SICK_LEAVE'),
      { ...notRecovered, extent: '60' },
      'extent',
      'NOT_AN_OPTION',
    );
  });

  it('refuses an end date that does not exist', async () => {
    await expectCodeAt(
      form('EXTEND_SICK_LEAVE'),
      { ...notRecovered, currentEndDate: '2026-11-31' },
      'currentEndDate',
      'INVALID_DATE',
    );
  });
});

describe('renew a prescription', () => {
  const medicine = (name: string) => ({ name, strength: '10 mg', dosage: '1 tablett morgon' });
  const medicines = (count: number) =>
    Array.from({ length: count }, (_, i) => medicine(`Medicin ${i + 1}`));

  it('passes a complete request with further information', async () => {
    await expectReady(form('RENEW_PRESCRIPTION'), {
      medicines: [medicine('Levaxin'), { name: 'Alvedon' }],
      furtherInformation: 'Jag reser bort i januari.',
    });
  });

  it('takes 1 to 10 medicines', async () => {
    await expectReady(form('RENEW_PRESCRIPTION'), { medicines: medicines(1) });
    await expectReady(form('RENEW_PRESCRIPTION'), { medicines: medicines(10) });
  });

  it('refuses an eleventh medicine', async () => {
    await expectCodeAt(
      form('RENEW_PRESCRIPTION'),
      { medicines: medicines(11) },
      'medicines',
      'TOO_MANY',
      { max: 10 },
    );
  });

  it('needs at least one medicine', async () => {
    await expectCodeAt(form('RENEW_PRESCRIPTION'), { medicines: [] }, 'medicines', 'TOO_FEW', {
      min: 1,
    });
    await expectCodeAt(form('RENEW_PRESCRIPTION'), {}, 'medicines', 'TOO_FEW', { min: 1 });
  });

  it('requires a name for each medicine, at its path', async () => {
    await expectCodeAt(
      form('RENEW_PRESCRIPTION'),
      { medicines: [medicine('Levaxin'), { strength: '5 mg' }] },
      'medicines.1.name',
      'REQUIRED',
    );
  });

  it('refuses further information where the clinic has switched it off', async () => {
    await expectCodeAt(
      form('RENEW_PRESCRIPTION', 'tailored'),
      { medicines: medicines(1), furtherInformation: 'Jag reser bort.' },
      'furtherInformation',
      'NOT_ENABLED',
    );
    await expectReady(form('RENEW_PRESCRIPTION', 'tailored'), { medicines: medicines(2) });
  });
});

describe('renew aids', () => {
  const aid = (category: string, productName = 'TENA Flex Maxi') => ({
    category,
    productName,
    size: 'M',
    consumption: 4,
    consumptionPeriod: 'day',
    packages: 3,
  });
  const delivery = {
    recipientName: 'Anna Svensson',
    address: 'Storgatan 1',
    postalCode: '123 45',
    town: 'Farsta',
    phone: '070-123 45 67',
    doorCode: '1234',
    deliveryNote: 'Ställ vid dörren.',
  };

  it('passes a complete request for incontinence aids with delivery details', async () => {
    await expectReady(form('RENEW_AIDS'), {
      aids: [aid('incontinence')],
      delivery,
      freeCardNumber: 'FK-12345',
      otherInformation: 'Samma som förra gången.',
    });
  });

  it('passes a request for other aids without delivery details or free card', async () => {
    await expectReady(form('RENEW_AIDS'), {
      aids: [aid('diabetes', 'FreeStyle Libre 2'), aid('compression', 'Jobst')],
    });
  });

  it('takes 1 to 4 aids', async () => {
    await expectReady(form('RENEW_AIDS'), { aids: [aid('stoma')] });
    await expectReady(form('RENEW_AIDS'), { aids: Array.from({ length: 4 }, () => aid('other')) });
  });

  it('refuses a fifth aid', async () => {
    await expectCodeAt(
      form('RENEW_AIDS'),
      { aids: Array.from({ length: 5 }, () => aid('other')) },
      'aids',
      'TOO_MANY',
      { max: 4 },
    );
  });

  it('needs at least one aid', async () => {
    await expectCodeAt(form('RENEW_AIDS'), { aids: [] }, 'aids', 'TOO_FEW', { min: 1 });
  });

  it.each(['category', 'productName', 'consumption', 'consumptionPeriod', 'packages'])(
    'requires %s of each aid, at its path',
    async (key) => {
      await expectCodeAt(
        form('RENEW_AIDS'),
        { aids: [aid('stoma'), without(aid('other'), key)] },
        `aids.1.${key}`,
        'REQUIRED',
      );
    },
  );

  it('leaves the size optional', async () => {
    await expectReady(form('RENEW_AIDS'), { aids: [without(aid('stoma'), 'size')] });
  });

  it('keeps consumption and packages within their bounds', async () => {
    await expectCodeAt(
      form('RENEW_AIDS'),
      { aids: [{ ...aid('stoma'), consumption: 0 }] },
      'aids.0.consumption',
      'TOO_SMALL',
      { min: 1 },
    );
    await expectCodeAt(
      form('RENEW_AIDS'),
      { aids: [{ ...aid('stoma'), packages: 100 }] },
      'aids.0.packages',
      'TOO_LARGE',
      { max: 99 },
    );
    await expectCodeAt(
      form('RENEW_AIDS'),
      { aids: [{ ...aid('stoma'), packages: '2,5' }] },
      'aids.0.packages',
      'NOT_AN_INTEGER',
    );
  });

  it('requires the delivery details when any aid is an incontinence aid', async () => {
    await expectRefused(
      form('RENEW_AIDS'),
      { aids: [aid('stoma'), aid('incontinence')] },
      problem('delivery.recipientName', 'REQUIRED'),
      problem('delivery.address', 'REQUIRED'),
      problem('delivery.postalCode', 'REQUIRED'),
      problem('delivery.town', 'REQUIRED'),
      problem('delivery.phone', 'REQUIRED'),
    );
  });

  it.each(['recipientName', 'address', 'postalCode', 'town', 'phone'])(
    'requires the delivery %s for incontinence aids',
    async (key) => {
      await expectCodeAt(
        form('RENEW_AIDS'),
        { aids: [aid('incontinence')], delivery: without(delivery, key) },
        `delivery.${key}`,
        'REQUIRED',
      );
    },
  );

  it('leaves the door code and the note for the carrier optional', async () => {
    await expectReady(form('RENEW_AIDS'), {
      aids: [aid('incontinence')],
      delivery: without(without(delivery, 'doorCode'), 'deliveryNote'),
    });
  });

  it('refuses delivery details when no aid is an incontinence aid', async () => {
    await expectCodeAt(
      form('RENEW_AIDS'),
      { aids: [aid('stoma'), aid('diabetes')], delivery },
      'delivery',
      'NOT_ENABLED',
    );
  });
});

describe('contact me', () => {
  it('passes an empty form, since whom, the reason and how are all optional', async () => {
    await expectReady(form('CONTACT_ME'), {});
  });

  it('passes a complete request to be called', async () => {
    await expectReady(form('CONTACT_ME'), {
      whom: 'Min läkare',
      reason: 'test-results',
      message: 'Jag vill höra om provsvaren.',
      contactMethod: 'phone',
      phoneNumber: '070-123 45 67',
      phoneTimes: 'Förmiddagar',
    });
  });

  it('passes a request for a message without a phone number', async () => {
    await expectReady(form('CONTACT_ME'), { reason: 'other', contactMethod: 'message' });
  });

  it('asks for a phone number and times only when contact by phone is chosen', async () => {
    await expectRefused(
      form('CONTACT_ME'),
      { contactMethod: 'message', phoneNumber: '070-123 45 67', phoneTimes: 'Kvällar' },
      problem('phoneNumber', 'NOT_ENABLED'),
      problem('phoneTimes', 'NOT_ENABLED'),
    );
    await expectCodeAt(
      form('CONTACT_ME'),
      { phoneNumber: '070-123 45 67' },
      'phoneNumber',
      'NOT_ENABLED',
    );
  });

  it('refuses a reason it does not offer', async () => {
    await expectCodeAt(form('CONTACT_ME'), { reason: 'gossip' }, 'reason', 'NOT_AN_OPTION');
  });
});

describe('advice', () => {
  it('passes a question', async () => {
    await expectReady(form('ADVICE'), { question: 'Kan jag träna med förkylning?' });
  });

  it('requires the question', async () => {
    await expectCodeAt(form('ADVICE'), {}, 'question', 'REQUIRED');
  });

  it('refuses the earlier caregiver where the clinic does not show the field', async () => {
    await expectCodeAt(
      form('ADVICE'),
      { question: 'Kan jag träna?', earlierCaregiver: 'Capio Farsta' },
      'earlierCaregiver',
      'NOT_ENABLED',
    );
  });

  it('takes the earlier caregiver, optionally, where the clinic shows the field', async () => {
    await expectReady(form('ADVICE', 'tailored'), {
      question: 'Kan jag träna?',
      earlierCaregiver: 'Capio Farsta',
    });
    await expectReady(form('ADVICE', 'tailored'), { question: 'Kan jag träna?' });
    await expectCodeAt(
      form('ADVICE', 'tailored'),
      { earlierCaregiver: 'Capio Farsta' },
      'question',
      'REQUIRED',
    );
  });
});

describe('custom case type example', () => {
  const complete = { subject: 'Parkering', message: 'Var kan jag parkera vid mottagningen?' };

  it('passes a subject and a message', async () => {
    await expectReady(form('CUSTOM'), complete);
  });

  it.each(['subject', 'message'])('requires %s', async (key) => {
    await expectCodeAt(form('CUSTOM'), without(complete, key), key, 'REQUIRED');
  });

  it('refuses a subject longer than 100 characters', async () => {
    await expectCodeAt(
      form('CUSTOM'),
      { ...complete, subject: 'x'.repeat(101) },
      'subject',
      'TOO_LONG',
      {
        max: 100,
      },
    );
  });
});
