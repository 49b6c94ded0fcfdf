import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  type StaffRole,
  StaffCaseDetailDocument,
  StaffCaseQueueDocument,
  StaffClinicCaregiversDocument,
  StaffMyAssignedCasesDocument,
  StaffStandardAnswersDocument,
} from '../../gql/graphql.ts';
import {
  activeSession,
  clinicUnit,
  renderStaffApp,
  signedInViewer,
} from '../../test/render-app.tsx';
import { caregivers, caseRow, staffCase } from './test-cases.ts';
import { timeLeftWords } from './time-left.ts';

const receiver = signedInViewer();
const caregiverOnly = { ...clinicUnit, roles: ['CAREGIVER'] as StaffRole[] };
const caregiver = signedInViewer({ currentUnit: caregiverOnly, units: [caregiverOnly] });

const due = (state: 'ON_TRACK' | 'NEAR' | 'OVERDUE', workingMinutesLeft: number) => ({
  __typename: 'FirstAnswerDue' as const,
  // Monday 7 December 2026, 14:00 in Stockholm.
  dueAt: '2026-12-07T13:00:00.000Z',
  workingMinutesLeft,
  state,
});

/** Answers every page of `field` with `items`, and keeps the variables each ask sent. */
function listAnswer(query: DocumentNode, field: string, items: object[]) {
  const asked: Record<string, unknown>[] = [];
  return {
    asked,
    mock: {
      request: { query, variables: () => true },
      result: (variables: Record<string, unknown>) => {
        asked.push(variables);
        return {
          data: { [field]: { __typename: 'StaffCasePage', items, nextCursor: null } },
        };
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
  };
}

describe('timeLeftWords', () => {
  it('splits working minutes into hours and minutes, late as positive time', () => {
    expect(timeLeftWords({ state: 'ON_TRACK', workingMinutesLeft: 200 })).toEqual({
      key: 'ON_TRACK',
      hours: 3,
      minutes: 20,
    });
    expect(timeLeftWords({ state: 'OVERDUE', workingMinutesLeft: -120 })).toEqual({
      key: 'OVERDUE',
      hours: 2,
      minutes: 0,
    });
    // Late since closing time, with no working time passed yet.
    expect(timeLeftWords({ state: 'OVERDUE', workingMinutesLeft: 0 }).key).toBe('OVERDUE_NOW');
  });
});

describe('time left in the queue', () => {
  it('shows the working time left in words, flags near and late with text, and the due time', async () => {
    const queue = listAnswer(StaffCaseQueueDocument, 'caseQueue', [
      caseRow(1, { firstAnswerDue: due('OVERDUE', -120) }),
      caseRow(2, { firstAnswerDue: due('NEAR', 45) }),
      caseRow(3, { firstAnswerDue: due('ON_TRACK', 200) }),
      caseRow(4),
    ]);
    renderStaffApp({ path: '/queue', mocks: [receiver, activeSession, queue.mock] });
    const table = await screen.findByRole('table', { name: 'Inkommande ärenden' });
    expect(
      within(table).getByRole('columnheader', { name: 'Tid kvar till första svar' }),
    ).toBeInTheDocument();
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Försenat 2 tim');
    expect(rows[1]).toHaveTextContent('Senast 7 dec. 2026 14:00');
    expect(rows[2]).toHaveTextContent('Snart försenat: 45 min kvar');
    expect(rows[3]).toHaveTextContent('3 tim 20 min kvar');
    expect(rows[3]).not.toHaveTextContent('Snart försenat');
    // Answered, or no target: a dash, and words for screen readers.
    expect(rows[4]).toHaveTextContent('Ingen svarstid att visa');
  });

  it('sorts by time left when the receiver chooses it, and back', async () => {
    const queue = listAnswer(StaffCaseQueueDocument, 'caseQueue', [caseRow(1)]);
    renderStaffApp({ path: '/queue', mocks: [receiver, activeSession, queue.mock] });
    await screen.findByRole('table', { name: 'Inkommande ärenden' });
    expect(queue.asked[0]?.['order']).toBe('STANDARD');
    const sort = screen.getByRole('combobox', { name: 'Sortering' });
    await userEvent.selectOptions(sort, 'Minst tid kvar till första svar');
    await userEvent.click(screen.getByRole('button', { name: 'Visa ärenden' }));
    await waitFor(() => {
      expect(queue.asked.at(-1)?.['order']).toBe('FIRST_ANSWER_DUE');
    });
    await userEvent.selectOptions(sort, 'Nya och otilldelade först');
    await userEvent.click(screen.getByRole('button', { name: 'Visa ärenden' }));
    await waitFor(() => {
      expect(queue.asked.at(-1)?.['order']).toBe('STANDARD');
    });
  });
});

describe('time left in my cases', () => {
  it('sorts by time left at once, and hides the closed-cases choice that cannot apply', async () => {
    const list = listAnswer(StaffMyAssignedCasesDocument, 'myAssignedCases', [
      caseRow(1, { status: 'ASSIGNED', firstAnswerDue: due('NEAR', 90) }),
    ]);
    renderStaffApp({ path: '/my-cases', mocks: [caregiver, activeSession, list.mock] });
    const table = await screen.findByRole('table', { name: 'Mina ärenden' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(
      'Snart försenat: 1 tim 30 min kvar',
    );
    expect(
      screen.getByRole('checkbox', { name: 'Visa även avslutade ärenden' }),
    ).toBeInTheDocument();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Sortering' }),
      'Minst tid kvar till första svar',
    );
    await waitFor(() => {
      expect(list.asked.at(-1)?.['order']).toBe('FIRST_ANSWER_DUE');
    });
    expect(
      screen.queryByRole('checkbox', { name: 'Visa även avslutade ärenden' }),
    ).not.toBeInTheDocument();
  });
});

describe('time left on the case', () => {
  it('shows it among the case’s details while the case waits for its first answer', async () => {
    const answer = (query: DocumentNode, data: object) => ({
      request: { query, variables: () => true },
      result: { data },
      maxUsageCount: Number.POSITIVE_INFINITY,
    });
    renderStaffApp({
      path: '/cases/case-1',
      mocks: [
        receiver,
        activeSession,
        answer(StaffCaseDetailDocument, {
          staffCase: staffCase({ firstAnswerDue: due('OVERDUE', -30) }),
        }),
        answer(StaffClinicCaregiversDocument, { clinicCaregivers: caregivers }),
        answer(StaffStandardAnswersDocument, { standardAnswers: [] }),
      ],
    });
    const details = await screen.findByRole('region', { name: 'Om ärendet' });
    expect(details).toHaveTextContent('Tid kvar till första svar');
    expect(details).toHaveTextContent('Försenat 30 min');
  });
});
