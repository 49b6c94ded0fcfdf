import { pino, type Logger } from 'pino';

/** Paths that may carry personal data; pino replaces them before anything is written. */
export const LOG_REDACTIONS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  '*.personnummer',
  '*.identityNumber',
  '*.email',
  '*.mobile',
  '*.phone',
  '*.givenName',
  '*.familyName',
  '*.name',
  '*.answers',
  '*.text',
  '*.variables',
];

/** Structured JSON logs; ids only, with personal data redacted. */
export function createLogger(options: { level?: string } = {}): Logger {
  return pino({
    level: options.level ?? process.env.LOG_LEVEL ?? 'info',
    redact: { paths: LOG_REDACTIONS, censor: '[redacted]' },
    base: { service: 'etj-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
