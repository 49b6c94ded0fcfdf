import {
  compareDates,
  formatIdentityNumber,
  mayActForChild,
  mayBeGuardianProxy,
  proxyEndsOn,
  type CalendarDate,
} from '@etj/domain';
import type {
  RegisterGuardianship,
  RegisterPerson,
} from '../adapters/population-register/population-register.ts';
import type { ProxyChild } from './proxy-child.types.ts';

/**
 * Whether a guardian may act for a child today (DOMAIN.md section 6): the one place the proxy
 * rule lives. Checked when a child is added, at every login and on every request in proxy mode.
 */

export type ProxyRefusal =
  | 'NOT_GUARDIAN'
  | 'GUARDIANSHIP_ENDED'
  | 'PROTECTED_IDENTITY'
  | 'DECEASED'
  | 'CHILD_TOO_OLD'
  | 'GUARDIAN_TOO_YOUNG';

/** Reasons that never mend by themselves: a link that meets one is ended, not just paused. */
export type PermanentRefusal = 'GUARDIANSHIP_ENDED' | 'PROTECTED_IDENTITY';

export function isPermanent(reason: ProxyRefusal): reason is PermanentRefusal {
  return reason === 'GUARDIANSHIP_ENDED' || reason === 'PROTECTED_IDENTITY';
}

/** A custody period in force on `today` (both ends inclusive, like the register's own dates). */
export function isCustodyActive(
  custody: Pick<RegisterGuardianship, 'validFrom' | 'validTo'>,
  today: CalendarDate,
): boolean {
  if (compareDates(custody.validFrom, today) > 0) return false;
  return custody.validTo === null || compareDates(today, custody.validTo) <= 0;
}

/**
 * Null when `guardian` may act for `child` today; otherwise why not. `custodies` are the
 * guardian's register rows (any child); a former guardian is GUARDIANSHIP_ENDED, someone who
 * never was one NOT_GUARDIAN. Protection is checked first: it must win over every other answer.
 */
export function proxyRefusal(
  guardian: RegisterPerson | null,
  child: RegisterPerson | null,
  custodies: readonly RegisterGuardianship[],
  today: CalendarDate,
): ProxyRefusal | null {
  if (!guardian || !child || guardian.id === child.id) return 'NOT_GUARDIAN';
  if (guardian.protectedIdentity || child.protectedIdentity) return 'PROTECTED_IDENTITY';
  const ofChild = custodies.filter((c) => c.guardianId === guardian.id && c.childId === child.id);
  if (ofChild.length === 0) return 'NOT_GUARDIAN';
  if (!ofChild.some((c) => isCustodyActive(c, today))) return 'GUARDIANSHIP_ENDED';
  if (guardian.deceasedOn || child.deceasedOn) return 'DECEASED';
  if (!mayActForChild(child.birthDate, today)) return 'CHILD_TOO_OLD';
  if (!mayBeGuardianProxy(guardian.birthDate, today)) return 'GUARDIAN_TOO_YOUNG';
  return null;
}

/** The child as the guardian's list and the viewer show it. */
export function toProxyChild(child: RegisterPerson): ProxyChild {
  return {
    personId: child.id,
    givenName: child.givenName,
    familyName: child.familyName,
    personnummer: formatIdentityNumber(child.identityNumber),
    birthDate: child.birthDate,
    proxyEndsOn: proxyEndsOn(child.birthDate),
  };
}
