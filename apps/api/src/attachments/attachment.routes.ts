import { randomUUID } from 'node:crypto';
import { isUuid } from '../common/uuid-id.ts';
import { Router, type Request, type Response } from 'express';
import type { AppSurface } from '../identity/actor.ts';
import type { BuildContext } from '../identity/request-context.ts';
import { contentDisposition } from './attachment-file.ts';
import type { AttachmentFile } from './attachment.repository.ts';
import type { AttachmentService } from './attachment.service.ts';

/**
 * GET /api/<surface>/attachments/:id: the session comes from the surface's own cookie, exactly
 * as for GraphQL; anything not allowed (terms not yet accepted included), missing or malformed
 * answers the same 404.
 */
export function attachmentRoutes(deps: {
  buildContext: BuildContext;
  attachments: AttachmentService;
}): Router {
  const router = Router();
  const notFound = (res: Response) => res.status(404).type('text/plain').send('Not found');

  for (const surface of ['citizen', 'staff'] as const satisfies AppSurface[]) {
    router.get(`/api/${surface}/attachments/:id`, async (req: Request<{ id: string }>, res) => {
      if (!isUuid(req.params.id)) return notFound(res);
      const requestId = typeof req.id === 'string' ? req.id : randomUUID();
      const ctx = await deps.buildContext(surface, req, res, req.log, requestId);
      // Like every GraphQL operation but the terms' own: nothing before the current terms are
      // accepted (identity/access.ts).
      const actor = ctx.termsAccepted ? ctx.actor : undefined;
      let file: AttachmentFile | null = null;
      if (surface === 'citizen' && actor?.kind === 'CITIZEN')
        file = await deps.attachments.downloadForCitizen(actor, req.params.id);
      if (surface === 'staff' && actor?.kind === 'STAFF')
        file = await deps.attachments.downloadForStaff(actor, req.params.id, requestId);
      if (!file) return notFound(res);
      res.status(200);
      res.setHeader('Content-Type', file.mediaType);
      res.setHeader('Content-Length', String(file.content.byteLength));
      res.setHeader('Content-Disposition', contentDisposition(file.fileName));
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.end(Buffer.from(file.content));
    });
  }
  return router;
}
