import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type MockLink } from '@apollo/client/testing';
import { describe, expect, it } from 'vitest';
import { CitizenCaseAccessLogDocument } from '../../gql/graphql.ts';
import {
  activeSession,
  errorAnswer,
  renderCitizenApp,
  signedInViewer,
} from '../../test/render-app.tsx';
import { CASE_ACCESS_LOG_PAGE_SIZE, type CaseAccessLogEntry } from './use-case-access-log.ts';

function entry(id: string, overrides: Partial<CaseAccessLogEntry> = {}): CaseAccessLogEntry {
  return {
    id,
    occurredAt: '2026-11-18T09:45:00.000Z',
    clinicName: 'Farsta vårdcentral',
    role: 'CASE_RECEIVER',
    staffName: 'Rut Receptionist',
    staffTitle: 'Undersköterska',
    action: 'READ_CASE',
    ...overrides,
  };
}

function logAnswer(
  items: CaseAccessLogEntry[],
  options: { after?: string | null; nextCursor?: string | null } = {},
): MockLink.MockedResponse {
  return {
    request: {
      query: CitizenCaseAccessLogDocument,
      variables: {
        caseId: 'case-1',
        after: options.after ?? null,
        first: CASE_ACCESS_LOG_PAGE_SIZE,
      },
    },
    result: {
      data: {
        myCaseAccessLog: {
          __typename: 'CitizenAccessLogPage',
          items: items.map((item) => ({ __typename: 'CitizenAccessLogEntry', ...item })),
          nextCursor: options.nextCursor ?? null,
        },
      },
    },
  };
}

describe('who has read my case', () => {
  it('lists who read or changed the case in words, in a captioned table, with the CSV and PDF downloads', async () => {
    renderCitizenApp({
      path: '/cases/case-1/access-log',
      mocks: [
        signedInViewer(),
        activeSession,
        logAnswer(
          [
            entry('2', { action: 'ASSIGN_CASE', occurredAt: '2026-11-18T10:00:00.000Z' }),
            entry('1', { action: 'ADD_NOTE', staffTitle: null, role: 'CAREGIVER' }),
          ],
          { nextCursor: 'cursor-1' },
        ),
        logAnswer([entry('0', { action: 'LIST_QUEUE' })], { after: 'cursor-1' }),
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Vem har läst mitt ärende' });
    const table = await screen.findByRole('table', {
      name: 'Åtkomster till ärendet, de senaste först',
    });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'TidpunktMottagningRollPersonalÅtgärd',
      '18 nov. 2026 11:00Farsta vårdcentralÄrendemottagareRut Receptionist, UndersköterskaTilldelade ärendet',
      '18 nov. 2026 10:45Farsta vårdcentralVårdgivareRut ReceptionistSkrev en intern anteckning',
    ]);
    expect(
      screen.getByRole('link', { name: 'Ladda ned loggen som CSV-fil (för Excel)' }),
    ).toHaveAttribute('href', '/api/citizen/cases/case-1/access-log.csv?lang=sv');
    expect(
      screen.getByRole('link', { name: 'Ladda ned loggen som PDF-fil (för utskrift)' }),
    ).toHaveAttribute('href', '/api/citizen/cases/case-1/access-log.pdf?lang=sv');
    expect(screen.getByRole('link', { name: 'Tillbaka till ärendet' })).toHaveAttribute(
      'href',
      '/cases/case-1',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Visa fler' }));
    expect(await within(table).findByText('Såg ärendet i inkommande ärenden')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Visa fler' })).toBeNull();
  });

  it('says so when no one has read the case, in English too', async () => {
    renderCitizenApp({
      path: '/cases/case-1/access-log?lang=en',
      mocks: [signedInViewer(), activeSession, logAnswer([])],
    });
    await screen.findByRole('heading', { level: 1, name: 'Who has read my case' });
    expect(
      await screen.findByText('No one in healthcare has read the case yet.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Download the log as a PDF file (for printing)' }),
    ).toHaveAttribute('href', '/api/citizen/cases/case-1/access-log.pdf?lang=en');
    expect(
      screen.getByRole('link', { name: 'Download the log as a CSV file (for Excel)' }),
    ).toHaveAttribute('href', '/api/citizen/cases/case-1/access-log.csv?lang=en');
  });

  it('names the staff member’s job title in English on the English page', async () => {
    renderCitizenApp({
      path: '/cases/case-1/access-log?lang=en',
      mocks: [
        signedInViewer(),
        activeSession,
        logAnswer([
          entry('2', { staffTitle: 'Undersköterska' }),
          entry('1', { staffName: 'Hugo Hälsa', staffTitle: 'Hälsopedagog' }),
        ]),
      ],
    });
    const table = await screen.findByRole('table', {
      name: 'Accesses to the case, newest first',
    });
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[3]?.textContent);
    expect(cells).toEqual(['Rut Receptionist, Assistant nurse', 'Hugo Hälsa, Hälsopedagog']);
  });

  it('answers a case that is not mine as the case page does', async () => {
    renderCitizenApp({
      path: '/cases/case-1/access-log',
      mocks: [
        signedInViewer(),
        activeSession,
        {
          request: {
            query: CitizenCaseAccessLogDocument,
            variables: { caseId: 'case-1', after: null, first: CASE_ACCESS_LOG_PAGE_SIZE },
          },
          result: errorAnswer({ code: 'NOT_FOUND' }),
        },
      ],
    });
    expect(
      await screen.findByText('Ärendet finns inte eller så har du inte behörighet att se det.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
