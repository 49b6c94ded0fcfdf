import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FIXTURE_SESSION_DOCUMENTS,
  renderFixtureApp,
  sessionStatus,
  signedInViewer,
} from '../test/fixture-app.tsx';
import { errorAnswer, TEST_SESSION_HANDLE } from '../testing/index.tsx';
import { SESSION_POLL_MS } from './use-session-status.ts';

// Server times only: the browser's clock is deliberately unrelated to them.
const warnAt = '2026-11-25T10:55:00.000Z';
const expiresAt = '2026-11-25T11:00:00.000Z';

afterEach(() => {
  vi.useRealTimers();
});

describe('inactivity warning', () => {
  it('appears when the server time has passed warnAt and takes focus', async () => {
    renderFixtureApp({
      mocks: [
        signedInViewer(),
        sessionStatus({ now: '2026-11-25T10:56:00.000Z', warnAt, expiresAt }),
      ],
    });
    const dialog = await screen.findByRole('alertdialog', { name: 'Du loggas snart ut' });
    expect(dialog).toHaveAccessibleDescription(/loggas du ut om 4 minuter/);
    expect(screen.getByRole('button', { name: 'Fortsätt vara inloggad' })).toHaveFocus();
  });

  it('stays hidden before warnAt and appears once a poll reports that the server clock moved', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    renderFixtureApp({
      mocks: [
        signedInViewer(),
        sessionStatus({ now: '2026-11-25T10:30:00.000Z', warnAt, expiresAt }),
        // A test moved the server clock by 27 minutes between two polls.
        sessionStatus({ now: '2026-11-25T10:57:30.000Z', warnAt, expiresAt }),
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Översikt' });
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(SESSION_POLL_MS));

    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveAccessibleDescription(/om 3 minuter/);
  });

  it('closes when "continue" renews the session', async () => {
    const keptAlive = vi.fn();
    renderFixtureApp({
      mocks: [
        signedInViewer(),
        sessionStatus({ now: '2026-11-25T10:56:00.000Z', warnAt, expiresAt }),
        {
          request: { query: FIXTURE_SESSION_DOCUMENTS.keepAlive },
          result: () => {
            keptAlive();
            return {
              data: {
                keepSessionAlive: {
                  __typename: 'SessionStatus' as const,
                  now: '2026-11-25T10:56:05.000Z',
                  warnAt: '2026-11-25T11:51:05.000Z',
                  expiresAt: '2026-11-25T11:56:05.000Z',
                  handle: TEST_SESSION_HANDLE,
                },
              },
            };
          },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Fortsätt vara inloggad' }));
    await waitFor(() => {
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    });
    expect(keptAlive).toHaveBeenCalledOnce();
  });

  it('leaves for the logged-out page when the server says the session expired', async () => {
    const { expired } = renderFixtureApp({
      mocks: [
        signedInViewer(),
        {
          request: { query: sessionStatus({ now: '', warnAt, expiresAt }).request.query },
          result: errorAnswer({ code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' }),
        },
      ],
    });
    await waitFor(() => {
      expect(expired).toHaveBeenCalled();
    });
  });
});
