import { pino, type DestinationStream, type Logger } from 'pino';
import { serializeError } from './errors.ts';

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

/** Structured JSON logs; ids only, with personal data redacted. To stdout unless told otherwise. */
export function createLogger(
  options: { level?: string; destination?: DestinationStream } = {},
): Logger {
  const settings = {
    level: options.level ?? process.env.LOG_LEVEL ?? 'info',
    redact: { paths: LOG_REDACTIONS, censor: '[redacted]' },
    // An error logged as it is still loses its message: only what serializeError keeps.
    serializers: { err: safeError, error: safeError },
    base: { service: 'etj-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}

/** pino's serializer for `err` and `error`: an Error as serializeError keeps it, anything else as it is. */
export function safeError(value: unknown): unknown {
  return value instanceof Error ? serializeError(value) : value;
}
