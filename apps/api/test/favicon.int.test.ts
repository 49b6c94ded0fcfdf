// The service's icon at the root, and a link to it from every HTML page the API writes itself:
// a browser that asks for /favicon.ico gets the icon, not a 404 in its console.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAVICON_SVG } from '../src/http/favicon.ts';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h.close();
});

describe('favicon', () => {
  it.each(['/favicon.ico', '/favicon.svg'])('answers %s with the SVG icon', async (path) => {
    const response = await fetch(`${h.baseUrl}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=86400');
    expect(await response.text()).toBe(FAVICON_SVG);
  });

  it('is the same drawing as the apps’ own icon', () => {
    for (const app of ['citizen', 'staff']) {
      const own = readFileSync(new URL(`../../${app}/public/favicon.svg`, import.meta.url), 'utf8');
      expect(own.trim()).toBe(FAVICON_SVG.trim());
    }
  });

  it.each([
    '/',
    '/test-idp/citizen?state=a&nonce=b&redirect_uri=/api/citizen/auth/callback',
    '/test-idp/staff?state=a&nonce=b&redirect_uri=/api/staff/auth/callback',
  ])('is linked from the page at %s', async (path) => {
    const response = await fetch(`${h.baseUrl}${path}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(
      '<link rel="icon" type="image/svg+xml" href="/favicon.svg">',
    );
  });
});
