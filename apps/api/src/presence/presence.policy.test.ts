import { describe, expect, it } from 'vitest';
import {
  isPresent,
  othersPresent,
  presenceCutoffs,
  PRESENCE_WINDOW_MS,
  PRESENCE_WRITING_WINDOW_MS,
  type PresenceEntry,
} from './presence.policy.ts';

const now = new Date('2026-12-03T10:00:00.000Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

const entry = (overrides: Partial<PresenceEntry>): PresenceEntry => ({
  staffMemberId: 'anna',
  name: 'Anna Berg',
  title: 'Sjuksköterska',
  state: 'LOOKING',
  since: ago(60_000),
  lastSeenAt: ago(5_000),
  ...overrides,
});

describe('isPresent', () => {
  it('keeps a looking page for the window after its last heartbeat and not a millisecond longer', () => {
    expect(PRESENCE_WINDOW_MS).toBe(45_000);
    expect(isPresent('LOOKING', ago(0), now)).toBe(true);
    expect(isPresent('LOOKING', ago(44_999), now)).toBe(true);
    expect(isPresent('LOOKING', ago(45_000), now)).toBe(false);
    expect(isPresent('LOOKING', ago(120_000), now)).toBe(false);
    expect(presenceCutoffs(now).looking).toEqual(ago(45_000));
  });

  it('keeps a writing page through two heartbeats of a hidden page (about one a minute)', () => {
    expect(PRESENCE_WRITING_WINDOW_MS).toBe(150_000);
    expect(isPresent('WRITING', ago(120_000), now)).toBe(true);
    expect(isPresent('WRITING', ago(149_999), now)).toBe(true);
    expect(isPresent('WRITING', ago(150_000), now)).toBe(false);
    expect(presenceCutoffs(now).writing).toEqual(ago(150_000));
  });
});

describe('othersPresent', () => {
  it('leaves out the viewer’s own pages, in every tab, and pages gone after the window', () => {
    const entries = [
      entry({ staffMemberId: 'me', name: 'Vera Vårdare' }),
      entry({ staffMemberId: 'me', name: 'Vera Vårdare', state: 'WRITING' }),
      entry({ staffMemberId: 'gone', name: 'Gustav Gått', lastSeenAt: ago(45_000) }),
      entry({}),
    ];
    expect(othersPresent(entries, 'me', now)).toEqual([
      { name: 'Anna Berg', title: 'Sjuksköterska', state: 'LOOKING', since: ago(60_000) },
    ]);
    expect(othersPresent(entries, 'anna', now).map((p) => p.name)).toEqual(['Vera Vårdare']);
  });

  it('shows a person once: writing when any of their pages is, since the earliest such page', () => {
    const entries = [
      entry({ since: ago(300_000) }),
      entry({ state: 'WRITING', since: ago(20_000) }),
      entry({ state: 'WRITING', since: ago(30_000) }),
      entry({ state: 'WRITING', since: ago(10_000), lastSeenAt: ago(50_000) }),
    ];
    expect(othersPresent(entries, 'me', now)).toEqual([
      { name: 'Anna Berg', title: 'Sjuksköterska', state: 'WRITING', since: ago(30_000) },
    ]);
  });

  it('is looking since the first page opened when no page writes', () => {
    const entries = [entry({ since: ago(20_000) }), entry({ since: ago(90_000) })];
    expect(othersPresent(entries, 'me', now)).toEqual([
      { name: 'Anna Berg', title: 'Sjuksköterska', state: 'LOOKING', since: ago(90_000) },
    ]);
  });

  it('orders people by name, so each poll reads the same', () => {
    const entries = [
      entry({ staffMemberId: 'o', name: 'Örjan Ek' }),
      entry({ staffMemberId: 'b', name: 'Bo Alm', title: 'Läkare' }),
      entry({}),
    ];
    expect(othersPresent(entries, 'me', now).map((p) => p.name)).toEqual([
      'Anna Berg',
      'Bo Alm',
      'Örjan Ek',
    ]);
  });
});
