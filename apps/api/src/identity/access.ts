import type { GraphQLSchema } from 'graphql';
import { Authorized, Extensions, type AuthChecker } from 'type-graphql';
import { AppError, unauthenticated } from '../common/errors.ts';
import type { RequestContext } from './request-context.ts';
import type { ActorKind } from './actor.ts';

/** Marker kept in the schema's field extensions, so a test can walk the schema for guards. */
export type AccessRule = { public: true } | { actors: ActorKind[] };

/** This root operation may be called by the given kinds of actor only. */
export function Allow(...actors: [ActorKind, ...ActorKind[]]): MethodDecorator {
  const extension = Extensions({ access: { actors } satisfies AccessRule });
  const authorized = Authorized(...actors);
  return (target, key, descriptor) => {
    extension(target, key, descriptor);
    authorized(target, key, descriptor);
  };
}

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
