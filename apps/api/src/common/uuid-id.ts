import {
  GraphQLError,
  GraphQLID,
  GraphQLInputObjectType,
  GraphQLInterfaceType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  Kind,
  type GraphQLType,
} from 'graphql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value is a UUID in its usual text form (any version, either case). */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** The refusal of a value that is not an ID; the value is not repeated in it. */
export class NotAnIdError extends GraphQLError {
  constructor() {
    super('Expected an ID (a UUID).', { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

const notAnId = () => new NotAnIdError();

/**
 * Where inside an input object a refused ID was (`clinicId`, `outcome.caseId`), as the field
 * problems of BAD_USER_INPUT name it; graphql-js says so only in its message about the variable
 * (`… at "input.clinicId"; Expected an ID (a UUID).`). Null for anything else.
 */
export function notAnIdFieldPath(error: unknown): string | null {
  if (!(error instanceof GraphQLError) || !(error.originalError instanceof NotAnIdError)) {
    return null;
  }
  const at = / at "[A-Za-z_]\w*((?:\.[A-Za-z_]\w*|\[\d+\])+)"; Expected an ID \(a UUID\)\.$/.exec(
    error.message,
  );
  return at?.[1] ? at[1].replace(/^\./, '') : null;
}

/**
 * The schema's `ID`, still named ID so that the contract and the SPAs' types do not change,
 * but taking only UUIDs as input: every record id of ours is one, and anything else would
 * reach PostgreSQL's uuid columns and fail there as an internal error. Taken in lower case,
 * the form the database answers in, so ids compare equal as strings. Output as GraphQL's ID.
 */
export const UuidId = new GraphQLScalarType({
  name: 'ID',
  description: GraphQLID.description,
  serialize: GraphQLID.serialize,
  parseValue(value) {
    if (!isUuid(value)) throw notAnId();
    return value.toLowerCase();
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING || !isUuid(ast.value)) throw notAnId();
    return ast.value.toLowerCase();
  },
});

/**
 * Puts `UuidId` in place of GraphQL's ID everywhere in a built schema (arguments, input fields
 * and output fields), so every operation that takes an ID refuses a non-UUID before any
 * resolver runs. One place, whatever a feature imports as `ID`.
 */
export function acceptOnlyUuidIds(schema: GraphQLSchema): GraphQLSchema {
  const swap = <T extends GraphQLType>(type: T): T => {
    if (type === GraphQLID) return UuidId as T;
    if (type instanceof GraphQLNonNull) return new GraphQLNonNull(swap(type.ofType)) as T;
    if (type instanceof GraphQLList) return new GraphQLList(swap(type.ofType)) as T;
    return type;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type instanceof GraphQLObjectType || type instanceof GraphQLInterfaceType) {
      for (const field of Object.values(type.getFields())) {
        field.type = swap(field.type);
        for (const arg of field.args) arg.type = swap(arg.type);
      }
    } else if (type instanceof GraphQLInputObjectType) {
      for (const field of Object.values(type.getFields())) field.type = swap(field.type);
    }
  }
  const config = schema.toConfig();
  // Rebuilt so that the type map (used to check variables' declared types) holds the new ID.
  return new GraphQLSchema({ ...config, types: config.types.filter((t) => t !== GraphQLID) });
}
