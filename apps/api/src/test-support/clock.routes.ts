import express, { type Router } from 'express';
import type { AdjustableClock } from '../common/clock.ts';

/** Test-only door to move the application's clock. Mounted only outside production mode. */
export function clockRoutes(clock: AdjustableClock): Router {
  const router = express.Router();
  router.get('/api/test/clock', (_req, res) => {
    res.json({ now: clock.now().toISOString(), today: clock.today() });
  });
  router.post('/api/test/clock', express.json({ limit: '1kb' }), (req, res) => {
    const body = req.body as { set?: unknown; advanceMs?: unknown; reset?: unknown } | undefined;
    if (typeof body?.set === 'string' && !Number.isNaN(Date.parse(body.set)))
      clock.set(new Date(body.set));
    else if (typeof body?.advanceMs === 'number' && Number.isFinite(body.advanceMs))
      clock.advance(body.advanceMs);
    else if (body?.reset === true) clock.reset();
    else {
      res
        .status(400)
        .json({ error: 'Send { set: ISO } or { advanceMs: number } or { reset: true }' });
      return;
    }
    res.json({ now: clock.now().toISOString(), today: clock.today() });
  });
  return router;
}
