import { isUuid } from '../common/uuid-id.ts';

/** The words of our own routes; any other path segment is the client's and is not logged. */
const ROUTE_WORDS = new Set([
  'api',
  'citizen',
  'staff',
  'graphql',
  'auth',
  'login',
  'callback',
  'logout',
  'attachments',
  'health',
  'live',
  'ready',
  'test-idp',
  'test',
  'clock',
  'jobs',
  'run',
  'dev',
  'ops',
  'notifications',
  'failed',
  'assets',
]);

/**
 * A request's path as a log may hold it: our route words and ids (UUIDs) as they are, every
 * other segment as `:x`, no query string. A path is the client's to write (a deep link, a
 * guess, a personnummer typed into the address bar).
 */
export function loggablePath(url: string): string {
  const path = url.split('?')[0] ?? '';
  return path
    .split('/')
    .map((segment) =>
      segment === '' || ROUTE_WORDS.has(segment) || isUuid(segment) ? segment : ':x',
    )
    .join('/');
}
