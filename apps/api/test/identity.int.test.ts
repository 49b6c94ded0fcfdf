import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luhnCheckDigit, TERMS_VERSIONS } from '@etj/domain';
import { Browser, startHarness, type Harness } from './harness.ts';
import {
  createClinic,
  createPerson,
  createRegion,
  createStaff,
  testPersonnummer,
} from './factories.ts';

const MINUTE = 60_000;
const CITIZEN_ME =
  '{ citizenMe { id displayName personnummer mustAcceptTerms acceptedTermsVersion } }';
const STAFF_ME =
  '{ staffMe { id hsaId displayName title mustAcceptTerms currentUnit { id kind name roles } units { id kind name regionName roles } } }';
const STATUS = '{ sessionStatus { now expiresAt warnAt } }';

let h: Harness;
let adult: { id: string; identityNumber: string };
let deceased: { identityNumber: string };
let coordination: { identityNumber: string };
let clinicA: { id: string; name: string };
let clinicB: { id: string; name: string };
let region: { id: string; name: string };

beforeAll(async () => {
  h = await startHarness();
  region = await createRegion(h.prisma, 'Region Testland');
  clinicA = await createClinic(h.prisma, region.id, 'Vårdcentralen Ekbacken');
  clinicB = await createClinic(h.prisma, region.id, 'Barnmottagningen Solsidan');
  adult = await createPerson(h.prisma, {
    birthDate: '1980-03-14',
    givenName: 'Anna',
    familyName: 'Andersson',
  });
  deceased = await createPerson(h.prisma, { birthDate: '1940-05-02', deceasedOn: '2026-10-01' });
  const digits = '7001' + '72' + '238';
  coordination = await createPerson(h.prisma, {
    birthDate: '1970-01-12',
    kind: 'SAMORDNINGSNUMMER',
    identityNumber: `19${digits}${luhnCheckDigit(digits)}`,
  });
});

afterAll(async () => {
  await h.close();
});

const citizen = () => new Browser(h.baseUrl, 'citizen');

const isSessionUpdate = (sql: string) => /^UPDATE\s+"public"\."sessions"/i.test(sql.trim());

/** The activity the browser's citizen session row holds (its id is the cookie token's `sid`). */
async function lastActivityOf(browser: Browser): Promise<Date> {
  const token = browser.cookie('etj_citizen') ?? '';
  const { sid } = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
    sid: string;
  };
  const row = await h.prisma.session.findUniqueOrThrow({
    where: { id: sid },
    select: { lastActivityAt: true },
  });
  return row.lastActivityAt;
}
const staff = () => new Browser(h.baseUrl, 'staff');

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

describe('sessions', () => {
  it('is still alive at minute 59 and gone at 60:00 without activity; polling does not count', async () => {
    const browser = citizen();
    await browser.login(adult.identityNumber);
    h.clock.advance(30 * MINUTE);
    expect((await browser.graphql(STATUS)).errors).toBeUndefined();
    h.clock.advance(29 * MINUTE);
    const at59 = await browser.graphql<{
      sessionStatus: { now: string; expiresAt: string; warnAt: string };
    }>(STATUS);
    expect(at59.errors).toBeUndefined();
    expect(
      Date.parse(at59.data!.sessionStatus.expiresAt) - Date.parse(at59.data!.sessionStatus.now),
    ).toBe(MINUTE);
    h.clock.advance(MINUTE);
    const at60 = await browser.graphql(CITIZEN_ME);
    expect(at60.errors?.[0]?.extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'SESSION_EXPIRED',
    });
  });

  it('counts real activity, so the hour starts again', async () => {
    const browser = citizen();
    await browser.login(adult.identityNumber);
    h.clock.advance(50 * MINUTE);
    expect((await browser.graphql(CITIZEN_ME)).errors).toBeUndefined();
    h.clock.advance(59 * MINUTE);
    expect((await browser.graphql(STATUS)).errors).toBeUndefined();
    h.clock.advance(MINUTE);
    expect((await browser.graphql(STATUS)).errors?.[0]?.extensions?.reason).toBe('SESSION_EXPIRED');
  });

  it('records activity at most once a minute: a request within it writes nothing and renews no cookie', async () => {
    const browser = citizen();
    await browser.login(adult.identityNumber);
    const loginAt = h.clock.now();
    const cookie = browser.cookie('etj_citizen');
    h.clock.advance(59_999);
    const within = await h.statements.during(() => browser.graphql(CITIZEN_ME));
    expect(within.result.errors).toBeUndefined();
    expect(within.statements.filter(isSessionUpdate)).toEqual([]);
    expect(await lastActivityOf(browser)).toEqual(loginAt);
    expect(browser.cookie('etj_citizen')).toBe(cookie);

    h.clock.advance(1);
    const due = await h.statements.during(() => browser.graphql(CITIZEN_ME));
    expect(due.result.errors).toBeUndefined();
    expect(due.statements.filter(isSessionUpdate)).toHaveLength(1);
    expect(await lastActivityOf(browser)).toEqual(h.clock.now());
    expect(browser.cookie('etj_citizen')).not.toBe(cookie);
  });

  it('counts the hour from the activity last recorded, at most a minute before the last request', async () => {
    const browser = citizen();
    await browser.login(adult.identityNumber);
    h.clock.advance(MINUTE);
    expect((await browser.graphql(CITIZEN_ME)).errors).toBeUndefined(); // recorded
    const recordedAt = h.clock.now();
    h.clock.advance(30_000);
    expect((await browser.graphql(CITIZEN_ME)).errors).toBeUndefined(); // within the minute
    expect(await lastActivityOf(browser)).toEqual(recordedAt);
    h.clock.advance(60 * MINUTE - 30_000 - 1);
    const status = await browser.graphql<{ sessionStatus: { expiresAt: string } }>(STATUS);
    expect(status.data?.sessionStatus.expiresAt).toBe(
      new Date(recordedAt.getTime() + 60 * MINUTE).toISOString(),
    );
    h.clock.advance(1);
    expect((await browser.graphql(STATUS)).errors?.[0]?.extensions?.reason).toBe('SESSION_EXPIRED');
  });

  it('ends after 12 hours even when the user keeps working', async () => {
    const browser = citizen();
    await browser.login(adult.identityNumber);
    for (let step = 0; step < 13; step += 1) {
      h.clock.advance(55 * MINUTE);
      expect(
        (await browser.graphql('mutation { keepSessionAlive { expiresAt } }')).errors,
      ).toBeUndefined();
    }
    h.clock.advance(55 * MINUTE);
    expect((await browser.graphql(CITIZEN_ME)).errors?.[0]?.extensions?.reason).toBe(
      'SESSION_EXPIRED',
    );
  });

  it('revokes the session at logout, so the old cookie is worthless', async () => {
    const browser = citizen();
    await browser.login(adult.identityNumber);
    const cookieHeader = `etj_citizen=${browser.cookie('etj_citizen') ?? ''}`;
    const out = await browser.logout();
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/citizen/logged-out?lang=sv');
    expect(browser.hasCookie('etj_citizen')).toBe(false);
    const replay = await fetch(`${h.baseUrl}/api/citizen/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookieHeader },
      body: JSON.stringify({ query: CITIZEN_ME }),
    });
    const body = (await replay.json()) as { errors: { extensions: unknown }[] };
    expect(body.errors[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'NO_SESSION' });
  });

  it('keeps the staff session when the citizen session in the same browser logs out', async () => {
    const nurse = await createStaff(h.prisma, {
      assignments: [{ clinicId: clinicA.id, roles: ['CAREGIVER'] }],
    });
    const both = citizen();
    await both.login(adult.identityNumber);
    const asStaff = both.withSurface('staff');
    await asStaff.login(nurse.hsaId);
    await both.logout();
    expect((await both.graphql(CITIZEN_ME)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await asStaff.graphql(STAFF_ME)).errors).toBeUndefined();
  });

  it('sets strict, httpOnly, Secure cookies scoped to the surface', async () => {
    const browser = citizen();
    const start = await browser.startLogin('returnTo=/citizen/');
    expect(start.headers.getSetCookie()[0]).toMatch(
      /etj_citizen_login=.*Path=\/api\/citizen\/auth;.*HttpOnly; Secure; SameSite=Lax/,
    );
    const callback = await browser.answerIdp(start, { subject: adult.identityNumber });
    const done = await browser.request(callback);
    const session = done.headers.getSetCookie().find((c) => c.startsWith('etj_citizen='));
    expect(session).toMatch(/Path=\/api\/citizen; HttpOnly; Secure; SameSite=Strict/);
    expect(session).not.toMatch(/Max-Age|Expires/);
  });
});

describe('terms gate', () => {
  const FORBIDDEN_TERMS = { code: 'FORBIDDEN', reason: 'TERMS_NOT_ACCEPTED' };
  const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
  const CITIZEN_GATED = [
    '{ myCaseDrafts { id } }',
    '{ inbox { unreadCount } }',
    '{ clinicSearch(text: "Ekbacken") { id } }',
    '{ notificationSettings { email } }',
    '{ myProxyChildren { personId } }',
    `mutation { deleteCaseDraft(id: "${NO_SUCH_ID}") }`,
    `mutation { markMessageRead(id: "${NO_SUCH_ID}") { id } }`,
  ];
  const CITIZEN_OPEN = [CITIZEN_ME, STATUS, 'mutation { keepSessionAlive { expiresAt } }'];

  /** The error codes (with reason) each operation answers, in order; null where it answered. */
  async function outcomes(browser: Browser, documents: string[]) {
    const answers = [];
    for (const document of documents) {
      const result = await browser.graphql(document);
      const extensions = result.errors?.[0]?.extensions;
      answers.push(extensions ? { code: extensions.code, reason: extensions.reason } : null);
    }
    return answers;
  }

  it('refuses a citizen everything but the terms and the session until they accept', async () => {
    const person = await createPerson(h.prisma, { birthDate: '1985-06-06' });
    const browser = citizen();
    await browser.loginWithoutAcceptingTerms(person.identityNumber);
    expect(await outcomes(browser, CITIZEN_GATED)).toEqual(
      CITIZEN_GATED.map(() => FORBIDDEN_TERMS),
    );
    expect(await outcomes(browser, CITIZEN_OPEN)).toEqual(CITIZEN_OPEN.map(() => null));

    await browser.acceptTerms();
    const after = await outcomes(browser, CITIZEN_GATED);
    expect(after.slice(0, 5)).toEqual([null, null, null, null, null]);
    // The mutations now reach their own rules: an unknown id is simply not found.
    expect(after.slice(5)).toEqual([
      { code: 'NOT_FOUND', reason: undefined },
      { code: 'NOT_FOUND', reason: undefined },
    ]);
  });

  it('still refuses a citizen who accepted only an earlier version of the terms', async () => {
    const person = await createPerson(h.prisma, { birthDate: '1986-07-07' });
    await h.prisma.termsAcceptance.create({
      data: {
        id: crypto.randomUUID(),
        actorKind: 'CITIZEN',
        actorId: person.id,
        termsVersion: '2001-01-01',
        acceptedAt: new Date('2001-01-01T10:00:00Z'),
      },
    });
    const browser = citizen();
    await browser.loginWithoutAcceptingTerms(person.identityNumber);
    const me = await browser.graphql<{ citizenMe: { mustAcceptTerms: boolean } }>(CITIZEN_ME);
    expect(me.data?.citizenMe.mustAcceptTerms).toBe(true);
    expect(await outcomes(browser, ['{ myCaseDrafts { id } }'])).toEqual([FORBIDDEN_TERMS]);
  });

  it('refuses staff their work, and the choice of unit, until they accept', async () => {
    const nurse = await createStaff(h.prisma, {
      assignments: [
        { clinicId: clinicA.id, roles: ['CASE_RECEIVER', 'CAREGIVER'] },
        { clinicId: clinicB.id, roles: ['CAREGIVER'] },
      ],
    });
    const gated = [
      '{ caseQueue { nextCursor } }',
      '{ myAssignedCases { nextCursor } }',
      '{ staffAlertSettings { email } }',
      `mutation { selectStaffUnit(unitId: "${nurse.assignmentIds[0] ?? ''}") { id } }`,
    ];
    const browser = staff();
    await browser.loginWithoutAcceptingTerms(nurse.hsaId);
    expect(await outcomes(browser, gated)).toEqual(gated.map(() => FORBIDDEN_TERMS));
    expect(await outcomes(browser, [STAFF_ME, STATUS])).toEqual([null, null]);

    await browser.acceptTerms();
    expect(await outcomes(browser, gated.slice(3))).toEqual([null]);
    expect(await outcomes(browser, gated.slice(0, 3))).toEqual([null, null, null]);
  });
});

describe('deny by default and errors', () => {
  it('answers UNAUTHENTICATED to an anonymous caller', async () => {
    const result = await citizen().graphql(CITIZEN_ME);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'NO_SESSION',
    });
  });

  it('refuses a citizen session on staff operations', async () => {
    const browser = citizen();
    await browser.login(adult.identityNumber);
    const result = await browser.graphql('{ staffMe { id } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('marks every response no-store, pages and errors included', async () => {
    for (const path of [
      '/',
      '/health/live',
      '/api/citizen/graphql',
      '/nowhere',
      '/test-idp/citizen?state=a&nonce=b&redirect_uri=/api/citizen/auth/callback',
    ]) {
      const response = await fetch(`${h.baseUrl}${path}`);
      expect(response.headers.get('cache-control'), path).toBe('no-store');
    }
  });

  it('answers a malformed query with BAD_USER_INPUT and no stack trace', async () => {
    const result = await citizen().graphql('{ citizenMe { ');
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('refuses a query nested deeper than the limit', async () => {
    const ofType = (levels: number): string =>
      levels === 0 ? 'name' : `ofType { ${ofType(levels - 1)} }`;
    const shallow = await citizen().graphql(
      `{ __schema { types { fields { type { ${ofType(2)} } } } } }`,
    );
    expect(shallow.errors).toBeUndefined();
    const deep = await citizen().graphql(
      `{ __schema { types { fields { type { ${ofType(10)} } } } } }`,
    );
    expect(deep.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(deep.data).toBeUndefined();
  });

  it('suggests no field names to a caller who guesses', async () => {
    const result = await citizen().graphql('{ citizenMee { id } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('is ready when the database answers', async () => {
    const response = await fetch(`${h.baseUrl}/health/ready`);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});
