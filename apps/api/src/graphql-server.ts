import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { availabilityPlugin } from './availability/availability.ts';
import type { Clock } from './common/clock.ts';
import { apolloLogger } from './common/apollo-logger.ts';
import { createFormatError, schemaFieldNames } from './common/errors.ts';
import { inputGuardPlugin, inputLiteralsRule } from './common/input-guard.ts';
import { activityPlugin } from './identity/activity.plugin.ts';
import type { RequestContext } from './identity/request-context.ts';
import type { SessionService } from './identity/session.service.ts';
import type { ProxyActionLogRepository } from './proxy/proxy-action-log.repository.ts';
import { proxyActionPlugin } from './proxy/proxy-action.plugin.ts';
import { createsRateLimitPlugin } from './rate-limits/rate-limit.plugin.ts';
import type { RateLimiters } from './rate-limits/rate-limiters.ts';

/**
 * The Apollo server over the schema, started: the request limits (depth, cost, aliases,
 * directives, tokens, input shape), the one formatError, and the plugins that run around every
 * operation (availability, rate limits, session activity, the record of proxy actions).
 */
export async function startGraphqlServer(deps: {
  schema: GraphQLSchema;
  production: boolean;
  logger: Logger;
  limiters: RateLimiters;
  sessions: SessionService;
  proxyActionLog: ProxyActionLogRepository;
  clock: Clock;
}): Promise<ApolloServer<RequestContext>> {
  const { schema } = deps;
  // Depth, cost, alias and directive limits. Tokens are counted by graphql's own parser
  // (parseOptions), whose refusal is a syntax error (400): armor's counter threw from a plugin
  // hook, which Apollo answers with 500. Suggestions ("Did you mean …", enum values too) are
  // removed in formatError, the one place that sees every error.
  const armor = new ApolloArmor({
    maxDepth: { n: 10, ignoreIntrospection: false },
    maxAliases: { n: 15 },
    maxDirectives: { n: 10 },
    maxTokens: { enabled: false },
    costLimit: { maxCost: 5000 },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: !deps.production,
    ...armor,
    validationRules: [...armor.validationRules, inputLiteralsRule],
    parseOptions: { maxTokens: 3000 },
    logger: apolloLogger(deps.logger),
    formatError: createFormatError(deps.logger, schemaFieldNames(schema)),
    plugins: [
      inputGuardPlugin(),
      // Every answer is no-store: the cache hints plugin would only wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      ...armor.plugins,
      availabilityPlugin(),
      createsRateLimitPlugin(deps.limiters),
      activityPlugin(deps.sessions),
      proxyActionPlugin({ log: deps.proxyActionLog, clock: deps.clock }),
    ],
  });
  await apollo.start();
  return apollo;
}
