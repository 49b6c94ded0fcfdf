import { IsOptional, IsString, IsUUID } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedText } from '../clinics/clinic.types.ts';

/** One step earlier (UP) or later (DOWN) in its list. */
export const StandardAnswerMove = { UP: 'UP', DOWN: 'DOWN' } as const;
export type StandardAnswerMove = keyof typeof StandardAnswerMove;

registerEnumType(StandardAnswerMove, {
  name: 'StandardAnswerMove',
  description: 'One step earlier (UP) or later (DOWN) in its list.',
});

@ObjectType({
  description: 'A ready-made answer text of the clinic, as its administrator sees it.',
})
export class ClinicStandardAnswer {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: 'Null: for every case type of the clinic.' })
  caseTypeId: string | null;

  @Field(() => LocalizedText)
  title: LocalizedText;

  @Field(() => LocalizedText)
  text: LocalizedText;

  @Field(() => Int, { description: 'Place in its list (same case type), smallest first.' })
  position: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'Null until first edited.' })
  updatedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Set when retired: no longer offered to caregivers.',
  })
  retiredAt: Date | null;
}

@InputType()
export class CreateStandardAnswerInput {
  @Field(() => ID, { nullable: true, description: 'Null: for every case type of the clinic.' })
  @IsOptional()
  @IsUUID()
  caseTypeId?: string | null;

  @Field(() => String)
  @IsString()
  titleSv: string;

  @Field(() => String)
  @IsString()
  textSv: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  titleEn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  textEn?: string | null;
}

@InputType({ description: 'New texts; the case type an answer is for does not change.' })
export class UpdateStandardAnswerInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => String)
  @IsString()
  titleSv: string;

  @Field(() => String)
  @IsString()
  textSv: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  titleEn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  textEn?: string | null;
}
