import { describe, expect, it } from 'vitest';
import {
  addDays,
  ageOn,
  birthdayAt,
  compareDates,
  parseIdentityNumber,
  type CalendarDate,
} from './domain.ts';
import { stockholmInstant } from './dates.ts';
import { testPersonnummer, testSamordningsnummer, vgrReservnummer } from './identity.ts';
import { seedId } from './ids.ts';
import {
  ABSENT_IDENTITIES,
  PERSONAS,
  personaIdentityNumber,
  type CitizenPersona,
} from './personas.ts';
import { buildSeedData } from './seed.ts';
import { caseTypeId } from './case-types.ts';
import { parseFormDefinition } from './domain.ts';
import { NATIONAL_KINDS } from './data/offerings.ts';
import { clinicId } from './organisation.ts';

const d = (value: string) => value as CalendarDate;
const iso = (value: Date) => d(value.toISOString().slice(0, 10));

/** Seed dates around the awkward corners of the calendar. */
const TODAYS = ['2026-11-25', '2026-12-31', '2027-03-28', '2028-02-29', '2030-06-15'].map(d);

function citizen(key: string): CitizenPersona {
  const persona = PERSONAS.find((p) => p.key === key);
  if (persona?.actor !== 'citizen') throw new Error(`no citizen persona ${key}`);
  return persona;
}

describe('test identity numbers', () => {
  it('reproduce the test personnummer DOMAIN.md quotes from Skatteverket', () => {
    expect(testPersonnummer(d('2000-01-01'), 'F')).toBe('200001012384');
    expect(testPersonnummer(d('2000-01-01'), 'M')).toBe('200001012392');
    expect(testPersonnummer(d('2005-06-15'), 'F')).toBe('200506152388');
  });

  it('give samordningsnummer day + 60 that parse back to the birth date', () => {
    const number = testSamordningsnummer(d('1991-05-09'), 'M');
    expect(number).toBe('199105692397');
    expect(parseIdentityNumber(number)).toMatchObject({
      ok: true,
      value: { kind: 'SAMORDNINGSNUMMER', birthDate: '1991-05-09' },
    });
  });

  it('reproduce the examples of Västra Götalandsregionen’s reservnummer format', () => {
    expect(vgrReservnummer(d('1981-08-29'), 'M', 7)).toBe('19810829M071');
    expect(vgrReservnummer(d('1945-08-29'), 'F', 8)).toBe('19450829K088');
    expect(() => vgrReservnummer(d('1945-08-29'), 'F', 7)).toThrow();
  });
});

describe('seedId', () => {
  it('is a stable version 5 UUID per key', () => {
    expect(seedId('person:adult')).toBe(seedId('person:adult'));
    expect(seedId('person:adult')).not.toBe(seedId('person:parent-sole'));
    expect(seedId('person:adult')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe('stockholmInstant', () => {
  it('follows summer and winter time', () => {
    expect(stockholmInstant(d('2026-07-01'), '12:00').toISOString()).toBe(
      '2026-07-01T10:00:00.000Z',
    );
    expect(stockholmInstant(d('2026-01-15'), '12:00').toISOString()).toBe(
      '2026-01-15T11:00:00.000Z',
    );
  });
});

describe.each(TODAYS)('seed data for %s', (today) => {
  const data = buildSeedData(today);
  const personById = new Map(data.persons.map((p) => [p.id, p]));

  it('is large enough for the demo', () => {
    expect(data.regions.length).toBeGreaterThanOrEqual(3);
    expect(data.clinics.length).toBeGreaterThanOrEqual(12);
    expect(data.staffMembers.length).toBeGreaterThanOrEqual(40);
    expect(data.persons.length).toBeGreaterThanOrEqual(150);
  });

  it('gives every personnummer a Skatteverket test birth number and a valid check digit', () => {
    for (const person of data.persons.filter((p) => p.identityNumberKind !== 'RESERVNUMMER')) {
      const parsed = parseIdentityNumber(person.identityNumber);
      expect(parsed, person.identityNumber).toMatchObject({
        ok: true,
        value: { kind: person.identityNumberKind, birthDate: iso(person.birthDate) },
      });
      expect(['238', '239']).toContain(person.identityNumber.slice(8, 11));
    }
  });

  it('never hands out an identity number, id or HSA-id twice, nor the absent ones', () => {
    const numbers = data.persons.map((p) => p.identityNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers).not.toContain(ABSENT_IDENTITIES.personnummer);
    const hsaIds = [...data.regions, ...data.clinics, ...data.staffMembers].map((r) => r.hsaId);
    expect(new Set(hsaIds).size).toBe(hsaIds.length);
    expect(hsaIds).not.toContain(ABSENT_IDENTITIES.hsaId);
    const ids = Object.values(data).flatMap((rows: object[]) =>
      rows.flatMap((r) => ('id' in r && typeof r.id === 'string' ? [r.id] : [])),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has only adult guardians of children under 18', () => {
    for (const guardianship of data.guardianships) {
      const guardian = personById.get(guardianship.guardianId)!;
      const child = personById.get(guardianship.childId)!;
      expect(ageOn(iso(guardian.birthDate), today)).toBeGreaterThanOrEqual(18);
      expect(ageOn(iso(child.birthDate), today)).toBeLessThan(18);
    }
  });

  it('starts proxy only where custody holds today and the child is under 13, never for Leila or Emma', () => {
    const link = (guardian: string, child: string) =>
      data.proxyLinks.some(
        (l) =>
          l.guardianPersonId === citizen(guardian).personId &&
          l.childPersonId === citizen(child).personId &&
          l.endedAt === null,
      );
    expect(link('parent-joint', 'child-turning-13-soon')).toBe(true);
    expect(link('parent-joint', 'small-child')).toBe(true);
    expect(link('parent-joint-other', 'child-turning-13-soon')).toBe(true);
    expect(link('parent-sole', 'child-turning-13-this-week')).toBe(false);
    expect(link('newborn-parent', 'newborn')).toBe(false);
    for (const l of data.proxyLinks) {
      const custody = data.guardianships.find(
        (g) => g.guardianId === l.guardianPersonId && g.childId === l.childPersonId,
      );
      expect(custody?.validTo).toBeNull();
      const child = personById.get(l.childPersonId)!;
      expect(child.protectedIdentity).toBe(false);
      expect(ageOn(iso(child.birthDate), today)).toBeLessThan(13);
    }
  });

  it('has children who turn 13 within three months and within a week', () => {
    const thirteenth = (key: string) =>
      birthdayAt(iso(personById.get(citizen(key).personId)!.birthDate), 13);
    const soon = thirteenth('child-turning-13-soon');
    expect(compareDates(soon, today)).toBeGreaterThan(0);
    expect(compareDates(soon, addDays(today, 92))).toBeLessThanOrEqual(0);
    const thisWeek = thirteenth('child-turning-13-this-week');
    expect(compareDates(thisWeek, today)).toBeGreaterThan(0);
    expect(compareDates(thisWeek, addDays(today, 7))).toBeLessThanOrEqual(0);
  });

  it('has a 15-year-old, a newborn without a name and someone aged 100 or more', () => {
    const age = (key: string) =>
      ageOn(iso(personById.get(seedId(`person:${key}`))!.birthDate), today);
    expect(age('teenager')).toBe(15);
    expect(age('newborn')).toBe(0);
    expect(personById.get(seedId('person:newborn'))).toMatchObject({
      givenName: null,
      familyName: null,
    });
    expect(age('centenarian')).toBeGreaterThanOrEqual(100);
  });

  it('matches every citizen persona’s identity number', () => {
    for (const persona of PERSONAS) {
      if (persona.actor !== 'citizen') continue;
      const person = personById.get(persona.personId);
      expect(person?.identityNumber, persona.key).toBe(personaIdentityNumber(persona, today));
      if (persona.identityNumber) expect(person?.identityNumber).toBe(persona.identityNumber);
    }
  });

  it('writes nothing dated after the start of the seed day, except future assignments', () => {
    const startOfToday = stockholmInstant(today, '00:00');
    const instants = [
      ...data.persons.flatMap((p) => [p.registeredAt, p.updatedAt]),
      ...data.citizenAccounts.flatMap((a) => [a.createdAt, a.firstLoginAt!, a.lastLoginAt!]),
      ...data.staffMembers.map((s) => s.createdAt),
    ];
    for (const instant of instants) expect(instant.getTime()).toBeLessThan(startOfToday.getTime());
  });

  it('is the same every time for the same date', () => {
    expect(JSON.stringify(buildSeedData(today))).toBe(JSON.stringify(data));
  });
});

describe('contact details', () => {
  const data = buildSeedData(d('2026-11-25'));

  it('use only example.com addresses and PTS fiction mobile numbers', () => {
    const emails = [
      ...data.staffMembers.map((s) => s.email),
      ...data.notificationSettings.map((n) => n.email),
    ];
    for (const email of emails) expect(email).toMatch(/^[a-z0-9.]+@([a-z0-9-]+\.)*example\.com$/);
    for (const { mobile } of data.notificationSettings) {
      if (mobile === null) continue;
      expect(mobile).toMatch(/^\+467017406\d\d$/);
      expect(Number(mobile.slice(-2))).toBeGreaterThanOrEqual(5);
    }
  });

  it('use only PTS fiction landline numbers for clinics', () => {
    for (const { phone } of data.clinics) {
      expect(phone).toMatch(/^(08-465 004 \d\d|031-390 06 \d\d|0980-319 2\d\d)$/);
    }
  });
});

describe('HSA catalogue', () => {
  const today = d('2026-11-25');
  const data = buildSeedData(today);
  const active = (a: (typeof data.staffAssignments)[number]) =>
    iso(a.validFrom) <= today && (a.validTo === null || iso(a.validTo) >= today);

  it('staffs every open clinic with a case receiver, a caregiver and an administrator', () => {
    for (const clinic of data.clinics.filter((c) => c.active)) {
      const roles = data.staffAssignments
        .filter((a) => a.clinicId === clinic.id && active(a))
        .flatMap((a) => a.roles);
      expect(roles, clinic.name).toEqual(
        expect.arrayContaining(['CASE_RECEIVER', 'CAREGIVER', 'CLINIC_ADMIN']),
      );
    }
  });

  it('uses fictional HSA-ids of the documented form', () => {
    for (const { hsaId } of data.staffMembers)
      expect(hsaId).toMatch(/^SE2321000016-[a-z0-9]{4,6}$/);
  });

  it('has someone whose only assignment has ended and someone with a clinic and a region', () => {
    const assignments = data.staffMembers.map((s) =>
      data.staffAssignments.filter((a) => a.staffMemberId === s.id),
    );
    expect(
      assignments.some((list) => list.every((a) => a.validTo !== null && iso(a.validTo) < today)),
    ).toBe(true);
    expect(
      assignments.some((list) => list.some((a) => a.clinicId) && list.some((a) => a.regionId)),
    ).toBe(true);
  });
});

describe('the national offering', () => {
  const today = d('2026-11-25');
  const data = buildSeedData(today);
  const byClinic = (key: string) =>
    data.clinicCaseTypes.filter((c) => c.clinicId === clinicId(key));

  it('publishes every national case type once, with a definition the validator accepts', () => {
    const national = data.caseTypes.filter((t) => t.national);
    expect(national.map((t) => t.kind).sort()).toEqual([...NATIONAL_KINDS].sort());
    for (const type of data.caseTypes) {
      const versions = data.caseTypeVersions.filter((v) => v.caseTypeId === type.id);
      expect(versions.map((v) => v.status)).toEqual(['PUBLISHED']);
      expect(parseFormDefinition(versions[0]!.definition).ok, type.key).toBe(true);
    }
  });

  it('activates at a clinic only what its region offers', () => {
    const offered = new Set(data.regionOfferings.map((o) => `${o.regionId}:${o.caseTypeId}`));
    const regionOf = new Map(data.clinics.map((c) => [c.id, c.regionId]));
    const custom = new Set(data.caseTypes.filter((t) => !t.national).map((t) => t.id));
    for (const activation of data.clinicCaseTypes) {
      if (custom.has(activation.caseTypeId)) continue;
      expect(offered.has(`${regionOf.get(activation.clinicId)}:${activation.caseTypeId}`)).toBe(
        true,
      );
    }
    expect(byClinic('kiruna-hc').map((a) => a.caseTypeId)).not.toContain(
      caseTypeId('ORDER_RECORD_COPY'),
    );
  });

  it('shows a padlock for types not adapted for proxy, and a holiday closure that covers today', () => {
    const farsta = byClinic('farsta-vc');
    expect(
      farsta.find((a) => a.caseTypeId === caseTypeId('EXTEND_SICK_LEAVE'))?.availableForProxy,
    ).toBe(false);
    expect(
      farsta.find((a) => a.caseTypeId === caseTypeId('RENEW_PRESCRIPTION'))?.availableForProxy,
    ).toBe(true);
    const nurse = farsta.find((a) => a.caseTypeId === caseTypeId('ASK_NURSE'))!;
    expect(nurse.noticeSv).toMatch(/semester/);
    expect(iso(nurse.closedFrom!) <= today && today <= iso(nurse.closedTo!)).toBe(true);
  });

  it('gives Farsta vårdcentral its own custom case type', () => {
    const custom = data.caseTypes.filter((t) => t.kind === 'CUSTOM');
    expect(custom).toEqual([
      expect.objectContaining({ ownerClinicId: clinicId('farsta-vc'), nameSv: 'Resevaccination' }),
    ]);
    expect(byClinic('farsta-vc').some((a) => a.caseTypeId === custom[0]!.id)).toBe(true);
  });
});
