import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expiredUrl, loggedOutUrl } from '../routing/surface.ts';
import {
  FIXTURE_SESSION_DOCUMENTS,
  renderFixtureApp,
  sessionStatus,
  signedInViewer,
} from '../test/fixture-app.tsx';
import { TEST_SESSION_HANDLE } from '../testing/index.tsx';
import { BEFORE_LOGOUT_LEAD_MS, type BeforeLogout, useBeforeLogout } from './before-logout.ts';
import { SESSION_POLL_MS } from './use-session-status.ts';

// Server times only: the browser's clock is deliberately unrelated to them.
const warnAt = '2026-11-25T10:55:00.000Z';
const expiresAt = '2026-11-25T11:00:00.000Z';
/** Half a minute before the logout: the before-logout work starts 10 s later. */
const lateInSession = { now: '2026-11-25T10:59:30.000Z', warnAt, expiresAt };

function UnsavedWork({ work }: { work: BeforeLogout }) {
  useBeforeLogout(work);
  return <h1>Arbete</h1>;
}

function renderWithWork(
  work: BeforeLogout,
  mocks: Parameters<typeof renderFixtureApp>[0]['mocks'],
) {
  return renderFixtureApp({
    path: '/work',
    mocks,
    routes: <Route path="work" element={<UnsavedWork work={work} />} />,
  });
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the session a page started in', () => {
  it('is gone once the status names another session: the page leaves and saves nothing', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const logout = vi.spyOn(globalThis, 'fetch');
    const work = vi.fn(() => Promise.resolve(true));
    const { leave } = renderWithWork(work, [
      signedInViewer(),
      sessionStatus({ ...lateInSession, now: '2026-11-25T10:30:00.000Z', handle: 'session-x' }),
      // Logged out in another tab, and someone else logged in within the poll's half minute.
      sessionStatus(
        {
          now: '2026-11-25T10:59:30.000Z',
          warnAt,
          expiresAt: '2026-11-25T11:00:00.000Z',
          handle: 'session-y',
        },
        Number.POSITIVE_INFINITY,
      ),
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Arbete' });
    await act(() => vi.advanceTimersByTimeAsync(SESSION_POLL_MS));
    await waitFor(() => {
      expect(leave).toHaveBeenCalledWith(loggedOutUrl('citizen', 'sv'));
    });
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(work).not.toHaveBeenCalled();
    expect(logout).not.toHaveBeenCalled();
    expect(leave).not.toHaveBeenCalledWith(expiredUrl('citizen', 'sv'));
  });
});

describe('ending the session after the before-logout work', () => {
  it('does not end it when the person chose to stay logged in while the work ran', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const logout = vi.spyOn(globalThis, 'fetch');
    let finish: (sent: boolean) => void = () => undefined;
    const work = vi.fn(
      () =>
        new Promise<boolean>((resolve) => {
          finish = resolve;
        }),
    );
    const { leave } = renderWithWork(work, [
      signedInViewer(),
      sessionStatus(lateInSession, Number.POSITIVE_INFINITY),
      {
        request: { query: FIXTURE_SESSION_DOCUMENTS.keepAlive },
        result: {
          data: {
            keepSessionAlive: {
              __typename: 'SessionStatus' as const,
              now: '2026-11-25T10:59:42.000Z',
              warnAt: '2026-11-25T11:54:42.000Z',
              expiresAt: '2026-11-25T11:59:42.000Z',
              handle: TEST_SESSION_HANDLE,
            },
          },
        },
      },
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Arbete' });
    await act(() => vi.advanceTimersByTimeAsync(30_000 - BEFORE_LOGOUT_LEAD_MS));
    expect(work).toHaveBeenCalledOnce();

    await userEvent.click(screen.getByRole('button', { name: 'Fortsätt vara inloggad' }));
    await waitFor(() => {
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    });
    await act(async () => {
      finish(true);
      await vi.advanceTimersByTimeAsync(1_000);
    });
    expect(logout).not.toHaveBeenCalled();
    expect(leave).not.toHaveBeenCalled();
  });

  it('shows the expired page only once the expiry has passed when the logout did not get through', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const logout = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('offline'));
    const { leave } = renderWithWork(
      () => Promise.resolve(true),
      [signedInViewer(), sessionStatus(lateInSession, Number.POSITIVE_INFINITY)],
    );
    await screen.findByRole('heading', { level: 1, name: 'Arbete' });
    await act(() => vi.advanceTimersByTimeAsync(30_000 - BEFORE_LOGOUT_LEAD_MS));
    await waitFor(() => {
      expect(logout).toHaveBeenCalledWith(
        '/api/citizen/auth/logout',
        expect.objectContaining({ method: 'POST' }),
      );
    });
    expect(leave).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(BEFORE_LOGOUT_LEAD_MS));
    expect(leave).toHaveBeenCalledWith(expiredUrl('citizen', 'sv'));
  });
});
