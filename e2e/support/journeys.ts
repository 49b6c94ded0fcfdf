import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations } from './fixtures.ts';

/** Accepts the terms when the SPA asks for them (a persona may have accepted in an earlier test). */
export async function acceptTermsIfAsked(page: Page): Promise<void> {
  const terms = page.getByRole('heading', { level: 1, name: 'Godkänn användarvillkoren' });
  const home = page.getByRole('heading', { level: 1, name: 'Översikt' });
  const chooser = page.getByRole('heading', { level: 1, name: 'Välj arbetsplats' });
  await expect(terms.or(home).or(chooser)).toBeVisible();
  if (await terms.isVisible()) {
    await expectNoAxeViolations(page);
    await page
      .getByRole('checkbox', { name: 'Jag har läst och godkänner användarvillkoren' })
      .check();
    await page.getByRole('button', { name: 'Godkänn och fortsätt' }).click();
  }
}

/** Nothing about the user may be kept in the browser beyond the session cookie. */
export async function expectNothingStoredInBrowser(page: Page): Promise<void> {
  const stored = await page.evaluate(async () => ({
    local: window.localStorage.length,
    session: window.sessionStorage.length,
    databases: (await window.indexedDB.databases()).length,
    caches: 'caches' in window ? (await window.caches.keys()).length : 0,
  }));
  expect(stored).toEqual({ local: 0, session: 0, databases: 0, caches: 0 });
}
