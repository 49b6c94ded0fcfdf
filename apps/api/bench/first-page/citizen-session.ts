// A logged-in citizen for the browser: the demo citizen with the most cases, logged in through the
// local test identity provider over plain HTTP (the harness's Browser), whose session cookie is
// then handed to a fresh browser context, so the measured visit is the inbox itself, not the
// login pages before it. The terms are accepted first, so the inbox is what shows.
import { TERMS_VERSIONS } from '@etj/domain';
import type { BrowserContext } from 'playwright-core';
import { Browser } from '../../test/harness.ts';
import type { BenchDatabase } from '../support/bench-database.ts';

const SESSION_COOKIE = 'etj_citizen';

export async function busiestCitizen(db: BenchDatabase): Promise<string> {
  const [row] = await db.query<{ identity_number: string }>(
    `SELECT p.identity_number
       FROM persons p
       JOIN cases c ON c.sender_person_id = p.id
      GROUP BY p.identity_number
      ORDER BY count(*) DESC, p.identity_number
      LIMIT 1`,
  );
  if (!row) throw new Error('the seeded database has no citizen with cases');
  return row.identity_number;
}

/**
 * Logs `personnummer` in, accepts the current terms (once, as the citizen would at the first
 * login) and answers the session cookie for a browser context.
 */
export async function citizenSessionCookie(
  baseUrl: string,
  personnummer: string,
): Promise<Parameters<BrowserContext['addCookies']>[0][number]> {
  const browser = new Browser(baseUrl, 'citizen');
  await browser.login(personnummer);
  const value = browser.cookie(SESSION_COOKIE);
  if (!value) throw new Error(`logging in ${personnummer} gave no session cookie`);
  const accepted = await browser.graphql(
    'mutation AcceptTerms($version: String!) { acceptCitizenTerms(version: $version) { id } }',
    { version: TERMS_VERSIONS.CITIZEN },
  );
  if (accepted.errors?.length)
    throw new Error(`accepting the terms failed: ${JSON.stringify(accepted.errors)}`);
  const { hostname } = new URL(baseUrl);
  return {
    name: SESSION_COOKIE,
    value,
    domain: hostname,
    path: '/api/citizen',
    httpOnly: true,
    secure: true,
    sameSite: 'Strict',
  };
}
