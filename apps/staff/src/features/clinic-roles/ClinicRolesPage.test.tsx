import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  StaffClinicStaffDocument,
  StaffSetClinicStaffRolesDocument,
  type SetClinicStaffRolesInput,
} from '../../gql/graphql.ts';
import {
  activeSession,
  clinicAdminUnit,
  clinicUnit,
  errorAnswer,
  renderStaffApp,
  signedInViewer,
} from '../../test/render-app.tsx';

const member = (assignmentId: string, name: string, roles: string[], isViewer = false) => ({
  __typename: 'ClinicStaffMember' as const,
  assignmentId,
  staffMemberId: `s-${assignmentId}`,
  name,
  title: 'Sjuksköterska',
  hsaId: `SE2321000016-${assignmentId}`,
  roles,
  validFrom: '2024-01-01',
  validTo: null as string | null,
  isViewer,
});

const staffList = {
  request: { query: StaffClinicStaffDocument },
  result: {
    data: {
      clinicStaff: [
        member('a1', 'Maria Sundin', ['CLINIC_ADMIN'], true),
        member('a2', 'Sofia Berglund', ['CAREGIVER']),
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function setRolesMock(answer: (input: SetClinicStaffRolesInput) => object) {
  const sent: SetClinicStaffRolesInput[] = [];
  return {
    sent,
    mock: {
      request: { query: StaffSetClinicStaffRolesDocument, variables: () => true },
      result: (vars: { input: SetClinicStaffRolesInput }) => {
        sent.push(vars.input);
        return answer(vars.input);
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
  };
}

async function openPage(mocks: object[] = []) {
  renderStaffApp({
    path: '/admin/roles',
    mocks: [
      signedInViewer({ currentUnit: clinicAdminUnit, units: [clinicAdminUnit] }),
      activeSession,
      staffList,
      ...(mocks as never[]),
    ],
  });
  await screen.findByRole('heading', { level: 1, name: 'Behörigheter' });
}

describe('the clinic roles page', () => {
  it('lists the staff from HSA with their roles, the viewer marked', async () => {
    await openPage();
    const table = await screen.findByRole('table', {
      name: 'Personal med uppdrag på mottagningen och deras roller',
    });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Maria Sundin (du)');
    expect(rows[1]).toHaveTextContent('Administratör');
    expect(rows[2]).toHaveTextContent('Sofia Berglund');
    expect(rows[2]).toHaveTextContent('Vårdgivare');
    expect(rows[2]).toHaveTextContent('Från 2024-01-01');
  });

  it('sends the roles chosen and says they are saved', async () => {
    const set = setRolesMock((input) => ({
      data: {
        setClinicStaffRoles: {
          __typename: 'ClinicStaffMember',
          assignmentId: input.assignmentId,
          roles: input.roles,
        },
      },
    }));
    await openPage([set.mock]);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Ändra roller för Sofia Berglund' }),
    );
    const form = screen.getByRole('group', {
      name: /^Vilka roller ska Sofia Berglund ha på mottagningen\?/,
    });
    expect(within(form).getByRole('checkbox', { name: /Vårdgivare/ })).toBeChecked();
    await userEvent.click(within(form).getByRole('checkbox', { name: /Granskare/ }));
    await userEvent.click(within(form).getByRole('checkbox', { name: /Ärendemottagare/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara roller' }));
    expect(await screen.findByText('Rollerna för Sofia Berglund är sparade.')).toBeInTheDocument();
    // In the page's fixed order, whatever order they were ticked in.
    expect(set.sent).toEqual([
      { assignmentId: 'a2', roles: ['CASE_RECEIVER', 'CAREGIVER', 'AUDITOR'] },
    ]);
  });

  it('says why when the clinic would be left without an administrator', async () => {
    const set = setRolesMock(() =>
      errorAnswer({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'roles', code: 'LAST_ADMINISTRATOR' }],
      }),
    );
    await openPage([set.mock]);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Ändra roller för Maria Sundin' }),
    );
    await userEvent.click(screen.getByRole('checkbox', { name: /Administratör/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara roller' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Mottagningen måste ha minst en administratör.',
    );
    expect(screen.getByRole('button', { name: 'Spara roller' })).toBeInTheDocument();
  });

  it('is not offered to a receiver or caregiver', async () => {
    renderStaffApp({
      path: '/admin/roles',
      mocks: [signedInViewer({ currentUnit: clinicUnit }), activeSession],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Du har inte behörighet till sidan' }),
    ).toBeInTheDocument();
  });
});
