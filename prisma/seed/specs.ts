// What the population builders agree on before any date is resolved.
import type { Birth } from './dates.ts';
import type { IdentityKind, Sex } from './identity.ts';

export type PersonSpec = {
  key: string;
  givenName: string | null;
  familyName: string | null;
  sex: Sex;
  born: Birth;
  identity: IdentityKind;
  municipality: string | null;
  protectedIdentity: boolean;
  diedDaysAgo: number | null;
  /** The register entry last changed (e.g. a move) this many days before the seed date. */
  changedDaysAgo: number | null;
};

export type GuardianshipSpec = {
  guardian: string;
  child: string;
  custody: 'JOINT' | 'SOLE';
  endedDaysAgo: number | null;
};

/** A citizen who has logged in before and left contact details for notifications. */
export type AccountSpec = {
  personKey: string;
  email: string;
  /** E.164, always in PTS's fiction range +46 70-174 06 05..99. */
  mobile: string | null;
  notifyBySms: boolean;
  /** The language the person chose for notifications; Swedish unless said. */
  locale?: 'sv' | 'en';
  firstLoginDaysAgo: number;
  lastLoginDaysAgo: number;
  /** Stockholm wall-clock time of both logins, HH:MM. */
  loginTime: string;
};

/** The fiction mobile number `+46 70-174 06 nn` in E.164 (nn 05..99). */
export function fictionMobile(nn: number): string {
  if (nn < 5 || nn > 99) throw new Error(`Mobile ${nn} is outside the fiction range`);
  return `+467017406${String(nn).padStart(2, '0')}`;
}
