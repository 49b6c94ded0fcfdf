// Calls for every root operation of the committed schema, built from the schema itself, so a new
// operation is covered without anyone listing it: used by the HTTP-edge and log-leak tests.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  isCompositeType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { createClinic, createPerson, createRegion, createStaff } from './factories.ts';
import { Browser, type Harness } from './harness.ts';

export const committedSchema: GraphQLSchema = buildSchema(
  readFileSync(new URL('../../../packages/graphql/schema.graphql', import.meta.url), 'utf8'),
);

/** What to put where: a value per scalar kind; `idAt` marks the one ID to replace. */
export type Fill = {
  id: () => string;
  string: () => string;
  json: () => Record<string, unknown>;
};

export const plainFill: Fill = {
  id: () => randomUUID(),
  string: () => 'x',
  json: () => ({}),
};

export type OperationCall = {
  /** `query.clinic(id)`, `mutation.assignCase(input.caseId)`: what the call exercises. */
  label: string;
  document: string;
  variables: Record<string, unknown>;
};

type RootField = { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> };

export function rootFields(schema: GraphQLSchema = committedSchema): RootField[] {
  const query = Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ({
    kind: 'query' as const,
    field,
  }));
  const mutation = Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({
    kind: 'mutation' as const,
    field,
  }));
  return [...query, ...mutation];
}

/** Paths (`id`, `input.caseId`, `filter.caseTypeId`) to every ID an operation takes. */
export function idPaths(field: GraphQLField<unknown, unknown>): string[] {
  const paths: string[] = [];
  const walk = (type: GraphQLInputType, path: string, seen: Set<string>) => {
    const named = getNamedType(type);
    if (named instanceof GraphQLScalarType && named.name === 'ID') paths.push(path);
    if (named instanceof GraphQLInputObjectType && !seen.has(named.name)) {
      for (const inner of Object.values(named.getFields()))
        walk(inner.type, `${path}.${inner.name}`, new Set([...seen, named.name]));
    }
  };
  for (const arg of field.args) walk(arg.type, arg.name, new Set());
  return paths;
}

/**
 * A value for an input type: required fields filled, optional ones too when `full`, and the
 * value at `replace.path` (a dotted path from this value) taken from `replace.value`.
 */
function valueFor(
  type: GraphQLInputType,
  fill: Fill,
  full: boolean,
  replace?: { path: string[]; value: unknown },
): unknown {
  if (replace && replace.path.length === 0) return replace.value;
  if (type instanceof GraphQLNonNull) return valueFor(type.ofType, fill, full, replace);
  if (type instanceof GraphQLList) return [valueFor(type.ofType, fill, full, replace)];
  if (type instanceof GraphQLInputObjectType) {
    const value: Record<string, unknown> = {};
    for (const inner of Object.values(type.getFields())) {
      const inward =
        replace?.path[0] === inner.name
          ? { path: replace.path.slice(1), value: replace.value }
          : undefined;
      if (!inward && !full && !(inner.type instanceof GraphQLNonNull)) continue;
      value[inner.name] = valueFor(inner.type, fill, full, inward);
    }
    return value;
  }
  if (type instanceof GraphQLEnumType) return type.getValues()[0]?.value;
  switch (type.name) {
    case 'ID':
      return fill.id();
    case 'String':
      return fill.string();
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'DateTime':
      return '2026-11-25T09:00:00Z';
    case 'JSONObject':
      return fill.json();
    default:
      throw new Error(`no test value for the scalar ${type.name}`);
  }
}

/**
 * One call of a root operation with every argument given as a variable: required arguments
 * always, optional ones when `full`; `replace` puts a chosen value at one path (`input.caseId`).
 */
export function callOf(
  { kind, field }: RootField,
  fill: Fill,
  options: { full?: boolean; replace?: { path: string; value: unknown }; name?: string } = {},
): OperationCall {
  const full = options.full ?? false;
  const replacePath = options.replace?.path.split('.') ?? [];
  const args = field.args.filter(
    (arg: GraphQLArgument) =>
      full || arg.type instanceof GraphQLNonNull || replacePath[0] === arg.name,
  );
  const variables: Record<string, unknown> = {};
  for (const arg of args) {
    const onPath = replacePath[0] === arg.name && options.replace;
    variables[arg.name] = valueFor(
      arg.type,
      fill,
      full,
      onPath ? { path: replacePath.slice(1), value: options.replace?.value } : undefined,
    );
  }
  const declared = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  const head = `${kind}${options.name ? ` ${options.name}` : ''}${declared ? `(${declared})` : ''}`;
  const document = `${head} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
  const label = `${kind}.${field.name}${options.replace ? `(${options.replace.path})` : ''}`;
  return { label, document, variables };
}

/**
 * The two callers both tests send every operation as: a citizen, and one staff member who holds
 * every clinic role and the region's, so each operation gets past its role check.
 */
export async function signInCitizenAndAllRoleStaff(
  h: Harness,
): Promise<{ citizen: Browser; staff: Browser }> {
  const region = await createRegion(h.prisma);
  const clinic = await createClinic(h.prisma, region.id);
  const person = await createPerson(h.prisma, { birthDate: '1980-03-14' });
  const member = await createStaff(h.prisma, {
    assignments: [
      { clinicId: clinic.id, roles: ['CASE_RECEIVER', 'CAREGIVER', 'CLINIC_ADMIN', 'AUDITOR'] },
      { regionId: region.id, roles: ['REGION_ADMIN'] },
    ],
  });
  const citizen = new Browser(h.baseUrl, 'citizen');
  await citizen.login(person.identityNumber);
  const staff = new Browser(h.baseUrl, 'staff');
  await staff.login(member.hsaId);
  return { citizen, staff };
}
