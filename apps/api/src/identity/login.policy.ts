import { compareDates, parseIdentityNumber, type CalendarDate } from '@etj/domain';
import type { LoginRefusalCode } from '@etj/domain/api-codes';
import type { RegisterPerson } from '../adapters/population-register/population-register.ts';
import type { HsaAssignment, HsaStaffMember } from '../adapters/hsa-catalog/hsa-catalog.ts';

/** Why a login was refused: the code on `/login?error=CODE`, which the SPAs explain. */
export type LoginRefusal = LoginRefusalCode;

export type Decision<T> = { ok: true; value: T } | { ok: false; refusal: LoginRefusal };

/** What a reservnummer may look like once normalised: regions write digits and capital letters. */
const OTHER_REGISTER_KEY = /^[0-9A-Z]{8,16}$/;

/**
 * Normalises what e-identification returned into the population register's key: a personnummer
 * or samordningsnummer as twelve digits. Anything else is kept as written, without spaces and
 * hyphens and in capitals, because a reservnummer has its region's own format (`19961202K529`)
 * and no check digit: found in the register, it is refused for what it is (NO_PERSONNUMMER),
 * like a samordningsnummer, instead of as unknown. Text that cannot be a number reads as unknown.
 */
export function citizenLookupKey(subject: string): string | undefined {
  const parsed = parseIdentityNumber(subject);
  if (parsed.ok) return parsed.value.normalized;
  const other = subject.replace(/[\s-]+/g, '').toUpperCase();
  return OTHER_REGISTER_KEY.test(other) ? other : undefined;
}

/**
 * A citizen may log in only with a personnummer that the population register knows today and
 * that belongs to a living person (DOMAIN.md section 1).
 */
export function decideCitizenLogin(
  person: RegisterPerson | null,
  today: CalendarDate,
): Decision<RegisterPerson> {
  if (!person) return { ok: false, refusal: 'NOT_IN_POPULATION_REGISTER' };
  if (person.identityNumberKind !== 'PERSONNUMMER')
    return { ok: false, refusal: 'NO_PERSONNUMMER' };
  if (person.deceasedOn && compareDates(person.deceasedOn, today) <= 0)
    return { ok: false, refusal: 'DECEASED' };
  return { ok: true, value: person };
}

/** Whether an assignment is in force on `today` (both ends inclusive). */
export function isAssignmentActive(assignment: HsaAssignment, today: CalendarDate): boolean {
  if (compareDates(assignment.validFrom, today) > 0) return false;
  return assignment.validTo === null || compareDates(today, assignment.validTo) <= 0;
}

/** Staff must be in the HSA catalog with at least one assignment in force today. */
export function decideStaffLogin(
  staff: HsaStaffMember | null,
  today: CalendarDate,
): Decision<{ staff: HsaStaffMember; assignments: HsaAssignment[] }> {
  if (!staff) return { ok: false, refusal: 'NOT_IN_HSA_CATALOG' };
  const assignments = staff.assignments.filter(
    (a) => isAssignmentActive(a, today) && a.roles.length > 0,
  );
  if (assignments.length === 0) return { ok: false, refusal: 'NO_ACTIVE_ASSIGNMENT' };
  return { ok: true, value: { staff, assignments } };
}
