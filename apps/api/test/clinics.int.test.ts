import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, startHarness, type Harness } from './harness.ts';
import {
  createActivatedCaseType,
  createClinic,
  createPerson,
  createRegion,
  createStaff,
} from './factories.ts';

const SEARCH = 'query($text: String!) { clinicSearch(text: $text) { id name city regionName } }';
const CARD = `query($id: ID!) { clinic(id: $id) { name phone openingHours { days opens closes }
  caseTypes { id kind name { sv en } availableForProxy notice { sv } closed closedUntil } } }`;

let h: Harness;
let citizen: Browser;
let farsta: { id: string };
let closedClinic: { id: string };
let region: { id: string };
let personNumber: string;
const types: Record<string, { id: string }> = {};

beforeAll(async () => {
  h = await startHarness();
  region = await createRegion(h.prisma, 'Region Testland');
  farsta = await createClinic(h.prisma, region.id, 'Farsta vårdcentral', { city: 'Farsta' });
  await createClinic(h.prisma, region.id, 'Barnmottagningen Solsidan', {
    city: 'Solna',
    municipality: 'Solna',
  });
  closedClinic = await createClinic(h.prisma, region.id, 'Gamla vårdcentralen', {
    city: 'Farsta',
    active: false,
  });
  types.prescription = await createActivatedCaseType(h.prisma, {
    regionId: region.id,
    clinicId: farsta.id,
    nameSv: 'Förnya recept',
    nameEn: 'Renew prescription',
    kind: 'RENEW_PRESCRIPTION',
    activation: { sortOrder: 1 },
  });
  types.nurse = await createActivatedCaseType(h.prisma, {
    regionId: region.id,
    clinicId: farsta.id,
    nameSv: 'Fråga sjuksköterskan',
    kind: 'ASK_NURSE',
    activation: {
      sortOrder: 2,
      availableForProxy: false,
      noticeSv: 'Stängt i jul',
      closedFrom: '2026-11-20',
      closedTo: '2026-12-31',
    },
  });
  types.notOffered = await createActivatedCaseType(h.prisma, {
    regionId: region.id,
    clinicId: farsta.id,
    nameSv: 'Rådgivning',
    kind: 'ADVICE',
    offered: false,
  });
  types.otherClinicsOwn = await createActivatedCaseType(h.prisma, {
    regionId: region.id,
    clinicId: farsta.id,
    nameSv: 'Annan mottagnings egen typ',
    offered: false,
    ownerClinicId: closedClinic.id,
  });
  types.own = await createActivatedCaseType(h.prisma, {
    regionId: region.id,
    clinicId: farsta.id,
    nameSv: 'Resevaccination',
    offered: false,
    ownerClinicId: farsta.id,
    activation: { sortOrder: 3 },
  });
  types.inactive = await createActivatedCaseType(h.prisma, {
    regionId: region.id,
    clinicId: farsta.id,
    nameSv: 'Egen ärendetyp',
    activation: { active: false },
  });
  const person = await createPerson(h.prisma, { birthDate: '1975-06-01' });
  personNumber = person.identityNumber;
  citizen = new Browser(h.baseUrl, 'citizen');
  await citizen.login(personNumber);
});

afterAll(async () => {
  await h.close();
});

describe('finding a clinic', () => {
  it('finds active clinics by name or place, ignoring case', async () => {
    const byPlace = await citizen.graphql<{ clinicSearch: { name: string }[] }>(SEARCH, {
      text: 'farsta',
    });
    expect(byPlace.data?.clinicSearch.map((c) => c.name)).toEqual(['Farsta vårdcentral']);
    const byName = await citizen.graphql<{ clinicSearch: { name: string; regionName: string }[] }>(
      SEARCH,
      {
        text: 'barnmottagningen',
      },
    );
    expect(byName.data?.clinicSearch).toEqual([
      expect.objectContaining({ name: 'Barnmottagningen Solsidan', regionName: 'Region Testland' }),
    ]);
  });

  it('needs every word to match and ignores one-letter noise', async () => {
    const both = await citizen.graphql<{ clinicSearch: unknown[] }>(SEARCH, {
      text: 'vårdcentral solna',
    });
    expect(both.data?.clinicSearch).toEqual([]);
    const noise = await citizen.graphql<{ clinicSearch: unknown[] }>(SEARCH, { text: ' a ' });
    expect(noise.data?.clinicSearch).toEqual([]);
  });

  it('is for logged-in citizens only', async () => {
    const anonymous = await new Browser(h.baseUrl, 'citizen').graphql(SEARCH, { text: 'farsta' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const nurse = await createStaff(h.prisma, {
      assignments: [{ clinicId: farsta.id, roles: ['CAREGIVER'] }],
    });
    const staff = new Browser(h.baseUrl, 'staff');
    await staff.login(nurse.hsaId);
    expect((await staff.graphql(SEARCH, { text: 'farsta' })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('the contact card', () => {
  it('shows the clinic with the case types it has activated and its region offers, in order', async () => {
    const result = await citizen.graphql<{
      clinic: { name: string; caseTypes: Record<string, unknown>[] };
    }>(CARD, {
      id: farsta.id,
    });
    expect(result.data?.clinic.name).toBe('Farsta vårdcentral');
    expect(result.data?.clinic.caseTypes).toEqual([
      {
        id: types.prescription!.id,
        kind: 'RENEW_PRESCRIPTION',
        name: { sv: 'Förnya recept', en: 'Renew prescription' },
        availableForProxy: true,
        notice: null,
        closed: false,
        closedUntil: null,
      },
      {
        id: types.nurse!.id,
        kind: 'ASK_NURSE',
        name: { sv: 'Fråga sjuksköterskan', en: null },
        availableForProxy: false,
        notice: { sv: 'Stängt i jul' },
        closed: true,
        closedUntil: '2026-12-31',
      },
      expect.objectContaining({
        id: types.own!.id,
        kind: 'CUSTOM',
        name: { sv: 'Resevaccination', en: null },
      }),
    ]);
  });

  it('reopens a closed case type when the closure is over', async () => {
    h.clock.advance(40 * 24 * 60 * 60 * 1000);
    try {
      const later = new Browser(h.baseUrl, 'citizen');
      await later.login(personNumber);
      const result = await later.graphql<{ clinic: { caseTypes: { closed: boolean }[] } }>(CARD, {
        id: farsta.id,
      });
      expect(result.data?.clinic.caseTypes.map((t) => t.closed)).toEqual([false, false, false]);
    } finally {
      h.clock.advance(-40 * 24 * 60 * 60 * 1000);
    }
  });

  it('answers NOT_FOUND for a closed-down or unknown clinic', async () => {
    expect(
      (await citizen.graphql(CARD, { id: closedClinic.id })).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    expect(
      (await citizen.graphql(CARD, { id: '00000000-0000-4000-8000-000000000000' })).errors?.[0]
        ?.extensions?.code,
    ).toBe('NOT_FOUND');
  });
});
