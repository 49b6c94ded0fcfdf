import type { APIRequestContext, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/**
 * Runs a background job now through the test-only job door (pg-boss, as the schedule would) and
 * waits until it is done; fails the test unless the job completed.
 */
export async function runJob(request: APIRequestContext, name: string): Promise<void> {
  const response = await request.post(`/api/test/jobs/${name}/run`);
  const body: unknown = await response.json().catch(() => null);
  expect(body, `job door for ${name}`).toEqual({ name, outcome: 'completed' });
  expect(response.status()).toBe(200);
}

/** The proxy lifecycle: notices due today, links ended and contact details wiped at 13. */
export function runProxyLifecycle(request: APIRequestContext): Promise<void> {
  return runJob(request, 'proxy-lifecycle');
}

/** The API clock as it is now (ISO instant and its Stockholm date). */
export async function apiClockNow(
  request: APIRequestContext,
): Promise<{ now: string; today: string }> {
  const response = await request.get('/api/test/clock');
  expect(response.ok()).toBe(true);
  return (await response.json()) as { now: string; today: string };
}

/**
 * A persona's personnummer as the local test login page lists it (the seed computes some of
 * them from the seed date, so the journeys read them instead of repeating the rule). Leaves the
 * page on the login page without logging in.
 */
export async function personnummerOnLoginPage(page: Page, personaName: string): Promise<string> {
  await page.goto('/citizen/');
  await page
    .getByRole('link', { name: /logga in/i })
    .or(page.getByRole('button', { name: /logga in/i }))
    .first()
    .click();
  const entry = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: `Logga in som ${personaName}` }) });
  const id = (await entry.locator('.id').textContent())?.trim() ?? '';
  expect(id, `${personaName}'s personnummer on the login page`).toMatch(/^\d{8}-\d{4}$/);
  return id;
}

/** The Stockholm calendar date a child turns 13, from the personnummer (YYYY-MM-DD). */
export function thirteenthBirthday(personnummer: string): string {
  const year = Number(personnummer.slice(0, 4)) + 13;
  const month = personnummer.slice(4, 6);
  const day = personnummer.slice(6, 8);
  // Born on 29 February: the birthday is 28 February in a common year (DOMAIN.md).
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === '02' && day === '29' && !leap
    ? `${String(year)}-02-28`
    : `${String(year)}-${month}-${day}`;
}

/** Midnight at the start of a Stockholm calendar date (YYYY-MM-DD), as an instant. */
export function stockholmMidnight(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(year, month - 1, day);
  // Stockholm is UTC+1 or UTC+2; take the offset that holds at that midnight.
  for (const hours of [1, 2]) {
    const candidate = new Date(utcMidnight - hours * 3_600_000);
    if (stockholmDate(candidate) === date && stockholmTime(candidate) === '00:00') return candidate;
  }
  throw new Error(`No Stockholm midnight found for ${date}`);
}

/** A date (YYYY-MM-DD) written as the Swedish SPA writes calendar dates, e.g. "12 mars 2027". */
export function swedishCalendarDate(date: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    dateStyle: 'long',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(`${date}T12:00:00Z`));
}

function stockholmDate(at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

function stockholmTime(at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}
