import { GraphQLJSONObject } from 'graphql-scalars';
import { IsInt, IsObject, IsOptional, IsUUID, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalizedText } from '../clinics/clinic.types.ts';
import { CaseTypeKindEnum, type CaseTypeKind } from '../clinics/case-type-kind.types.ts';

/** What the citizen fills in: a clinic's activated case type, as its published version says. */
@ObjectType()
export class CaseTypeForm {
  @Field(() => ID, { description: 'The case type.' })
  caseTypeId: string;

  @Field(() => ID, { description: 'The published version the answers will be checked against.' })
  versionId: string;

  @Field(() => ID)
  clinicId: string;

  @Field(() => String)
  clinicName: string;

  @Field(() => CaseTypeKindEnum)
  kind: CaseTypeKind;

  @Field(() => LocalizedText)
  name: LocalizedText;

  @Field(() => GraphQLJSONObject, { description: 'The form definition (packages/domain format).' })
  definition: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, {
    description: 'The clinic’s options for this type, defaults filled in.',
  })
  clinicOptions: Record<string, unknown>;

  @Field(() => LocalizedText, {
    nullable: true,
    description: 'The clinic’s terms for this type (sanitised).',
  })
  terms: LocalizedText | null;

  @Field(() => Int)
  expectedResponseDays: number;

  @Field(() => Boolean)
  attachmentsAllowed: boolean;

  @Field(() => Boolean)
  availableForProxy: boolean;

  @Field(() => Boolean)
  closed: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Last day of a temporary closure (YYYY-MM-DD).',
  })
  closedUntil: string | null;

  @Field(() => LocalizedText, { nullable: true })
  notice: LocalizedText | null;
}

@ObjectType({ description: 'A form in progress, kept on the server.' })
export class CaseDraft {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  clinicId: string;

  @Field(() => String)
  clinicName: string;

  @Field(() => ID)
  caseTypeId: string;

  @Field(() => LocalizedText)
  caseTypeName: LocalizedText;

  @Field(() => GraphQLJSONObject)
  answers: Record<string, unknown>;

  @Field(() => Int, { description: 'Send it back when saving; a stale one is refused (CONFLICT).' })
  revision: number;

  @Field(() => Date)
  updatedAt: Date;

  @Field(() => Date, {
    description: 'When the draft will be deleted unless it is changed: 30 days after updatedAt.',
  })
  deletesAt: Date;
}

@InputType()
export class SaveCaseDraftInput {
  @Field(() => ID, { nullable: true, description: 'Left out: a new draft.' })
  @IsOptional()
  @IsUUID()
  draftId?: string | null;

  @Field(() => ID)
  @IsUUID()
  clinicId: string;

  @Field(() => ID)
  @IsUUID()
  caseTypeId: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Whom the form was opened for: the citizen, or the child in proxy mode. When the session acts for someone else now, the save is refused (CONFLICT SUBJECT_CHANGED).',
  })
  @IsOptional()
  @IsUUID()
  subjectPersonId?: string | null;

  @Field(() => GraphQLJSONObject)
  @IsObject()
  answers: Record<string, unknown>;

  @Field(() => Int, { nullable: true, description: 'The revision the client last saw.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  revision?: number | null;
}

@ObjectType({ description: 'The answers passed every rule of the form.' })
export class CaseDraftReview {
  @Field(() => ID)
  draftId: string;

  @Field(() => Boolean)
  ready: boolean;
}
