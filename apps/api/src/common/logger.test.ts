import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { LOG_REDACTIONS } from './logger.ts';

describe('log redaction', () => {
  it('never writes personnummer, names, contact data or answers', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = pino({ redact: { paths: LOG_REDACTIONS, censor: '[redacted]' } }, sink);
    logger.info({
      person: {
        personnummer: '198003142384',
        givenName: 'Anna',
        email: 'anna@example.com',
        mobile: '0701740605',
      },
      caseRecord: { answers: { reason: 'ont i knät' } },
      req: { headers: { cookie: 'etj_citizen=secret' } },
    });
    const output = lines.join('');
    for (const secret of [
      '198003142384',
      'Anna',
      'anna@example.com',
      '0701740605',
      'ont i knät',
      'secret',
    ]) {
      expect(output).not.toContain(secret);
    }
    expect(output).toContain('[redacted]');
  });
});
