import { mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, loginAs } from './fixtures.ts';
import { FARSTA, logInFresh } from './case-loop.ts';
import {
  BrowserWatch,
  findingsAt,
  LAYOUT_CHECK_OPTIONS,
  layoutProblems,
  type ScreenFinding,
} from './screen-checks.ts';

export type Surface = 'citizen' | 'staff';
export const WIDTHS = [375, 768, 1440] as const;
const WIDEST = 1440;
export const LANGUAGES = ['sv', 'en'] as const;
const HEIGHT = 800;
/** Allowance for one step of opening a page on a loaded machine. */
const STEP = 20_000;

/** The screenshots, kept for a person to look at (gitignored; CI keeps them as artifacts). */
export const SCREENS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../artifacts/screens');

/** Who looks at a page: nobody logged in, or a persona (README, Demo logins). */
type Session =
  | { kind: 'anonymous' }
  | { kind: 'persona'; name: string; then?: (page: Page) => Promise<void> }
  /** Logged in and left at the terms to accept (a persona no journey logs in as). */
  | { kind: 'before-terms'; name: string };

/**
 * One page of an SPA as the screen check visits it: `route` is the route as the SPA's source
 * declares it (compared with the route table), `open` brings the page up in Swedish, from
 * wherever the session's browser tab is.
 */
export type ScreenPage = {
  name: string;
  route: string;
  session: string;
  open: (page: Page) => Promise<void>;
};

const ANONYMOUS: Session = { kind: 'anonymous' };

/** Waits until the page shows its heading and nothing is loading any more. */
export async function settle(page: Page): Promise<void> {
  await expect(page.locator('h1').first()).toBeVisible({ timeout: STEP });
  await expect(page.locator('.etj-loading, [aria-busy="true"]')).toHaveCount(0, { timeout: STEP });
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

function goTo(surface: Surface, path: string) {
  return async (page: Page) => {
    await page.goto(`/${surface}${path}`);
  };
}

/** Opens `from`, then the first link in the main content whose address contains `hrefPart`. */
function firstLink(surface: Surface, from: string, hrefPart: string) {
  return async (page: Page) => {
    await page.goto(`/${surface}${from}`);
    const link = page.locator(`main a[href*="/${surface}${hrefPart}"]:visible`).first();
    await link.click({ timeout: STEP });
  };
}

/** The citizen's way to Farsta's contact card, by the clinic search. */
async function openFarsta(page: Page): Promise<void> {
  await page.goto('/citizen/clinics');
  const search = page.getByRole('textbox', { name: 'Mottagning eller ort' });
  await search.fill('Farsta', { timeout: STEP });
  await search.press('Enter');
  await page.getByRole('link', { name: FARSTA }).click({ timeout: STEP });
}

/** The "Förnya recept" form at Farsta, filled in. */
async function fillRenewPrescription(page: Page, medicine: string): Promise<void> {
  await openFarsta(page);
  await page.getByRole('link', { name: 'Förnya recept', exact: true }).click({ timeout: STEP });
  await page.getByRole('textbox', { name: 'Läkemedlets namn' }).fill(medicine, { timeout: STEP });
  await page.getByRole('textbox', { name: /Styrka/ }).fill('10 mg');
}

/** The citizen's case page last opened, for its access log. */
let citizenCasePath = '';

export const CITIZEN_SESSIONS: Record<string, Session> = {
  anonymous: ANONYMOUS,
  emma: { kind: 'before-terms', name: 'Emma Wikström' },
  karin: { kind: 'persona', name: 'Karin Holm' },
  sara: { kind: 'persona', name: 'Sara Ekström' },
  'sara-for-ella': {
    kind: 'persona',
    name: 'Sara Ekström',
    then: async (page) => {
      await page.getByRole('button', { name: 'Agera för Ella' }).click({ timeout: STEP });
      await expect(page.getByRole('region', { name: 'Du agerar för ett barn' })).toBeVisible();
    },
  },
};

export const CITIZEN_PAGES: ScreenPage[] = [
  { name: 'start', route: '/', session: 'anonymous', open: goTo('citizen', '/') },
  {
    name: 'login-refused',
    route: '/login',
    session: 'anonymous',
    open: goTo('citizen', '/login?error=DECEASED'),
  },
  {
    name: 'logged-out',
    route: '/logged-out',
    session: 'anonymous',
    open: goTo('citizen', '/logged-out'),
  },
  {
    name: 'expired',
    route: '/logged-out',
    session: 'anonymous',
    open: goTo('citizen', '/logged-out?reason=expired'),
  },
  { name: 'terms', route: '/terms', session: 'anonymous', open: goTo('citizen', '/terms') },
  {
    name: 'accessibility',
    route: '/accessibility',
    session: 'anonymous',
    open: goTo('citizen', '/accessibility'),
  },
  { name: 'privacy', route: '/privacy', session: 'anonymous', open: goTo('citizen', '/privacy') },
  { name: 'not-found', route: '*', session: 'anonymous', open: goTo('citizen', '/no-such-page') },
  {
    name: 'service-status',
    route: '/driftstatus',
    session: 'anonymous',
    open: goTo('citizen', '/driftstatus'),
  },
  {
    name: 'service-status-confirm',
    route: '/driftstatus/confirm',
    session: 'anonymous',
    open: goTo('citizen', '/driftstatus/confirm'),
  },
  {
    name: 'service-status-unsubscribe',
    route: '/driftstatus/unsubscribe',
    session: 'anonymous',
    open: goTo('citizen', '/driftstatus/unsubscribe'),
  },
  // The terms a persona accepts at the first login (shown in place of the start page).
  { name: 'terms-acceptance', route: '/', session: 'emma', open: async () => {} },
  {
    name: 'clinic-search',
    route: '/clinics',
    session: 'karin',
    open: async (page) => {
      await page.goto('/citizen/clinics');
      const search = page.getByRole('textbox', { name: 'Mottagning eller ort' });
      await search.fill('vårdcentral', { timeout: STEP });
      await search.press('Enter');
      await expect(page.getByRole('link', { name: FARSTA })).toBeVisible({ timeout: STEP });
    },
  },
  { name: 'clinic', route: '/clinics/:clinicId', session: 'karin', open: openFarsta },
  {
    name: 'case-form',
    route: '/clinics/:clinicId/case-types/:caseTypeId',
    session: 'karin',
    open: async (page) => {
      await fillRenewPrescription(page, 'Levaxin');
      // Saved as a draft (the address names it) before the language changes.
      await expect(page).toHaveURL(/[?&]draft=/, { timeout: STEP });
    },
  },
  {
    // Left as a draft: the home page lists it.
    name: 'review',
    route: '/drafts/:draftId/review',
    session: 'karin',
    open: async (page) => {
      await fillRenewPrescription(page, 'Alvedon');
      await page.getByRole('button', { name: 'Granska' }).click();
      await expect(page).toHaveURL(/\/drafts\/[^/]+\/review/, { timeout: STEP });
    },
  },
  {
    name: 'receipt',
    route: '/cases/:caseId/receipt',
    session: 'karin',
    open: async (page) => {
      await fillRenewPrescription(page, 'Enalapril');
      await page.getByRole('button', { name: 'Granska' }).click();
      await page.getByRole('button', { name: 'Skicka' }).click({ timeout: STEP });
      await expect(page).toHaveURL(/\/cases\/[^/]+\/receipt/, { timeout: STEP });
    },
  },
  { name: 'home', route: '/', session: 'karin', open: goTo('citizen', '/') },
  { name: 'inbox', route: '/inbox', session: 'karin', open: goTo('citizen', '/inbox') },
  {
    name: 'archive',
    route: '/inbox/archive',
    session: 'karin',
    open: goTo('citizen', '/inbox/archive'),
  },
  {
    name: 'case',
    route: '/cases/:caseId',
    session: 'karin',
    open: async (page) => {
      await firstLink('citizen', '/inbox', '/cases/')(page);
      await expect(page).toHaveURL(/\/citizen\/cases\/[^/?]+/, { timeout: STEP });
      citizenCasePath = new URL(page.url()).pathname;
    },
  },
  {
    name: 'case-access-log',
    route: '/cases/:caseId/access-log',
    session: 'karin',
    open: async (page) => {
      expect(citizenCasePath, 'the case page is visited before its access log').not.toBe('');
      await page.goto(`${citizenCasePath}/access-log`);
    },
  },
  {
    name: 'notification-settings',
    route: '/settings/notifications',
    session: 'karin',
    open: goTo('citizen', '/settings/notifications'),
  },
  { name: 'proxy-children', route: '/', session: 'sara', open: goTo('citizen', '/') },
  { name: 'proxy-home', route: '/', session: 'sara-for-ella', open: goTo('citizen', '/') },
  {
    name: 'proxy-inbox',
    route: '/inbox',
    session: 'sara-for-ella',
    open: goTo('citizen', '/inbox'),
  },
];

export const STAFF_SESSIONS: Record<string, Session> = {
  anonymous: ANONYMOUS,
  asa: { kind: 'before-terms', name: 'Åsa Lindmark' },
  lena: { kind: 'persona', name: 'Lena Mattsson' },
  sofia: { kind: 'persona', name: 'Sofia Berglund' },
  birgitta: { kind: 'persona', name: 'Birgitta Öberg' },
  maria: { kind: 'persona', name: 'Maria Sundin' },
  thomas: { kind: 'persona', name: 'Thomas Wallin' },
  elin: { kind: 'persona', name: 'Elin Karlsson' },
  amira: { kind: 'persona', name: 'Amira Saleh' },
};

export const STAFF_PAGES: ScreenPage[] = [
  { name: 'start', route: '/', session: 'anonymous', open: goTo('staff', '/') },
  {
    name: 'login-refused',
    route: '/login',
    session: 'anonymous',
    open: goTo('staff', '/login?error=NO_ACTIVE_ASSIGNMENT'),
  },
  {
    name: 'logged-out',
    route: '/logged-out',
    session: 'anonymous',
    open: goTo('staff', '/logged-out'),
  },
  {
    name: 'expired',
    route: '/logged-out',
    session: 'anonymous',
    open: goTo('staff', '/logged-out?reason=expired'),
  },
  { name: 'terms', route: '/terms', session: 'anonymous', open: goTo('staff', '/terms') },
  {
    name: 'accessibility',
    route: '/accessibility',
    session: 'anonymous',
    open: goTo('staff', '/accessibility'),
  },
  { name: 'privacy', route: '/privacy', session: 'anonymous', open: goTo('staff', '/privacy') },
  { name: 'not-found', route: '*', session: 'anonymous', open: goTo('staff', '/no-such-page') },
  { name: 'terms-acceptance', route: '/', session: 'asa', open: async () => {} },
  {
    name: 'choose-unit',
    route: '/choose-unit',
    session: 'amira',
    open: goTo('staff', '/choose-unit'),
  },
  { name: 'home', route: '/', session: 'lena', open: goTo('staff', '/') },
  { name: 'queue', route: '/queue', session: 'lena', open: goTo('staff', '/queue') },
  {
    name: 'case',
    route: '/cases/:caseId',
    session: 'lena',
    open: firstLink('staff', '/queue', '/cases/'),
  },
  {
    name: 'alert-settings',
    route: '/settings/alerts',
    session: 'lena',
    open: goTo('staff', '/settings/alerts'),
  },
  { name: 'support', route: '/support', session: 'lena', open: goTo('staff', '/support') },
  { name: 'my-cases', route: '/my-cases', session: 'sofia', open: goTo('staff', '/my-cases') },
  {
    name: 'access-log',
    route: '/access-log',
    session: 'birgitta',
    open: goTo('staff', '/access-log'),
  },
  {
    name: 'clinic-case-types',
    route: '/admin/case-types',
    session: 'maria',
    open: goTo('staff', '/admin/case-types'),
  },
  {
    name: 'clinic-case-type',
    route: '/admin/case-types/:caseTypeId',
    session: 'maria',
    open: firstLink('staff', '/admin/case-types', '/admin/case-types/'),
  },
  {
    name: 'clinic-roles',
    route: '/admin/roles',
    session: 'maria',
    open: goTo('staff', '/admin/roles'),
  },
  { name: 'admin-log', route: '/admin/log', session: 'maria', open: goTo('staff', '/admin/log') },
  {
    name: 'standard-answers',
    route: '/admin/standard-answers',
    session: 'maria',
    open: goTo('staff', '/admin/standard-answers'),
  },
  {
    name: 'custom-case-types',
    route: '/admin/custom-case-types',
    session: 'maria',
    open: goTo('staff', '/admin/custom-case-types'),
  },
  {
    name: 'builder',
    route: '/admin/custom-case-types/:caseTypeId',
    session: 'maria',
    open: firstLink('staff', '/admin/custom-case-types', '/admin/custom-case-types/'),
  },
  {
    name: 'statistics',
    route: '/admin/statistics',
    session: 'maria',
    open: goTo('staff', '/admin/statistics'),
  },
  {
    name: 'region-offering',
    route: '/admin/region-offering',
    session: 'thomas',
    open: goTo('staff', '/admin/region-offering'),
  },
  {
    name: 'service-status',
    route: '/admin/service-status',
    session: 'elin',
    open: goTo('staff', '/admin/service-status'),
  },
  {
    name: 'support-queue',
    route: '/admin/support',
    session: 'elin',
    open: goTo('staff', '/admin/support'),
  },
  {
    name: 'support-report',
    route: '/support/reports/:reportId',
    session: 'elin',
    open: firstLink('staff', '/admin/support', '/support/reports/'),
  },
];

async function openSession(context: BrowserContext, surface: Surface, session: Session) {
  if (session.kind === 'anonymous') return context.newPage();
  if (session.kind === 'before-terms') {
    const page = await context.newPage();
    await loginAs(page, surface, session.name);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Godkänn användarvillkoren' }),
    ).toBeVisible();
    return page;
  }
  const page = await logInFresh(context, surface, session.name);
  await session.then?.(page);
  return page;
}

/** An error's message without the call log, on one line. */
function firstLines(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Without the terminal colours of an expect message.
  return message
    .replaceAll(`${String.fromCharCode(27)}[`, '[')
    .replace(/\[[0-9;]*m/g, '')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.includes('Call log'))
    .slice(0, 3)
    .join(' ');
}

/** Switches the page to English with the header's language link, as a person would. */
async function switchToEnglish(page: Page): Promise<void> {
  const switcher = page.locator('nav.etj-language-switch');
  const swedishLabel = await switcher.getAttribute('aria-label');
  await switcher.locator('a[hreflang="en"]').click();
  await expect(switcher.locator('a[hreflang="en"]')).toHaveAttribute('aria-current', 'true');
  // The header's own texts change once the English texts have arrived.
  await expect(switcher).not.toHaveAttribute('aria-label', swedishLabel ?? '', { timeout: STEP });
}

/**
 * Visits every page of one SPA in Swedish and English at every width: screenshot, layout check
 * and the browser's console and requests. Returns every finding (an empty list when all is well).
 */
export async function visitAll(
  browser: Browser,
  surface: Surface,
  pages: readonly ScreenPage[],
  sessions: Record<string, Session>,
): Promise<ScreenFinding[]> {
  rmSync(resolve(SCREENS_DIR, surface), { recursive: true, force: true });
  const findings: ScreenFinding[] = [];
  const tabs = new Map<string, { page: Page; watch: BrowserWatch }>();
  const contexts: BrowserContext[] = [];
  try {
    for (const screen of pages) {
      let tab = tabs.get(screen.session);
      if (!tab) {
        const session = sessions[screen.session];
        if (!session) throw new Error(`No session "${screen.session}" for ${screen.name}`);
        const context = await browser.newContext();
        contexts.push(context);
        const page = await openSession(context, surface, session);
        tab = { page, watch: new BrowserWatch(page) };
        tabs.set(screen.session, tab);
      }
      const { page, watch } = tab;
      watch.take();
      const where = { surface, page: screen.name };
      try {
        await page.setViewportSize({ width: WIDEST, height: HEIGHT });
        await screen.open(page);
        await settle(page);
      } catch (error) {
        findings.push({
          ...where,
          width: 0,
          language: 'sv',
          kind: 'not-opened',
          selector: '',
          text: '',
          detail: firstLines(error),
        });
        continue;
      }
      for (const language of LANGUAGES) {
        if (language !== 'sv') {
          try {
            await switchToEnglish(page);
            await settle(page);
          } catch (error) {
            findings.push({
              ...where,
              width: 0,
              language,
              kind: 'not-opened',
              selector: '',
              text: '',
              detail: `language switch: ${firstLines(error)}`,
            });
            continue;
          }
        }
        for (const width of [...WIDTHS].reverse()) {
          await page.setViewportSize({ width, height: HEIGHT });
          await page.evaluate(
            () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
          );
          const layout = await page.evaluate(layoutProblems, LAYOUT_CHECK_OPTIONS);
          const file = resolve(SCREENS_DIR, surface, language, String(width), `${screen.name}.png`);
          mkdirSync(dirname(file), { recursive: true });
          await page.screenshot({
            path: file,
            fullPage: true,
            animations: 'disabled',
            caret: 'hide',
          });
          findings.push(...findingsAt({ ...where, width, language }, layout, watch.take()));
        }
      }
    }
  } finally {
    for (const context of contexts) await context.close();
  }
  return findings;
}
