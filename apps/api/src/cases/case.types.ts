import { IsUUID } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalizedText } from '../clinics/clinic.types.ts';

@InputType()
export class SubmitCaseInput {
  @Field(() => ID, { description: 'The reviewed draft to send.' })
  @IsUUID()
  draftId: string;

  @Field(() => String, {
    description: 'Made by the client once per send; retries with it return the same case.',
  })
  @IsUUID()
  idempotencyKey: string;
}

@ObjectType({ description: 'What the citizen gets after sending (kvitto).' })
export class CaseReceipt {
  @Field(() => ID)
  caseId: string;

  @Field(() => String, { description: 'Shown to the citizen and staff, e.g. E-2026-7F3A9C21.' })
  reference: string;

  @Field(() => Date)
  submittedAt: Date;

  @Field(() => String)
  clinicName: string;

  @Field(() => LocalizedText)
  caseTypeName: LocalizedText;

  @Field(() => Int)
  expectedResponseDays: number;
}
