import { randomUUID } from 'node:crypto';
import { isUuid } from '../common/uuid-id.ts';
import { Router, type Request } from 'express';
import { contentDisposition } from '../attachments/attachment-file.ts';
import type { BuildContext } from '../identity/request-context.ts';
import type { SupportService } from './support.service.ts';

/**
 * GET /api/staff/support-reports/:id/screenshot: for whoever may read the report (its reporter,
 * the service administration); anything else, missing or malformed answers the same 404.
 */
export function supportRoutes(deps: {
  buildContext: BuildContext;
  support: SupportService;
}): Router {
  const router = Router();
  router.get(
    '/api/staff/support-reports/:id/screenshot',
    async (req: Request<{ id: string }>, res) => {
      const notFound = () => res.status(404).type('text/plain').send('Not found');
      if (!isUuid(req.params.id)) return notFound();
      const requestId = typeof req.id === 'string' ? req.id : randomUUID();
      const ctx = await deps.buildContext('staff', req, res, req.log, requestId);
      const actor = ctx.termsAccepted ? ctx.actor : undefined;
      const file =
        actor?.kind === 'STAFF' ? await deps.support.screenshot(actor, req.params.id) : null;
      if (!file) return notFound();
      res.status(200);
      res.setHeader('Content-Type', file.mediaType);
      res.setHeader('Content-Length', String(file.content.byteLength));
      res.setHeader('Content-Disposition', contentDisposition(file.fileName));
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.end(Buffer.from(file.content));
    },
  );
  return router;
}
