import { graphql, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AppError } from '../common/errors.ts';
import { denyUnmarkedRootFields, requireAcceptedTerms } from './access.ts';
import type { RequestContext } from './request-context.ts';

/** A schema with one marked and one unmarked field on each root type. */
function schema(): GraphQLSchema {
  const fields = {
    marked: { type: GraphQLString, resolve: () => 'yes', extensions: { access: { public: true } } },
    unmarked: { type: GraphQLString, resolve: () => 'leaked' },
  };
  const child = new GraphQLObjectType({
    name: 'Child',
    fields: { plain: { type: GraphQLString, resolve: () => 'plain' } },
  });
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        ...fields,
        child: { type: child, resolve: () => ({}), extensions: { access: { public: true } } },
      },
    }),
    mutation: new GraphQLObjectType({ name: 'Mutation', fields }),
  });
}

describe('denyUnmarkedRootFields', () => {
  it('refuses a root query or mutation without an access rule and answers the marked ones', async () => {
    const guarded = denyUnmarkedRootFields(schema());
    const query = await graphql({ schema: guarded, source: '{ marked unmarked }' });
    expect(query.data).toEqual({ marked: 'yes', unmarked: null });
    expect(query.errors?.map((e) => e.originalError)).toEqual([new AppError('FORBIDDEN')]);
    const mutation = await graphql({ schema: guarded, source: 'mutation { unmarked }' });
    expect(mutation.errors?.[0]?.originalError).toBeInstanceOf(AppError);
    expect((mutation.errors?.[0]?.originalError as AppError).code).toBe('FORBIDDEN');
  });

  it('leaves fields below the root alone: the rule is for operations, not their fields', async () => {
    const guarded = denyUnmarkedRootFields(schema());
    const result = await graphql({ schema: guarded, source: '{ child { plain } }' });
    expect(result).toEqual({ data: { child: { plain: 'plain' } } });
  });
});

/** A query root with one operation open before the terms, one gated, and one for staff only. */
function termsSchema(): GraphQLSchema {
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        viewer: {
          type: GraphQLString,
          resolve: () => 'me',
          extensions: { access: { actors: ['CITIZEN'], beforeTerms: true } },
        },
        cases: {
          type: GraphQLString,
          resolve: () => 'cases',
          extensions: { access: { actors: ['CITIZEN'] } },
        },
        queue: {
          type: GraphQLString,
          resolve: () => 'queue',
          extensions: { access: { actors: ['STAFF'] } },
        },
      },
    }),
  });
}

function context(termsAccepted: boolean): RequestContext {
  return {
    actor: { kind: 'CITIZEN', personId: 'p', sessionId: 's', actingForPersonId: null },
    termsAccepted,
  } as RequestContext;
}

describe('requireAcceptedTerms', () => {
  it('refuses an operation not marked beforeTerms until the terms are accepted', async () => {
    const gated = requireAcceptedTerms(termsSchema());
    const before = await graphql({
      schema: gated,
      source: '{ viewer cases }',
      contextValue: context(false),
    });
    expect(before.data).toEqual({ viewer: 'me', cases: null });
    expect(before.errors?.map((e) => e.originalError)).toEqual([
      new AppError('FORBIDDEN', { reason: 'TERMS_NOT_ACCEPTED' }),
    ]);
    expect((before.errors?.[0]?.originalError as AppError).extensions).toEqual({
      reason: 'TERMS_NOT_ACCEPTED',
    });
    const after = await graphql({
      schema: gated,
      source: '{ viewer cases }',
      contextValue: context(true),
    });
    expect(after).toEqual({ data: { viewer: 'me', cases: 'cases' } });
  });

  it('leaves the answer to another kind of actor, or to nobody, to the access check', async () => {
    const gated = requireAcceptedTerms(termsSchema());
    const otherKind = await graphql({
      schema: gated,
      source: '{ queue }',
      contextValue: context(false),
    });
    expect(otherKind).toEqual({ data: { queue: 'queue' } });
    const nobody = await graphql({
      schema: gated,
      source: '{ cases }',
      contextValue: { actor: null, termsAccepted: false },
    });
    expect(nobody).toEqual({ data: { cases: 'cases' } });
  });
});
