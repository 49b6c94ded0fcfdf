import { type FirstAnswerDueState } from '../../gql/graphql.ts';

/** The catalogue key (under `caseList.due`) and the working time a row's time left shows. */
export function timeLeftWords(due: { state: FirstAnswerDueState; workingMinutesLeft: number }): {
  key: FirstAnswerDueState | 'OVERDUE_NOW';
  hours: number;
  minutes: number;
} {
  const total = Math.abs(due.workingMinutesLeft);
  const split = { hours: Math.floor(total / 60), minutes: total % 60 };
  // Late outside opening hours, before any working time has passed since the due time.
  if (due.state === 'OVERDUE' && total === 0) return { key: 'OVERDUE_NOW', ...split };
  return { key: due.state, ...split };
}
