import { createHash, timingSafeEqual } from 'node:crypto';
import express, { type Express, type Request } from 'express';
import type { NotificationSenderRepository } from './notification-sender.repository.ts';

/** Compared as hashes, so the time taken says nothing about the token's length or content. */
function sameToken(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function bearer(req: Request): string | undefined {
  const header = req.get('authorization') ?? '';
  return header.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined;
}

/**
 * GET /api/ops/notifications/failed: the notifications parked as FAILED after their last try,
 * for whoever runs the service (driftansvarig), in any mode. Only with OPS_TOKEN configured
 * (otherwise the route does not exist) and `Authorization: Bearer <OPS_TOKEN>`. Content-free
 * like the rows: id, channel, template, attempts, error code, when; never the address.
 */
export function withNotificationOps(
  app: Express,
  input: { opsToken: string | undefined; outbox: NotificationSenderRepository },
): Express {
  const { opsToken, outbox } = input;
  if (!opsToken) return app;
  const outer = express();
  outer.disable('x-powered-by');
  outer.set('trust proxy', false);
  outer.get('/api/ops/notifications/failed', async (req, res) => {
    res.set('cache-control', 'no-store');
    const token = bearer(req);
    if (token === undefined || !sameToken(token, opsToken)) {
      res.status(401).set('www-authenticate', 'Bearer').json({ code: 'UNAUTHENTICATED' });
      return;
    }
    const failed = await outbox.failed(500);
    res.json(failed);
  });
  outer.use(app);
  return outer;
}
