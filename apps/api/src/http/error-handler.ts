import type { NextFunction, Request, Response } from 'express';
import { serializeError } from '../common/errors.ts';
import { clientErrorStatus, sendClientError } from './client-error.ts';

/**
 * The last error middleware: a request the client got wrong (a body that is not JSON or too
 * large, a path that does not decode) is a 4xx logged at info with its class name only; anything
 * else is a 500, logged at error level without its message.
 */
export function finalErrorHandler() {
  return (error: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const status = clientErrorStatus(error);
    if (status !== null) {
      req.log.info({ status, err: { type: serializeError(error).type } }, 'client error');
      if (!res.headersSent) sendClientError(req, res, status);
      return;
    }
    req.log.error({ err: serializeError(error) }, 'unhandled error');
    if (!res.headersSent) res.status(500).type('text/plain').send('Internal error');
  };
}
