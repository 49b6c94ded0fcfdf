import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { type ViewerProbeOutcome } from '../session/viewer-probe.ts';
import { SplitRoot, useProbedViewer } from './split-root.tsx';

function AnonymousPages() {
  return <p>anonymous pages: {useProbedViewer().status}</p>;
}

function renderRoot(path: string, probe: Promise<ViewerProbeOutcome<{ me: string }>>) {
  const signedIn = vi.fn(() => Promise.resolve(<p>app with Apollo</p>));
  render(
    <MemoryRouter initialEntries={[path]}>
      <SplitRoot probe={probe} anonymous={<AnonymousPages />} signedIn={signedIn} />
    </MemoryRouter>,
  );
  return signedIn;
}

describe('the root of an SPA whose anonymous pages need no GraphQL client', () => {
  it('shows the anonymous pages, loading until the probe answers, and never loads the app', async () => {
    let answer: (outcome: ViewerProbeOutcome<{ me: string }>) => void = () => undefined;
    const signedIn = renderRoot(
      '/',
      new Promise((resolve) => {
        answer = resolve;
      }),
    );
    expect(screen.getByText('anonymous pages: loading')).toBeInTheDocument();
    answer({ status: 'anonymous' });
    expect(await screen.findByText('anonymous pages: anonymous')).toBeInTheDocument();
    expect(signedIn).not.toHaveBeenCalled();
  });

  it('loads the app for someone logged in, handing it the answer', async () => {
    const outcome = { status: 'signed-in', data: { me: 'Tolvan' } } as const;
    const signedIn = renderRoot('/', Promise.resolve(outcome));
    expect(await screen.findByText('app with Apollo')).toBeInTheDocument();
    expect(signedIn).toHaveBeenCalledWith(outcome);
  });

  it('loads the app for a page the anonymous pages do not have', async () => {
    const signedIn = renderRoot('/inbox', Promise.resolve({ status: 'anonymous' }));
    expect(await screen.findByText('app with Apollo')).toBeInTheDocument();
    expect(signedIn).toHaveBeenCalledTimes(1);
  });

  it('shows a failed probe on the anonymous pages', async () => {
    renderRoot('/privacy', Promise.resolve({ status: 'failed', problem: { code: 'NETWORK' } }));
    expect(await screen.findByText('anonymous pages: failed')).toBeInTheDocument();
  });
});
