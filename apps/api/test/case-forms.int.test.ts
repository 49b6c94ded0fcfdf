import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIONAL_CASE_TYPES } from '@etj/domain';
import { Browser, startHarness, type Harness } from './harness.ts';
import { createActivatedCaseType, createClinic, createPerson, createRegion } from './factories.ts';

const FORM = `query($clinicId: ID!, $caseTypeId: ID!) { caseTypeForm(clinicId: $clinicId, caseTypeId: $caseTypeId) {
  versionId kind name { sv } definition clinicOptions expectedResponseDays closed closedUntil } }`;
const SAVE = `mutation($input: SaveCaseDraftInput!) { saveCaseDraft(input: $input) { id answers revision caseTypeName { sv } } }`;
const DRAFTS = '{ myCaseDrafts { id clinicName answers revision } }';
const DRAFT = 'query($id: ID!) { caseDraft(id: $id) { id answers revision } }';
const REVIEW = 'mutation($id: ID!) { reviewCaseDraft(id: $id) { ready } }';

type Errors = { errors?: { extensions?: Record<string, unknown> }[] };
const fieldsOf = (result: Errors) =>
  result.errors?.[0]?.extensions?.fields as { path: string; code: string }[] | undefined;

let h: Harness;
let anna: Browser;
let other: Browser;
let clinic: { id: string };
let elsewhere: { id: string };
let prescription: { id: string };

const medicine = (name: string) => ({
  name,
  strength: '500 mg',
  dosage: '1 tablett 3 gånger om dagen',
});

beforeAll(async () => {
  h = await startHarness();
  const region = await createRegion(h.prisma);
  clinic = await createClinic(h.prisma, region.id, 'Farsta vårdcentral');
  elsewhere = await createClinic(h.prisma, region.id, 'Nacka vårdcentral');
  prescription = await createActivatedCaseType(h.prisma, {
    regionId: region.id,
    clinicId: clinic.id,
    nameSv: 'Förnya recept',
    kind: 'RENEW_PRESCRIPTION',
    definition: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.definition,
    options: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.defaultClinicOptions,
  });
  anna = new Browser(h.baseUrl, 'citizen');
  await anna.login((await createPerson(h.prisma, { birthDate: '1980-02-02' })).identityNumber);
  other = new Browser(h.baseUrl, 'citizen');
  await other.login((await createPerson(h.prisma, { birthDate: '1981-03-03' })).identityNumber);
});

afterAll(async () => {
  await h.close();
});

async function newDraft(answers: object) {
  const result = await anna.graphql<{ saveCaseDraft: { id: string; revision: number } }>(SAVE, {
    input: { clinicId: clinic.id, caseTypeId: prescription.id, answers },
  });
  expect(result.errors).toBeUndefined();
  return result.data!.saveCaseDraft;
}

describe('opening a case type', () => {
  it('gives the published definition with the clinic options in force', async () => {
    const result = await anna.graphql<{ caseTypeForm: Record<string, unknown> }>(FORM, {
      clinicId: clinic.id,
      caseTypeId: prescription.id,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.caseTypeForm).toMatchObject({
      kind: 'RENEW_PRESCRIPTION',
      name: { sv: 'Förnya recept' },
      definition: { key: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.definition.key },
      clinicOptions: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.defaultClinicOptions,
      closed: false,
      closedUntil: null,
    });
  });

  it('answers NOT_FOUND for a case type the clinic has not activated', async () => {
    const result = await anna.graphql(FORM, {
      clinicId: elsewhere.id,
      caseTypeId: prescription.id,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('drafts on the server', () => {
  it('keeps an incomplete form, so the citizen can leave and come back', async () => {
    const draft = await newDraft({ medicines: [{ name: 'Levaxin' }] });
    const back = await anna.graphql<{
      myCaseDrafts: { id: string; clinicName: string; answers: unknown }[];
    }>(DRAFTS);
    expect(back.data?.myCaseDrafts.find((d) => d.id === draft.id)).toEqual(
      expect.objectContaining({
        clinicName: 'Farsta vårdcentral',
        answers: { medicines: [{ name: 'Levaxin' }] },
      }),
    );
  });

  it('saves a newer version and refuses a stale one with CONFLICT', async () => {
    const draft = await newDraft({ medicines: [{ name: 'Levaxin' }] });
    const input = { draftId: draft.id, clinicId: clinic.id, caseTypeId: prescription.id };
    const saved = await anna.graphql<{ saveCaseDraft: { revision: number } }>(SAVE, {
      input: { ...input, revision: draft.revision, answers: { medicines: [medicine('Levaxin')] } },
    });
    expect(saved.data?.saveCaseDraft.revision).toBe(draft.revision + 1);
    const stale = await anna.graphql(SAVE, {
      input: { ...input, revision: draft.revision, answers: { medicines: [{ name: 'Annat' }] } },
    });
    expect(stale.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', reason: 'DRAFT_CHANGED' });
    const kept = await anna.graphql<{ caseDraft: { answers: unknown } }>(DRAFT, { id: draft.id });
    expect(kept.data?.caseDraft.answers).toEqual({ medicines: [medicine('Levaxin')] });
  });

  it('refuses unknown fields and oversize text with field codes, storing nothing', async () => {
    const draft = await newDraft({ medicines: [{ name: 'Levaxin' }] });
    const input = {
      draftId: draft.id,
      clinicId: clinic.id,
      caseTypeId: prescription.id,
      revision: draft.revision,
    };
    const unknown = await anna.graphql(SAVE, {
      input: { ...input, answers: { medicines: [{ name: 'X' }], shoeSize: 44 } },
    });
    expect(fieldsOf(unknown)).toEqual([{ path: 'answers.shoeSize', code: 'UNKNOWN_FIELD' }]);
    const oversize = await anna.graphql(SAVE, {
      input: { ...input, answers: { medicines: [{ name: 'x'.repeat(5000) }] } },
    });
    expect(fieldsOf(oversize)?.[0]).toMatchObject({
      path: 'answers.medicines.0.name',
      code: 'TOO_LONG',
    });
    const huge = await anna.graphql(SAVE, {
      input: { ...input, answers: { junk: 'x'.repeat(70_000) } },
    });
    expect(fieldsOf(huge)).toEqual([
      { path: 'answers', code: 'TOO_LARGE', params: { max: 65536 } },
    ]);
    const kept = await anna.graphql<{ caseDraft: { answers: unknown; revision: number } }>(DRAFT, {
      id: draft.id,
    });
    expect(kept.data?.caseDraft).toEqual({
      id: draft.id,
      answers: { medicines: [{ name: 'Levaxin' }] },
      revision: draft.revision,
    });
  });

  it('refuses malformed ids with a field code, whatever the client sent', async () => {
    const result = await anna.graphql(SAVE, {
      input: { clinicId: 'not-an-id', caseTypeId: prescription.id, answers: {} },
    });
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'clinicId', code: 'INVALID_FORMAT' }],
    });
  });

  it('is the sender’s alone: another citizen gets NOT_FOUND', async () => {
    const draft = await newDraft({ medicines: [{ name: 'Levaxin' }] });
    expect((await other.graphql(DRAFT, { id: draft.id })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    const overwrite = await other.graphql(SAVE, {
      input: { draftId: draft.id, clinicId: clinic.id, caseTypeId: prescription.id, answers: {} },
    });
    expect(overwrite.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(
      (await other.graphql('mutation($id: ID!) { deleteCaseDraft(id: $id) }', { id: draft.id }))
        .errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
  });
});

describe('review', () => {
  it('passes a form that follows every rule', async () => {
    const draft = await newDraft({ medicines: [medicine('Levaxin'), medicine('Alvedon')] });
    const result = await anna.graphql<{ reviewCaseDraft: { ready: boolean } }>(REVIEW, {
      id: draft.id,
    });
    expect(result.data?.reviewCaseDraft).toEqual({ ready: true });
  });

  it('needs at least one medicine with a name', async () => {
    const draft = await newDraft({ medicines: [{ strength: '5 mg' }] });
    expect(fieldsOf(await anna.graphql(REVIEW, { id: draft.id }))).toEqual([
      expect.objectContaining({ path: 'answers.medicines.0.name', code: 'REQUIRED' }),
    ]);
  });

  it('accepts ten medicines and refuses an eleventh', async () => {
    const ten = await newDraft({
      medicines: Array.from({ length: 10 }, (_, i) => medicine(`Medicin ${i + 1}`)),
    });
    expect((await anna.graphql(REVIEW, { id: ten.id })).errors).toBeUndefined();
    const eleven = await anna.graphql(SAVE, {
      input: {
        clinicId: clinic.id,
        caseTypeId: prescription.id,
        answers: { medicines: Array.from({ length: 11 }, (_, i) => medicine(`Medicin ${i + 1}`)) },
      },
    });
    expect(fieldsOf(eleven)).toEqual([
      expect.objectContaining({ path: 'answers.medicines', code: 'TOO_MANY' }),
    ]);
  });
});
