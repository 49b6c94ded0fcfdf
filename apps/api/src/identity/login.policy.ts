import { compareDates, parseIdentityNumber, type CalendarDate } from '@etj/domain';
import type { RegisterPerson } from '../adapters/population-register/population-register.ts';
import type { HsaAssignment, HsaStaffMember } from '../adapters/hsa-catalog/hsa-catalog.ts';

export type LoginRefusal =
  | 'NOT_IN_POPULATION_REGISTER'
  | 'DECEASED'
  | 'NO_PERSONNUMMER'
  | 'NOT_IN_HSA_CATALOG'
  | 'NO_ACTIVE_ASSIGNMENT'
  | 'LOGIN_EXPIRED'
  | 'LOGIN_CANCELLED';

export type Decision<T> = { ok: true; value: T } | { ok: false; refusal: LoginRefusal };

/** Normalises what e-identification returned; anything that is not a number reads as unknown. */
export function citizenLookupKey(subject: string): string | undefined {
  const parsed = parseIdentityNumber(subject);
  return parsed.ok ? parsed.value.normalized : undefined;
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
