import type { Request, Response } from 'express';
import { ApiErrorCode } from '@etj/domain/api-codes';

/** The HTTP statuses the edge answers for a request that is the client's fault. */
export type ClientErrorStatus = 400 | 413 | 414 | 415;

/** The code in the GraphQL-shaped body (`extensions.code`), as the SPAs read it. */
const CODES: Record<ClientErrorStatus, ApiErrorCode> = {
  400: ApiErrorCode.BAD_USER_INPUT,
  413: ApiErrorCode.PAYLOAD_TOO_LARGE,
  414: ApiErrorCode.BAD_USER_INPUT,
  415: ApiErrorCode.BAD_USER_INPUT,
};

const MESSAGES: Record<ClientErrorStatus, { sv: string; en: string }> = {
  400: { sv: 'Begäran kunde inte läsas.', en: 'The request could not be read.' },
  413: { sv: 'Begäran är för stor.', en: 'The request is too large.' },
  414: { sv: 'Adressen är för lång.', en: 'The address is too long.' },
  415: {
    sv: 'Begäran har ett format som inte stöds.',
    en: 'The request has an unsupported format.',
  },
};

/** The status for an error the HTTP layer raised about the request itself, if it is one. */
export function clientErrorStatus(error: unknown): ClientErrorStatus | null {
  if (error === null || typeof error !== 'object') return null;
  const { status, statusCode } = error as { status?: unknown; statusCode?: unknown };
  const value = typeof status === 'number' ? status : statusCode;
  if (value === 413 || value === 414 || value === 415) return value;
  // Any other 4xx from body-parser, the router or serve-static (a malformed body or path).
  return typeof value === 'number' && value >= 400 && value < 500 ? 400 : null;
}

/**
 * Answers a request that is the client's fault: a short message in Swedish, or English when the
 * browser prefers it; as a GraphQL-shaped error under /api/, as plain text elsewhere.
 */
export function sendClientError(req: Request, res: Response, status: ClientErrorStatus): void {
  const language = req.acceptsLanguages('sv', 'en') === 'en' ? 'en' : 'sv';
  const message = MESSAGES[status][language];
  res.status(status).setHeader('Content-Language', language);
  // The request may not have been read to its end: do not keep the connection for another.
  if (status === 413) res.setHeader('Connection', 'close');
  if (req.path.startsWith('/api/')) {
    res.json({ errors: [{ message, extensions: { code: CODES[status] } }] });
  } else {
    res.type('text/plain').send(message);
  }
}
