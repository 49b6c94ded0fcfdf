import { describe, expect, it } from 'vitest';
import { childFullName, childShortName, lastProxyDay, type ProxyChild } from './proxy-child.ts';

const child = (overrides: Partial<ProxyChild> = {}): ProxyChild => ({
  personId: 'child-1',
  givenName: 'Noah',
  familyName: 'Ekström',
  personnummer: '20220315-2384',
  birthDate: '2022-03-15',
  proxyEndsOn: '2035-03-15',
  ...overrides,
});

describe('proxy child names and dates', () => {
  it('names a child by full name, and a newborn without one by personnummer', () => {
    expect(childFullName(child())).toBe('Noah Ekström');
    expect(childShortName(child())).toBe('Noah');
    const newborn = child({ givenName: null, familyName: null });
    expect(childFullName(newborn)).toBeNull();
    expect(childShortName(newborn)).toBe('20220315-2384');
  });

  it('ends the proxy the day before the 13th birthday, across months and leap days', () => {
    expect(lastProxyDay('2035-03-15')).toBe('2035-03-14');
    expect(lastProxyDay('2035-03-01')).toBe('2035-02-28');
    expect(lastProxyDay('2036-03-01')).toBe('2036-02-29');
    expect(lastProxyDay('2035-01-01')).toBe('2034-12-31');
  });
});
