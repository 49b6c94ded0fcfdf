import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedText } from '../clinics/clinic.types.ts';

/** Shared shapes of a case as the citizen and staff read it (contract in packages/graphql). */

/** A string-literal list as the object type-graphql registers as a GraphQL enum. */
export function enumOf<const T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
}

export const CASE_STATUSES = [
  'NEW',
  'ASSIGNED',
  'ANSWERED',
  'WAITING_FOR_CITIZEN',
  'CLOSED',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CaseStatusEnum = enumOf(CASE_STATUSES);
registerEnumType(CaseStatusEnum, { name: 'CaseStatus' });

export const MESSAGE_KINDS = [
  'CASE_SUBMITTED',
  'ANSWER',
  'PARTIAL_ANSWER',
  'COUNTER_QUESTION',
  'CITIZEN_REPLY',
  'SYSTEM_NOTICE',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];
export const MessageKindEnum = enumOf(MESSAGE_KINDS);
registerEnumType(MessageKindEnum, { name: 'MessageKind' });

export const MESSAGE_AUTHOR_KINDS = ['CITIZEN', 'STAFF', 'SYSTEM'] as const;
export type MessageAuthorKind = (typeof MESSAGE_AUTHOR_KINDS)[number];
export const MessageAuthorKindEnum = enumOf(MESSAGE_AUTHOR_KINDS);
registerEnumType(MessageAuthorKindEnum, { name: 'MessageAuthorKind' });

/** Structured outcomes a response form can carry besides its text. */
export const OUTCOME_KINDS = [
  'APPOINTMENT_BOOKED',
  'PRESCRIPTION_RENEWED',
  'PLEASE_CALL_US',
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];
export const OutcomeKindEnum = enumOf(OUTCOME_KINDS);
registerEnumType(OutcomeKindEnum, { name: 'OutcomeKind' });

@ObjectType({ description: 'A structured outcome of an answer, e.g. a booked appointment.' })
export class ResponseOutcome {
  @Field(() => OutcomeKindEnum)
  kind: OutcomeKind;

  @Field(() => Date, { nullable: true, description: 'APPOINTMENT_BOOKED: when.' })
  appointmentAt: Date | null;

  @Field(() => String, { nullable: true, description: 'APPOINTMENT_BOOKED: where.' })
  place: string | null;

  @Field(() => String, { nullable: true, description: 'PLEASE_CALL_US: the number to call.' })
  phone: string | null;
}

@ObjectType({ description: 'A file sent with a case, recognised by its content.' })
export class AttachmentInfo {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  fileName: string;

  @Field(() => String, { description: 'application/pdf, image/png, image/jpeg or image/gif.' })
  mediaType: string;

  @Field(() => Int)
  sizeBytes: number;
}

@ObjectType({ description: 'A message in a case. Internal notes are never messages.' })
export class CaseMessageView {
  @Field(() => ID)
  id: string;

  @Field(() => MessageKindEnum)
  kind: MessageKind;

  @Field(() => MessageAuthorKindEnum)
  authorKind: MessageAuthorKind;

  @Field(() => LocalizedText, {
    nullable: true,
    description:
      'Staff: name and title (the title in English where known); citizen: name; system: null.',
  })
  authorName: LocalizedText | null;

  @Field(() => String, { nullable: true })
  text: string | null;

  @Field(() => [ResponseOutcome])
  outcomes: ResponseOutcome[];

  @Field(() => [AttachmentInfo])
  attachments: AttachmentInfo[];

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;
}

@ObjectType({ description: 'The sent form: the version’s definition and the answers.' })
export class SentForm {
  @Field(() => GraphQLJSONObject, { description: 'The definition the case was sent with.' })
  definition: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, {
    description: 'The clinic’s options in force when it was sent.',
  })
  clinicOptions: Record<string, unknown>;

  @Field(() => GraphQLJSONObject)
  answers: Record<string, unknown>;
}

export { LocalizedText };
