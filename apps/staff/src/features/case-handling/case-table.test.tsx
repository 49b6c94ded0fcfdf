import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StaffCaseQueueDocument } from '../../gql/graphql.ts';
import { activeSession, renderStaffApp, signedInViewer } from '../../test/render-app.tsx';
import { caseRow } from './test-cases.ts';

const receiver = signedInViewer();

const queue = {
  request: { query: StaffCaseQueueDocument, variables: () => true },
  result: {
    data: {
      caseQueue: {
        __typename: 'StaffCasePage' as const,
        items: [
          // Sent 20 November 09:15 in Stockholm.
          caseRow(1),
          caseRow(2, { submittedAt: '2026-11-22T11:00:00.000Z' }),
          caseRow(3, { submittedAt: '2026-11-22T11:59:30.000Z' }),
        ],
        nextCursor: null,
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('the queue’s table', () => {
  beforeEach(() => {
    // 22 November 2026, 12:00 UTC: only the clock is fixed, timers run as usual.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-22T12:00:00.000Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says how long ago each case was sent, in short words and in full for a screen reader', async () => {
    renderStaffApp({ path: '/queue', mocks: [receiver, activeSession, queue] });
    const table = await screen.findByRole('table', { name: 'Inkommande ärenden' });
    const [, first, second, third] = within(table).getAllByRole('row');
    const sent = (row: HTMLElement | undefined) => within(row!).getAllByRole('cell')[3]!;

    expect(sent(first)).toHaveAttribute('data-label', 'Skickat');
    expect(within(sent(first)).getByText('för 2 dygn 3 tim sedan')).toHaveAttribute(
      'aria-hidden',
      'true',
    );
    expect(within(sent(first)).getByText('för 2 dygn och 3 timmar sedan')).toHaveClass(
      'etj-visually-hidden',
    );
    expect(sent(first).querySelector('time')).toHaveAttribute(
      'datetime',
      '2026-11-20T08:15:00.000Z',
    );
    expect(sent(first)).toHaveTextContent('20 nov. 2026 09:15');
    expect(sent(second)).toHaveTextContent('för 1 tim sedanför 1 timme sedan');
    expect(sent(third)).toHaveTextContent(/^nyss/);
  });

  it('labels every cell with its column for the cards of a narrow screen', async () => {
    renderStaffApp({ path: '/queue', mocks: [receiver, activeSession, queue] });
    const table = await screen.findByRole('table', { name: 'Inkommande ärenden' });
    const cells = within(within(table).getAllByRole('row')[1]!).getAllByRole('cell');
    expect(cells.map((cell) => cell.dataset['label'])).toEqual([
      'Referens',
      'Ärendetyp',
      'Patient',
      'Skickat',
      'Status',
      'Tid kvar till första svar',
      'Handläggare',
    ]);
  });
});
