import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, OperationTypeNode, type OperationDefinitionNode } from 'graphql';
import type { Clock } from '../common/clock.ts';
import type { RequestContext } from '../identity/request-context.ts';
import type { ProxyAction, ProxyActionLogRepository } from './proxy-action-log.repository.ts';

/**
 * The root mutation fields of an operation that succeeded: selected, with data, and with no
 * error under them. Pure, so the rule is tested on its own.
 */
export function succeededMutations(
  operation: OperationDefinitionNode,
  data: Record<string, unknown> | null | undefined,
  errorPaths: readonly (readonly (string | number)[] | undefined)[],
): string[] {
  if (operation.operation !== OperationTypeNode.MUTATION || !data) return [];
  const failed = new Set(errorPaths.map((path) => path?.[0]).filter((key) => key !== undefined));
  const names: string[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const key = selection.alias?.value ?? selection.name.value;
    if (failed.has(key) || data[key] === null || data[key] === undefined) continue;
    names.push(selection.name.value);
  }
  return names;
}

/**
 * Records every mutation a guardian makes in proxy mode with both people (DOMAIN.md section 6):
 * the guardian and the child the session acts for, before or (entering proxy mode)
 * after the operation. Reading, archiving and settings are covered as well as sending.
 */
export function proxyActionPlugin(deps: {
  log: ProxyActionLogRepository;
  clock: Clock;
}): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart({ contextValue }) {
      const before = contextValue.actor;
      const actingBefore = before?.kind === 'CITIZEN' ? before.actingForPersonId : null;
      return Promise.resolve({
        async willSendResponse({ operation, response, contextValue: ctx }) {
          if (!operation || response.body.kind !== 'single') return;
          const actor = ctx.actor;
          if (actor?.kind !== 'CITIZEN') return;
          const child = actingBefore ?? actor.actingForPersonId;
          if (!child) return;
          const { data, errors } = response.body.singleResult;
          const names = succeededMutations(
            operation,
            data,
            (errors ?? []).map((e) => e.path),
          );
          const at = deps.clock.now();
          const actions: ProxyAction[] = names.map((operationName) => ({
            occurredAt: at,
            guardianPersonId: actor.personId,
            childPersonId: child,
            operation: operationName,
            requestId: ctx.requestId,
          }));
          await deps.log.record(actions);
        },
      });
    },
  };
}
