import { buildSchema, graphql, GraphQLID, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { acceptOnlyUuidIds, notAnIdFieldPath, UuidId } from './uuid-id.ts';

const SDL = `
  input Filter { caseId: ID, ids: [ID!] }
  type Query { one(id: ID!): ID!, many(filter: Filter): [ID!]! }
`;

function schema() {
  const built = buildSchema(SDL);
  built.getQueryType()!.getFields()['one']!.resolve = (_s, args: { id: string }) => args.id;
  built.getQueryType()!.getFields()['many']!.resolve = (
    _s,
    args: { filter: { caseId?: string; ids?: string[] } },
  ) => [args.filter.caseId ?? '', ...(args.filter.ids ?? [])];
  return acceptOnlyUuidIds(built);
}

const id = '6F9619FF-8B86-D011-B42D-00C04FC964FF';

describe('acceptOnlyUuidIds', () => {
  it('prints the same schema: the contract keeps its ID', () => {
    expect(printSchema(schema())).toBe(printSchema(buildSchema(SDL)));
    expect(schema().getType('ID')).toBe(UuidId);
    expect(schema().getType('ID')).not.toBe(GraphQLID);
  });

  it('takes a UUID, in lower case, as argument, variable or input field', async () => {
    const result = await graphql({
      schema: schema(),
      source: `query($f: Filter) { one(id: "${id}") many(filter: $f) }`,
      variableValues: { f: { caseId: id, ids: [id] } },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ one: id.toLowerCase(), many: Array(2).fill(id.toLowerCase()) });
  });

  it('refuses anything else before a resolver runs', async () => {
    for (const [source, variableValues] of [
      ['{ one(id: "nope") }', {}],
      ['{ one(id: 42) }', {}],
      ['query($id: ID!) { one(id: $id) }', { id: "1' OR '1'='1" }],
      ['query($f: Filter) { many(filter: $f) }', { f: { ids: [id, 'x'] } }],
    ] as const) {
      const result = await graphql({ schema: schema(), source, variableValues });
      expect(result.data ?? null).toBe(null);
      expect(result.errors?.[0]?.message).toMatch(/Expected an ID \(a UUID\)/);
    }
  });
});

describe('notAnIdFieldPath', () => {
  it('names the input field of a refused ID, and nothing for a bare argument', async () => {
    const inField = await graphql({
      schema: schema(),
      source: 'query($f: Filter) { many(filter: $f) }',
      variableValues: { f: { ids: [id, 'x'] } },
    });
    expect(notAnIdFieldPath(inField.errors?.[0])).toBe('ids[1]');
    const bare = await graphql({
      schema: schema(),
      source: 'query($id: ID!) { one(id: $id) }',
      variableValues: { id: 'x' },
    });
    expect(notAnIdFieldPath(bare.errors?.[0])).toBe(null);
  });
});
