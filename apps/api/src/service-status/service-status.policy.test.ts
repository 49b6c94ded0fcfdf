import { describe, expect, it } from 'vitest';
import {
  confirmLinkValid,
  endingTimes,
  hasEnded,
  isCurrent,
  looksLikePersonalIdentityNumber,
  mayResendConfirmation,
  normaliseEmail,
  publishProblems,
  splitByTime,
  updateProblems,
  type PublishInput,
} from './service-status.policy.ts';

const now = new Date('2026-12-03T10:00:00Z');
const at = (iso: string) => new Date(iso);

const valid: PublishInput = {
  kind: 'MAINTENANCE',
  affected: ['CITIZEN'],
  titleSv: 'Planerat underhåll',
  titleEn: 'Planned maintenance',
  bodySv: 'E-tjänsterna stängs en stund.',
  bodyEn: 'The e-services close for a while.',
  startsAt: at('2026-12-10T20:00:00Z'),
  endsAt: at('2026-12-10T22:00:00Z'),
};

describe('what is current and upcoming', () => {
  it('is current from its start up to, not including, its end', () => {
    const a = { startsAt: now, endsAt: at('2026-12-03T11:00:00Z') };
    expect(isCurrent(a, now)).toBe(true);
    expect(isCurrent(a, at('2026-12-03T11:00:00Z'))).toBe(false);
    expect(isCurrent(a, at('2026-12-03T09:59:59.999Z'))).toBe(false);
  });

  it('stays current without an end', () => {
    expect(isCurrent({ startsAt: at('2025-01-01T00:00:00Z'), endsAt: null }, now)).toBe(true);
  });

  it('lists disturbances first among current ones, and upcoming ones soonest first', () => {
    const rows = [
      {
        id: 'm-now',
        kind: 'MAINTENANCE' as const,
        startsAt: at('2026-12-03T09:30:00Z'),
        endsAt: null,
      },
      {
        id: 'd-now',
        kind: 'DISTURBANCE' as const,
        startsAt: at('2026-12-03T08:00:00Z'),
        endsAt: null,
      },
      {
        id: 'later',
        kind: 'MAINTENANCE' as const,
        startsAt: at('2026-12-20T08:00:00Z'),
        endsAt: null,
      },
      {
        id: 'soon',
        kind: 'MAINTENANCE' as const,
        startsAt: at('2026-12-04T08:00:00Z'),
        endsAt: null,
      },
      {
        id: 'over',
        kind: 'DISTURBANCE' as const,
        startsAt: at('2026-12-01T08:00:00Z'),
        endsAt: now,
      },
    ];
    const { current, upcoming } = splitByTime(rows, now);
    expect(current.map((r) => r.id)).toEqual(['d-now', 'm-now']);
    expect(upcoming.map((r) => r.id)).toEqual(['soon', 'later']);
  });
});

describe('publishing', () => {
  it('accepts planned maintenance with both languages', () => {
    expect(publishProblems(valid, now)).toEqual([]);
  });

  it('refuses empty or missing texts and nothing affected, all at once', () => {
    const problems = publishProblems({ ...valid, titleEn: '  ', bodySv: '', affected: [] }, now);
    expect(problems).toEqual([
      { path: 'titleEn', code: 'REQUIRED' },
      { path: 'bodySv', code: 'REQUIRED' },
      { path: 'affected', code: 'REQUIRED' },
    ]);
  });

  it('refuses an end not after the start, and an end already past', () => {
    expect(publishProblems({ ...valid, endsAt: valid.startsAt }, now)).toEqual([
      { path: 'endsAt', code: 'NOT_AFTER_START' },
    ]);
    expect(
      publishProblems(
        { ...valid, startsAt: at('2026-12-03T08:00:00Z'), endsAt: at('2026-12-03T09:00:00Z') },
        now,
      ),
    ).toEqual([{ path: 'endsAt', code: 'IN_THE_PAST' }]);
  });

  it('refuses a disturbance that has not begun', () => {
    expect(publishProblems({ ...valid, kind: 'DISTURBANCE' }, now)).toEqual([
      { path: 'startsAt', code: 'DISTURBANCE_IN_FUTURE' },
    ]);
  });

  it('refuses maintenance more than a year ahead', () => {
    const startsAt = at('2028-01-01T00:00:00Z');
    expect(publishProblems({ ...valid, startsAt, endsAt: null }, now)).toEqual([
      { path: 'startsAt', code: 'TOO_FAR_AHEAD' },
    ]);
  });

  it('refuses a text longer than its limit', () => {
    expect(publishProblems({ ...valid, titleSv: 'x'.repeat(121) }, now)).toEqual([
      { path: 'titleSv', code: 'TOO_LONG', params: { max: 120 } },
    ]);
  });

  it('refuses text that carries a personnummer: announcements are never about a person', () => {
    expect(publishProblems({ ...valid, bodySv: 'Gäller 19121212-1212.' }, now)).toEqual([
      { path: 'bodySv', code: 'PERSONAL_DATA' },
    ]);
    expect(updateProblems({ textSv: 'Patient 121212+1212 drabbad', textEn: 'ok' })).toEqual([
      { path: 'textSv', code: 'PERSONAL_DATA' },
    ]);
  });
});

describe('identity numbers in text', () => {
  it.each(['191212121212', '19121212-1212', '121212-1212', '1212121212', '121212 1212'])(
    'finds %s',
    (text) => {
      expect(looksLikePersonalIdentityNumber(`före ${text} efter`)).toBe(true);
    },
  );
  it.each(['kl. 10:00–12:00', '3 december 2026', 'version 2.14.1', 'telefon 08-123 45'])(
    'leaves %s alone',
    (text) => {
      expect(looksLikePersonalIdentityNumber(text)).toBe(false);
    },
  );
});

describe('ending', () => {
  it('ends what has begun now, keeping its start', () => {
    const startsAt = at('2026-12-03T08:00:00Z');
    expect(endingTimes({ startsAt, endsAt: null }, now)).toEqual({ startsAt, endsAt: now });
  });

  it('calls off maintenance not begun: begun and ended at once, before now', () => {
    const t = endingTimes({ startsAt: valid.startsAt, endsAt: valid.endsAt }, now);
    expect(t.endsAt).toEqual(now);
    expect(t.startsAt.getTime()).toBeLessThan(now.getTime());
    expect(hasEnded(t, now)).toBe(true);
    expect(isCurrent(t, now)).toBe(false);
  });
});

describe('subscriptions', () => {
  it('stores addresses trimmed and in lower case, and refuses what is no address', () => {
    expect(normaliseEmail('  Anna.Svensson@Example.SE ')).toBe('anna.svensson@example.se');
    expect(normaliseEmail('not an address')).toBeNull();
    expect(normaliseEmail('')).toBeNull();
    expect(normaliseEmail(`${'a'.repeat(250)}@example.se`)).toBeNull();
  });

  it('lets a confirmation link work for a week, not a millisecond more', () => {
    const asked = at('2026-12-01T10:00:00Z');
    expect(confirmLinkValid(asked, at('2026-12-08T10:00:00Z'))).toBe(true);
    expect(confirmLinkValid(asked, at('2026-12-08T10:00:00.001Z'))).toBe(false);
  });

  it('sends at most one confirmation mail a quarter hour', () => {
    const asked = at('2026-12-03T09:50:00Z');
    expect(mayResendConfirmation(asked, now)).toBe(false);
    expect(mayResendConfirmation(asked, at('2026-12-03T10:05:00Z'))).toBe(true);
  });
});
