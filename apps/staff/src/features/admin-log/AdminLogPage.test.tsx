import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StaffAdminLogDocument } from '../../gql/graphql.ts';
import {
  activeSession,
  clinicAdminUnit,
  clinicUnit,
  renderStaffApp,
  signedInViewer,
} from '../../test/render-app.tsx';

const entry = (id: string, fields: Record<string, unknown>) => ({
  __typename: 'AdminLogEntry' as const,
  id,
  occurredAt: '2026-12-02T09:15:00.000Z',
  staffName: 'Maria Sundin',
  staffHsaId: 'SE2321000016-ms104',
  role: 'CLINIC_ADMIN',
  action: 'GRANT_CLINIC_ROLE',
  caseTypeNameSv: null,
  caseTypeNameEn: null,
  subjectName: null,
  subjectRole: null,
  enabled: null,
  ...fields,
});

const logAnswer = {
  request: { query: StaffAdminLogDocument, variables: () => true },
  result: {
    data: {
      adminLog: {
        __typename: 'AdminLogPage',
        nextCursor: null,
        items: [
          entry('2', { subjectName: 'Sofia Berglund', subjectRole: 'AUDITOR' }),
          entry('1', {
            action: 'UPDATE_CLINIC_CASE_TYPE',
            caseTypeNameSv: 'Förnya recept',
            caseTypeNameEn: 'Renew prescription',
            enabled: true,
          }),
        ],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('the admin action log page', () => {
  it('says who did what, in which role and when, newest first', async () => {
    renderStaffApp({
      path: '/admin/log',
      mocks: [
        signedInViewer({ currentUnit: clinicAdminUnit, units: [clinicAdminUnit] }),
        activeSession,
        logAnswer,
      ],
    });
    const table = await screen.findByRole('table', {
      name: 'Administrativa åtgärder, senaste först',
    });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Maria Sundin (SE2321000016-ms104)');
    expect(rows[1]).toHaveTextContent('Gav Sofia Berglund rollen Granskare');
    expect(rows[1]).toHaveTextContent('2 dec. 2026');
    expect(rows[2]).toHaveTextContent('Ändrade inställningarna för Förnya recept (aktiverad: på)');
  });

  it('is offered to the clinic’s auditor, and not to a receiver', async () => {
    const auditorUnit = { ...clinicUnit, roles: ['AUDITOR' as const] };
    renderStaffApp({
      mocks: [signedInViewer({ currentUnit: auditorUnit, units: [auditorUnit] }), activeSession],
    });
    expect(await screen.findByRole('link', { name: 'Administrationslogg' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Behörigheter' })).not.toBeInTheDocument();
  });

  it('refuses a receiver', async () => {
    renderStaffApp({
      path: '/admin/log',
      mocks: [signedInViewer({ currentUnit: clinicUnit }), activeSession],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Du har inte behörighet till sidan' }),
    ).toBeInTheDocument();
  });
});
