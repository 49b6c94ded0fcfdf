import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '@etj/domain';
import type {
  RegisterGuardianship,
  RegisterPerson,
} from '../adapters/population-register/population-register.ts';
import { isPermanent, proxyRefusal, toProxyChild } from './proxy.policy.ts';

const d = (value: string) => value as CalendarDate;
const today = d('2026-11-25');

function person(
  id: string,
  birthDate: string,
  extra: Partial<RegisterPerson> = {},
): RegisterPerson {
  return {
    id,
    identityNumber: `${birthDate.replaceAll('-', '')}2384`,
    identityNumberKind: 'PERSONNUMMER',
    birthDate: d(birthDate),
    givenName: id,
    familyName: 'Ekström',
    protectedIdentity: false,
    deceasedOn: null,
    ...extra,
  };
}

const sara = person('sara', '1985-09-23');
const ella = person('ella', '2014-01-10');

function custody(extra: Partial<RegisterGuardianship> = {}): RegisterGuardianship {
  return {
    guardianId: 'sara',
    childId: 'ella',
    custody: 'JOINT',
    validFrom: d('2014-01-10'),
    validTo: null,
    ...extra,
  };
}

describe('proxyRefusal', () => {
  it('lets a guardian with custody today act for a child under 13', () => {
    expect(proxyRefusal(sara, ella, [custody()], today)).toBeNull();
    expect(proxyRefusal(sara, ella, [custody({ validTo: today })], today)).toBeNull();
  });

  it('tells a former guardian from someone who never was one', () => {
    expect(proxyRefusal(sara, ella, [], today)).toBe('NOT_GUARDIAN');
    expect(proxyRefusal(sara, ella, [custody({ childId: 'noah' })], today)).toBe('NOT_GUARDIAN');
    expect(proxyRefusal(sara, ella, [custody({ validTo: d('2026-11-24') })], today)).toBe(
      'GUARDIANSHIP_ENDED',
    );
    expect(proxyRefusal(sara, ella, [custody({ validFrom: d('2026-11-26') })], today)).toBe(
      'GUARDIANSHIP_ENDED',
    );
    expect(proxyRefusal(null, ella, [custody()], today)).toBe('NOT_GUARDIAN');
    expect(proxyRefusal(sara, null, [custody()], today)).toBe('NOT_GUARDIAN');
    expect(proxyRefusal(sara, sara, [custody({ childId: 'sara' })], today)).toBe('NOT_GUARDIAN');
  });

  it('puts protected identity of either before every other answer', () => {
    const hidden = { ...ella, protectedIdentity: true };
    expect(proxyRefusal(sara, hidden, [custody()], today)).toBe('PROTECTED_IDENTITY');
    expect(proxyRefusal({ ...sara, protectedIdentity: true }, ella, [], today)).toBe(
      'PROTECTED_IDENTITY',
    );
  });

  it('ends on the 13th birthday, Stockholm date', () => {
    const turning = person('ella', '2013-11-26');
    expect(proxyRefusal(sara, turning, [custody()], d('2026-11-25'))).toBeNull();
    expect(proxyRefusal(sara, turning, [custody()], d('2026-11-26'))).toBe('CHILD_TOO_OLD');
  });

  it('refuses a deceased child or guardian and a guardian under 13', () => {
    expect(proxyRefusal(sara, { ...ella, deceasedOn: d('2026-01-01') }, [custody()], today)).toBe(
      'DECEASED',
    );
    const young = person('sara', '2014-01-01');
    expect(proxyRefusal(young, person('ella', '2026-01-01'), [custody()], today)).toBe(
      'GUARDIAN_TOO_YOUNG',
    );
  });
});

describe('isPermanent', () => {
  it('ends links only for protection and ended custody', () => {
    expect(isPermanent('PROTECTED_IDENTITY')).toBe(true);
    expect(isPermanent('GUARDIANSHIP_ENDED')).toBe(true);
    expect(isPermanent('CHILD_TOO_OLD')).toBe(false);
    expect(isPermanent('NOT_GUARDIAN')).toBe(false);
  });
});

describe('toProxyChild', () => {
  it('formats the number and names the day the proxy ends', () => {
    expect(toProxyChild(ella)).toEqual({
      personId: 'ella',
      givenName: 'ella',
      familyName: 'Ekström',
      personnummer: '20140110-2384',
      birthDate: '2014-01-10',
      proxyEndsOn: '2027-01-10',
    });
  });
});
