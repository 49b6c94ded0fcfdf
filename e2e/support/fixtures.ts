import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type APIRequestContext, type Page } from '@playwright/test';

/** Moves the API's clock through the test-only door (absent in production mode). */
export class TestClock {
  constructor(private readonly request: APIRequestContext) {}

  async advance(ms: number): Promise<void> {
    const response = await this.request.post('/api/test/clock', { data: { advanceMs: ms } });
    expect(response.ok()).toBe(true);
  }

  async reset(): Promise<void> {
    const response = await this.request.post('/api/test/clock', { data: { reset: true } });
    expect(response.ok()).toBe(true);
  }
}

/** Fails the test when axe finds any WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Axe reads colours as they are at this instant. The design system eases a focused button's
  // colours in, and a test that froze the page's clock (page.clock) holds that transition
  // half-way, where a white label on a half-faded blue fails contrast. Ending transitions and
  // animations first measures the colours the user is left with.
  await page.addStyleTag({
    content: '*, *::before, *::after { transition: none !important; animation: none !important; }',
  });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Logs in through the local test identity provider by clicking the persona's name. */
export async function loginAs(
  page: Page,
  surface: 'citizen' | 'staff',
  personaName: string,
): Promise<void> {
  await page.goto(`/${surface}/`);
  await page
    .getByRole('link', { name: /logga in/i })
    .or(page.getByRole('button', { name: /logga in/i }))
    .first()
    .click();
  await page.getByRole('button', { name: `Logga in som ${personaName}` }).click();
}

export const test = base.extend<{ clock: TestClock }>({
  clock: async ({ request }, use) => {
    const clock = new TestClock(request);
    await use(clock);
    await clock.reset();
  },
});

export { expect };
