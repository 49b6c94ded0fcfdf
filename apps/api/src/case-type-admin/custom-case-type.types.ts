import { GraphQLJSONObject } from 'graphql-scalars';
import { IsObject, IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalizedText } from '../clinics/clinic.types.ts';

@ObjectType()
export class CaseTypeVersionInfo {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { description: 'DRAFT, PUBLISHED or RETIRED' })
  status: string;

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
