import express, { type Express, type Router } from 'express';
import type { JobRunner } from '../common/job-runner.ts';

/**
 * Test-only door to run a background job now, through pg-boss, and answer when it is done:
 * POST /api/test/jobs/:name/run -> { name, outcome }. Browser journeys move the clock (the
 * clock door) and then call this. Mounted only outside production mode (see withJobDoor).
 */
export function jobRoutes(runner: JobRunner): Router {
  const router = express.Router();
  router.post('/api/test/jobs/:name/run', async (req, res) => {
    const name = req.params.name;
    if (!runner.has(name)) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    try {
      const outcome = await runner.runNow(name);
      res.status(outcome === 'completed' ? 200 : 500).json({ name, outcome });
    } catch {
      res.status(504).json({ name, outcome: 'timeout' });
    }
  });
  return router;
}

/**
 * The application's Express app with the job door in front of it, outside production mode
 * only. (The door sits outside createApp so that only processes that run jobs have it.)
 */
export function withJobDoor(
  app: Express,
  input: { production: boolean; runner: JobRunner | undefined },
): Express {
  if (input.production || !input.runner) return app;
  const outer = express();
  outer.disable('x-powered-by');
  outer.set('trust proxy', false);
  outer.use(jobRoutes(input.runner));
  outer.use(app);
  return outer;
}
