import { GraphQLJSONObject } from 'graphql-scalars';
import { IsInt, IsObject, IsOptional, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalizedText } from '../clinics/clinic.types.ts';
import { CaseTypeKindEnum, type CaseTypeKind } from '../clinics/case-type-kind.types.ts';

@ObjectType({
  description: 'A national case type and whether the administrator’s region offers it.',
})
export class RegionOfferingEntry {
  @Field(() => ID)
  caseTypeId: string;

  @Field(() => CaseTypeKindEnum)
  kind: CaseTypeKind;

  @Field(() => LocalizedText)
  name: LocalizedText;

  @Field(() => Boolean)
  offered: boolean;
}

@ObjectType({ description: 'A case type the clinic may offer, with the clinic’s settings for it.' })
export class ClinicCaseTypeSettings {
  @Field(() => ID)
  caseTypeId: string;

  @Field(() => CaseTypeKindEnum)
  kind: CaseTypeKind;

  @Field(() => LocalizedText)
  name: LocalizedText;

  @Field(() => Boolean, { description: 'The clinic’s own custom type.' })
  custom: boolean;

  @Field(() => Boolean)
  active: boolean;

  @Field(() => GraphQLJSONObject, {
    description: 'The clinic options in force, defaults filled in.',
  })
  options: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, {
    description: 'The options the definition declares: { declarations: [...] }.',
  })
  optionDeclarations: Record<string, unknown>;

  @Field(() => LocalizedText, { nullable: true })
  terms: LocalizedText | null;

  @Field(() => Boolean)
  availableForProxy: boolean;

  @Field(() => Boolean)
  attachmentsAllowed: boolean;

  @Field(() => Int)
  expectedResponseDays: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Target time to first answer in working hours on the clinic’s calendar; null: none.',
  })
  responseTargetHours: number | null;

  @Field(() => LocalizedText, { nullable: true })
  notice: LocalizedText | null;

  @Field(() => String, { nullable: true })
  closedFrom: string | null;

  @Field(() => String, { nullable: true })
  closedTo: string | null;

  @Field(() => Int)
  sortOrder: number;

  @Field(() => Int, { description: '0 while never activated; send it back when saving.' })
  revision: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class UpdateClinicCaseTypeInput {
  @Field(() => ID)
  @IsUUID()
  caseTypeId: string;

  @Field(() => Boolean)
  active: boolean;

  @Field(() => GraphQLJSONObject)
  @IsObject()
  options: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'Terms text (limited HTML, sanitised).' })
  @IsOptional()
  @MaxLength(10_000)
  termsSv?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10_000)
  termsEn?: string | null;

  @Field(() => Boolean)
  availableForProxy: boolean;

  @Field(() => Boolean)
  attachmentsAllowed: boolean;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(30)
  expectedResponseDays: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Working hours to first answer, 1–500; null: no target; left out: unchanged. Cases already sent keep their due time.',
  })
  @IsOptional()
  @IsInt()
  responseTargetHours?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  noticeSv?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  noticeEn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DATE)
  closedFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DATE)
  closedTo?: string | null;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(999)
  sortOrder: number;

  @Field(() => Int, { description: 'The revision last seen; 0 for a type never activated.' })
  @IsInt()
  @Min(0)
  revision: number;
}
