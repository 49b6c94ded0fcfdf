import { expect, loginAs, test } from '../support/fixtures.ts';
import { BrowserWatch } from '../support/screen-checks.ts';

test('the root, both apps and the test login page load with no console error and no failed request', async ({
  page,
}) => {
  const watch = new BrowserWatch(page);
  const icons: string[] = [];
  page.on('response', (response) => {
    if (/\/favicon\.(ico|svg)$/.test(response.url())) {
      icons.push(`${new URL(response.url()).pathname} ${String(response.status())}`);
    }
  });

  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'E-tjänster för vården' }),
  ).toBeVisible();
  await page.goto('/citizen/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Kontakta din vårdmottagning' }),
  ).toBeVisible();
  await page.goto('/staff/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The local test identity provider's page, the API's own HTML.
  await page.goto('/citizen/');
  await page
    .getByRole('link', { name: /logga in/i })
    .or(page.getByRole('button', { name: /logga in/i }))
    .first()
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Logga in som invånare' }),
  ).toBeVisible();
  await loginAs(page, 'staff', 'Maria Sundin');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');

  expect(watch.take()).toEqual([]);
  // Every page asked for an icon somewhere and got one.
  expect(icons.length).toBeGreaterThan(0);
  expect(icons.filter((icon) => !icon.endsWith(' 200'))).toEqual([]);
});

test('/favicon.ico at the root answers the icon', async ({ request }) => {
  const response = await request.get('/favicon.ico');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^image\/svg\+xml/);
  expect(await response.text()).toContain('<svg');
});
