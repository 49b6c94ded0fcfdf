import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { type Mocks, currentLocation } from './index.tsx';

/** What the shell tests need to know of one SPA. */
export interface ShellTestApp {
  /** `citizen` or `staff`: the app's base path and the API's auth routes. */
  name: 'citizen' | 'staff';
  /** Renders the whole app at `path` over mocked GraphQL. */
  render: (options: { path?: string; mocks: Mocks }) => unknown;
  /** The app's viewer query answered "nobody is logged in". */
  anonymousViewer: Mocks[number];
  /** The product name after the page title, e.g. `E-tjänster för vården`. */
  productName: { sv: string; en: string };
  /** The start page's heading in English for someone logged out. */
  startHeadingEn: string;
  /** A login refusal code the app explains, and a piece of its explanation. */
  refusedLogin: { code: string; text: RegExp };
}

/**
 * The shell both SPAs share, tested through a whole app: the language switch in the URL, no
 * web storage, the start page's login link and skip link, and the pages without a session.
 * What only one app shows (who is logged in, and as what) stays in that app's own tests.
 */
export function describeAppShell(app: ShellTestApp): void {
  afterEach(() => {
    document.title = '';
  });

  describe('language switch', () => {
    it('switches the page to English through the URL and back to Swedish', async () => {
      app.render({ path: '/terms', mocks: [app.anonymousViewer] });
      expect(
        screen.getByRole('heading', { level: 1, name: 'Användarvillkor' }),
      ).toBeInTheDocument();
      await waitFor(() => {
        expect(document.title).toBe(`Användarvillkor – ${app.productName.sv}`);
      });

      await userEvent.click(screen.getByRole('link', { name: 'English' }));

      expect(screen.getByRole('heading', { level: 1, name: 'Terms of use' })).toBeInTheDocument();
      expect(currentLocation()).toBe('/terms?lang=en');
      await waitFor(() => {
        expect(document.documentElement).toHaveAttribute('lang', 'en');
      });
      expect(document.title).toBe(`Terms of use – ${app.productName.en}`);
      // In-app links carry the language on, so it survives navigation without any storage.
      const footer = screen.getByRole('navigation', { name: 'About the service' });
      expect(within(footer).getByRole('link', { name: 'Accessibility statement' })).toHaveAttribute(
        'href',
        '/accessibility?lang=en',
      );

      await userEvent.click(screen.getByRole('link', { name: 'Svenska' }));
      expect(
        screen.getByRole('heading', { level: 1, name: 'Användarvillkor' }),
      ).toBeInTheDocument();
      expect(currentLocation()).toBe('/terms');
    });

    it('keeps nothing in web storage or cookies', async () => {
      app.render({ path: '/?lang=en', mocks: [app.anonymousViewer] });
      await screen.findByRole('heading', { level: 1, name: app.startHeadingEn });
      await userEvent.click(screen.getByRole('link', { name: 'Svenska' }));
      expect(localStorage.length).toBe(0);
      expect(sessionStorage.length).toBe(0);
      expect(document.cookie).toBe('');
    });
  });

  describe('start page', () => {
    it('invites a logged-out visitor to log in through the API, in the chosen language', async () => {
      app.render({ path: '/?lang=en', mocks: [app.anonymousViewer] });
      await screen.findByRole('heading', { level: 1, name: app.startHeadingEn });
      expect(screen.getByRole('link', { name: 'Log in' })).toHaveAttribute(
        'href',
        `/api/${app.name}/auth/login?returnTo=/${app.name}/&lang=en`,
      );
      expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
      expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute(
        'href',
        '#main-content',
      );
    });
  });

  describe('pages without a session', () => {
    it('explains a refused login by its code', () => {
      app.render({ path: `/login?error=${app.refusedLogin.code}`, mocks: [] });
      expect(
        screen.getByRole('heading', { level: 1, name: 'Inloggningen gick inte att slutföra' }),
      ).toBeInTheDocument();
      expect(screen.getByText(app.refusedLogin.text)).toBeInTheDocument();
    });

    it('says why the user was logged out after expiry', () => {
      app.render({ path: '/logged-out?reason=expired&lang=en', mocks: [] });
      expect(
        screen.getByRole('heading', { level: 1, name: 'You have been logged out' }),
      ).toBeInTheDocument();
      expect(screen.getByText(/had not done anything for 60 minutes/)).toBeInTheDocument();
    });
  });
}
