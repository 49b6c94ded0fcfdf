import type { Express } from 'express';

/**
 * The service's icon, the same drawing as the SPAs' own favicon.svg (a test holds them equal).
 * Served at the root so that the API's own pages (the landing page, the test identity
 * provider) have one, and so that a browser asking for /favicon.ico gets an answer, not a 404.
 */
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 36 36"><path fill="#245b86" d="M18 0a18 18 0 0 1 18 18 18 18 0 0 1-18 18H8a8 8 0 0 1-8-8V18A18 18 0 0 1 18 0z"/><circle cx="24.5" cy="11.5" r="8.5" fill="#2f7257"/></svg>\n';

/** The `<link>` every HTML page the API writes itself puts in its head. */
export const FAVICON_LINK = '<link rel="icon" type="image/svg+xml" href="/favicon.svg">';

/** GET /favicon.svg and /favicon.ico: the icon (SVG, which browsers take at either name). */
export function faviconRoutes(app: Express): void {
  for (const path of ['/favicon.svg', '/favicon.ico']) {
    app.get(path, (_req, res) => {
      res.setHeader('Cache-Control', 'public, max-age=86400');
      res.removeHeader('Pragma');
      res.type('image/svg+xml').send(FAVICON_SVG);
    });
  }
}
