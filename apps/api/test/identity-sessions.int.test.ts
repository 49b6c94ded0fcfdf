// Sessions against the real API: the hour of inactivity and what counts as activity, the
// 12-hour limit, logout that revokes, and the cookies.
import { describe, expect, it } from 'vitest';
import { TERMS_VERSIONS } from '@etj/domain';
import { createStaff } from './factories.ts';
import {
  adult,
  citizen,
  CITIZEN_ME,
  clinicA,
  h,
  isSessionUpdate,
  lastActivityOf,
  MINUTE,
  STAFF_ME,
  STATUS,
  useIdentityHarness,
} from './support/identity.ts';

useIdentityHarness();

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

  it('does not count a request marked as background work, so the session still ends on time', async () => {
    const browser = citizen();
    await browser.login(adult.identityNumber);
    const loginAt = h.clock.now();
    const cookie = browser.cookie('etj_citizen');
    const accept = (headers: Record<string, string>) =>
      browser.request('/api/citizen/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          query: 'mutation($v: String!) { acceptCitizenTerms(version: $v) { id } }',
          variables: { v: TERMS_VERSIONS.CITIZEN },
        }),
      });
    h.clock.advance(59 * MINUTE + 40_000);
    const marked = await accept({ 'x-etj-background': '1' });
    expect(((await marked.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect(await lastActivityOf(browser)).toEqual(loginAt);
    expect(browser.cookie('etj_citizen')).toBe(cookie);
    const status = await browser.graphql<{ sessionStatus: { expiresAt: string } }>(STATUS);
    expect(status.data?.sessionStatus.expiresAt).toBe(
      new Date(loginAt.getTime() + 60 * MINUTE).toISOString(),
    );

    const unmarked = await accept({});
    expect(((await unmarked.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect(await lastActivityOf(browser)).toEqual(h.clock.now());
    expect(browser.cookie('etj_citizen')).not.toBe(cookie);
  });

  it('names each session by an opaque handle that stays while the session lasts', async () => {
    type Handle = { sessionStatus: { handle: string } };
    const first = citizen();
    await first.login(adult.identityNumber);
    const handle = (await first.graphql<Handle>('{ sessionStatus { handle } }')).data?.sessionStatus
      .handle;
    expect(handle).toMatch(/^[\w-]{22}$/);
    h.clock.advance(2 * MINUTE);
    await first.graphql(CITIZEN_ME);
    const again = await first.graphql<Handle>('{ sessionStatus { handle } }');
    expect(again.data?.sessionStatus.handle).toBe(handle);

    const second = citizen();
    await second.login(adult.identityNumber);
    const other = await second.graphql<Handle>('{ sessionStatus { handle } }');
    expect(other.data?.sessionStatus.handle).not.toBe(handle);
    const token = first.cookie('etj_citizen') ?? '';
    const { sid } = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
      sid: string;
    };
    expect(handle).not.toContain(sid);
    expect(handle).not.toContain(adult.id);
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
