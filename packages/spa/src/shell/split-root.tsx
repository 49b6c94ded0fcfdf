import { createContext, type ReactNode, StrictMode, useContext, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, useLocation } from 'react-router';
import { appBase, SPA_PATHS, type Surface } from '../routing/surface.ts';
import { type ViewerState } from '../session/use-viewer-query.ts';
import { type ViewerProbeOutcome } from '../session/viewer-probe.ts';
import {
  fetchServiceNotices,
  ServiceNoticeContext,
} from '../service-status/service-status-notice.ts';

/** Pages someone not logged in can reach; they render without the GraphQL client. */
export const ANONYMOUS_PATHS: readonly string[] = Object.values(SPA_PATHS);

/**
 * The probe's answer as the anonymous pages' layout sees it. Someone logged in is shown as
 * loading: their pages (with Apollo) take over as soon as they have loaded.
 */
export function probedViewer<TViewer>(
  outcome: ViewerProbeOutcome<unknown> | undefined,
): ViewerState<TViewer> {
  if (outcome?.status === 'anonymous') return { status: 'anonymous' };
  if (outcome?.status === 'failed') return { status: 'failed', problem: outcome.problem };
  return { status: 'loading' };
}

const ProbeContext = createContext<ViewerProbeOutcome<unknown> | undefined>(undefined);

/** The anonymous pages' `useViewer` (see AppLayout): the early probe's answer. */
export function useProbedViewer<TViewer>(): ViewerState<TViewer> {
  return probedViewer(useContext(ProbeContext));
}

/**
 * Chooses the tree: the anonymous pages (no Apollo) while nobody is known to be logged in and
 * the path is one of theirs, otherwise the app with Apollo, loaded on demand. The anonymous
 * tree stays up (showing loading) until the app's chunk has arrived.
 */
export function SplitRoot<TData>({
  probe,
  anonymous,
  signedIn,
}: {
  probe: Promise<ViewerProbeOutcome<TData>>;
  /** The anonymous pages; their layout's `useViewer` is `useProbedViewer`. */
  anonymous: ReactNode;
  signedIn: (outcome: ViewerProbeOutcome<TData> | undefined) => Promise<ReactNode>;
}) {
  const { pathname } = useLocation();
  const [outcome, setOutcome] = useState<ViewerProbeOutcome<TData>>();
  const [app, setApp] = useState<ReactNode>(null);

  useEffect(() => {
    let current = true;
    void probe.then((answer) => {
      if (current) setOutcome(answer);
    });
    return () => {
      current = false;
    };
  }, [probe]);

  const needsApp =
    outcome?.status === 'signed-in' ||
    (outcome !== undefined && outcome.status !== 'expired' && !ANONYMOUS_PATHS.includes(pathname));
  const loading = needsApp && app === null;
  useEffect(() => {
    if (!loading) return;
    let current = true;
    void signedIn(outcome).then((loaded) => {
      if (current) setApp(loaded);
    });
    return () => {
      current = false;
    };
  }, [loading, signedIn, outcome]);

  if (needsApp && app !== null) return app;
  return <ProbeContext.Provider value={outcome}>{anonymous}</ProbeContext.Provider>;
}

/**
 * Starts an SPA whose anonymous pages need no GraphQL client: `probe` (fired before React
 * renders) tells who is logged in, `anonymous` renders the pages a visitor can reach, and
 * `signedIn` loads the app with Apollo when someone is logged in or asks for another page.
 */
export function mountSplitSpa<TData>(
  surface: Surface,
  props: Parameters<typeof SplitRoot<TData>>[0],
): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <ServiceNoticeContext.Provider value={fetchServiceNotices}>
        <BrowserRouter basename={appBase(surface)}>
          <SplitRoot {...props} />
        </BrowserRouter>
      </ServiceNoticeContext.Provider>
    </StrictMode>,
  );
}
