// A plain, well-formed call of a root field with one id in every ID slot and every scalar two
// levels down selected: what the hostile suite sends with another person's ids.
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
} from 'graphql';

/** Whether the type holds an ID, itself or in an input object up to three levels down. */
export function takesId(type: GraphQLInputType, depth = 0): boolean {
  const named: GraphQLNamedType = getNamedType(type);
  if (named.name === 'ID') return true;
  if (isInputObjectType(named) && depth < 3)
    return Object.values(named.getFields()).some((f) => takesId(f.type, depth + 1));
  return false;
}

/** A plausible value of a type with `id` in every ID slot. */
function plainValue(type: GraphQLInputType, id: string): unknown {
  if (isNonNullType(type)) return plainValue(type.ofType, id);
  if (isListType(type)) return [plainValue(type.ofType, id)];
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isInputObjectType(type))
    return Object.fromEntries(
      Object.values(type.getFields()).map((f) => [f.name, plainValue(f.type, id)]),
    );
  switch (type.name) {
    case 'ID':
      return id;
    case 'Int':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return '2026-11-25T09:00:00Z';
    case 'JSONObject':
      return { medicines: [{ name: 'Levaxin', strength: '50 mikrogram' }] };
    default:
      return 'Hej';
  }
}

/** Every scalar field two levels down: all that an answer could show of the record. */
function fullSelection(type: GraphQLNamedType, depth: number): string {
  if (isLeafType(type)) return '';
  if (!isObjectType(type)) return '{ __typename }';
  const parts = Object.values(type.getFields())
    .filter((f) => f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined))
    .flatMap((f) => {
      const inner = getNamedType(f.type);
      if (isLeafType(inner)) return [f.name];
      return depth > 0 ? [`${f.name} ${fullSelection(inner, depth - 1)}`] : [];
    });
  return `{ ${parts.length ? parts.join(' ') : '__typename'} }`;
}

export function plainOperation(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  id: string,
): { query: string; variables: Record<string, unknown> } {
  const definitions = field.args.map((a) => `$${a.name}: ${a.type.toString()}`);
  const args = field.args.map((a) => `${a.name}: $${a.name}`);
  const variables = Object.fromEntries(field.args.map((a) => [a.name, plainValue(a.type, id)]));
  const selection = fullSelection(getNamedType(field.type), 2);
  return {
    query: `${kind}${definitions.length ? `(${definitions.join(', ')})` : ''} { ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selection} }`,
    variables,
  };
}
