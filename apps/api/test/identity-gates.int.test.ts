// The gates in front of every operation: the terms a user must accept first, deny by default,
// and errors that say no more than needed.
import { describe, expect, it } from 'vitest';
import type { Browser } from './harness.ts';
import { createPerson, createStaff } from './factories.ts';
import {
  adult,
  citizen,
  CITIZEN_ME,
  clinicA,
  clinicB,
  h,
  staff,
  STAFF_ME,
  STATUS,
  useIdentityHarness,
} from './support/identity.ts';

useIdentityHarness();

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
