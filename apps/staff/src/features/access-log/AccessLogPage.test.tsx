import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  type AccessAction,
  type AccessLogFilter,
  StaffAccessLogDocument,
  type StaffRole,
} from '../../gql/graphql.ts';
import {
  activeSession,
  clinicUnit,
  renderStaffApp,
  signedInViewer,
} from '../../test/render-app.tsx';

const auditorUnit = { ...clinicUnit, roles: ['AUDITOR'] as StaffRole[] };
const auditor = signedInViewer({ currentUnit: auditorUnit, units: [auditorUnit] });

const entry = (n: number, action: AccessAction) => ({
  __typename: 'AccessLogEntryView' as const,
  id: `log-${String(n)}`,
  occurredAt: '2026-11-24T13:05:00.000Z',
  staffName: 'Anna Andersson',
  staffHsaId: 'SE2321000016-a001',
  role: 'CAREGIVER' as StaffRole,
  action,
  caseReference: 'E-2026-7F3A9C21',
  patientName: 'Tolvan Tolvansson',
  patientIdentityNumber: '19121212-1212',
});

function logAnswers() {
  const asked: { filter: AccessLogFilter | null; after: string | null }[] = [];
  return {
    asked,
    mock: {
      request: { query: StaffAccessLogDocument, variables: () => true },
      result: (variables: { filter: AccessLogFilter | null; after: string | null }) => {
        asked.push(variables);
        const items =
          variables.after === null
            ? [entry(1, 'READ_CASE'), entry(2, 'PARTIAL_ANSWER_CASE')]
            : [entry(3, 'ANSWER_CASE')];
        return {
          data: {
            accessLog: {
              __typename: 'AccessLogPage' as const,
              items,
              nextCursor: variables.after === null ? 'cursor-2' : null,
            },
          },
        };
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
  };
}

describe('access log review', () => {
  it('offers an auditor the log, searches it and shows actions in words', async () => {
    const log = logAnswers();
    renderStaffApp({ path: '/', mocks: [auditor, activeSession, log.mock] });
    await userEvent.click(await screen.findByRole('link', { name: 'Loggranskning' }));
    await screen.findByRole('heading', { level: 1, name: 'Loggranskning' });
    expect(screen.queryByRole('link', { name: 'Inkommande ärenden' })).not.toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Personalens HSA-id'), 'SE2321000016-a001');
    await userEvent.type(screen.getByLabelText(/Patientens personnummer/), '191212121212');
    await userEvent.type(screen.getByLabelText('Från och med'), '2026-11-01');
    await userEvent.type(screen.getByLabelText('Till och med'), '2026-11-30');
    await userEvent.click(screen.getByRole('button', { name: 'Sök' }));

    const table = await screen.findByRole('table', { name: 'Loggposter, de senaste först' });
    expect(log.asked.at(-1)?.filter).toEqual({
      staffHsaId: 'SE2321000016-a001',
      patientIdentityNumber: '19121212-1212',
      from: '2026-11-01',
      to: '2026-11-30',
    });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Öppnade ärendet');
    expect(rows[1]).toHaveTextContent('Anna Andersson (SE2321000016-a001)');
    expect(rows[1]).toHaveTextContent('Vårdgivare');
    expect(rows[1]).toHaveTextContent('24 nov. 2026 14:05');
    expect(rows[2]).toHaveTextContent('Skickade ett delsvar');

    await userEvent.click(screen.getByRole('button', { name: 'Visa fler' }));
    expect(await within(table).findByText('Svarade patienten')).toBeInTheDocument();
  });

  it('refuses a personnummer that does not exist and an end before the start', async () => {
    const log = logAnswers();
    renderStaffApp({ path: '/access-log', mocks: [auditor, activeSession, log.mock] });
    await screen.findByRole('table', { name: 'Loggposter, de senaste först' });
    const before = log.asked.length;
    await userEvent.type(screen.getByLabelText(/Patientens personnummer/), '19121212-1213');
    await userEvent.type(screen.getByLabelText('Från och med'), '2026-11-30');
    await userEvent.type(screen.getByLabelText('Till och med'), '2026-11-01');
    await userEvent.click(screen.getByRole('button', { name: 'Sök' }));

    const summary = await screen.findByRole('group', { name: /Du behöver rätta följande/ });
    expect(summary).toHaveFocus();
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['#access-log-patient', '#access-log-to']);
    expect(log.asked.length).toBe(before);
  });

  it('refuses the page to a case receiver', async () => {
    renderStaffApp({ path: '/access-log', mocks: [signedInViewer(), activeSession] });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Du har inte behörighet till sidan' }),
    ).toBeInTheDocument();
  });
});
