// How the API serves a built SPA: precompressed files by Accept-Encoding, a year's cache only
// for content-hashed assets, no-store for the HTML, no source maps, and index.html for deep
// links. A small dist folder written here stands in for a Vite build (nothing is built).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness.ts';

const SCRIPT = `console.log(${JSON.stringify('hej '.repeat(600))});\n`;
const HASHED = '/citizen/assets/index-B6T7QdZv.js';
const INDEX_HTML =
  '<!doctype html><html lang="sv"><head><script type="module" src="/citizen/assets/index-B6T7QdZv.js"></script></head><body><div id="root"></div></body></html>';

let dist: string;
let harness: Harness;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'spa-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), INDEX_HTML);
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dist, 'assets/index-B6T7QdZv.js'), SCRIPT);
  writeFileSync(join(dist, 'assets/index-B6T7QdZv.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(dist, 'assets/index-B6T7QdZv.js.gz'), gzipSync(SCRIPT));
  // A map a careless build left behind must still not be served.
  writeFileSync(join(dist, 'assets/index-B6T7QdZv.js.map'), '{"version":3,"sources":[]}');
  harness = await startHarness({ citizenDist: dist });
});

afterAll(async () => {
  await harness.close();
  rmSync(dist, { recursive: true, force: true });
});

/** One request; fetch decodes a compressed body, so bodies are compared only uncompressed. */
async function get(path: string, acceptEncoding?: string) {
  const response = await fetch(`${harness.baseUrl}${path}`, {
    headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
    redirect: 'manual',
  });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

describe('precompressed assets', () => {
  it('sends the brotli file when the browser takes br, with Vary', async () => {
    const { response } = await get(HASHED, 'gzip, deflate, br');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect(response.headers.get('content-type')).toMatch(
      /^text\/javascript|^application\/javascript/,
    );
    expect(Number(response.headers.get('content-length'))).toBe(brotliCompressSync(SCRIPT).length);
  });

  it('sends the gzip file when the browser takes gzip but not br', async () => {
    const { response } = await get(HASHED, 'gzip, deflate');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect(Number(response.headers.get('content-length'))).toBe(gzipSync(SCRIPT).length);
  });

  it('sends the file itself when the browser takes no compression', async () => {
    const { response, body } = await get(HASHED, 'identity');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(body.toString('utf8')).toBe(SCRIPT);
  });
});

describe('caching', () => {
  it('caches content-hashed assets for a year, immutable, in every encoding', async () => {
    for (const encoding of ['br', 'gzip', 'identity']) {
      const { response } = await get(HASHED, encoding);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('pragma')).toBeNull();
    }
  });

  it('keeps no-store on files without a hash in the name', async () => {
    const { response } = await get('/citizen/favicon.svg', 'br');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('serves index.html with no-store at the start page', async () => {
    const { response, body } = await get('/citizen/', 'br, gzip');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(body.toString('utf8')).toBe(INDEX_HTML);
  });

  it('keeps no-store on API answers', async () => {
    const { response } = await get('/health/live');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

describe('what is not served', () => {
  it('answers 404 for a source map, even one left in the folder', async () => {
    const { response } = await get('/citizen/assets/index-B6T7QdZv.js.map');
    expect(response.status).toBe(404);
  });

  it('answers 404 for a missing asset instead of the SPA page', async () => {
    const { response, body } = await get('/citizen/assets/index-Missing0.js');
    expect(response.status).toBe(404);
    expect(body.toString('utf8')).not.toContain('<html');
  });
});

describe('deep links', () => {
  it('answers a deep link with the SPA page, no-store', async () => {
    const { response, body } = await get('/citizen/cases/123/receipt?lang=en', 'br');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(body.toString('utf8')).toBe(INDEX_HTML);
  });

  it('sends /citizen to /citizen/', async () => {
    const { response } = await get('/citizen');
    expect([301, 302]).toContain(response.status);
    expect(response.headers.get('location')).toBe('/citizen/');
  });
});
