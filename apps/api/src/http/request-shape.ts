import type { NextFunction, Request, Response } from 'express';
import { sendClientError } from './client-error.ts';

/** The longest URL taken, query included; no route of ours needs more than a few hundred. */
export const MAX_URL_LENGTH = 4096;

/**
 * Refuses a URL that is too long (414) or whose path does not percent-decode (400), before any
 * router or static file server tries and fails on it.
 */
export function rejectMalformedUrls() {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.originalUrl.length > MAX_URL_LENGTH) {
      sendClientError(req, res, 414);
      return;
    }
    try {
      decodeURIComponent(req.path);
    } catch {
      sendClientError(req, res, 400);
      return;
    }
    next();
  };
}
