import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { RequestContext } from '../identity/request-context.ts';
import type { RateLimiters } from './rate-limiters.ts';
import {
  clientAddressKey,
  createdThingsCount,
  personKey,
  publicMailCount,
  type MutationCall,
} from './rate-limit.rules.ts';
import { rateLimitedError } from './rate-limit.routes.ts';

/**
 * Things a person creates, per person: a mutation operation counts one point for each root
 * field that creates something (CREATING_MUTATIONS; aliases count each). Public calls that send
 * an e-mail (PUBLIC_MAIL_MUTATIONS) count the same way per client address, signed in or not.
 * Over a limit, the operation does not run and the answer is 429 with `Retry-After` and
 * RATE_LIMITED.
 */
export function createsRateLimitPlugin(limiters: RateLimiters): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart() {
      let refusedFor: number | null = null;
      return Promise.resolve({
        async didResolveOperation({ operation, document, contextValue, schema, request }) {
          const actor = contextValue.actor;
          if (operation?.operation !== OperationTypeNode.MUTATION) return;
          const calls = mutationCalls(schema, document, operation, request.variables ?? {});
          const mails = publicMailCount(calls);
          if (mails > 0) {
            const address = clientAddressKey(contextValue.res.req.ip);
            const outcome = await limiters.consume('publicMail', `address:${address}`, mails);
            if (!outcome.ok) {
              contextValue.logger.info(
                { limit: 'publicMail', retryAfterSeconds: outcome.retryAfterSeconds },
                'rate limited',
              );
              refusedFor = outcome.retryAfterSeconds;
              return;
            }
          }
          const count = createdThingsCount(calls);
          if (!actor || count === 0) return;
          const outcome = await limiters.consume('creates', personKey(actor), count);
          if (outcome.ok) return;
          contextValue.logger.info(
            { limit: 'creates', retryAfterSeconds: outcome.retryAfterSeconds },
            'rate limited',
          );
          refusedFor = outcome.retryAfterSeconds;
        },
        responseForOperation() {
          if (refusedFor === null) return Promise.resolve(null);
          return Promise.resolve({
            http: {
              status: 429,
              headers: new HeaderMap([['retry-after', String(refusedFor)]]),
            },
            body: { kind: 'single', singleResult: { errors: [rateLimitedError(refusedFor)] } },
          });
        },
      });
    },
  };
}

/**
 * The root fields a mutation selects, through inline fragments and fragment spreads too, each
 * with its argument values (empty when they cannot be read; execution refuses those anyway).
 */
export function mutationCalls(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): MutationCall[] {
  const fields = schema.getMutationType()?.getFields() ?? {};
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [],
    ),
  );
  const nodes: FieldNode[] = [];
  const seen = new Set<string>();
  const collect = (set: SelectionSetNode): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) nodes.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) collect(fragment);
      }
    }
  };
  collect(operation.selectionSet);
  return nodes.map((node) => {
    const name = node.name.value;
    const definition = Object.hasOwn(fields, name) ? fields[name] : undefined;
    let args: Record<string, unknown> = {};
    try {
      if (definition) args = getArgumentValues(definition, node, variables);
    } catch {
      // Arguments that do not coerce: the operation fails validation of its own.
    }
    return { name, args };
  });
}
