import { CASE_TYPE_KINDS, type CaseTypeKind } from '@etj/domain';
import { registerEnumType } from 'type-graphql';

/** The GraphQL enum of the case-type kinds: the national types, and CUSTOM for a clinic's own. */
export const CaseTypeKindEnum = Object.fromEntries(CASE_TYPE_KINDS.map((kind) => [kind, kind])) as {
  [K in CaseTypeKind]: K;
};
registerEnumType(CaseTypeKindEnum, {
  name: 'CaseTypeKind',
  description: 'One of the national case types, or CUSTOM for a clinic’s own.',
});

export type { CaseTypeKind };
