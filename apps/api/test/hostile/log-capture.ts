// The API's log lines, read in memory as they are written: the hostile suite fails when a value
// a client sent (the marker) reaches any of them, whatever its level. The logger is configured
// as production's is (the same redactions), only written to memory and at every level. Only
// the lines that matter are kept, so a long run does not hold every line.
import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import { LOG_REDACTIONS } from '../../src/common/logger.ts';

export type CapturedLog = {
  logger: Logger;
  /** How many lines were written. */
  count(): number;
  /** The lines that contained any of the watched texts. */
  hits(): readonly string[];
  /** The lines at error level or above. */
  errors(): readonly string[];
};

/** A logger whose lines are checked for `watched` texts (each line whole, at every level). */
export function captureLog(watched: readonly string[]): CapturedLog {
  let count = 0;
  const hits: string[] = [];
  const errors: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line) continue;
        count += 1;
        if (watched.some((t) => line.includes(t))) hits.push(line.slice(0, 2_000));
        if (((JSON.parse(line) as { level?: number }).level ?? 0) >= 50)
          errors.push(line.slice(0, 2_000));
      }
      done();
    },
  });
  const logger = pino(
    {
      level: 'trace',
      redact: { paths: LOG_REDACTIONS, censor: '[redacted]' },
      base: { service: 'etj-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    sink,
  );
  return { logger, count: () => count, hits: () => hits, errors: () => errors };
}
