import { screen } from '@testing-library/react';
import { describeAppShell } from '@etj/spa/testing';
import { describe, expect, it } from 'vitest';
import {
  activeSession,
  anonymousViewer,
  renderCitizenApp,
  noDrafts,
  noProxyChildren,
  noUnreadMessages,
  signedInViewer,
} from './test/render-app.tsx';

describeAppShell({
  name: 'citizen',
  render: renderCitizenApp,
  anonymousViewer,
  productName: { sv: 'E-tjänster för vården', en: 'Healthcare e-services' },
  startHeadingEn: 'Contact your healthcare clinic',
  refusedLogin: { code: 'NO_PERSONNUMMER', text: /samordningsnummer eller reservnummer/ },
});

describe('start page when logged in', () => {
  it('shows who is logged in and offers a logout form', async () => {
    renderCitizenApp({
      mocks: [signedInViewer(), activeSession, noDrafts, noUnreadMessages, noProxyChildren],
    });
    await screen.findByRole('heading', { level: 1, name: 'Översikt' });
    expect(screen.getAllByText('Tolvan Tolvansson').length).toBeGreaterThan(0);
    expect(screen.getByText('20000101-2384')).toBeInTheDocument();
    const logout = screen.getByRole('button', { name: 'Logga ut' }).closest('form')!;
    expect(logout).toHaveAttribute('action', '/api/citizen/auth/logout');
    expect(logout).toHaveFormValues({ lang: 'sv' });
  });
});
