import { randomUUID } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import type { CitizenActor } from '../identity/actor.ts';
import type { BuildContext } from '../identity/request-context.ts';
import { accessLogCsv } from './citizen-access-log.csv.ts';
import { accessLogPdf } from './citizen-access-log.pdf.ts';
import type { CitizenAccessLogService } from './citizen-access-log.service.ts';
import { exportLanguage, type ExportLanguage } from './citizen-access-log.words.ts';

const FILE_NAMES: Record<ExportLanguage, string> = { sv: 'atkomstlogg', en: 'access-log' };

/**
 * GET /api/citizen/cases/:id/access-log.csv?lang=sv|en and .../access-log.pdf?lang=sv|en: the
 * case's access log as a file the browser saves (a plain link works, proxy mode included: it
 * lives in the session). The session comes from the citizen cookie as for GraphQL and
 * attachment downloads; anything not allowed (terms not yet accepted included), missing or
 * malformed answers the same 404. Both files come from the same service call, so they hold the
 * same rows under the same rules.
 */
export function citizenAccessLogRoutes(deps: {
  buildContext: BuildContext;
  log: CitizenAccessLogService;
}): Router {
  const router = Router();
  const notFound = (res: Response) => res.status(404).type('text/plain').send('Not found');

  /** The citizen who may ask for a download, or undefined (then the answer is 404). */
  const citizen = async (req: Request, res: Response): Promise<CitizenActor | undefined> => {
    const requestId = typeof req.id === 'string' ? req.id : randomUUID();
    const ctx = await deps.buildContext('citizen', req, res, req.log, requestId);
    const actor = ctx.termsAccepted ? ctx.actor : undefined;
    return actor?.kind === 'CITIZEN' ? actor : undefined;
  };

  const sendFile = (
    res: Response,
    file: { type: string; extension: string; lang: ExportLanguage; body: string | Buffer },
  ) => {
    res.status(200);
    res.setHeader('Content-Type', file.type);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${FILE_NAMES[file.lang]}.${file.extension}"`,
    );
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.send(file.body);
  };

  router.get('/api/citizen/cases/:id/access-log.csv', async (req: Request<{ id: string }>, res) => {
    const actor = await citizen(req, res);
    const entries = actor ? await deps.log.all(actor, req.params.id) : null;
    if (!entries) return notFound(res);
    const lang = exportLanguage(req.query.lang);
    sendFile(res, {
      type: 'text/csv; charset=utf-8',
      extension: 'csv',
      lang,
      body: accessLogCsv(entries, lang),
    });
  });

  router.get('/api/citizen/cases/:id/access-log.pdf', async (req: Request<{ id: string }>, res) => {
    const actor = await citizen(req, res);
    const data = actor ? await deps.log.export(actor, req.params.id) : null;
    if (!data) return notFound(res);
    const lang = exportLanguage(req.query.lang);
    sendFile(res, {
      type: 'application/pdf',
      extension: 'pdf',
      lang,
      body: await accessLogPdf(data, lang),
    });
  });
  return router;
}
