import { ErrorLink } from '@apollo/client/link/error';
import { isSessionExpired } from './api-problem.ts';

/** Calls `onExpired` when any operation answers UNAUTHENTICATED with reason SESSION_EXPIRED. */
export function sessionExpiryLink(onExpired: () => void): ErrorLink {
  return new ErrorLink(({ error }) => {
    if (isSessionExpired(error)) onExpired();
  });
}
