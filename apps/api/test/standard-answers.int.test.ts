import { NATIONAL_CASE_TYPES } from '@etj/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, startHarness, type Harness } from './harness.ts';
import {
  createActivatedCaseType,
  createCase,
  createClinic,
  createPerson,
  createRegion,
  createStaff,
} from './factories.ts';

const FIELDS = 'id caseTypeId title { sv en } text { sv en } position updatedAt retiredAt';
const LIST = `{ clinicStandardAnswers { ${FIELDS} } }`;
const CREATE = `mutation($input: CreateStandardAnswerInput!) { createStandardAnswer(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateStandardAnswerInput!) { updateStandardAnswer(input: $input) { ${FIELDS} } }`;
const MOVE = `mutation($id: ID!, $d: StandardAnswerMove!) { moveStandardAnswer(id: $id, direction: $d) { id } }`;
const RETIRE = `mutation($id: ID!) { retireStandardAnswer(id: $id) { ${FIELDS} } }`;
const CAREGIVER_READ = 'query($id: ID!) { standardAnswers(caseId: $id) { title text caseTypeId } }';

type Answer = {
  id: string;
  caseTypeId: string | null;
  title: { sv: string; en: string | null };
  text: { sv: string; en: string | null };
  position: number;
  updatedAt: string | null;
  retiredAt: string | null;
};
type Result<T> = {
  data?: T | null;
  errors?: { extensions?: { code?: string; fields?: unknown } }[];
};

let h: Harness;
let clinicId: string;
let prescriptionId: string;
let nurseId: string;
let otherTypeId: string;
let caseId: string;
let admin: Browser;
let otherAdmin: Browser;
let caregiver: Browser;

const code = (r: Result<unknown>) => r.errors?.[0]?.extensions?.code;

async function create(input: Record<string, unknown>): Promise<Answer> {
  const r = await admin.graphql<{ createStandardAnswer: Answer }>(CREATE, { input });
  expect(r.errors).toBeUndefined();
  return r.data!.createStandardAnswer;
}

async function caregiverTitles(): Promise<string[]> {
  const r = await caregiver.graphql<{ standardAnswers: { title: string }[] }>(CAREGIVER_READ, {
    id: caseId,
  });
  expect(r.errors).toBeUndefined();
  return r.data!.standardAnswers.map((a) => a.title);
}

beforeAll(async () => {
  h = await startHarness();
  const region = await createRegion(h.prisma);
  const clinic = await createClinic(h.prisma, region.id, 'Farsta vårdcentral');
  const other = await createClinic(h.prisma, region.id, 'Nacka vårdcentral');
  clinicId = clinic.id;
  const national = NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION;
  prescriptionId = (
    await createActivatedCaseType(h.prisma, {
      regionId: region.id,
      clinicId,
      nameSv: 'Förnya recept',
      kind: 'RENEW_PRESCRIPTION',
      definition: national.definition,
      options: national.defaultClinicOptions,
    })
  ).id;
  nurseId = (
    await createActivatedCaseType(h.prisma, {
      regionId: region.id,
      clinicId,
      nameSv: 'Fråga sjuksköterskan',
      kind: 'ASK_NURSE',
      definition: NATIONAL_CASE_TYPES.ASK_NURSE.definition,
    })
  ).id;
  otherTypeId = (
    await createActivatedCaseType(h.prisma, {
      regionId: region.id,
      clinicId: other.id,
      nameSv: 'Annan mottagnings typ',
      kind: 'ADVICE',
      definition: NATIONAL_CASE_TYPES.ADVICE.definition,
    })
  ).id;
  const login = async (assignment: Parameters<typeof createStaff>[1]['assignments'][number]) => {
    const member = await createStaff(h.prisma, { assignments: [assignment] });
    const browser = new Browser(h.baseUrl, 'staff');
    await browser.login(member.hsaId);
    return { browser, id: member.id };
  };
  admin = (await login({ clinicId, roles: ['CLINIC_ADMIN'] })).browser;
  otherAdmin = (await login({ clinicId: other.id, roles: ['CLINIC_ADMIN'] })).browser;
  const carer = await login({ clinicId, roles: ['CAREGIVER'] });
  caregiver = carer.browser;
  const patient = await createPerson(h.prisma, { birthDate: '1980-04-04' });
  caseId = (
    await createCase(h.prisma, {
      clinicId,
      caseTypeId: prescriptionId,
      subjectPersonId: patient.id,
      assignedStaffId: carer.id,
    })
  ).id;
});

afterAll(async () => {
  await h.close();
});

describe('standard answers kept by the clinic administrator', () => {
  it('creates, edits, orders and retires; a caregiver gets the live ones in that order', async () => {
    const general = await create({ titleSv: 'Återkommer', textSv: 'Vi återkommer.' });
    expect(general).toMatchObject({ caseTypeId: null, position: 1, updatedAt: null });
    const renewed = await create({
      caseTypeId: prescriptionId,
      titleSv: ' Recept förnyat ',
      textSv: 'Ditt recept är förnyat.',
      titleEn: 'Renewed',
      textEn: 'Your prescription is renewed.',
    });
    expect(renewed).toMatchObject({
      caseTypeId: prescriptionId,
      title: { sv: 'Recept förnyat', en: 'Renewed' },
      text: { sv: 'Ditt recept är förnyat.', en: 'Your prescription is renewed.' },
      position: 1,
    });
    const pharmacy = await create({
      caseTypeId: prescriptionId,
      titleSv: 'Apoteket',
      textSv: 'Hämta ut på apoteket.',
    });
    expect(pharmacy.position).toBe(2);
    await create({ caseTypeId: nurseId, titleSv: 'Sjuksköterskan ringer', textSv: 'Vi ringer.' });
    expect(await caregiverTitles()).toEqual(['Återkommer', 'Recept förnyat', 'Apoteket']);

    const edited = await admin.graphql<{ updateStandardAnswer: Answer }>(UPDATE, {
      input: { id: renewed.id, titleSv: 'Receptet förnyat', textSv: 'Klart.', titleEn: '' },
    });
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.updateStandardAnswer).toMatchObject({
      title: { sv: 'Receptet förnyat', en: null },
      text: { sv: 'Klart.', en: null },
    });
    expect(edited.data!.updateStandardAnswer.updatedAt).not.toBeNull();

    const moved = await admin.graphql(MOVE, { id: pharmacy.id, d: 'UP' });
    expect(moved.errors).toBeUndefined();
    expect(await caregiverTitles()).toEqual(['Återkommer', 'Apoteket', 'Receptet förnyat']);
    // Already first in its list: refused, nothing changed.
    const stuck = await admin.graphql(MOVE, { id: pharmacy.id, d: 'UP' });
    expect(stuck.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'direction', code: 'NOT_ALLOWED' }],
    });

    const retired = await admin.graphql<{ retireStandardAnswer: Answer }>(RETIRE, {
      id: pharmacy.id,
    });
    expect(retired.data?.retireStandardAnswer.retiredAt).not.toBeNull();
    expect(await caregiverTitles()).toEqual(['Återkommer', 'Receptet förnyat']);
    // A retired answer is kept (the administrator still sees it) but not edited or moved.
    const list = await admin.graphql<{ clinicStandardAnswers: Answer[] }>(LIST);
    expect(list.data?.clinicStandardAnswers.map((a) => [a.title.sv, a.retiredAt !== null])).toEqual(
      [
        ['Återkommer', false],
        ...(prescriptionId < nurseId
          ? [
              ['Apoteket', true],
              ['Receptet förnyat', false],
              ['Sjuksköterskan ringer', false],
            ]
          : [
              ['Sjuksköterskan ringer', false],
              ['Apoteket', true],
              ['Receptet förnyat', false],
            ]),
      ],
    );
    const editRetired = await admin.graphql(UPDATE, {
      input: { id: pharmacy.id, titleSv: 'Ny', textSv: 'Ny.' },
    });
    expect(editRetired.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'id', code: 'NOT_ALLOWED' }],
    });
    expect(code(await admin.graphql(MOVE, { id: pharmacy.id, d: 'DOWN' }))).toBe('BAD_USER_INPUT');
  });

  it('refuses bad input with field codes and changes nothing', async () => {
    const before = await h.prisma.standardAnswer.count();
    const r = await admin.graphql(CREATE, {
      input: { titleSv: ' ', textSv: 'x'.repeat(5001), titleEn: 'Only a title' },
    });
    expect(r.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { path: 'titleSv', code: 'REQUIRED' },
        { path: 'textEn', code: 'REQUIRED' },
        { path: 'textSv', code: 'TOO_LONG', params: { max: 5000 } },
      ],
    });
    const foreignType = await admin.graphql(CREATE, {
      input: { caseTypeId: otherTypeId, titleSv: 'Svar', textSv: 'Svar.' },
    });
    expect(foreignType.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'caseTypeId', code: 'INVALID_OPTION' }],
    });
    expect(await h.prisma.standardAnswer.count()).toBe(before);
  });

  it('refuses another clinic’s administrator and staff who do not administer the clinic', async () => {
    const mine = await create({ titleSv: 'Bara vår', textSv: 'Vår text.' });
    const edit = { input: { id: mine.id, titleSv: 'Kapad', textSv: 'Kapad.' } };
    expect(code(await otherAdmin.graphql(UPDATE, edit))).toBe('NOT_FOUND');
    expect(code(await otherAdmin.graphql(RETIRE, { id: mine.id }))).toBe('NOT_FOUND');
    expect(code(await otherAdmin.graphql(MOVE, { id: mine.id, d: 'UP' }))).toBe('NOT_FOUND');
    const theirs = await otherAdmin.graphql<{ clinicStandardAnswers: Answer[] }>(LIST);
    expect(theirs.data?.clinicStandardAnswers).toEqual([]);
    expect(code(await caregiver.graphql(LIST))).toBe('FORBIDDEN');
    expect(code(await caregiver.graphql(UPDATE, edit))).toBe('FORBIDDEN');
    const row = await h.prisma.standardAnswer.findUniqueOrThrow({ where: { id: mine.id } });
    expect([row.titleSv, row.retiredAt]).toEqual(['Bara vår', null]);
  });
});
