import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '@etj/domain';
import type { RegisterPerson } from '../adapters/population-register/population-register.ts';
import { citizenLookupKey, decideCitizenLogin } from './login.policy.ts';

const today = '2026-11-25' as CalendarDate;

function person(
  kind: RegisterPerson['identityNumberKind'],
  identityNumber: string,
): RegisterPerson {
  return {
    id: 'p',
    identityNumber,
    identityNumberKind: kind,
    birthDate: '1996-12-02' as CalendarDate,
    givenName: 'Samira',
    familyName: 'Haddad',
    protectedIdentity: false,
    deceasedOn: null,
  };
}

describe('citizenLookupKey', () => {
  it('writes a personnummer in any usual form as twelve digits', () => {
    expect(citizenLookupKey('19800314-2380')).toBe(citizenLookupKey(' 198003142380 '));
    expect(citizenLookupKey('800314-2380')).toMatch(/^\d{12}$/);
  });

  it('keeps a reservnummer, which has no check digit, in capitals without spaces or hyphens', () => {
    expect(citizenLookupKey('19961202K529')).toBe('19961202K529');
    expect(citizenLookupKey(' 19961202-k529 ')).toBe('19961202K529');
  });

  it('reads text that cannot be an identity number as unknown', () => {
    expect(citizenLookupKey('')).toBeUndefined();
    expect(citizenLookupKey('1234')).toBeUndefined();
    expect(citizenLookupKey('19961202K529\u0000')).toBeUndefined();
    expect(citizenLookupKey('x'.repeat(5000))).toBeUndefined();
  });
});

describe('decideCitizenLogin', () => {
  it('refuses a reservnummer with the same reason as a samordningsnummer', () => {
    const reserve = decideCitizenLogin(person('RESERVNUMMER', '19961202K529'), today);
    const coordination = decideCitizenLogin(person('SAMORDNINGSNUMMER', '199612622385'), today);
    expect(reserve).toEqual({ ok: false, refusal: 'NO_PERSONNUMMER' });
    expect(coordination).toEqual(reserve);
  });

  it('lets in a living person with a personnummer', () => {
    expect(decideCitizenLogin(person('PERSONNUMMER', '199612022386'), today).ok).toBe(true);
  });
});
