import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { Authorized, Extensions, type AuthChecker } from 'type-graphql';
import { AppError, forbidden, unauthenticated } from '../common/errors.ts';
import type { RequestContext } from './request-context.ts';
import type { ActorKind } from './actor.ts';

/**
 * Marker kept in the schema's field extensions, so a test can walk the schema for guards.
 * `beforeTerms`: the operation answers before the actor has accepted the current terms.
 */
export type AccessRule = { public: true } | { actors: ActorKind[]; beforeTerms?: true };

/**
 * This root operation may be called by the given kinds of actor only, and only once they have
 * accepted the current terms of use.
 */
export function Allow(...actors: [ActorKind, ...ActorKind[]]): MethodDecorator {
  return allow({ actors });
}

/**
 * Like `@Allow`, and open before the current terms are accepted: only for what the SPA needs
 * to show the terms and take the acceptance (who is logged in, the session, the acceptance).
 */
export function AllowBeforeTerms(...actors: [ActorKind, ...ActorKind[]]): MethodDecorator {
  return allow({ actors, beforeTerms: true });
}

function allow(rule: { actors: ActorKind[]; beforeTerms?: true }): MethodDecorator {
  const extension = Extensions({ access: rule satisfies AccessRule });
  const authorized = Authorized(...rule.actors);
  return (target, key, descriptor) => {
    extension(target, key, descriptor);
    authorized(target, key, descriptor);
  };
}

/** The refusal of an operation before the current terms are accepted; the SPAs show the terms. */
export const termsNotAccepted = (): AppError => forbidden('TERMS_NOT_ACCEPTED');

/** This root operation is deliberately open to anonymous callers. */
export function Public(): MethodDecorator {
  return Extensions({ access: { public: true } satisfies AccessRule });
}

/** Checks `@Allow`: no session answers UNAUTHENTICATED (with why), the wrong actor FORBIDDEN. */
export const authChecker: AuthChecker<RequestContext, ActorKind> = ({ context }, actors) => {
  if (!context.actor) throw unauthenticated(context.authProblem);
  if (!actors.includes(context.actor.kind)) throw new AppError('FORBIDDEN');
  return true;
};

/**
 * Deny by default: a root field without an access rule is refused even if it slipped into the
 * schema. The markers are fixed when the schema is built, so the refusal is put in place then,
 * once, rather than checked on every field of every request.
 */
export function denyUnmarkedRootFields(schema: GraphQLSchema): GraphQLSchema {
  const refuse = () => {
    throw new AppError('FORBIDDEN');
  };
  for (const root of [
    schema.getQueryType(),
    schema.getMutationType(),
    schema.getSubscriptionType(),
  ]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (field.extensions.access) continue;
      field.resolve = refuse;
      if (field.subscribe) field.subscribe = refuse;
    }
  }
  return schema;
}

/**
 * The server's terms gate, deny by default: every root operation for actors answers
 * FORBIDDEN (reason TERMS_NOT_ACCEPTED) to an actor of its kinds who has not accepted the
 * current terms, unless it is marked `@AllowBeforeTerms`. Put in place once at schema build;
 * no actor or the wrong kind of actor still get `@Allow`'s own answers.
 */
export function requireAcceptedTerms(schema: GraphQLSchema): GraphQLSchema {
  for (const root of [
    schema.getQueryType(),
    schema.getMutationType(),
    schema.getSubscriptionType(),
  ]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const rule = field.extensions.access as AccessRule | undefined;
      if (!rule || 'public' in rule || rule.beforeTerms) continue;
      const mustHaveAccepted = (context: RequestContext) => {
        const actor = context.actor;
        if (actor && !context.termsAccepted && rule.actors.includes(actor.kind))
          throw termsNotAccepted();
      };
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: RequestContext, info) => {
        mustHaveAccepted(context);
        return resolve(source, args, context, info);
      };
      const subscribe = field.subscribe;
      if (subscribe)
        field.subscribe = (source, args, context: RequestContext, info) => {
          mustHaveAccepted(context);
          return subscribe(source, args, context, info);
        };
    }
  }
  return schema;
}
