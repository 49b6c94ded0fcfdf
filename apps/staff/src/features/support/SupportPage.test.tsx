import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { stockholmInstant } from '../../common/stockholm-time.ts';
import {
  StaffReplyToSupportReportDocument,
  StaffReportFaultDocument,
  StaffSetSupportReportStatusDocument,
  StaffSupportOverviewDocument,
  StaffSupportQueueDocument,
  StaffSupportReportDocument,
  type ReportFaultInput,
} from '../../gql/graphql.ts';
import {
  activeSession,
  nationalUnit,
  renderStaffApp,
  signedInViewer,
} from '../../test/render-app.tsx';

const row = (id: string, number: number, status = 'NEW') => ({
  __typename: 'SupportReportSummary' as const,
  id,
  number,
  summary: 'Kön laddar inte',
  area: 'CASE_QUEUE',
  severity: 'HIGH',
  status,
  createdAt: '2026-11-25T09:00:00.000Z',
  updatedAt: '2026-11-25T09:00:00.000Z',
  reporterName: 'Vera Vårdare',
  reporterWorkplace: 'Vårdcentralen Tallbacken',
});

const overview = (reports: ReturnType<typeof row>[]) => ({
  request: { query: StaffSupportOverviewDocument },
  result: {
    data: {
      supportContact: {
        __typename: 'SupportContactDetails' as const,
        phone: '0771-11 22 33',
        email: 'support@example.se',
        openingHours: {
          __typename: 'LocalizedText' as const,
          sv: 'Vardagar 07.00–17.00',
          en: 'Weekdays 07:00–17:00',
        },
      },
      mySupportReports: reports,
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

function mutationMock<Vars>(query: DocumentNode, answerWith: (vars: Vars) => object) {
  const sent: Vars[] = [];
  return {
    sent,
    mock: {
      request: { query, variables: () => true },
      result: (vars: Vars) => {
        sent.push(vars);
        return answerWith(vars);
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
  };
}

const report = (overrides: Record<string, unknown> = {}) => ({
  ...row('r-1', 7),
  __typename: 'SupportReport' as const,
  description: 'Snurran slutar aldrig.',
  location: 'Inkommande ärenden',
  occurredAt: '2026-11-25T08:45:00.000Z',
  screenshot: {
    __typename: 'SupportScreenshotInfo' as const,
    fileName: 'skarm.png',
    mediaType: 'image/png',
    sizeBytes: 1200,
  },
  replies: [] as unknown[],
  viewerMayChangeStatus: false,
  viewerMayReply: true,
  ...overrides,
});

describe('support page', () => {
  it('is linked from the start page for every staff member and shows the contact details and my reports', async () => {
    renderStaffApp({ mocks: [signedInViewer(), activeSession, overview([row('r-1', 7)])] });
    await screen.findByRole('heading', { level: 1, name: 'Översikt' });
    await userEvent.click(screen.getByRole('link', { name: 'Support och felanmälan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Support' })).toBeVisible();
    const contact = await screen.findByRole('region', { name: 'Kontakta supporten' });
    expect(within(contact).getByRole('link', { name: '0771-11 22 33' })).toHaveAttribute(
      'href',
      'tel:0771112233',
    );
    expect(within(contact).getByText('Vardagar 07.00–17.00')).toBeInTheDocument();
    const mine = screen.getByRole('region', { name: 'Mina felanmälningar' });
    expect(within(mine).getByRole('link', { name: 'SUP-7' })).toHaveAttribute(
      'href',
      '/support/reports/r-1',
    );
    expect(within(mine).getByText('Ny')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Supportärenden' })).toBeNull();
    expect(screen.getByText(/Skriv aldrig patientuppgifter/)).toBeInTheDocument();
  });

  it('checks the form before sending: the summary lists each problem and takes focus', async () => {
    const reportFault = mutationMock(StaffReportFaultDocument, () => ({}));
    renderStaffApp({
      path: '/support',
      mocks: [signedInViewer(), activeSession, overview([]), reportFault.mock],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Skicka felanmälan' }));
    const summary = await screen.findByRole('group', { name: /Du behöver rätta följande/ });
    expect(summary).toHaveFocus();
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Skriv vad som hände.',
      'Beskriv felet.',
      'Välj var i tjänsten felet finns.',
      'Välj hur allvarligt felet är.',
    ]);
    expect(screen.getByRole('textbox', { name: 'Vad hände?' })).toHaveAccessibleDescription(
      expect.stringContaining('Skriv vad som hände.'),
    );
    expect(reportFault.sent).toEqual([]);
  });

  it('sends the report with the Stockholm time as an instant and says which number it got', async () => {
    const reportFault = mutationMock<{ input: ReportFaultInput }>(StaffReportFaultDocument, () => ({
      data: { reportFault: { __typename: 'SupportReport', id: 'r-9', number: 9 } },
    }));
    renderStaffApp({
      path: '/support',
      mocks: [signedInViewer(), activeSession, overview([]), reportFault.mock],
    });
    await userEvent.type(
      await screen.findByRole('textbox', { name: 'Vad hände?' }),
      'Kön laddar inte',
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Beskriv felet' }),
      'Snurran slutar aldrig.',
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Var i tjänsten?' }),
      'CASE_QUEUE',
    );
    const date = screen.getByLabelText('Datum');
    const day = (date as HTMLInputElement).value;
    fireEvent.change(screen.getByLabelText('Klockslag'), { target: { value: '00:05' } });
    await userEvent.click(
      screen.getByRole('radio', { name: 'Kritisk – tjänsten går inte att använda' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Skicka felanmälan' }));
    expect(
      await screen.findByText(
        'Din felanmälan SUP-9 är skickad. Du hittar den under Mina felanmälningar.',
      ),
    ).toBeInTheDocument();
    expect(reportFault.sent).toEqual([
      {
        input: {
          summary: 'Kön laddar inte',
          description: 'Snurran slutar aldrig.',
          area: 'CASE_QUEUE',
          location: null,
          occurredAt: stockholmInstant(day, '00:05'),
          severity: 'CRITICAL',
          screenshot: null,
        },
      },
    ]);
    expect(screen.getByRole('textbox', { name: 'Vad hände?' })).toHaveValue('');
  });

  it('shows the API’s refusal of a field in the error summary', async () => {
    const reportFault = mutationMock(StaffReportFaultDocument, () => ({
      errors: [
        {
          message: 'BAD_USER_INPUT',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ path: 'occurredAt', code: 'TOO_LONG_AGO' }],
          },
        },
      ],
    }));
    renderStaffApp({
      path: '/support',
      mocks: [signedInViewer(), activeSession, overview([]), reportFault.mock],
    });
    await userEvent.type(await screen.findByRole('textbox', { name: 'Vad hände?' }), 'Fel');
    await userEvent.type(screen.getByRole('textbox', { name: 'Beskriv felet' }), 'Fel.');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Var i tjänsten?' }),
      'OTHER',
    );
    fireEvent.change(screen.getByLabelText('Klockslag'), { target: { value: '00:00' } });
    await userEvent.click(
      screen.getByRole('radio', { name: 'Låg – ett mindre fel eller en fråga' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Skicka felanmälan' }));
    const summary = await screen.findByRole('group', { name: /Du behöver rätta följande/ });
    expect(within(summary).getByRole('link')).toHaveTextContent(
      'Tidpunkten kan vara högst 90 dagar sedan.',
    );
  });
});

describe('a support report', () => {
  it('lets its reporter read the replies and reply, without the status form', async () => {
    const reply = mutationMock<{ input: { reportId: string; text: string } }>(
      StaffReplyToSupportReportDocument,
      () => ({
        data: {
          replyToSupportReport: report({
            status: 'IN_PROGRESS',
            replies: [
              {
                __typename: 'SupportReply',
                id: 'p-1',
                text: 'Chromium.',
                createdAt: '2026-11-25T10:00:00.000Z',
                fromServiceAdmin: false,
                authorName: 'Vera Vårdare',
              },
            ],
          }),
        },
      }),
    );
    renderStaffApp({
      path: '/support/reports/r-1',
      mocks: [
        signedInViewer(),
        activeSession,
        {
          request: { query: StaffSupportReportDocument, variables: { id: 'r-1' } },
          result: { data: { supportReport: report() } },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        reply.mock,
      ],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Felanmälan SUP-7' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Öppna skärmbilden (skarm.png)' })).toHaveAttribute(
      'href',
      '/api/staff/support-reports/r-1/screenshot',
    );
    expect(screen.queryByRole('region', { name: 'Ändra status' })).toBeNull();
    await userEvent.type(screen.getByRole('textbox', { name: 'Ditt svar' }), 'Chromium.');
    await userEvent.click(screen.getByRole('button', { name: 'Skicka svar' }));
    expect(await screen.findByText('Ditt svar är skickat.')).toBeInTheDocument();
    expect(reply.sent).toEqual([{ input: { reportId: 'r-1', text: 'Chromium.' } }]);
    expect(await screen.findByText('Vera Vårdare, anmälaren')).toBeInTheDocument();
  });

  it('lets the service administration open the queue from the start page and set the status', async () => {
    const setStatus = mutationMock<{ input: { reportId: string; status: string } }>(
      StaffSetSupportReportStatusDocument,
      (vars) => ({
        data: {
          setSupportReportStatus: report({
            status: vars.input.status,
            viewerMayChangeStatus: true,
          }),
        },
      }),
    );
    const admin = signedInViewer({ currentUnit: nationalUnit, units: [nationalUnit] });
    renderStaffApp({
      mocks: [
        admin,
        activeSession,
        {
          request: {
            query: StaffSupportQueueDocument,
            variables: {
              filter: { statuses: ['NEW', 'IN_PROGRESS', 'WAITING_FOR_REPORTER'] },
              after: null,
              first: 25,
            },
          },
          result: {
            data: {
              supportQueue: {
                __typename: 'SupportReportPage',
                items: [row('r-1', 7)],
                nextCursor: null,
              },
            },
          },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        {
          request: { query: StaffSupportReportDocument, variables: { id: 'r-1' } },
          result: { data: { supportReport: report({ viewerMayChangeStatus: true }) } },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        setStatus.mock,
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Översikt' });
    await userEvent.click(screen.getByRole('link', { name: 'Supportärenden' }));
    const queue = await screen.findByRole('region', { name: 'Supportärenden' });
    expect(within(queue).getByText('Vera Vårdare, Vårdcentralen Tallbacken')).toBeInTheDocument();
    await userEvent.click(within(queue).getByRole('link', { name: 'SUP-7' }));
    const statusForm = await screen.findByRole('region', { name: 'Ändra status' });
    await userEvent.selectOptions(
      within(statusForm).getByRole('combobox', { name: 'Ny status' }),
      'RESOLVED',
    );
    await userEvent.click(within(statusForm).getByRole('button', { name: 'Spara status' }));
    expect(await screen.findByText('Status är ändrad till Löst.')).toBeInTheDocument();
    expect(setStatus.sent).toEqual([{ input: { reportId: 'r-1', status: 'RESOLVED' } }]);
  });

  it('tells a staff member who may not read it that it is not theirs', async () => {
    renderStaffApp({
      path: '/support/reports/r-2',
      mocks: [
        signedInViewer(),
        activeSession,
        {
          request: { query: StaffSupportReportDocument, variables: { id: 'r-2' } },
          result: { errors: [{ message: 'NOT_FOUND', extensions: { code: 'NOT_FOUND' } }] },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
      ],
    });
    expect(
      await screen.findByText('Felanmälan finns inte, eller så är den inte din att läsa.'),
    ).toBeInTheDocument();
  });
});
