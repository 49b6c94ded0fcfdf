import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { RequestContext } from './request-context.ts';
import { setSessionCookie } from './session.cookies.ts';
import type { SessionService } from './session.service.ts';

/**
 * Root fields that background polling calls; they never count as user activity (a case page
 * left open reports its presence without anyone at the keyboard).
 */
const BACKGROUND_FIELDS = new Set([
  'sessionStatus',
  'reportCasePresence',
  'leaveCasePresence',
  '__typename',
]);

/**
 * The request header the SPAs set on work they do on their own (the draft saved shortly before
 * the inactivity logout): such a request never counts as activity. A client could only shorten
 * its own session with it, so the header needs no proof; a forged one is harmless.
 */
export const BACKGROUND_HEADER = 'x-etj-background';

/** Whether an operation is the user doing something (anything but background polling). */
export function isUserActivity(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some(
    (selection) => selection.kind !== Kind.FIELD || !BACKGROUND_FIELDS.has(selection.name.value),
  );
}

/**
 * Records activity before the operation runs (at most once a minute, see
 * ACTIVITY_RECORD_INTERVAL_MS), and renews the cookie to the new expiry when it did; requests
 * marked with BACKGROUND_HEADER leave the session's expiry where it was.
 */
export function activityPlugin(sessions: SessionService): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        async didResolveOperation({ operation, contextValue, request }) {
          const { session } = contextValue;
          if (!session || !operation || !isUserActivity(operation)) return;
          if (request.http?.headers.get(BACKGROUND_HEADER) === '1') return;
          if (!(await sessions.recordActivity(session))) return;
          setSessionCookie(
            contextValue.res,
            contextValue.surface,
            sessions.issueToken(session, contextValue.surface),
          );
        },
      });
    },
  };
}
