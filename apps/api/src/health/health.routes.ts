import express, { type Router } from 'express';
import { RETRY_AFTER_SECONDS } from '../availability/database-unavailable.ts';

/** Liveness (the process answers) and readiness (the database answers). */
export function healthRoutes(checkDatabase: () => Promise<void>): Router {
  const router = express.Router();
  router.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/health/ready', async (_req, res) => {
    try {
      await checkDatabase();
      res.json({ status: 'ok' });
    } catch {
      res
        .status(503)
        .set('Retry-After', String(RETRY_AFTER_SECONDS))
        .json({ status: 'unavailable' });
    }
  });
  return router;
}
