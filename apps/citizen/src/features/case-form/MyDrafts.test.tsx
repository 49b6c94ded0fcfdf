import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CitizenDeleteCaseDraftDocument, CitizenMyCaseDraftsDocument } from '../../gql/graphql.ts';
import {
  activeSession,
  noProxyChildren,
  noUnreadMessages,
  renderCitizenApp,
  signedInViewer,
} from '../../test/render-app.tsx';

const draft = {
  __typename: 'CaseDraft' as const,
  id: 'draft-1',
  clinicId: 'clinic-farsta',
  clinicName: 'Farsta vårdcentral',
  caseTypeId: 'type-renew',
  caseTypeName: {
    __typename: 'LocalizedText' as const,
    sv: 'Förnya recept',
    en: 'Renew a prescription',
  },
  answers: { medicines: [{ name: 'Levaxin' }] },
  revision: 2,
  updatedAt: '2026-11-25T10:00:00.000Z',
  deletesAt: '2026-12-25T10:00:00.000Z',
};

describe('my drafts', () => {
  it('lists drafts as links back to the form, and deletes one', async () => {
    const onDelete = vi.fn();
    renderCitizenApp({
      mocks: [
        noUnreadMessages,
        noProxyChildren,
        signedInViewer(),
        activeSession,
        {
          request: { query: CitizenMyCaseDraftsDocument },
          result: { data: { myCaseDrafts: [draft] } },
        },
        {
          request: { query: CitizenDeleteCaseDraftDocument, variables: { id: 'draft-1' } },
          result: () => {
            onDelete();
            return { data: { deleteCaseDraft: true } };
          },
        },
      ],
    });
    const link = await screen.findByRole('link', { name: 'Förnya recept, Farsta vårdcentral' });
    expect(link).toHaveAttribute(
      'href',
      '/clinics/clinic-farsta/case-types/type-renew?draft=draft-1',
    );
    expect(
      screen.getByText(
        'Senast sparat 25 nov. 2026 11:00 · Raderas 25 december 2026 om det inte ändras',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Utkastet sparas i 30 dagar efter den senaste ändringen.'),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Ta bort utkastet Förnya recept, Farsta vårdcentral' }),
    );
    expect(
      await screen.findByText('Utkastet Förnya recept, Farsta vårdcentral är borttaget.'),
    ).toBeInTheDocument();
    expect(onDelete).toHaveBeenCalledOnce();
    expect(screen.queryByRole('link', { name: 'Förnya recept, Farsta vårdcentral' })).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Mina utkast' })).toHaveFocus();
  });
});
