import { randomUUID } from 'node:crypto';
import type { Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { safeError } from '../common/logger.ts';
import type { TrustProxy } from '../config.ts';
import { loggablePath } from './loggable-path.ts';

/**
 * What every answer of the app gets before any route: request ids and logging, the security
 * headers (CSP, HSTS in production), no-store, and no ETag or X-Powered-By.
 */
export function useHttpBasics(
  app: Express,
  options: { logger: Logger; production: boolean; trustProxy: TrustProxy },
): void {
  app.disable('x-powered-by');
  // Every answer sent through res.send is no-store, so no client ever revalidates: hashing each
  // body for an ETag was wasted CPU. Static files keep their own ETag.
  app.set('etag', false);
  // Behind a load balancer (TRUST_PROXY), req.ip is the client's address from X-Forwarded-For.
  app.set('trust proxy', options.trustProxy);
  app.use(
    pinoHttp({
      logger: options.logger,
      genReqId: (req, res) => {
        const id = randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: loggablePath(req.url),
        }),
        err: safeError,
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      strictTransportSecurity: options.production,
    }),
  );
  // Nothing is cacheable, pages included: Back after logout must show nothing.
  app.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Pragma', 'no-cache');
    next();
  });
}
