// Whether an error means "the database cannot be reached right now" (down, restarting, or the
// connection was cut), as opposed to a fault in our code or a query the database refused. Such an
// error is nobody's fault and passes by itself: the client gets 503 with Retry-After, not 500.

/** Seconds a client is asked to wait before trying again while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

/** Prisma's codes for an unreachable or lost database server and for an exhausted pool. */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** What Prisma's driver adapter reports when node-postgres could not reach the server. */
const ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);
/**
 * SQLSTATEs of a server going away or not yet back: connection exceptions (class 08),
 * admin_shutdown, crash_shutdown, cannot_connect_now (starting up, shutting down, in recovery)
 * and too_many_connections.
 */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** Socket errors node-postgres passes on as they are. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);
/** node-postgres's own errors for a lost connection, which carry no code. */
const DRIVER_MESSAGES = [
  'Connection terminated unexpectedly',
  'Connection terminated due to connection timeout',
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
];

type Loose = {
  code?: unknown;
  kind?: unknown;
  originalCode?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
  originalError?: unknown;
};

function matchesOne(error: Loose): boolean {
  const code = typeof error.code === 'string' ? error.code : undefined;
  if (code && (PRISMA_CODES.has(code) || SQLSTATES.has(code) || SOCKET_CODES.has(code)))
    return true;
  if (code?.startsWith('08') && code.length === 5) return true;
  if (typeof error.kind === 'string' && ADAPTER_KINDS.has(error.kind)) return true;
  if (typeof error.originalCode === 'string' && SQLSTATES.has(error.originalCode)) return true;
  if (
    error instanceof Error &&
    error.constructor === Error &&
    code === undefined &&
    DRIVER_MESSAGES.some((message) => error.message === message)
  )
    return true;
  return false;
}

/**
 * True when `error` (or what it wraps: `cause`, a GraphQL error's `originalError`, Prisma's
 * driver adapter error) says the database is unreachable or going away.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const next = queue.shift();
    if (typeof next !== 'object' || next === null || seen.has(next)) continue;
    seen.add(next);
    const loose = next as Loose;
    if (matchesOne(loose)) return true;
    // A Prisma "raw query failed" (P2010) or a known error carries the adapter's reason here.
    if (loose.meta && typeof loose.meta === 'object') queue.push(loose.meta.driverAdapterError);
    queue.push(loose.cause, loose.originalError);
  }
  return false;
}
