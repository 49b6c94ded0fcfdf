import { graphql, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AppError } from '../common/errors.ts';
import { denyUnmarkedRootFields } from './access.ts';

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
