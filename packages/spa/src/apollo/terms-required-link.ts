import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { languageFromSearch, withLanguage } from '@etj/ui';

/** Whether the API refused an operation because the viewer has not accepted the current terms. */
export function isTermsNotAccepted(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some(
      (e) => e.extensions?.code === 'FORBIDDEN' && e.extensions.reason === 'TERMS_NOT_ACCEPTED',
    )
  );
}

/** Calls `onRequired` when any operation answers FORBIDDEN with reason TERMS_NOT_ACCEPTED. */
export function termsRequiredLink(onRequired: () => void): ErrorLink {
  return new ErrorLink(({ error }) => {
    if (isTermsNotAccepted(error)) onRequired();
  });
}

let leaving = false;

/**
 * Sends the whole page to the app's start page, in the same language: it loads the viewer
 * afresh and, since the terms are not accepted, shows them to accept (a deep link, or terms
 * that changed during the session, end up there).
 */
export function leaveForTerms(): void {
  if (leaving) return;
  leaving = true;
  window.location.assign(
    withLanguage(import.meta.env.BASE_URL, languageFromSearch(window.location.search)),
  );
}
