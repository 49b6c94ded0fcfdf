import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, startHarness, type Harness } from './harness.ts';
import { createClinic, createPerson, createRegion, createStaff } from './factories.ts';

const CREATE =
  'mutation($input: CreateCustomCaseTypeInput!) { createCustomCaseType(input: $input) { id name { sv } hasDraft definition versions { version status } } }';
const SAVE =
  'mutation($input: SaveCustomCaseTypeInput!) { saveCustomCaseType(input: $input) { id hasDraft definition versions { version status } } }';
const PUBLISH =
  'mutation($id: ID!) { publishCustomCaseType(id: $id) { hasDraft versions { version status } } }';
const LIST = '{ customCaseTypes { id name { sv } } }';
const SETTINGS = '{ clinicCaseTypes { caseTypeId active revision custom } }';
const ACTIVATE = `mutation($input: UpdateClinicCaseTypeInput!) { updateClinicCaseType(input: $input) { active } }`;
const FORM =
  'query($c: ID!, $t: ID!) { caseTypeForm(clinicId: $c, caseTypeId: $t) { versionId definition } }';

type Result = {
  data?: Record<string, unknown> | null;
  errors?: { extensions?: Record<string, unknown> }[];
};

const travelForm = (question: string) => ({
  clinicOptions: [],
  items: [
    { linkId: 'destination', type: 'string', required: true, text: { sv: question } },
    { linkId: 'departure', type: 'date', required: true, text: { sv: 'Avresedatum' } },
    {
      linkId: 'vaccines',
      type: 'multi-choice',
      text: { sv: 'Vilka vaccin har du fått tidigare?' },
      answerOptions: [
        { code: 'hepA', display: { sv: 'Hepatit A' } },
        { code: 'yellowFever', display: { sv: 'Gula febern' } },
      ],
    },
  ],
});

let h: Harness;
let clinic: { id: string };
let admin: Browser;
let otherAdmin: Browser;
let caregiver: Browser;
let citizen: Browser;

beforeAll(async () => {
  h = await startHarness();
  const region = await createRegion(h.prisma);
  clinic = await createClinic(h.prisma, region.id, 'Farsta vårdcentral');
  const other = await createClinic(h.prisma, region.id, 'Nacka vårdcentral');
  const login = async (assignment: Parameters<typeof createStaff>[1]['assignments'][number]) => {
    const member = await createStaff(h.prisma, { assignments: [assignment] });
    const browser = new Browser(h.baseUrl, 'staff');
    await browser.login(member.hsaId);
    return browser;
  };
  admin = await login({ clinicId: clinic.id, roles: ['CLINIC_ADMIN'] });
  otherAdmin = await login({ clinicId: other.id, roles: ['CLINIC_ADMIN'] });
  caregiver = await login({ clinicId: clinic.id, roles: ['CAREGIVER'] });
  citizen = new Browser(h.baseUrl, 'citizen');
  await citizen.login((await createPerson(h.prisma, { birthDate: '1990-01-01' })).identityNumber);
});

afterAll(async () => {
  await h.close();
});

describe('a clinic builds its own case type', () => {
  it('creates, builds, publishes, activates and revises; cases keep their version', async () => {
    const created = await admin.graphql<{
      createCustomCaseType: { id: string; hasDraft: boolean; versions: unknown[] };
    }>(CREATE, {
      input: { nameSv: 'Resevaccination', nameEn: 'Travel vaccination' },
    });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createCustomCaseType.id;
    expect(created.data!.createCustomCaseType).toMatchObject({
      hasDraft: true,
      versions: [{ version: 1, status: 'DRAFT' }],
    });

    // Not visible to citizens before it is published and activated.
    expect(
      (await citizen.graphql(FORM, { c: clinic.id, t: id })).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');

    const saved = await admin.graphql<{
      saveCustomCaseType: { definition: { items: unknown[]; key: string } };
    }>(SAVE, {
      input: {
        caseTypeId: id,
        nameSv: 'Resevaccination',
        nameEn: 'Travel vaccination',
        definition: travelForm('Vart reser du?'),
      },
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveCustomCaseType.definition.items).toHaveLength(3);

    const published = await admin.graphql<{ publishCustomCaseType: unknown }>(PUBLISH, { id });
    expect(published.data?.publishCustomCaseType).toEqual({
      hasDraft: false,
      versions: [{ version: 1, status: 'PUBLISHED' }],
    });

    const settings = await admin.graphql<{
      clinicCaseTypes: { caseTypeId: string; revision: number; custom: boolean }[];
    }>(SETTINGS);
    const entry = settings.data!.clinicCaseTypes.find((t) => t.caseTypeId === id)!;
    expect(entry.custom).toBe(true);
    await admin.graphql(ACTIVATE, {
      input: {
        caseTypeId: id,
        active: true,
        options: {},
        availableForProxy: true,
        attachmentsAllowed: false,
        expectedResponseDays: 5,
        sortOrder: 9,
        revision: entry.revision,
      },
    });
    const v1 = await citizen.graphql<{
      caseTypeForm: { versionId: string; definition: { items: { text: { sv: string } }[] } };
    }>(FORM, {
      c: clinic.id,
      t: id,
    });
    expect(v1.data?.caseTypeForm.definition.items[0]?.text.sv).toBe('Vart reser du?');

    // Revising a published type starts version 2; citizens keep seeing version 1 until it is published.
    const revised = await admin.graphql<{ saveCustomCaseType: { versions: unknown[] } }>(SAVE, {
      input: {
        caseTypeId: id,
        nameSv: 'Resevaccination',
        definition: travelForm('Vilket land reser du till?'),
      },
    });
    expect(revised.data?.saveCustomCaseType.versions).toEqual([
      { version: 2, status: 'DRAFT' },
      { version: 1, status: 'PUBLISHED' },
    ]);
    const stillV1 = await citizen.graphql<{ caseTypeForm: { versionId: string } }>(FORM, {
      c: clinic.id,
      t: id,
    });
    expect(stillV1.data?.caseTypeForm.versionId).toBe(v1.data?.caseTypeForm.versionId);

    await admin.graphql(PUBLISH, { id });
    const v2 = await citizen.graphql<{
      caseTypeForm: {
        versionId: string;
        definition: { version: number; items: { text: { sv: string } }[] };
      };
    }>(FORM, { c: clinic.id, t: id });
    expect(v2.data?.caseTypeForm.versionId).not.toBe(v1.data?.caseTypeForm.versionId);
    expect(v2.data?.caseTypeForm.definition).toMatchObject({
      version: 2,
      items: [{ text: { sv: 'Vilket land reser du till?' } }, {}, {}],
    });

    const versions = await h.prisma.caseTypeVersion.findMany({
      where: { caseTypeId: id },
      orderBy: { version: 'asc' },
      select: { status: true, definition: true },
    });
    expect(versions.map((v) => v.status)).toEqual(['RETIRED', 'PUBLISHED']);
    expect(JSON.stringify(versions[0]!.definition)).toContain('Vart reser du?');
  });

  it('refuses a definition that breaks the format, with field codes, and keeps the draft', async () => {
    const created = await admin.graphql<{
      createCustomCaseType: { id: string; definition: unknown };
    }>(CREATE, { input: { nameSv: 'Intyg för resa' } });
    const id = created.data!.createCustomCaseType.id;
    const broken = await admin.graphql(SAVE, {
      input: {
        caseTypeId: id,
        nameSv: 'Intyg för resa',
        definition: {
          clinicOptions: [],
          items: [{ linkId: 'a', type: 'choice', text: { sv: 'Välj' } }],
        },
      },
    });
    expect(broken.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = broken.errors?.[0]?.extensions?.fields as { path: string; code: string }[];
    expect(
      fields.every((f) => f.code === 'INVALID_DEFINITION' && f.path.startsWith('definition')),
    ).toBe(true);
    const withOptions = await admin.graphql(SAVE, {
      input: {
        caseTypeId: id,
        nameSv: 'Intyg för resa',
        definition: {
          ...travelForm('x'),
          clinicOptions: [{ key: 'flag', kind: 'flag', label: { sv: 'x' }, default: true }],
        },
      },
    });
    expect(
      (withOptions.errors?.[0]?.extensions?.fields as { code: string }[] | undefined)?.map(
        (f) => f.code,
      ),
    ).toContain('NOT_ALLOWED');
    const list = await admin.graphql<{ customCaseTypes: { id: string }[] }>(LIST);
    expect(list.data?.customCaseTypes.map((t) => t.id)).toContain(id);
  });

  it('is the clinic’s own: another clinic’s admin gets NOT_FOUND, other roles FORBIDDEN', async () => {
    const created = await admin.graphql<{ createCustomCaseType: { id: string } }>(CREATE, {
      input: { nameSv: 'Hälsodeklaration' },
    });
    const id = created.data!.createCustomCaseType.id;
    const code = (r: Result) => r.errors?.[0]?.extensions?.code;
    expect(code(await otherAdmin.graphql(PUBLISH, { id }))).toBe('NOT_FOUND');
    expect(
      code(
        await otherAdmin.graphql(SAVE, {
          input: { caseTypeId: id, nameSv: 'Kapad', definition: travelForm('x') },
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      (
        await otherAdmin.graphql<{ customCaseTypes: { id: string }[] }>(LIST)
      ).data?.customCaseTypes.map((t) => t.id),
    ).not.toContain(id);
    expect(code(await caregiver.graphql(LIST))).toBe('FORBIDDEN');
    expect(code(await caregiver.graphql(CREATE, { input: { nameSv: 'Nej' } }))).toBe('FORBIDDEN');
    expect(code(await citizen.graphql(LIST))).toBe('FORBIDDEN');
  });
});
