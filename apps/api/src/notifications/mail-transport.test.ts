import { describe, expect, it } from 'vitest';
import { classifySmtpError } from './mail-transport.ts';

describe('classifySmtpError', () => {
  it.each([
    [{ responseCode: 451 }, 'TEMPORARY', 'SMTP_451'],
    [{ responseCode: 421 }, 'TEMPORARY', 'SMTP_421'],
    [{ responseCode: 550 }, 'PERMANENT', 'SMTP_550'],
    [{ responseCode: 553 }, 'PERMANENT', 'SMTP_553'],
    [
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNECTION' }),
      'TEMPORARY',
      'SMTP_CONNECTION',
    ],
    ['something else', 'TEMPORARY', 'SMTP_CONNECTION'],
  ])('reads %o as %s %s, a code without the server’s text', (error, kind, code) => {
    const classified = classifySmtpError(error);
    expect({ kind: classified.kind, code: classified.code }).toEqual({ kind, code });
    expect(classified.message).not.toMatch(/ECONNREFUSED/);
  });
});
