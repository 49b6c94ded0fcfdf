// Login against the real API: citizens through the population register (terms first; deceased
// people and coordination or reserve numbers refused), staff through the HSA catalogue and
// their assignments, with the choice and switch of workplace.
import { describe, expect, it } from 'vitest';
import { TERMS_VERSIONS } from '@etj/domain';
import { createPerson, createStaff, testPersonnummer } from './factories.ts';
import {
  adult,
  citizen,
  CITIZEN_ME,
  clinicA,
  clinicB,
  coordination,
  deceased,
  h,
  region,
  staff,
  STAFF_ME,
  useIdentityHarness,
} from './support/identity.ts';

useIdentityHarness();

describe('citizen login', () => {
  it('logs in a living person from the population register and asks for the terms first', async () => {
    const browser = citizen();
    expect(await browser.loginWithoutAcceptingTerms(adult.identityNumber)).toBe(
      '/citizen/?lang=sv',
    );
    expect(browser.hasCookie('etj_citizen')).toBe(true);
    const me = await browser.graphql<{ citizenMe: Record<string, unknown> }>(CITIZEN_ME);
    expect(me.data?.citizenMe).toMatchObject({
      id: adult.id,
      displayName: 'Anna Andersson',
      personnummer: `${adult.identityNumber.slice(0, 8)}-${adult.identityNumber.slice(8)}`,
      mustAcceptTerms: true,
      acceptedTermsVersion: null,
    });

    const accepted = await browser.graphql<{ acceptCitizenTerms: { mustAcceptTerms: boolean } }>(
      'mutation($v: String!) { acceptCitizenTerms(version: $v) { mustAcceptTerms acceptedTermsVersion } }',
      { v: TERMS_VERSIONS.CITIZEN },
    );
    expect(accepted.data?.acceptCitizenTerms).toEqual({
      mustAcceptTerms: false,
      acceptedTermsVersion: TERMS_VERSIONS.CITIZEN,
    });
  });

  it('refuses an outdated terms version with a field code', async () => {
    const browser = citizen();
    await browser.login(adult.identityNumber);
    const result = await browser.graphql(
      'mutation { acceptCitizenTerms(version: "2001-01-01") { mustAcceptTerms } }',
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'version', code: 'TERMS_VERSION_OUTDATED' }],
    });
  });

  it('refuses a personnummer the register does not know', async () => {
    expect(await citizen().login(testPersonnummer('1991-09-09'))).toBe(
      '/citizen/login?error=NOT_IN_POPULATION_REGISTER&lang=sv',
    );
  });

  it('refuses a deceased person', async () => {
    expect(await citizen().login(deceased.identityNumber)).toBe(
      '/citizen/login?error=DECEASED&lang=sv',
    );
  });

  it('refuses a person with only a samordningsnummer', async () => {
    expect(await citizen().login(coordination.identityNumber)).toBe(
      '/citizen/login?error=NO_PERSONNUMMER&lang=sv',
    );
  });

  it('refuses a person with only a reservnummer for the same reason, however it is written', async () => {
    const reserve = await createPerson(h.prisma, {
      birthDate: '1996-12-02',
      kind: 'RESERVNUMMER',
      identityNumber: '19961202K529',
    });
    for (const written of [reserve.identityNumber, ' 19961202-k529 '])
      expect(await citizen().login(written), written).toBe(
        '/citizen/login?error=NO_PERSONNUMMER&lang=sv',
      );
  });

  it('refuses text that is not an identity number', async () => {
    expect(await citizen().login('not-a-number')).toBe(
      '/citizen/login?error=NOT_IN_POPULATION_REGISTER&lang=sv',
    );
  });

  it('refuses a replayed callback', async () => {
    const browser = citizen();
    const start = await browser.startLogin('returnTo=/citizen/');
    const callback = await browser.answerIdp(start, { subject: adult.identityNumber });
    expect((await browser.request(callback)).headers.get('location')).toBe('/citizen/?lang=sv');
    const replay = await citizen().request(callback);
    expect(replay.headers.get('location')).toBe('/citizen/login?error=LOGIN_EXPIRED&lang=sv');
  });

  it('sends a cancelled login back with a clear code', async () => {
    const browser = citizen();
    const start = await browser.startLogin('returnTo=/citizen/&lang=en');
    const callback = await browser.answerIdp(start, { action: 'cancel' });
    const done = await browser.request(callback);
    expect(done.headers.get('location')).toBe('/citizen/login?error=LOGIN_CANCELLED&lang=en');
  });

  it('never returns to another site after login', async () => {
    const browser = citizen();
    const start = await browser.startLogin('returnTo=//evil.example/');
    expect(start.status).toBe(303);
    const callback = await browser.answerIdp(start, { subject: adult.identityNumber });
    const done = await browser.request(callback);
    expect(done.headers.get('location')).toBe('/citizen/?lang=sv');
  });
});

describe('staff login', () => {
  it('refuses an HSA-id the catalog does not know', async () => {
    expect(await staff().login('SE2321000016-nobody')).toBe(
      '/staff/login?error=NOT_IN_HSA_CATALOG&lang=sv',
    );
  });

  it('matches an HSA-id without regard to case and surrounding spaces', async () => {
    const nurse = await createStaff(h.prisma, {
      assignments: [{ clinicId: clinicA.id, roles: ['CAREGIVER'] }],
    });
    // The stored id starts with a capital SE, so the lower-case form always differs from it.
    const typed = [nurse.hsaId.toLowerCase(), `  ${nurse.hsaId.toUpperCase()}\t`];
    for (const written of typed) {
      const browser = staff();
      expect(await browser.login(written), written).toBe('/staff/?lang=sv');
      const me = await browser.graphql<{ staffMe: { id: string; hsaId: string } }>(STAFF_ME);
      expect(me.data?.staffMe).toMatchObject({ id: nurse.id, hsaId: nurse.hsaId });
    }
  });

  it('refuses staff whose only assignment has ended', async () => {
    const ended = await createStaff(h.prisma, {
      assignments: [
        {
          clinicId: clinicA.id,
          roles: ['CAREGIVER'],
          validFrom: '2020-01-01',
          validTo: '2026-06-30',
        },
      ],
    });
    expect(await staff().login(ended.hsaId)).toBe(
      '/staff/login?error=NO_ACTIVE_ASSIGNMENT&lang=sv',
    );
  });

  it('picks the only clinic automatically and holds its roles', async () => {
    const nurse = await createStaff(h.prisma, {
      assignments: [{ clinicId: clinicA.id, roles: ['CASE_RECEIVER', 'CAREGIVER'] }],
    });
    const browser = staff();
    expect(await browser.login(nurse.hsaId)).toBe('/staff/?lang=sv');
    const me = await browser.graphql<{ staffMe: { currentUnit: unknown; units: unknown[] } }>(
      STAFF_ME,
    );
    expect(me.data?.staffMe.currentUnit).toEqual({
      id: nurse.assignmentIds[0],
      kind: 'CLINIC',
      name: 'Vårdcentralen Ekbacken',
      roles: ['CASE_RECEIVER', 'CAREGIVER'],
    });
  });

  it('lets staff with several units choose and switch, but only among their own', async () => {
    const multi = await createStaff(h.prisma, {
      assignments: [
        { clinicId: clinicA.id, roles: ['CAREGIVER'] },
        { clinicId: clinicB.id, roles: ['CLINIC_ADMIN', 'AUDITOR'] },
        { regionId: region.id, roles: ['REGION_ADMIN'] },
      ],
    });
    const other = await createStaff(h.prisma, {
      assignments: [{ clinicId: clinicB.id, roles: ['CAREGIVER'] }],
    });
    const browser = staff();
    await browser.login(multi.hsaId);
    const before = await browser.graphql<{
      staffMe: { currentUnit: unknown; units: { kind: string }[] };
    }>(STAFF_ME);
    expect(before.data?.staffMe.currentUnit).toBeNull();
    expect(before.data?.staffMe.units.map((u) => u.kind).sort()).toEqual([
      'CLINIC',
      'CLINIC',
      'REGION',
    ]);

    const select =
      'mutation($id: ID!) { selectStaffUnit(unitId: $id) { currentUnit { name kind roles } } }';
    const chosen = await browser.graphql<{ selectStaffUnit: { currentUnit: unknown } }>(select, {
      id: multi.assignmentIds[1],
    });
    expect(chosen.data?.selectStaffUnit.currentUnit).toEqual({
      name: 'Barnmottagningen Solsidan',
      kind: 'CLINIC',
      roles: ['CLINIC_ADMIN', 'AUDITOR'],
    });

    const switched = await browser.graphql<{ selectStaffUnit: { currentUnit: unknown } }>(select, {
      id: multi.assignmentIds[2],
    });
    expect(switched.data?.selectStaffUnit.currentUnit).toEqual({
      name: 'Region Testland',
      kind: 'REGION',
      roles: ['REGION_ADMIN'],
    });

    const stolen = await browser.graphql(select, { id: other.assignmentIds[0] });
    expect(stolen.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const after = await browser.graphql<{ staffMe: { currentUnit: { kind: string } } }>(STAFF_ME);
    expect(after.data?.staffMe.currentUnit.kind).toBe('REGION');
  });

  it('tells the staff SPA what the chosen workplace allows, and switching changes it', async () => {
    const MAY =
      '{ staffMe { currentUnit { kind regionName } mayReceiveCases mayCareForCases mayAudit mayAdministerClinic mayAdministerRegion mayAdministerService } }';
    const person = await createStaff(h.prisma, {
      assignments: [
        { clinicId: clinicA.id, roles: ['CASE_RECEIVER', 'AUDITOR'] },
        { roles: ['SERVICE_ADMIN'] },
      ],
    });
    const browser = staff();
    await browser.login(person.hsaId);
    const none = {
      mayReceiveCases: false,
      mayCareForCases: false,
      mayAudit: false,
      mayAdministerClinic: false,
      mayAdministerRegion: false,
      mayAdministerService: false,
    };
    const before = await browser.graphql<{ staffMe: unknown }>(MAY);
    expect(before.data?.staffMe).toEqual({ currentUnit: null, ...none });

    const select = 'mutation($id: ID!) { selectStaffUnit(unitId: $id) { id } }';
    await browser.graphql(select, { id: person.assignmentIds[0] });
    const atClinic = await browser.graphql<{ staffMe: unknown }>(MAY);
    expect(atClinic.data?.staffMe).toEqual({
      currentUnit: { kind: 'CLINIC', regionName: 'Region Testland' },
      ...none,
      mayReceiveCases: true,
      mayAudit: true,
    });

    await browser.graphql(select, { id: person.assignmentIds[1] });
    const national = await browser.graphql<{ staffMe: unknown }>(MAY);
    expect(national.data?.staffMe).toEqual({
      currentUnit: { kind: 'NATIONAL', regionName: null },
      ...none,
      mayAdministerService: true,
    });
    // Nationally the clinic's queue is not theirs, whatever they hold at the clinic.
    const queue = await browser.graphql('{ caseQueue(first: 5) { items { id } } }');
    expect(queue.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
