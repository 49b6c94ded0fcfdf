// Closing the HTTP server for a graceful shutdown: stop accepting connections at once (the load
// balancer's health check then fails and it sends new requests to the other process), let the
// requests in flight finish, and close each kept-alive connection as soon as it falls idle.
import type { Server } from 'node:http';

export type CloseOptions = {
  /** After this long, connections still open are cut (their requests fail). Default 20 s. */
  timeoutMs?: number;
};

/** How long a connection may sit without a request before shutdown closes it. */
const IDLE_GRACE_MS = 1000;

/** Resolves when every connection is closed; `true` when all requests finished in time. */
export async function closeHttpServer(
  server: Server,
  { timeoutMs = 20_000 }: CloseOptions = {},
): Promise<boolean> {
  if (!server.listening) return true;
  const closed = new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
  // A connection between two requests would otherwise stay open until its keep-alive timeout.
  // Idle ones are closed only after a grace period: a connection the load balancer opened just
  // before the listener closed counts as idle until its request's bytes arrive, and closing it
  // then failed that request (seen once in the SIGTERM fault test as a network error).
  let sweep: NodeJS.Timeout | undefined;
  const grace = setTimeout(() => {
    server.closeIdleConnections();
    sweep = setInterval(() => {
      server.closeIdleConnections();
    }, 100);
  }, IDLE_GRACE_MS);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => {
      resolve('timeout');
    }, timeoutMs);
  });
  try {
    if ((await Promise.race([closed, timedOut])) !== 'timeout') return true;
    server.closeAllConnections();
    await closed;
    return false;
  } finally {
    clearTimeout(grace);
    clearInterval(sweep);
    clearTimeout(timer);
  }
}
