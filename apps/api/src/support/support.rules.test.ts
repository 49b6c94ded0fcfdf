import { describe, expect, it } from 'vitest';
import {
  checkFaultReport,
  checkScreenshot,
  decodeQueueCursor,
  queueCursor,
  statusAfterReply,
  takesReplies,
} from './support.rules.ts';

const now = new Date('2026-11-25T09:00:00Z');
const input = {
  summary: ' Kön laddar inte ',
  description: 'Snurran slutar aldrig.',
  area: 'CASE_QUEUE' as const,
  location: '   ',
  occurredAt: new Date('2026-11-25T08:30:00Z'),
  severity: 'HIGH' as const,
};

describe('checkFaultReport', () => {
  it('trims texts and drops an empty location', () => {
    const checked = checkFaultReport(input, now);
    expect(checked).toMatchObject({
      ok: true,
      value: { summary: 'Kön laddar inte', location: null },
    });
  });

  it('accepts a time a few minutes ahead as now, but not an hour ahead', () => {
    const ahead = checkFaultReport({ ...input, occurredAt: new Date('2026-11-25T09:05:00Z') }, now);
    expect(ahead).toMatchObject({ ok: true, value: { occurredAt: now } });
    const hour = checkFaultReport({ ...input, occurredAt: new Date('2026-11-25T10:00:00Z') }, now);
    expect(hour).toEqual({ ok: false, problems: [{ path: 'occurredAt', code: 'IN_THE_FUTURE' }] });
  });

  it('refuses a fault more than 90 days back, and a summary of 121 characters', () => {
    const checked = checkFaultReport(
      { ...input, summary: 'x'.repeat(121), occurredAt: new Date('2026-08-26T08:59:00Z') },
      now,
    );
    expect(checked).toEqual({
      ok: false,
      problems: [
        { path: 'summary', code: 'TOO_LONG', params: { max: 120 } },
        { path: 'occurredAt', code: 'TOO_LONG_AGO', params: { days: 90 } },
      ],
    });
  });
});

describe('checkScreenshot', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]).toString('base64');
  const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0]).toString('base64');

  it('takes PNG and JPEG by their bytes and names them for what they are', () => {
    expect(checkScreenshot('fel.pdf', png)).toMatchObject({
      ok: true,
      value: { mediaType: 'image/png', fileName: 'fel.pdf.png' },
    });
    expect(checkScreenshot('fel.jpg', jpeg)).toMatchObject({
      ok: true,
      value: { mediaType: 'image/jpeg', fileName: 'fel.jpg' },
    });
  });

  it('refuses a PDF, an empty file and a file past 2 MB', () => {
    const pdf = Buffer.from('%PDF-1.7').toString('base64');
    expect(checkScreenshot('a.png', pdf)).toMatchObject({
      ok: false,
      problems: [{ code: 'SCREENSHOT_TYPE_NOT_ALLOWED' }],
    });
    expect(checkScreenshot('a.png', '')).toMatchObject({
      ok: false,
      problems: [{ code: 'SCREENSHOT_EMPTY' }],
    });
    expect(checkScreenshot('a.png', 'A'.repeat(2_796_204))).toMatchObject({
      ok: false,
      problems: [{ code: 'SCREENSHOT_TOO_LARGE' }],
    });
  });
});

describe('status after a reply', () => {
  it('the administration’s first reply takes a new report in progress', () => {
    expect(statusAfterReply('NEW', true)).toBe('IN_PROGRESS');
    expect(statusAfterReply('WAITING_FOR_REPORTER', true)).toBe('WAITING_FOR_REPORTER');
  });

  it('the reporter’s reply puts a waiting or resolved report back in progress', () => {
    expect(statusAfterReply('WAITING_FOR_REPORTER', false)).toBe('IN_PROGRESS');
    expect(statusAfterReply('RESOLVED', false)).toBe('IN_PROGRESS');
    expect(statusAfterReply('NEW', false)).toBe('NEW');
  });

  it('a closed report takes no replies', () => {
    expect(takesReplies('CLOSED')).toBe(false);
    expect(takesReplies('RESOLVED')).toBe(true);
  });
});

describe('queue cursor', () => {
  it('round-trips and refuses what it did not make', () => {
    const key = { createdAt: now, id: '00000000-0000-4000-8000-000000000001' };
    expect(decodeQueueCursor(queueCursor(key))).toEqual(key);
    expect(decodeQueueCursor('nonsense')).toBeNull();
    expect(decodeQueueCursor(Buffer.from('{"t":"x","id":"y"}').toString('base64url'))).toBeNull();
  });
});
