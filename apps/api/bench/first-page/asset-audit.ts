// How the server serves each asset the first page fetched, asked directly over HTTP (raw bytes,
// no client-side decoding): which encodings it answers for brotli and gzip, its caching headers,
// its gzip size (level 9, independent of what the server sends), and whether a source map is
// reachable beside it.
import { request } from 'node:http';
import { gzipSync } from 'node:zlib';

export type RawResponse = { status: number; headers: Record<string, string>; body: Buffer };

export function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const flat: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers))
          if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
        resolve({ status: res.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

export type AssetKind = 'html' | 'js' | 'css' | 'font' | 'other';

export type AuditedAsset = {
  path: string;
  kind: AssetKind;
  /** A content hash in the file name (Vite's `name-HASH.ext`): safe to cache for good. */
  hashed: boolean;
  status: number;
  identityBytes: number;
  /** gzip -9 of the identity bytes: the figure the budget is stated in. */
  gzipBytes: number;
  /** Content-Encoding answered to `Accept-Encoding: br` and to `gzip` ("" = none). */
  brEncoding: string;
  brBytes: number;
  gzipEncoding: string;
  gzipServedBytes: number;
  cacheControl: string;
  etag: boolean;
  /** Each map URL tried (`<asset>.map` and the sourceMappingURL comment) and its answer. */
  maps: { path: string; status: number; isSourceMap: boolean; contentType: string }[];
};

const HASHED = /[-.][A-Za-z0-9_-]{8,}\.(m?js|css|woff2?|ttf|svg|png|jpe?g|webp|avif)$/;

export function assetKind(path: string): AssetKind {
  const bare = path.split('?')[0] ?? path;
  if (/\.m?js$/.test(bare)) return 'js';
  if (/\.css$/.test(bare)) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(bare)) return 'font';
  // The SPA's own routes (`/citizen/`, `/citizen/inbox`) answer its index.html.
  if (bare.endsWith('.html') || !/\.[a-z0-9]+$/i.test(bare.split('/').pop() ?? '')) return 'html';
  return 'other';
}

export async function auditAsset(baseUrl: string, path: string): Promise<AuditedAsset> {
  const url = `${baseUrl}${path}`;
  const identity = await rawGet(url, { 'accept-encoding': 'identity' });
  const br = await rawGet(url, { 'accept-encoding': 'br' });
  const gzip = await rawGet(url, { 'accept-encoding': 'gzip' });
  const kind = assetKind(path);
  const maps: AuditedAsset['maps'] = [];
  if (kind === 'js' || kind === 'css') {
    for (const mapPath of mapCandidates(path, identity.body.toString('utf8'))) {
      const answer = await rawGet(`${baseUrl}${mapPath}`, { 'accept-encoding': 'identity' });
      maps.push({
        path: mapPath,
        status: answer.status,
        isSourceMap: answer.status === 200 && looksLikeSourceMap(answer.body),
        contentType: answer.headers['content-type'] ?? '',
      });
    }
  }
  return {
    path,
    kind,
    hashed: HASHED.test(path.split('?')[0] ?? path),
    status: identity.status,
    identityBytes: identity.body.length,
    gzipBytes: gzipSync(identity.body, { level: 9 }).length,
    brEncoding: br.headers['content-encoding'] ?? '',
    brBytes: br.body.length,
    gzipEncoding: gzip.headers['content-encoding'] ?? '',
    gzipServedBytes: gzip.body.length,
    cacheControl: identity.headers['cache-control'] ?? '',
    etag: identity.headers.etag !== undefined,
    maps,
  };
}

function mapCandidates(path: string, source: string): string[] {
  const bare = path.split('?')[0] ?? path;
  const candidates = new Set([`${bare}.map`]);
  const comment = /[#@] sourceMappingURL=(\S+)\s*(?:\*\/)?\s*$/.exec(source.trimEnd());
  const target = comment?.[1];
  if (target && !target.startsWith('data:'))
    candidates.add(new URL(target, `http://host${bare}`).pathname);
  return [...candidates];
}

function looksLikeSourceMap(body: Buffer): boolean {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { mappings?: unknown };
    return typeof parsed.mappings === 'string';
  } catch {
    return false;
  }
}

/** `public, max-age=31536000, immutable` or longer. */
export function isImmutable(cacheControl: string): boolean {
  const maxAge = /max-age=(\d+)/.exec(cacheControl)?.[1];
  return /\bimmutable\b/.test(cacheControl) && Number(maxAge ?? 0) >= 31_536_000;
}
