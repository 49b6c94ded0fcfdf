import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  type AssignCaseInput,
  type RespondToCaseInput,
  type StaffRole,
  StaffAddInternalNoteDocument,
  StaffAssignCaseDocument,
  StaffCaseDetailDocument,
  StaffCaseQueueDocument,
  StaffClinicCaregiversDocument,
  StaffRespondToCaseDocument,
  StaffStandardAnswersDocument,
  type StaffCaseFieldsFragment,
} from '../../gql/graphql.ts';
import {
  activeSession,
  clinicUnit,
  errorAnswer,
  renderStaffApp,
  signedInViewer,
} from '../../test/render-app.tsx';
import { caregivers, caseRow, staffCase } from './test-cases.ts';

const receiver = signedInViewer();
const caregiverOnly = { ...clinicUnit, roles: ['CAREGIVER'] as StaffRole[] };

/** Answers `staffCase` with each of `answers` in turn, the last one to every later ask. */
function caseAnswers(...answers: (StaffCaseFieldsFragment | object)[]) {
  let asked = 0;
  return {
    asked: () => asked,
    mock: {
      request: { query: StaffCaseDetailDocument, variables: () => true },
      result: () => {
        const answer = answers[Math.min(asked, answers.length - 1)] ?? {};
        asked += 1;
        return '__typename' in answer ? { data: { staffCase: answer } } : answer;
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
  };
}

const caregiversAnswer = {
  request: { query: StaffClinicCaregiversDocument },
  result: { data: { clinicCaregivers: caregivers } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const standardAnswers = {
  request: { query: StaffStandardAnswersDocument, variables: () => true },
  result: {
    data: {
      standardAnswers: [
        {
          __typename: 'StandardAnswerView' as const,
          id: 'sa-1',
          title: 'Recept förnyat',
          text: 'Ditt recept är förnyat och finns på apoteket inom en timme.',
          caseTypeId: null,
        },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function capture<T>(query: unknown, answer: (input: T) => object) {
  const sent: T[] = [];
  return {
    sent,
    mock: {
      request: { query, variables: () => true },
      result: ({ input }: { input: T }) => {
        sent.push(input);
        return answer(input);
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
  };
}

async function openCase(mocks: object[]) {
  renderStaffApp({
    path: '/cases/case-1',
    mocks: [receiver, activeSession, caregiversAnswer, standardAnswers, ...(mocks as never[])],
  });
  await screen.findByRole('heading', { level: 1, name: 'Ärende E-2026-7F3A9C21' });
}

describe('incoming cases (queue)', () => {
  it('lists the cases with a link to each, and shows the next page on "Visa fler"', async () => {
    const asked: { after: string | null }[] = [];
    const queue = {
      request: { query: StaffCaseQueueDocument, variables: () => true },
      result: (variables: { after: string | null }) => {
        asked.push(variables);
        return {
          data: {
            caseQueue: {
              __typename: 'StaffCasePage' as const,
              items:
                variables.after === null
                  ? [
                      caseRow(1),
                      caseRow(2, { status: 'ASSIGNED', assignee: caregivers[0] ?? null }),
                    ]
                  : [caseRow(3)],
              nextCursor: variables.after === null ? 'cursor-2' : null,
            },
          },
        };
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    renderStaffApp({ path: '/', mocks: [receiver, activeSession, queue] });
    await userEvent.click(await screen.findByRole('link', { name: 'Inkommande ärenden' }));
    await screen.findByRole('heading', { level: 1, name: 'Inkommande ärenden' });

    const table = await screen.findByRole('table', { name: 'Inkommande ärenden' });
    expect(within(table).getByRole('link', { name: 'E-2026-00000001' })).toHaveAttribute(
      'href',
      '/cases/case-1',
    );
    const rows = within(table).getAllByRole('row');
    expect(rows[2]).toHaveTextContent('Anna Andersson');
    expect(rows[1]).toHaveTextContent('Inte tilldelat');
    expect(rows[1]).toHaveTextContent('19121212-1212');
    expect(rows[1]).toHaveTextContent('20 nov. 2026 09:15');

    await userEvent.click(screen.getByRole('button', { name: 'Visa fler' }));
    const third = await within(table).findByRole('link', { name: 'E-2026-00000003' });
    // Focus goes on to the first new row, not back to the top of the page.
    await waitFor(() => expect(third).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Visa fler' })).not.toBeInTheDocument();
    expect(asked.map((v) => v.after)).toEqual([null, 'cursor-2']);
  });

  it('sends the chosen filter and says when nothing matches', async () => {
    const filters: unknown[] = [];
    const queue = {
      request: { query: StaffCaseQueueDocument, variables: () => true },
      result: (variables: { filter: unknown }) => {
        filters.push(variables.filter);
        const items = filters.length === 1 ? [caseRow(1)] : [];
        return { data: { caseQueue: { __typename: 'StaffCasePage', items, nextCursor: null } } };
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    renderStaffApp({ path: '/queue', mocks: [receiver, activeSession, queue] });
    await screen.findByRole('table', { name: 'Inkommande ärenden' });
    await userEvent.selectOptions(screen.getByLabelText('Ärendetyp'), 'Förnya recept');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'Väntar på patienten');
    await userEvent.selectOptions(screen.getByLabelText('Tilldelning'), 'Inte tilldelade');
    await userEvent.type(screen.getByRole('textbox', { name: /Minsta ålder i dagar/ }), '3');
    await userEvent.click(screen.getByRole('button', { name: 'Visa ärenden' }));

    expect(
      await screen.findByText('Det finns inga ärenden som stämmer med filtret.'),
    ).toBeInTheDocument();
    expect(filters[1]).toEqual({
      caseTypeId: 'ct-renew',
      statuses: ['WAITING_FOR_CITIZEN'],
      assignment: 'UNASSIGNED',
      minAgeDays: 3,
    });
    // The type stays on offer although no listed case has it now.
    expect(screen.getByRole('option', { name: 'Förnya recept' })).toBeInTheDocument();
  });
});

describe('role gating', () => {
  it('gives a caregiver without the receiver role no queue link, and refuses the queue address', async () => {
    const viewer = signedInViewer({ currentUnit: caregiverOnly, units: [caregiverOnly] });
    const first = renderStaffApp({ path: '/', mocks: [viewer, activeSession] });
    await screen.findByRole('heading', { level: 1, name: 'Översikt' });
    expect(screen.getByRole('link', { name: 'Mina ärenden' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Inkommande ärenden' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Loggranskning' })).not.toBeInTheDocument();
    first.unmount();

    renderStaffApp({ path: '/queue', mocks: [viewer, activeSession] });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Du har inte behörighet till sidan' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Sidan är till för ärendemottagare/)).toBeInTheDocument();
  });
});

describe('a case', () => {
  it('shows the case, the sent form, the files and the thread', async () => {
    const answers = caseAnswers(staffCase());
    await openCase([answers.mock]);
    expect(screen.getByText('Tolvan Tolvansson, 19121212-1212')).toBeInTheDocument();
    expect(screen.getByText('Levaxin 50 mikrogram')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'recept.pdf (PDF, 20 kB)' })).toHaveAttribute(
      'href',
      '/api/staff/attachments/att-1',
    );
    expect(screen.getByText('Patienten skickade ärendet.')).toBeInTheDocument();
    expect(screen.queryByText('Skickat av')).not.toBeInTheDocument();
  });

  it('shows who sent it when a guardian sent it for the child', async () => {
    const answers = caseAnswers(staffCase({ sentBy: 'Leila Karimi, 19871105-2384' }));
    await openCase([answers.mock]);
    const details = screen.getByRole('region', { name: 'Om ärendet' });
    const row = within(details).getByText('Skickat av').closest('div');
    expect(row).toHaveTextContent('Skickat avLeila Karimi, 19871105-2384');
  });

  it('shows when the case will be deleted, on Stockholm’s calendar day', async () => {
    // 00:30 on 3 March 2027 in Stockholm.
    const answers = caseAnswers(staffCase({ deletesAt: '2027-03-02T23:30:00.000Z' }));
    await openCase([answers.mock]);
    const details = screen.getByRole('region', { name: 'Om ärendet' });
    const row = within(details).getByText('Raderas').closest('div');
    expect(row).toHaveTextContent('Raderas3 mars 2027');
  });

  it('shows the deletion date in English too', async () => {
    const answers = caseAnswers(staffCase({ deletesAt: '2027-03-02T23:30:00.000Z' }));
    renderStaffApp({
      path: '/cases/case-1?lang=en',
      mocks: [receiver, activeSession, caregiversAnswer, standardAnswers, answers.mock as never],
    });
    const details = await screen.findByRole('region', { name: 'About the request' });
    const row = within(details).getByText('Deleted on').closest('div');
    expect(row).toHaveTextContent('Deleted on3 March 2027');
  });

  it('says plainly when the case does not exist or is not the viewer’s', async () => {
    const answers = caseAnswers(errorAnswer({ code: 'NOT_FOUND' }));
    renderStaffApp({ path: '/cases/case-9', mocks: [receiver, activeSession, answers.mock] });
    expect(
      await screen.findByText('Ärendet finns inte eller så har du inte behörighet att se det.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Ärendet kan inte visas');
  });

  it('assigns with the revision seen, and on a conflict shows the latest case', async () => {
    const latest = staffCase({ revision: 4, status: 'ASSIGNED', assignee: caregivers[1] ?? null });
    const answers = caseAnswers(staffCase(), latest);
    const assign = capture<AssignCaseInput>(StaffAssignCaseDocument, () =>
      errorAnswer({ code: 'CONFLICT', reason: 'CASE_CHANGED' }),
    );
    await openCase([answers.mock, assign.mock]);
    await userEvent.selectOptions(
      await screen.findByLabelText('Vårdgivare'),
      'Anna Andersson, Läkare',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Tilldela' }));

    expect(
      await screen.findByText('Någon annan hann ändra ärendet. Sidan visar nu det senaste.'),
    ).toBeInTheDocument();
    expect(assign.sent).toEqual([
      { caseId: 'case-1', staffMemberId: 'staff-2', expectedRevision: 3 },
    ]);
    expect(answers.asked()).toBe(2);
    expect(
      within(screen.getByRole('region', { name: 'Om ärendet' })).getByText(
        'Bo Berg, Sjuksköterska',
      ),
    ).toBeInTheDocument();
  });

  it('sends an answer with a booked time as an instant, a standard answer and closing', async () => {
    const answered = staffCase({ revision: 4, status: 'CLOSED', canRespond: true });
    const answers = caseAnswers(staffCase({ status: 'ASSIGNED' }));
    const respond = capture<RespondToCaseInput>(StaffRespondToCaseDocument, () => ({
      data: { respondToCase: answered },
    }));
    await openCase([answers.mock, respond.mock]);

    await userEvent.selectOptions(await screen.findByLabelText('Standardsvar'), 'Recept förnyat');
    await userEvent.click(screen.getByRole('button', { name: 'Infoga standardsvar' }));
    const text = screen.getByRole('textbox', { name: /Meddelande till patienten/ });
    expect(text).toHaveValue('Ditt recept är förnyat och finns på apoteket inom en timme.');
    await userEvent.type(text, ' Välkommen på återbesök.');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Tid bokad' }));
    await userEvent.type(screen.getByLabelText('Datum'), '2026-12-03');
    await userEvent.type(screen.getByLabelText(/Klockslag/), '14:30');
    await userEvent.type(screen.getByRole('textbox', { name: 'Plats' }), 'Mottagningen, plan 2');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Receptet är förnyat' }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Avsluta ärendet/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Skicka till patienten' }));

    expect(await screen.findByText('Svaret är skickat till patienten.')).toBeInTheDocument();
    expect(respond.sent).toEqual([
      {
        caseId: 'case-1',
        expectedRevision: 3,
        kind: 'ANSWER',
        text: 'Ditt recept är förnyat och finns på apoteket inom en timme. Välkommen på återbesök.',
        outcomes: [
          {
            kind: 'APPOINTMENT_BOOKED',
            appointmentAt: '2026-12-03T13:30:00.000Z',
            place: 'Mottagningen, plan 2',
          },
          { kind: 'PRESCRIPTION_RENEWED' },
        ],
        close: true,
      },
    ]);
  });

  it('sends a counter-question without closing, and shows the API’s field errors in place', async () => {
    const answers = caseAnswers(staffCase({ status: 'ASSIGNED' }));
    const respond = capture<RespondToCaseInput>(StaffRespondToCaseDocument, () =>
      errorAnswer({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'outcomes.0.phone', code: 'REQUIRED' }],
      }),
    );
    await openCase([answers.mock, respond.mock]);
    await userEvent.click(await screen.findByRole('radio', { name: /Motfråga/ }));
    expect(screen.queryByRole('checkbox', { name: /Avsluta ärendet/ })).not.toBeInTheDocument();
    await userEvent.type(
      screen.getByRole('textbox', { name: /Meddelande till patienten/ }),
      'Hur länge har du haft besvären?',
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'Ring oss' }));
    await userEvent.type(screen.getByLabelText('Telefonnummer patienten ska ringa'), ' ');
    await userEvent.click(screen.getByRole('button', { name: 'Skicka till patienten' }));

    // Locally a blank number is refused before anything is sent.
    const summary = await screen.findByRole('group', { name: /Du behöver rätta följande/ });
    expect(summary).toHaveFocus();
    expect(respond.sent).toHaveLength(0);

    await userEvent.type(screen.getByLabelText('Telefonnummer patienten ska ringa'), '1177');
    await userEvent.click(screen.getByRole('button', { name: 'Skicka till patienten' }));
    const link = await screen.findByRole('link', {
      name: 'Skriv det telefonnummer patienten ska ringa.',
    });
    expect(link).toHaveAttribute('href', '#response-phone');
    expect(screen.getByLabelText('Telefonnummer patienten ska ringa')).toHaveAccessibleDescription(
      'Skriv det telefonnummer patienten ska ringa.',
    );
    expect(respond.sent[0]).toMatchObject({
      kind: 'COUNTER_QUESTION',
      close: false,
      outcomes: [{ kind: 'PLEASE_CALL_US', phone: '1177' }],
    });
  });

  it('adds an internal note, marked as never shown to the patient', async () => {
    const note = {
      __typename: 'InternalNoteView' as const,
      id: 'note-1',
      text: 'Ring apoteket först.',
      createdAt: '2026-11-25T10:00:00.000Z',
      author: caregivers[0] ?? caregivers[1],
    };
    const answers = caseAnswers(staffCase(), staffCase({ notes: [note as never], revision: 4 }));
    const add = capture<{ caseId: string; text: string }>(StaffAddInternalNoteDocument, () => ({
      data: { addInternalNote: note },
    }));
    await openCase([answers.mock, add.mock]);
    expect(screen.getByText('Det finns inga interna anteckningar.')).toBeInTheDocument();
    await userEvent.type(
      screen.getByRole('textbox', { name: /Ny intern anteckning/ }),
      'Ring apoteket först.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Spara anteckningen' }));

    expect(await screen.findByText('Anteckningen är sparad.')).toBeInTheDocument();
    const saved = screen.getByRole('article', {
      name: 'Intern anteckning – syns inte för patienten',
    });
    expect(saved).toHaveTextContent('Ring apoteket först.');
    expect(add.sent).toEqual([{ caseId: 'case-1', text: 'Ring apoteket först.' }]);
  });
});
