import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { appBase, type Surface } from '../routing/surface.ts';
import {
  fetchServiceNotices,
  ServiceNoticeContext,
} from '../service-status/service-status-notice.ts';
import { SurfaceApollo } from './surface-client.tsx';

/** Starts an SPA in `#root`: Apollo against the surface's endpoint, the router at its base. */
export function mountSpa(surface: Surface, app: ReactNode): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');

  createRoot(root).render(
    <StrictMode>
      <ServiceNoticeContext.Provider value={fetchServiceNotices}>
        <SurfaceApollo surface={surface}>
          <BrowserRouter basename={appBase(surface)}>{app}</BrowserRouter>
        </SurfaceApollo>
      </ServiceNoticeContext.Provider>
    </StrictMode>,
  );
}
