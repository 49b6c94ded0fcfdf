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
      expect(screen.getByRole('heading', { level: 1, name: 'Användarvillkor' })).toBeTruthy();
      await waitFor(() => {
        expect(document.title).toBe(`Användarvillkor – ${app.productName.sv}`);
      });

      await userEvent.click(screen.getByRole('link', { name: 'English' }));

      expect(screen.getByRole('heading', { level: 1, name: 'Terms of use' })).toBeTruthy();
      expect(currentLocation()).toBe('/terms?lang=en');
      await waitFor(() => {
        expect(document.documentElement.getAttribute('lang')).toBe('en');
      });
      expect(document.title).toBe(`Terms of use – ${app.productName.en}`);
      // In-app links carry the language on, so it survives navigation without any storage.
      const footer = screen.getByRole('navigation', { name: 'About the service' });
      expect(
        within(footer).getByRole('link', { name: 'Accessibility statement' }).getAttribute('href'),
      ).toBe('/accessibility?lang=en');

      await userEvent.click(screen.getByRole('link', { name: 'Svenska' }));
      expect(screen.getByRole('heading', { level: 1, name: 'Användarvillkor' })).toBeTruthy();
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
      expect(screen.getByRole('link', { name: 'Log in' }).getAttribute('href')).toBe(
        `/api/${app.name}/auth/login?returnTo=/${app.name}/&lang=en`,
      );
      expect(screen.getByRole('main').getAttribute('id')).toBe('main-content');
      expect(screen.getByRole('link', { name: 'Skip to main content' }).getAttribute('href')).toBe(
        '#main-content',
      );
    });
  });

  describe('pages without a session', () => {
    it('explains a refused login by its code', () => {
      app.render({ path: `/login?error=${app.refusedLogin.code}`, mocks: [] });
      expect(
        screen.getByRole('heading', { level: 1, name: 'Inloggningen gick inte att slutföra' }),
      ).toBeTruthy();
      expect(screen.getByText(app.refusedLogin.text)).toBeTruthy();
    });

    it('says why the user was logged out after expiry', () => {
      app.render({ path: '/logged-out?reason=expired&lang=en', mocks: [] });
      expect(
        screen.getByRole('heading', { level: 1, name: 'You have been logged out' }),
      ).toBeTruthy();
      expect(screen.getByText(/had not done anything for 60 minutes/)).toBeTruthy();
    });
  });
}
