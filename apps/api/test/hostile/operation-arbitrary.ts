// GraphQL operations generated from the committed schema: every query and mutation, each
// argument filled by its type (or, on purpose, by the wrong one), passed as variables or as
// literals in the document, with selections of the answer's fields, unknown fields and aliases.
// Documents are built as graphql-js syntax trees and printed, so every one is well formed
// unless the generator breaks it on purpose.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  Kind,
  OperationTypeNode,
  print,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionNode,
  type SelectionSetNode,
  type ValueNode,
  type VariableDefinitionNode,
} from 'graphql';
import {
  anyJsonArb,
  dateTimeArb,
  idArb,
  intArb,
  jsonObjectArb,
  LOG_MARKER,
  stringArb,
} from './hostile-values.ts';
import { sometimes, toLiteral, typeNode } from './graphql-syntax.ts';

/** The schema the API emits and commits (the SPAs' contract). */
export function loadCommittedSchema(): GraphQLSchema {
  return buildSchema(
    readFileSync(new URL('../../../../packages/graphql/schema.graphql', import.meta.url), 'utf8'),
  );
}

export type GeneratedOperation = {
  /** The root field (or the unknown one) the document asks for. */
  field: string;
  kind: 'query' | 'mutation';
  query: string;
  variables: Record<string, unknown>;
};

export class OperationGenerator {
  constructor(
    private readonly schema: GraphQLSchema,
    /** Real ids of the world: the actor's own records, other people's, clinics, types. */
    private readonly ids: readonly string[],
  ) {}

  /** A value for an input type; now and then a missing, null or wrongly typed one. */
  valueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
    const right = this.rightValueFor(type, depth);
    return fc.oneof(
      { weight: 30, arbitrary: right },
      { weight: 1, arbitrary: anyJsonArb() },
      { weight: 1, arbitrary: fc.constant(null) },
    );
  }

  private rightValueFor(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
    if (isNonNullType(type)) return this.rightValueFor(type.ofType, depth);
    if (isListType(type)) {
      const item = this.valueFor(type.ofType, depth + 1);
      return fc.oneof(
        { weight: 6, arbitrary: fc.array(item, { maxLength: 4 }) },
        { weight: 1, arbitrary: item },
        {
          weight: 1,
          arbitrary: fc
            .tuple(
              fc.integer({ min: 200, max: 3_000 }),
              fc.constantFrom(null, 1, '', LOG_MARKER, {}),
            )
            .map(([n, v]) => Array.from({ length: n }, () => v)),
        },
      );
    }
    if (isEnumType(type)) {
      const names = type.getValues().map((v) => v.name);
      return fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...names) },
        { weight: 1, arbitrary: fc.constantFrom(LOG_MARKER, 'ADMIN', 'answer', '') },
      );
    }
    if (isInputObjectType(type)) {
      if (depth > 4) return fc.constant({});
      const fields = Object.values(type.getFields());
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const f of fields) model[f.name] = this.valueFor(f.type, depth + 1);
      const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
      return fc
        .tuple(
          fc.oneof(
            {
              weight: 8,
              arbitrary: fc.record(model, { requiredKeys: required.map((f) => f.name) }),
            },
            { weight: 1, arbitrary: fc.record(model, { requiredKeys: [] }) },
          ),
          sometimes(fc.constantFrom('unknownField', `x${LOG_MARKER}`, '__proto__'), 30),
          stringArb(),
        )
        .map(([value, unknown, extra]) => (unknown ? { ...value, [unknown]: extra } : value));
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case 'ID':
          return idArb(this.ids);
        case 'String':
          return stringArb();
        case 'Int':
          return intArb();
        case 'Float':
          return fc.oneof(intArb(), fc.double());
        case 'Boolean':
          return fc.oneof(
            { weight: 6, arbitrary: fc.boolean() },
            { weight: 1, arbitrary: anyJsonArb() },
          );
        case 'DateTime':
          return dateTimeArb();
        case 'JSONObject':
          return jsonObjectArb();
        default:
          return anyJsonArb();
      }
    }
    return anyJsonArb();
  }

  /** The arguments of a field: as variables (declared with their own type) or as literals. */
  private argumentsFor(
    args: readonly GraphQLArgument[],
    /** Variables' name prefix; undefined: literals only (a field below the root). */
    prefix: string | undefined,
  ): fc.Arbitrary<{
    nodes: ArgumentNode[];
    definitions: VariableDefinitionNode[];
    variables: Record<string, unknown>;
  }> {
    if (args.length === 0) return fc.constant({ nodes: [], definitions: [], variables: {} });
    const each = args.map((arg) =>
      fc.record({
        present:
          isNonNullType(arg.type) && arg.defaultValue === undefined
            ? fc.constant(true)
            : fc.boolean(),
        value: this.valueFor(arg.type),
        asVariable: fc.boolean(),
        absentOnPurpose: fc.integer({ min: 0, max: 30 }).map((n) => n === 0),
      }),
    );
    return fc.tuple(...each).map((chosen) => {
      const nodes: ArgumentNode[] = [];
      const definitions: VariableDefinitionNode[] = [];
      const variables: Record<string, unknown> = {};
      chosen.forEach((c, i) => {
        const arg = args[i];
        if (!arg || !c.present || c.absentOnPurpose) return;
        const enumLike = isEnumType(getNamedType(arg.type));
        let value: ValueNode;
        if (c.asVariable && prefix !== undefined) {
          const name = `${prefix}${arg.name}`;
          definitions.push({
            kind: Kind.VARIABLE_DEFINITION,
            variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: name } },
            type: typeNode(arg.type),
          });
          variables[name] = c.value;
          value = { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: name } };
        } else {
          value = toLiteral(c.value, enumLike);
        }
        nodes.push({ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: arg.name }, value });
      });
      return { nodes, definitions, variables };
    });
  }

  /** A selection of an output type's fields, `depth` object levels down. */
  private selectionFor(
    type: GraphQLNamedType,
    depth: number,
  ): fc.Arbitrary<SelectionSetNode | undefined> {
    if (isLeafType(type)) return fc.constant(undefined);
    const typename: FieldNode = {
      kind: Kind.FIELD,
      name: { kind: Kind.NAME, value: '__typename' },
    };
    if (isUnionType(type) || isInterfaceType(type)) {
      const possible = this.schema.getPossibleTypes(type);
      return fc.tuple(...possible.map((p) => this.selectionFor(p, depth))).map((sets) => ({
        kind: Kind.SELECTION_SET,
        selections: [
          typename,
          ...sets.flatMap((set, i): SelectionNode[] =>
            set
              ? [
                  {
                    kind: Kind.INLINE_FRAGMENT,
                    typeCondition: {
                      kind: Kind.NAMED_TYPE,
                      name: { kind: Kind.NAME, value: possible[i]?.name ?? '' },
                    },
                    selectionSet: set,
                  },
                ]
              : [],
          ),
        ],
      }));
    }
    if (!isObjectType(type)) return fc.constant(undefined);
    const fields = Object.values(type.getFields()).filter(
      (f) => depth > 0 || isLeafType(getNamedType(f.type)),
    );
    if (fields.length === 0)
      return fc.constant({ kind: Kind.SELECTION_SET, selections: [typename] });
    return fc
      .tuple(
        fc.subarray(fields, { minLength: 1 }),
        sometimes(
          fc.constantFrom('unknownField', `secret${LOG_MARKER}`, 'password', 'identityNumber'),
          40,
        ),
      )
      .chain(([picked, unknown]) =>
        fc.tuple(...picked.map((f) => this.fieldNode(f, depth - 1))).map((nodes) => ({
          kind: Kind.SELECTION_SET,
          selections: [
            ...nodes,
            ...(unknown
              ? [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: unknown } } as FieldNode]
              : []),
          ],
        })),
      );
  }

  private fieldNode(
    field: GraphQLField<unknown, unknown>,
    depth: number,
    prefix?: string,
  ): fc.Arbitrary<
    FieldNode & { definitions: VariableDefinitionNode[]; variables: Record<string, unknown> }
  > {
    return fc
      .tuple(
        this.argumentsFor(field.args, prefix),
        this.selectionFor(getNamedType(field.type), depth),
        sometimes(fc.constantFrom('a', 'b1', `al${LOG_MARKER}`), 10),
        sometimes(fc.constantFrom('include', 'skip'), 15),
      )
      .map(([args, selectionSet, alias, directive]) => ({
        kind: Kind.FIELD,
        // The field's name in the alias: two fields of one selection never share an alias.
        alias: alias ? { kind: Kind.NAME, value: `${alias}_${field.name}` } : undefined,
        name: { kind: Kind.NAME, value: field.name },
        arguments: args.nodes,
        directives: directive
          ? [
              {
                kind: Kind.DIRECTIVE,
                name: { kind: Kind.NAME, value: directive },
                arguments: [
                  {
                    kind: Kind.ARGUMENT,
                    name: { kind: Kind.NAME, value: 'if' },
                    value: { kind: Kind.BOOLEAN, value: directive === 'include' },
                  },
                ],
              },
            ]
          : [],
        selectionSet,
        definitions: args.definitions,
        variables: args.variables,
      }));
  }

  /** Every root field of Query and Mutation, by name. */
  rootFields(): { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] {
    const query = this.schema.getQueryType();
    const mutation = this.schema.getMutationType();
    return [
      ...Object.values(query?.getFields() ?? {}).map((field) => ({
        kind: 'query' as const,
        field,
      })),
      ...Object.values(mutation?.getFields() ?? {}).map((field) => ({
        kind: 'mutation' as const,
        field,
      })),
    ];
  }

  /** One operation of the schema (now and then one of a field the schema does not have). */
  operation(): fc.Arbitrary<GeneratedOperation> {
    const roots = this.rootFields();
    const known = fc.constantFrom(...roots).chain(({ kind, field }) =>
      fc
        .tuple(
          this.fieldNode(field, 3, 'v_'),
          sometimes(fc.constantFrom('Hostile', `Op${LOG_MARKER}`), 3),
          sometimes(
            fc.constantFrom(...roots.map((r) => r.field)).chain((f) => this.fieldNode(f, 1, 'w_')),
            12,
          ),
        )
        .map(([node, name, second]): GeneratedOperation => {
          const { definitions, variables, ...fieldNode } = node;
          const extra = second
            ? (({ definitions: d, variables: v, ...n }) => ({ d, v, n }))(second)
            : undefined;
          const document: DocumentNode = {
            kind: Kind.DOCUMENT,
            definitions: [
              {
                kind: Kind.OPERATION_DEFINITION,
                operation: kind === 'query' ? OperationTypeNode.QUERY : OperationTypeNode.MUTATION,
                name: name ? { kind: Kind.NAME, value: name } : undefined,
                variableDefinitions: [...definitions, ...(extra?.d ?? [])],
                selectionSet: {
                  kind: Kind.SELECTION_SET,
                  selections: [fieldNode, ...(extra ? [extra.n] : [])],
                },
              },
            ],
          };
          return {
            field: field.name,
            kind,
            query: print(document),
            variables: { ...variables, ...(extra?.v ?? {}) },
          };
        }),
    );
    const unknown = fc
      .tuple(
        fc.constantFrom<'query' | 'mutation'>('query', 'mutation'),
        fc.constantFrom('deleteEverything', `x${LOG_MARKER}`, 'users', '__schema'),
      )
      .map(([kind, name]): GeneratedOperation => ({
        field: `(unknown) ${name}`,
        kind,
        query: `${kind} { ${name} { id } }`,
        variables: {},
      }));
    return fc.oneof({ weight: 40, arbitrary: known }, { weight: 1, arbitrary: unknown });
  }
}
