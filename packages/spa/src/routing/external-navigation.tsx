import { createContext, type ReactNode, useContext } from 'react';

/** Leaves the SPA for a whole-page load (the API's routes, or a fresh start after expiry). */
export type LeavePage = (url: string) => void;

const leaveByLocation: LeavePage = (url) => {
  window.location.assign(url);
};

const ExternalNavigationContext = createContext<LeavePage>(leaveByLocation);

/** Tests replace whole-page navigation, which jsdom cannot do. */
export function ExternalNavigationProvider({
  leave,
  children,
}: {
  leave: LeavePage;
  children: ReactNode;
}) {
  return (
    <ExternalNavigationContext.Provider value={leave}>
      {children}
    </ExternalNavigationContext.Provider>
  );
}

export function useLeavePage(): LeavePage {
  return useContext(ExternalNavigationContext);
}
