import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIONAL_CASE_TYPES } from '@etj/domain';
import { Browser, startHarness, type Harness } from './harness.ts';
import {
  createActivatedCaseType,
  createClinic,
  createPerson,
  createRegion,
  createStaff,
} from './factories.ts';

const OFFERING = '{ regionOffering { caseTypeId offered } }';
const SET_OFFERING =
  'mutation($id: ID!, $offered: Boolean!) { setRegionOffering(caseTypeId: $id, offered: $offered) { caseTypeId offered } }';
const SETTINGS =
  '{ clinicCaseTypes { caseTypeId kind active options revision terms { sv } closedFrom closedTo } }';
const UPDATE = `mutation($input: UpdateClinicCaseTypeInput!) { updateClinicCaseType(input: $input) {
  caseTypeId active options revision terms { sv } notice { sv } closedFrom closedTo expectedResponseDays } }`;
const CARD = 'query($id: ID!) { clinic(id: $id) { caseTypes { id } } }';
const FORM =
  'query($c: ID!, $t: ID!) { caseTypeForm(clinicId: $c, caseTypeId: $t) { clinicOptions } }';

type Result = {
  data?: Record<string, unknown> | null;
  errors?: { extensions?: Record<string, unknown> }[];
};
const code = (r: Result) => r.errors?.[0]?.extensions?.code;

let h: Harness;
let clinic: { id: string };
let prescription: { id: string };
let nurse: { id: string };
const as: Record<string, Browser> = {};

function settingsInput(
  caseTypeId: string,
  revision: number,
  overrides: Record<string, unknown> = {},
) {
  return {
    caseTypeId,
    active: true,
    options: {},
    availableForProxy: true,
    attachmentsAllowed: false,
    expectedResponseDays: 2,
    sortOrder: 1,
    revision,
    ...overrides,
  };
}

async function staffBrowser(assignment: Parameters<typeof createStaff>[1]['assignments'][number]) {
  const member = await createStaff(h.prisma, { assignments: [assignment] });
  const browser = new Browser(h.baseUrl, 'staff');
  await browser.login(member.hsaId);
  return browser;
}

beforeAll(async () => {
  h = await startHarness();
  const region = await createRegion(h.prisma, 'Region Testland');
  const otherRegion = await createRegion(h.prisma, 'Region Annanstans');
  clinic = await createClinic(h.prisma, region.id, 'Farsta vårdcentral');
  const otherClinic = await createClinic(h.prisma, region.id, 'Nacka vårdcentral');
  prescription = await createActivatedCaseType(h.prisma, {
    regionId: region.id,
    clinicId: clinic.id,
    nameSv: 'Förnya recept',
    kind: 'RENEW_PRESCRIPTION',
    definition: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.definition,
    options: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.defaultClinicOptions,
  });
  nurse = await createActivatedCaseType(h.prisma, {
    regionId: region.id,
    clinicId: otherClinic.id,
    nameSv: 'Fråga sjuksköterskan',
    kind: 'ASK_NURSE',
    definition: NATIONAL_CASE_TYPES.ASK_NURSE.definition,
  });
  as.clinicAdmin = await staffBrowser({ clinicId: clinic.id, roles: ['CLINIC_ADMIN'] });
  as.receiver = await staffBrowser({ clinicId: clinic.id, roles: ['CASE_RECEIVER'] });
  as.caregiver = await staffBrowser({ clinicId: clinic.id, roles: ['CAREGIVER'] });
  as.auditor = await staffBrowser({ clinicId: clinic.id, roles: ['AUDITOR'] });
  as.otherClinicAdmin = await staffBrowser({ clinicId: otherClinic.id, roles: ['CLINIC_ADMIN'] });
  as.regionAdmin = await staffBrowser({ regionId: region.id, roles: ['REGION_ADMIN'] });
  as.otherRegionAdmin = await staffBrowser({ regionId: otherRegion.id, roles: ['REGION_ADMIN'] });
  as.citizen = new Browser(h.baseUrl, 'citizen');
  await as.citizen.login(
    (await createPerson(h.prisma, { birthDate: '1970-07-07' })).identityNumber,
  );
  as.anonymousStaff = new Browser(h.baseUrl, 'staff');
});

afterAll(async () => {
  await h.close();
});

describe('region offering', () => {
  it('lets the region administrator stop and resume offering a national type', async () => {
    const before = await as.regionAdmin!.graphql<{
      regionOffering: { caseTypeId: string; offered: boolean }[];
    }>(OFFERING);
    expect(before.data?.regionOffering).toEqual(
      expect.arrayContaining([
        { caseTypeId: prescription.id, offered: true },
        { caseTypeId: nurse.id, offered: true },
      ]),
    );
    await as.regionAdmin!.graphql(SET_OFFERING, { id: prescription.id, offered: false });
    const card = await as.citizen!.graphql<{ clinic: { caseTypes: { id: string }[] } }>(CARD, {
      id: clinic.id,
    });
    expect(card.data?.clinic.caseTypes.map((t) => t.id)).not.toContain(prescription.id);
    await as.regionAdmin!.graphql(SET_OFFERING, { id: prescription.id, offered: true });
    const again = await as.citizen!.graphql<{ clinic: { caseTypes: { id: string }[] } }>(CARD, {
      id: clinic.id,
    });
    expect(again.data?.clinic.caseTypes.map((t) => t.id)).toContain(prescription.id);
  });

  it('is each region’s own: another region’s administrator changes only their own region', async () => {
    await as.otherRegionAdmin!.graphql(SET_OFFERING, { id: prescription.id, offered: false });
    const card = await as.citizen!.graphql<{ clinic: { caseTypes: { id: string }[] } }>(CARD, {
      id: clinic.id,
    });
    expect(card.data?.clinic.caseTypes.map((t) => t.id)).toContain(prescription.id);
  });
});

describe('clinic activation and options', () => {
  it('activates a type the region offers, with the clinic’s options, and the citizen sees them', async () => {
    const list = await as.clinicAdmin!.graphql<{
      clinicCaseTypes: { caseTypeId: string; active: boolean; revision: number }[];
    }>(SETTINGS);
    const entry = list.data?.clinicCaseTypes.find((t) => t.caseTypeId === nurse.id);
    expect(entry).toMatchObject({ active: false, revision: 0 });
    const saved = await as.clinicAdmin!.graphql<{ updateClinicCaseType: Record<string, unknown> }>(
      UPDATE,
      {
        input: settingsInput(nurse.id, 0, {
          options: { healthQuestions: ['fever', 'pain'] },
          termsSv: '<p>Vi svarar inom <strong>två</strong> dagar.</p><script>alert(1)</script>',
          noticeSv: 'Stängt under julen',
          closedFrom: '2026-12-23',
          closedTo: '2027-01-06',
        }),
      },
    );
    expect(saved.data?.updateClinicCaseType).toMatchObject({
      active: true,
      revision: 1,
      options: { healthQuestions: ['fever', 'pain'] },
      terms: { sv: '<p>Vi svarar inom <strong>två</strong> dagar.</p>' },
      notice: { sv: 'Stängt under julen' },
      closedFrom: '2026-12-23',
      closedTo: '2027-01-06',
      expectedResponseDays: 2,
    });
    const form = await as.citizen!.graphql<{ caseTypeForm: { clinicOptions: unknown } }>(FORM, {
      c: clinic.id,
      t: nurse.id,
    });
    expect(form.data?.caseTypeForm.clinicOptions).toEqual({ healthQuestions: ['fever', 'pain'] });
  });

  it('refuses options the definition does not have, and a closure that ends before it starts; nothing is stored', async () => {
    const before = await as.clinicAdmin!.graphql<{
      clinicCaseTypes: { caseTypeId: string; revision: number; options: unknown }[];
    }>(SETTINGS);
    const current = before.data!.clinicCaseTypes.find((t) => t.caseTypeId === prescription.id)!;
    const bad = await as.clinicAdmin!.graphql(UPDATE, {
      input: settingsInput(prescription.id, current.revision, {
        options: { furtherInformation: 'yes please', colour: 'blue' },
        closedFrom: '2027-01-06',
        closedTo: '2026-12-23',
      }),
    });
    expect(code(bad)).toBe('BAD_USER_INPUT');
    const fields = bad.errors?.[0]?.extensions?.fields as { path: string; code: string }[];
    expect(fields.map((f) => f.code)).toEqual(
      expect.arrayContaining(['INVALID_OPTION', 'BEFORE_START']),
    );
    expect(fields.find((f) => f.code === 'BEFORE_START')?.path).toBe('closedTo');
    const after = await as.clinicAdmin!.graphql<{
      clinicCaseTypes: { caseTypeId: string; revision: number; options: unknown }[];
    }>(SETTINGS);
    expect(after.data!.clinicCaseTypes.find((t) => t.caseTypeId === prescription.id)).toMatchObject(
      {
        revision: current.revision,
        options: current.options,
      },
    );
  });

  it('tells the second of two administrators saving at once that the settings changed', async () => {
    const list = await as.clinicAdmin!.graphql<{
      clinicCaseTypes: { caseTypeId: string; revision: number }[];
    }>(SETTINGS);
    const revision = list.data!.clinicCaseTypes.find(
      (t) => t.caseTypeId === prescription.id,
    )!.revision;
    const first = await as.clinicAdmin!.graphql(UPDATE, {
      input: settingsInput(prescription.id, revision, { expectedResponseDays: 4 }),
    });
    expect(first.errors).toBeUndefined();
    const second = await as.clinicAdmin!.graphql(UPDATE, {
      input: settingsInput(prescription.id, revision, { expectedResponseDays: 9 }),
    });
    expect(second.errors?.[0]?.extensions).toEqual({
      code: 'CONFLICT',
      reason: 'SETTINGS_CHANGED',
    });
  });
});

describe('only administrators of that clinic or region may change it', () => {
  const clinicOps = () => [
    () => as.current!.graphql(SETTINGS),
    () => as.current!.graphql(UPDATE, { input: settingsInput(prescription.id, 1) }),
  ];
  const regionOps = () => [
    () => as.current!.graphql(OFFERING),
    () => as.current!.graphql(SET_OFFERING, { id: prescription.id, offered: false }),
  ];

  for (const [who, expected, ops] of [
    ['receiver', 'FORBIDDEN', 'both'],
    ['caregiver', 'FORBIDDEN', 'both'],
    ['auditor', 'FORBIDDEN', 'both'],
    ['regionAdmin', 'FORBIDDEN', 'clinic'],
    ['clinicAdmin', 'FORBIDDEN', 'region'],
    ['citizen', 'FORBIDDEN', 'both'],
    ['anonymousStaff', 'UNAUTHENTICATED', 'both'],
  ] as const) {
    it(`${who} is refused with ${expected}`, async () => {
      as.current = as[who]!;
      const operations = [
        ...(ops === 'region' ? [] : clinicOps()),
        ...(ops === 'clinic' ? [] : regionOps()),
      ];
      for (const operation of operations) {
        expect(code((await operation()) as Result)).toBe(expected);
      }
    });
  }

  it('another clinic’s administrator cannot reach this clinic’s settings', async () => {
    const theirs = await as.otherClinicAdmin!.graphql<{
      clinicCaseTypes: { caseTypeId: string }[];
    }>(SETTINGS);
    expect(theirs.data?.clinicCaseTypes.map((t) => t.caseTypeId)).toEqual(
      expect.arrayContaining([nurse.id]),
    );
    const list = await as.clinicAdmin!.graphql<{
      clinicCaseTypes: { caseTypeId: string; revision: number }[];
    }>(SETTINGS);
    const mine = list.data!.clinicCaseTypes.find((t) => t.caseTypeId === prescription.id)!;
    await as.otherClinicAdmin!.graphql(UPDATE, {
      input: settingsInput(prescription.id, mine.revision, { active: false }),
    });
    const after = await as.clinicAdmin!.graphql<{
      clinicCaseTypes: { caseTypeId: string; active: boolean; revision: number }[];
    }>(SETTINGS);
    expect(after.data!.clinicCaseTypes.find((t) => t.caseTypeId === prescription.id)).toMatchObject(
      { active: true, revision: mine.revision },
    );
  });
});
