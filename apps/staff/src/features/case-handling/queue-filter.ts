import {
  type CaseListOrder,
  type CaseQueueFilter,
  type CaseStatus,
  type QueueAssignmentFilter,
  type StaffCaseRowFragment,
} from '../../gql/graphql.ts';

export const CASE_STATUSES = [
  'NEW',
  'ASSIGNED',
  'WAITING_FOR_CITIZEN',
  'ANSWERED',
  'CLOSED',
] as const satisfies readonly CaseStatus[];

export const ASSIGNMENT_FILTERS = [
  'ANY',
  'UNASSIGNED',
  'ASSIGNED',
] as const satisfies readonly QueueAssignmentFilter[];

export const CASE_LIST_ORDERS = [
  'STANDARD',
  'FIRST_ANSWER_DUE',
] as const satisfies readonly CaseListOrder[];

/** The queue filter as typed: empty strings mean "any"; the order goes with it. */
export type QueueFilterForm = {
  caseTypeId: string;
  status: '' | CaseStatus;
  assignment: QueueAssignmentFilter;
  minAgeDays: string;
  order: CaseListOrder;
};

export const DEFAULT_QUEUE_FILTER: QueueFilterForm = {
  caseTypeId: '',
  status: '',
  assignment: 'ANY',
  minAgeDays: '',
  order: 'STANDARD',
};

export const MAX_AGE_DAYS = 3650;

/** The filter to send, or `invalid` when the minimum age is not a whole number in range. */
export function queueFilter(form: QueueFilterForm): CaseQueueFilter | 'invalid' {
  const age = form.minAgeDays.trim();
  if (age !== '' && (!/^\d+$/.test(age) || Number(age) > MAX_AGE_DAYS)) return 'invalid';
  return {
    caseTypeId: form.caseTypeId === '' ? null : form.caseTypeId,
    statuses: form.status === '' ? null : [form.status],
    assignment: form.assignment,
    minAgeDays: age === '' ? null : Number(age),
  };
}

export type KnownCaseType = { id: string; name: StaffCaseRowFragment['caseTypeName'] };

/**
 * The case types seen so far, joined with those of `cases`; the same array when nothing is new,
 * so the page can keep it in state without rendering again.
 */
export function withCaseTypes(
  known: readonly KnownCaseType[],
  cases: readonly StaffCaseRowFragment[],
): readonly KnownCaseType[] {
  const added = new Map<string, KnownCaseType>();
  for (const row of cases) {
    if (!known.some((type) => type.id === row.caseTypeId) && !added.has(row.caseTypeId))
      added.set(row.caseTypeId, { id: row.caseTypeId, name: row.caseTypeName });
  }
  if (added.size === 0) return known;
  return [...known, ...added.values()].sort((a, b) => a.name.sv.localeCompare(b.name.sv, 'sv'));
}
