import { randomUUID } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type { AppSurface } from '../identity/actor.ts';
import type { RequestContext } from '../identity/request-context.ts';
import { accessLogCsv, type CsvLanguage } from './citizen-access-log.csv.ts';
import type { CitizenAccessLogService } from './citizen-access-log.service.ts';

type BuildContext = (
  surface: AppSurface,
  req: Request,
  res: Response,
  logger: Logger,
  requestId: string,
) => Promise<RequestContext>;

/**
 * GET /api/citizen/cases/:id/access-log.csv?lang=sv|en: the case's access log as a file the
 * browser saves (a plain link works, proxy mode included: it lives in the session). The session
 * comes from the citizen cookie as for GraphQL and attachment downloads; anything not allowed
 * (terms not yet accepted included), missing or malformed answers the same 404.
 */
export function citizenAccessLogRoutes(deps: {
  buildContext: BuildContext;
  log: CitizenAccessLogService;
}): Router {
  const router = Router();
  const notFound = (res: Response) => res.status(404).type('text/plain').send('Not found');

  router.get('/api/citizen/cases/:id/access-log.csv', async (req: Request<{ id: string }>, res) => {
    const requestId = typeof req.id === 'string' ? req.id : randomUUID();
    const ctx = await deps.buildContext('citizen', req, res, req.log, requestId);
    const actor = ctx.termsAccepted ? ctx.actor : undefined;
    if (actor?.kind !== 'CITIZEN') return notFound(res);
    const entries = await deps.log.all(actor, req.params.id);
    if (!entries) return notFound(res);
    const lang: CsvLanguage = req.query.lang === 'en' ? 'en' : 'sv';
    const fileName = lang === 'en' ? 'access-log.csv' : 'atkomstlogg.csv';
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.send(accessLogCsv(entries, lang));
  });
  return router;
}
