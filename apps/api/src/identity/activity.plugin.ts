import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { RequestContext } from './request-context.ts';
import { setSessionCookie } from './session.cookies.ts';
import type { SessionService } from './session.service.ts';

/** Root fields that background polling calls; they never count as user activity. */
const BACKGROUND_FIELDS = new Set(['sessionStatus', '__typename']);

/** Whether an operation is the user doing something (anything but background polling). */
export function isUserActivity(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some(
    (selection) => selection.kind !== Kind.FIELD || !BACKGROUND_FIELDS.has(selection.name.value),
  );
}

/**
 * Records activity before the operation runs (at most once a minute, see
 * ACTIVITY_RECORD_INTERVAL_MS), and renews the cookie to the new expiry when it did.
 */
export function activityPlugin(sessions: SessionService): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        async didResolveOperation({ operation, contextValue }) {
          const { session } = contextValue;
          if (!session || !operation || !isUserActivity(operation)) return;
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
