import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Express, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import type { AppSurface } from '../common/app-surface.ts';
import { FAVICON_LINK } from './favicon.ts';

/**
 * Vite's content-hashed asset names (`assets/index-B6T7QdZv.js`, and the `.br`/`.gz` beside
 * them): a changed file gets a new name, so these may be cached for a year without asking.
 */
const HASHED_ASSET = /[\\/]assets[\\/][^\\/]+-[\w-]{8}\.\w+(?:\.(?:br|gz))?$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Serves a built SPA under its base path, falling back to index.html for client routes. */
export function serveSpa(app: Express, surface: AppSurface, dist: string | undefined): void {
  if (!dist || !existsSync(join(dist, 'index.html'))) return;
  // Source maps would publish the whole source tree; the build emits none, and any left
  // behind are refused too.
  app.get(`/${surface}/{*rest}`, (req, res, next) => {
    if (req.path.endsWith('.map')) res.status(404).type('text/plain').send('Not found');
    else next();
  });
  app.use(
    `/${surface}`,
    // The brotli or gzip file the build wrote beside each asset, by the request's
    // Accept-Encoding (with `Vary`); the file itself when the client takes neither.
    expressStaticGzip(dist, {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: {
        index: false,
        // Everything else keeps the app-wide no-store; ETag and Last-Modified are harmless.
        cacheControl: false,
        setHeaders: (res, path) => {
          if (!HASHED_ASSET.test(path)) return;
          res.setHeader('Cache-Control', IMMUTABLE);
          res.removeHeader('Pragma');
        },
      },
    }),
  );
  // A missing asset is a 404, never index.html, which the browser would try to run as script.
  app.use(`/${surface}/assets`, (_req: Request, res: Response) => {
    res.status(404).type('text/plain').send('Not found');
  });
  app.get(`/${surface}/{*rest}`, (_req, res) => {
    res.sendFile(join(dist, 'index.html'), {
      cacheControl: false,
      lastModified: false,
      etag: false,
    });
  });
  app.get(`/${surface}`, (_req, res) => {
    res.redirect(302, `/${surface}/`);
  });
}

/** The page at `/`: a link to each SPA. */
export function landingPage(): string {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>E-tjänster</title>${FAVICON_LINK}</head>
<body><main><h1>E-tjänster för vården</h1><ul><li><a href="/citizen/">För invånare</a></li><li><a href="/staff/">För personal</a></li></ul></main></body></html>`;
}
