import { GraphQLJSONObject } from 'graphql-scalars';
import { IsObject, IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedText } from '../clinics/clinic.types.ts';

/** Where a version of a custom case type stands: being written, offered, or replaced. */
export const CASE_TYPE_VERSION_STATUSES = ['DRAFT', 'PUBLISHED', 'RETIRED'] as const;
export type CaseTypeVersionStatus = (typeof CASE_TYPE_VERSION_STATUSES)[number];
const CaseTypeVersionStatusEnum = Object.fromEntries(
  CASE_TYPE_VERSION_STATUSES.map((status) => [status, status]),
) as { [S in CaseTypeVersionStatus]: S };
registerEnumType(CaseTypeVersionStatusEnum, {
  name: 'CaseTypeVersionStatus',
  description: 'DRAFT while written, PUBLISHED while offered, RETIRED once replaced.',
});

@ObjectType()
export class CaseTypeVersionInfo {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => CaseTypeVersionStatusEnum)
  status: CaseTypeVersionStatus;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;
}

@ObjectType({ description: 'A case type the clinic built itself (egen ärendetyp).' })
export class CustomCaseType {
  @Field(() => ID)
  id: string;

  @Field(() => LocalizedText)
  name: LocalizedText;

  @Field(() => GraphQLJSONObject, {
    description: 'The newest version’s definition: the draft being edited, or the published one.',
  })
  definition: Record<string, unknown>;

  @Field(() => Boolean, { description: 'The newest version is a draft that is not yet published.' })
  hasDraft: boolean;

  @Field(() => [CaseTypeVersionInfo], { description: 'Newest first.' })
  versions: CaseTypeVersionInfo[];
}

@InputType()
export class CreateCustomCaseTypeInput {
  @Field(() => String)
  @MinLength(2)
  @MaxLength(80)
  nameSv: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(80)
  nameEn?: string | null;
}

@InputType()
export class SaveCustomCaseTypeInput {
  @Field(() => ID)
  @IsUUID()
  caseTypeId: string;

  @Field(() => String)
  @MinLength(2)
  @MaxLength(80)
  nameSv: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(80)
  nameEn?: string | null;

  @Field(() => GraphQLJSONObject, { description: 'The form definition (packages/domain format).' })
  @IsObject()
  definition: Record<string, unknown>;
}
