import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type DocumentNode } from 'graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  type AssignCaseInput,
  type RespondToCaseInput,
  type StaffRole,
  StaffAssignCaseDocument,
  StaffCaseDetailDocument,
  StaffCaseQueueDocument,
  StaffClinicCaregiversDocument,
  StaffMyAssignedCasesDocument,
  StaffRespondToCaseDocument,
  StaffStandardAnswersDocument,
} from '../../gql/graphql.ts';
import {
  activeSession,
  clinicUnit,
  currentLocation,
  renderStaffApp,
  signedInViewer,
} from '../../test/render-app.tsx';
import { forgetShortcutMemory } from '../shortcuts/shortcut-memory.ts';
import { caregivers, caseRow, staffCase } from './test-cases.ts';

// The viewer (staff-1) is receiver and caregiver at the clinic, so may assign cases to herself.
const receiverAndCaregiver = signedInViewer();
const receiverOnly = signedInViewer({
  currentUnit: { ...clinicUnit, roles: ['CASE_RECEIVER'] as StaffRole[] },
});
const caregiverOnly = signedInViewer({
  currentUnit: { ...clinicUnit, roles: ['CAREGIVER'] as StaffRole[] },
});
const vera = {
  __typename: 'StaffMemberRef' as const,
  id: 'staff-1',
  name: 'Vera Vårdare',
  title: 'Sjuksköterska',
};

const rows = [caseRow(1), caseRow(2), caseRow(3)];

const page = (items: typeof rows) => ({
  __typename: 'StaffCasePage' as const,
  items,
  nextCursor: null,
});

const queueAnswer = {
  request: { query: StaffCaseQueueDocument, variables: () => true },
  result: { data: { caseQueue: page(rows) } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const myCasesAnswer = {
  request: { query: StaffMyAssignedCasesDocument, variables: () => true },
  result: {
    data: { myAssignedCases: page(rows.map((row) => ({ ...row, status: 'ASSIGNED' as const }))) },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** Each listed case as `staffCase` answers it, by the id asked for. */
function caseAnswer(overrides: Parameters<typeof staffCase>[0] = {}) {
  return {
    request: { query: StaffCaseDetailDocument, variables: () => true },
    result: ({ id }: { id: string }) => {
      const row = rows.find((candidate) => candidate.id === id);
      return {
        data: {
          staffCase: staffCase({ id, reference: row?.reference ?? 'E-2026-X', ...overrides }),
        },
      };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const caregiversAnswer = (list: object[]) => ({
  request: { query: StaffClinicCaregiversDocument },
  result: { data: { clinicCaregivers: list } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const noStandardAnswers = {
  request: { query: StaffStandardAnswersDocument, variables: () => true },
  result: { data: { standardAnswers: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function capture<T>(query: DocumentNode, answer: (input: T) => object) {
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

/** What the shortcuts' live region says now. */
const said = () =>
  screen
    .getAllByRole('status')
    .map((region) => region.textContent)
    .join(' ');

const link = (reference: string) => screen.getByRole('link', { name: reference });

beforeEach(() => {
  forgetShortcutMemory();
});

describe('the queue by keyboard', () => {
  it('moves through the rows with j and k, says where, and opens a case with Enter', async () => {
    renderStaffApp({
      path: '/queue',
      mocks: [
        receiverAndCaregiver,
        activeSession,
        queueAnswer,
        caseAnswer(),
        caregiversAnswer(caregivers),
        noStandardAnswers,
      ],
    });
    await screen.findByRole('table', { name: 'Inkommande ärenden' });

    await userEvent.keyboard('j');
    expect(link('E-2026-00000001')).toHaveFocus();
    await waitFor(() => {
      expect(said()).toContain('Ärende 1 av 3 i listan');
    });
    await userEvent.keyboard('jj');
    expect(link('E-2026-00000003')).toHaveFocus();
    await userEvent.keyboard('j');
    await waitFor(() => {
      expect(said()).toContain('Det finns inget nästa ärende i listan.');
    });
    expect(link('E-2026-00000003')).toHaveFocus();
    await userEvent.keyboard('k');
    expect(link('E-2026-00000002')).toHaveFocus();

    await userEvent.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 1, name: 'Ärende E-2026-00000002' });
    // On the case page j and k go on through the list the person came from.
    await userEvent.keyboard('j');
    await screen.findByRole('heading', { level: 1, name: 'Ärende E-2026-00000003' });
    expect(currentLocation()).toBe('/cases/case-3');
    await userEvent.keyboard('kk');
    await screen.findByRole('heading', { level: 1, name: 'Ärende E-2026-00000001' });
    await userEvent.keyboard('k');
    await waitFor(() => {
      expect(said()).toContain('Det finns inget föregående ärende i listan.');
    });
  });

  it('takes no shortcut while the person types in a field', async () => {
    renderStaffApp({ path: '/queue', mocks: [receiverAndCaregiver, activeSession, queueAnswer] });
    await screen.findByRole('table', { name: 'Inkommande ärenden' });
    const age = screen.getByRole('textbox', { name: /Minsta ålder i dagar/ });
    await userEvent.click(age);
    await userEvent.keyboard('jk?');
    expect(age).toHaveValue('jk?');
    expect(age).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens the help with ? and the button, lists the keys, returns focus, and can turn the keys off', async () => {
    renderStaffApp({ path: '/queue', mocks: [receiverAndCaregiver, activeSession, queueAnswer] });
    await screen.findByRole('table', { name: 'Inkommande ärenden' });
    await userEvent.keyboard('j');
    const first = link('E-2026-00000001');
    expect(first).toHaveFocus();

    await userEvent.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Kortkommandon' });
    expect(help).toHaveAttribute('open');
    expect(within(help).getByText('Nästa ärende i listan').previousSibling).toHaveTextContent('j');
    expect(within(help).getByText('Föregående ärende i listan')).toBeInTheDocument();
    // The queue has no case to assign or answer.
    expect(within(help).queryByText(/Tilldela/)).not.toBeInTheDocument();
    expect(within(help).getByRole('button', { name: 'Stäng' })).toHaveFocus();
    // Under the help, the page's keys rest; ? closes it again.
    await userEvent.keyboard('j');
    expect(help).toHaveAttribute('open');
    await userEvent.keyboard('?');
    await waitFor(() => expect(help).not.toHaveAttribute('open'));
    expect(first).toHaveFocus();

    // The visible button opens it too; the single keys are turned off there.
    const button = screen.getByRole('button', { name: 'Kortkommandon' });
    await userEvent.click(button);
    await userEvent.click(
      within(help).getByRole('checkbox', { name: /Använd kortkommandon med en tangent/ }),
    );
    await userEvent.click(within(help).getByRole('button', { name: 'Stäng' }));
    await waitFor(() => expect(help).not.toHaveAttribute('open'));
    expect(button).toHaveFocus();
    await userEvent.keyboard('j?');
    expect(button).toHaveFocus();
    expect(help).not.toHaveAttribute('open');
  });

  it('shows the help in English', async () => {
    renderStaffApp({
      path: '/queue?lang=en',
      mocks: [receiverAndCaregiver, activeSession, queueAnswer],
    });
    await screen.findByRole('table', { name: 'Incoming requests' });
    await userEvent.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(help).getByText('Next request in the list')).toBeInTheDocument();
    expect(within(help).getByRole('checkbox', { name: /Use single-key shortcuts/ })).toBeChecked();
  });
});

describe('a case by keyboard', () => {
  it('assigns the case to the viewer with a, confirms it in focus, and links on to the next case', async () => {
    const assign = capture<AssignCaseInput>(StaffAssignCaseDocument, (input) => ({
      data: {
        assignCase: staffCase({
          id: String(input.caseId),
          reference: 'E-2026-00000001',
          status: 'ASSIGNED',
          assignee: vera,
          revision: 4,
        }),
      },
    }));
    renderStaffApp({
      path: '/queue',
      mocks: [
        receiverAndCaregiver,
        activeSession,
        queueAnswer,
        caseAnswer(),
        caregiversAnswer([...caregivers, vera]),
        noStandardAnswers,
        assign.mock,
      ],
    });
    await screen.findByRole('table', { name: 'Inkommande ärenden' });
    await userEvent.keyboard('j{Enter}');
    await screen.findByRole('heading', { level: 1, name: 'Ärende E-2026-00000001' });
    await screen.findByRole('button', { name: 'Tilldela mig' });

    await userEvent.keyboard('a');
    const done = await screen.findByText('Ärendet är tilldelat dig.');
    const confirmation = done.closest('[role="status"]');
    expect(confirmation).toHaveFocus();
    expect(assign.sent).toEqual([
      { caseId: 'case-1', staffMemberId: 'staff-1', expectedRevision: 3 },
    ]);
    expect(
      within(confirmation as HTMLElement).getByRole('link', {
        name: 'Nästa ärende i listan: E-2026-00000002',
      }),
    ).toHaveAttribute('href', '/cases/case-2');
    expect(
      within(confirmation as HTMLElement).getByRole('link', { name: 'Till inkommande ärenden' }),
    ).toBeInTheDocument();
  });

  it('Ctrl+Enter on the "Tilldela mig" button assigns the case to the viewer, as the button does', async () => {
    const assign = capture<AssignCaseInput>(StaffAssignCaseDocument, (input) => ({
      data: {
        assignCase: staffCase({
          id: String(input.caseId),
          status: 'ASSIGNED',
          assignee: vera,
          revision: 4,
        }),
      },
    }));
    renderStaffApp({
      path: '/cases/case-1',
      mocks: [
        receiverAndCaregiver,
        activeSession,
        caseAnswer(),
        caregiversAnswer([...caregivers, vera]),
        noStandardAnswers,
        assign.mock,
      ],
    });
    const toMe = await screen.findByRole('button', { name: 'Tilldela mig' });
    toMe.focus();
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByText('Ärendet är tilldelat dig.');
    expect(assign.sent).toEqual([
      { caseId: 'case-1', staffMemberId: 'staff-1', expectedRevision: 3 },
    ]);
  });

  it('for a receiver who cannot take the case, a goes to the caregiver list, and Ctrl+Enter assigns', async () => {
    const assign = capture<AssignCaseInput>(StaffAssignCaseDocument, (input) => ({
      data: {
        assignCase: staffCase({
          id: String(input.caseId),
          status: 'ASSIGNED',
          assignee: caregivers[0] ?? null,
          revision: 4,
        }),
      },
    }));
    renderStaffApp({
      path: '/cases/case-1',
      mocks: [
        receiverOnly,
        activeSession,
        caseAnswer(),
        caregiversAnswer(caregivers),
        noStandardAnswers,
        assign.mock,
      ],
    });
    const list = await screen.findByRole('combobox', { name: 'Vårdgivare' });
    expect(screen.queryByRole('button', { name: 'Tilldela mig' })).not.toBeInTheDocument();
    await userEvent.keyboard('a');
    expect(list).toHaveFocus();
    await waitFor(() => {
      expect(said()).toContain('Välj vårdgivare och tilldela.');
    });
    await userEvent.selectOptions(list, 'Anna Andersson, Läkare');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');

    const done = await screen.findByText('Ärendet är tilldelat Anna Andersson.');
    expect(done.closest('[role="status"]')).toHaveFocus();
    expect(assign.sent).toEqual([
      { caseId: 'case-1', staffMemberId: 'staff-2', expectedRevision: 3 },
    ]);
  });

  it('goes to the answer with r and sends it with Ctrl+Enter; the confirmation takes focus and leads on', async () => {
    const respond = capture<RespondToCaseInput>(StaffRespondToCaseDocument, (input) => ({
      data: {
        respondToCase: staffCase({
          id: String(input.caseId),
          reference: 'E-2026-00000002',
          status: 'ANSWERED',
          assignee: vera,
          revision: 4,
        }),
      },
    }));
    renderStaffApp({
      path: '/my-cases',
      mocks: [
        caregiverOnly,
        activeSession,
        myCasesAnswer,
        caseAnswer({ status: 'ASSIGNED', assignee: vera, canAssign: false }),
        noStandardAnswers,
        respond.mock,
      ],
    });
    await screen.findByRole('table', { name: 'Mina ärenden' });
    await userEvent.keyboard('jj{Enter}');
    await screen.findByRole('heading', { level: 1, name: 'Ärende E-2026-00000002' });

    await userEvent.keyboard('r');
    const text = screen.getByRole('textbox', { name: /Meddelande till patienten/ });
    expect(text).toHaveFocus();
    // Letters typed in the answer are text, not shortcuts.
    await userEvent.keyboard('Hej! Receptet är förnyat, a och j.');
    expect(text).toHaveValue('Hej! Receptet är förnyat, a och j.');
    expect(currentLocation()).toBe('/cases/case-2');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');

    const done = await screen.findByText('Svaret är skickat till patienten.');
    const confirmation = done.closest('[role="status"]') as HTMLElement;
    expect(confirmation).toHaveFocus();
    expect(respond.sent).toEqual([
      {
        caseId: 'case-2',
        expectedRevision: 3,
        kind: 'ANSWER',
        text: 'Hej! Receptet är förnyat, a och j.',
        outcomes: [],
        close: false,
      },
    ]);
    expect(
      within(confirmation).getByRole('link', { name: 'Nästa ärende i listan: E-2026-00000003' }),
    ).toHaveAttribute('href', '/cases/case-3');
    expect(within(confirmation).getByRole('link', { name: 'Till mina ärenden' })).toHaveAttribute(
      'href',
      '/my-cases',
    );
  });
});
