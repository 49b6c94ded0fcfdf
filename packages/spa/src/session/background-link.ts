import { ApolloLink } from '@apollo/client';
import { isBeforeLogoutRunning } from './before-logout.ts';

/** The header the API reads as "not the user's activity" (it can only shorten a session). */
export const BACKGROUND_HEADER = 'x-etj-background';

/**
 * Operation context for work a page does on its own while it stays open (a case page reporting
 * who has it open): it goes out marked, so it never keeps an idle session alive.
 */
export const BACKGROUND_CONTEXT = { headers: { [BACKGROUND_HEADER]: '1' } } as const;

/** Operation context that says the user asked for this one, even while before-logout work runs. */
export const USER_ACTIVITY_CONTEXT = { userActivity: true } as const;

/**
 * Marks what is sent while the before-logout work runs (the draft saved shortly before the
 * inactivity logout), so that save does not prolong the session on the server: the server then
 * ends it at the expiry announced, even if the logout the page sends afterwards never arrives.
 * The user's own "stay logged in" carries USER_ACTIVITY_CONTEXT and goes out unmarked.
 */
export const backgroundLink = new ApolloLink((operation, forward) => {
  const { userActivity } = operation.getContext() as { userActivity?: boolean };
  if (isBeforeLogoutRunning() && userActivity !== true) {
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, [BACKGROUND_HEADER]: '1' },
    }));
  }
  return forward(operation);
});
