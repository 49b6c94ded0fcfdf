// Syntax-tree pieces the operation generator (operation-arbitrary.ts) builds documents from: a
// literal for any value, a type reference, and an arbitrary that is mostly null.
import fc from 'fast-check';
import {
  isListType,
  isNonNullType,
  Kind,
  type GraphQLInputType,
  type TypeNode,
  type ValueNode,
} from 'graphql';

/** A literal for any JS value: the declared type decides only enum versus string. */
export function toLiteral(value: unknown, enumLike = false): ValueNode {
  if (value === null || value === undefined) return { kind: Kind.NULL };
  if (typeof value === 'boolean') return { kind: Kind.BOOLEAN, value };
  if (typeof value === 'number')
    return Number.isInteger(value) && Math.abs(value) < 1e21
      ? { kind: Kind.INT, value: String(value) }
      : { kind: Kind.FLOAT, value: Number.isFinite(value) ? String(value) : '1e999' };
  if (typeof value === 'string')
    return enumLike &&
      /^[_A-Za-z][_0-9A-Za-z]*$/.test(value) &&
      !['true', 'false', 'null'].includes(value)
      ? { kind: Kind.ENUM, value }
      : { kind: Kind.STRING, value };
  if (Array.isArray(value))
    return { kind: Kind.LIST, values: value.map((v) => toLiteral(v, enumLike)) };
  return {
    kind: Kind.OBJECT,
    fields: Object.entries(value as Record<string, unknown>)
      .filter(([k]) => /^[_A-Za-z][_0-9A-Za-z]*$/.test(k))
      .map(([k, v]) => ({
        kind: Kind.OBJECT_FIELD,
        name: { kind: Kind.NAME, value: k },
        value: toLiteral(v, enumLike),
      })),
  };
}

export function typeNode(type: GraphQLInputType): TypeNode {
  if (isNonNullType(type)) {
    const inner = typeNode(type.ofType) as Exclude<TypeNode, { kind: Kind.NON_NULL_TYPE }>;
    return { kind: Kind.NON_NULL_TYPE, type: inner };
  }
  if (isListType(type)) return { kind: Kind.LIST_TYPE, type: typeNode(type.ofType) };
  return { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: type.name } };
}

/** The value once in `oneIn` times, else null. */
export function sometimes<T>(arbitrary: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });
}
