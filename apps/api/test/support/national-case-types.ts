// Shared set-up of the national case type tests: a harness where every national type is activated
// at a clinic that kept the national defaults, one whose administrator changed every option and
// one that selected no ready-made questions, a logged-in citizen, and helpers that save and review
// a draft and expect it ready or refused with exactly the given problems.
import { afterAll, beforeAll, expect } from 'vitest';
import { NATIONAL_CASE_TYPES, type CaseTypeKind, type ClinicOptions } from '@etj/domain';
import { Browser, startHarness, type Harness } from '../harness.ts';
import { createActivatedCaseType, createClinic, createPerson, createRegion } from '../factories.ts';

export const FORM = `query($clinicId: ID!, $caseTypeId: ID!) {
  caseTypeForm(clinicId: $clinicId, caseTypeId: $caseTypeId) { kind definition clinicOptions } }`;
export const SAVE = 'mutation($input: SaveCaseDraftInput!) { saveCaseDraft(input: $input) { id } }';
export const REVIEW = 'mutation($id: ID!) { reviewCaseDraft(id: $id) { ready } }';

/** The codes saveCaseDraft refuses outright; every other code only stops the review. */
export const STRUCTURAL = new Set([
  'UNKNOWN_FIELD',
  'WRONG_TYPE',
  'TOO_LONG',
  'INVALID_DATE',
  'NOT_AN_INTEGER',
  'NOT_AN_OPTION',
  'DUPLICATE_OPTION',
  'TOO_MANY',
]);

export type Answers = Record<string, unknown>;
export type Field = { path: string; code: string; params?: Record<string, string | number> };
export type Target = { clinicId: string; caseTypeId: string };
export type Outcome =
  | { ready: boolean }
  | { refusedBy: 'saveCaseDraft' | 'reviewCaseDraft'; code: unknown; fields: Field[] };

/** The clinic that kept the national defaults, and one whose administrator changed every option. */
export type ClinicVariant = 'standard' | 'tailored' | 'noReadyMadeQuestions';

export const OWN_CERTIFICATE_KINDS = [
  { code: 'diving', display: { sv: 'Dykarintyg', en: 'Diving certificate' } },
  { code: 'seafarer', display: { sv: 'Sjöfartsintyg', en: 'Seafarer certificate' } },
];

/** Every option differs from the national default. */
export const TAILORED: Partial<Record<CaseTypeKind, ClinicOptions>> = {
  CANCEL_REBOOK_APPOINTMENT: { daysThatDoNotSuit: true },
  REQUEST_APPOINTMENT: { daysThatDoNotSuit: true },
  REQUEST_CERTIFICATE: { certificateKinds: OWN_CERTIFICATE_KINDS },
  ASK_NURSE: { healthQuestions: ['pain', 'allergies'] },
  RENEW_PRESCRIPTION: { furtherInformation: false },
  ADVICE: { earlierCaregiver: true },
};

export const KINDS = Object.keys(NATIONAL_CASE_TYPES) as CaseTypeKind[];

export let h: Harness;
export let citizen: Browser;
const activations = new Map<string, Target>();

/** Where the citizen fills in `kind` at the clinic of `variant`. */
export function form(kind: CaseTypeKind, variant: ClinicVariant = 'standard'): Target {
  const target = activations.get(`${variant}:${kind}`);
  if (!target) throw new Error(`${kind} is not activated at the ${variant} clinic`);
  return target;
}

export async function activate(
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

/** Starts the harness with every national type activated at the clinics of each variant. */
export function useNationalCaseTypesHarness(): void {
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
}

export type GraphqlResult = { errors?: { extensions?: Record<string, unknown> }[] };
export const refusal = (
  by: 'saveCaseDraft' | 'reviewCaseDraft',
  result: GraphqlResult,
): Outcome => ({
  refusedBy: by,
  code: result.errors?.[0]?.extensions?.code,
  fields: [...((result.errors?.[0]?.extensions?.fields as Field[] | undefined) ?? [])].sort(byPath),
});
export const byPath = (a: Field, b: Field) =>
  a.path === b.path ? a.code.localeCompare(b.code) : a.path.localeCompare(b.path);

/** Saves a new draft and, when it is kept, reviews it: what the citizen's "next" button does. */
export async function saveAndReview(target: Target, answers: Answers): Promise<Outcome> {
  const saved = await citizen.graphql<{ saveCaseDraft: { id: string } }>(SAVE, {
    input: { ...target, answers },
  });
  if (saved.errors) return refusal('saveCaseDraft', saved);
  const id = saved.data?.saveCaseDraft.id;
  if (!id) throw new Error('saveCaseDraft kept no draft');
  const reviewed = await citizen.graphql<{ reviewCaseDraft: { ready: boolean } }>(REVIEW, { id });
  if (reviewed.errors) return refusal('reviewCaseDraft', reviewed);
  const ready = reviewed.data?.reviewCaseDraft.ready;
  if (ready === undefined) throw new Error('reviewCaseDraft answered nothing');
  return { ready };
}

export async function expectReady(target: Target, answers: Answers) {
  expect(await saveAndReview(target, answers)).toEqual({ ready: true });
}

/** A problem as the API reports it: `path` is the linkId path inside the answers. */
export const problem = (path: string, code: string, params?: Field['params']): Field =>
  params ? { path: `answers.${path}`, code, params } : { path: `answers.${path}`, code };

/**
 * Expects exactly these problems, from saveCaseDraft when they are structural and from
 * reviewCaseDraft otherwise.
 */
export async function expectRefused(target: Target, answers: Answers, ...expected: Field[]) {
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
export function expectCodeAt(
  target: Target,
  answers: Answers,
  path: string,
  code: string,
  params?: Field['params'],
) {
  return expectRefused(target, answers, problem(path, code, params));
}

export const without = (answers: Answers, key: string): Answers =>
  Object.fromEntries(Object.entries(answers).filter(([k]) => k !== key));

export const requiredKeysOf = (kind: CaseTypeKind) =>
  NATIONAL_CASE_TYPES[kind].definition.items
    .filter((item) => 'required' in item && item.required === true && !item.enableWhen)
    .filter((item) => !item.clinicOption)
    .map((item) => item.linkId);
