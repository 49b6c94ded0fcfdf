import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import {
  activeSession,
  anonymousViewer,
  currentLocation,
  renderCitizenApp,
  noDrafts,
  noProxyChildren,
  noUnreadMessages,
  signedInViewer,
} from './test/render-app.tsx';

afterEach(() => {
  document.title = '';
});

describe('language switch', () => {
  it('switches the page to English through the URL and back to Swedish', async () => {
    renderCitizenApp({ path: '/terms', mocks: [anonymousViewer] });
    expect(screen.getByRole('heading', { level: 1, name: 'Användarvillkor' })).toBeInTheDocument();
    await waitFor(() => {
      expect(document.title).toBe('Användarvillkor – E-tjänster för vården');
    });

    await userEvent.click(screen.getByRole('link', { name: 'English' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Terms of use' })).toBeInTheDocument();
    expect(currentLocation()).toBe('/terms?lang=en');
    await waitFor(() => {
      expect(document.documentElement).toHaveAttribute('lang', 'en');
    });
    expect(document.title).toBe('Terms of use – Healthcare e-services');
    // In-app links carry the language on, so it survives navigation without any storage.
    const footer = screen.getByRole('navigation', { name: 'About the service' });
    expect(within(footer).getByRole('link', { name: 'Accessibility statement' })).toHaveAttribute(
      'href',
      '/accessibility?lang=en',
    );

    await userEvent.click(screen.getByRole('link', { name: 'Svenska' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Användarvillkor' })).toBeInTheDocument();
    expect(currentLocation()).toBe('/terms');
  });

  it('keeps nothing in web storage or cookies', async () => {
    renderCitizenApp({ path: '/?lang=en', mocks: [anonymousViewer] });
    await screen.findByRole('heading', { level: 1, name: 'Contact your healthcare clinic' });
    await userEvent.click(screen.getByRole('link', { name: 'Svenska' }));
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(document.cookie).toBe('');
  });
});

describe('start page', () => {
  it('invites a logged-out visitor to log in through the API, in the chosen language', async () => {
    renderCitizenApp({ path: '/?lang=en', mocks: [anonymousViewer] });
    await screen.findByRole('heading', { level: 1, name: 'Contact your healthcare clinic' });
    expect(screen.getByRole('link', { name: 'Log in' })).toHaveAttribute(
      'href',
      '/api/citizen/auth/login?returnTo=/citizen/&lang=en',
    );
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute(
      'href',
      '#main-content',
    );
  });

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

describe('pages without a session', () => {
  it('explains a refused login by its code', () => {
    renderCitizenApp({ path: '/login?error=NO_PERSONNUMMER', mocks: [] });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Inloggningen gick inte att slutföra' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/samordningsnummer eller reservnummer/)).toBeInTheDocument();
  });

  it('says why the user was logged out after expiry', () => {
    renderCitizenApp({ path: '/logged-out?reason=expired&lang=en', mocks: [] });
    expect(
      screen.getByRole('heading', { level: 1, name: 'You have been logged out' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/had not done anything for 60 minutes/)).toBeInTheDocument();
  });
});
