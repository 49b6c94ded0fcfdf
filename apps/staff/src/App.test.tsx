import { screen } from '@testing-library/react';
import { describeAppShell } from '@etj/spa/testing';
import { describe, expect, it } from 'vitest';
import {
  activeSession,
  anonymousViewer,
  renderStaffApp,
  signedInViewer,
} from './test/render-app.tsx';

describeAppShell({
  name: 'staff',
  render: renderStaffApp,
  anonymousViewer,
  productName: { sv: 'E-tjänster för vården, personal', en: 'Healthcare e-services, staff' },
  startHeadingEn: 'Log in to work with requests',
  refusedLogin: { code: 'NO_ACTIVE_ASSIGNMENT', text: /inget aktivt medarbetaruppdrag/ },
});

describe('start page when logged in', () => {
  it('shows who is logged in, where, with which roles, and offers a logout form', async () => {
    renderStaffApp({ mocks: [signedInViewer(), activeSession] });
    await screen.findByRole('heading', { level: 1, name: 'Översikt' });
    expect(screen.getAllByText('Vera Vårdare').length).toBeGreaterThan(0);
    expect(screen.getByText('Sjuksköterska')).toBeInTheDocument();
    expect(
      screen.getByText('Vårdcentralen Tallbacken (Mottagning), Region Exempelby'),
    ).toBeInTheDocument();
    expect(screen.getByText('Ärendemottagare, Vårdgivare')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Byt arbetsplats' })).toHaveAttribute(
      'href',
      '/choose-unit',
    );
    const logout = screen.getByRole('button', { name: 'Logga ut' }).closest('form')!;
    expect(logout).toHaveAttribute('action', '/api/staff/auth/logout');
    expect(logout).toHaveFormValues({ lang: 'sv' });
  });
});
