import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  AttachmentInfo,
  CaseMessageView,
  CaseStatusEnum,
  enumOf,
  LocalizedText,
  OUTCOME_KINDS,
  OutcomeKindEnum,
  SentForm,
  type CaseStatus,
  type OutcomeKind,
} from '../cases/case-view.types.ts';
import { FIRST_ANSWER_DUE_STATES, type FirstAnswerDueState } from './response-due.rules.ts';

export const QUEUE_ASSIGNMENT_FILTERS = ['ANY', 'UNASSIGNED', 'ASSIGNED'] as const;
export type QueueAssignmentFilter = (typeof QUEUE_ASSIGNMENT_FILTERS)[number];
export const QueueAssignmentFilterEnum = enumOf(QUEUE_ASSIGNMENT_FILTERS);
registerEnumType(QueueAssignmentFilterEnum, { name: 'QueueAssignmentFilter' });

export const CASE_LIST_ORDERS = ['STANDARD', 'FIRST_ANSWER_DUE'] as const;
export type CaseListOrder = (typeof CASE_LIST_ORDERS)[number];
export const CaseListOrderEnum = enumOf(CASE_LIST_ORDERS);
registerEnumType(CaseListOrderEnum, {
  name: 'CaseListOrder',
  description:
    'STANDARD: the list’s own order. FIRST_ANSWER_DUE: only the cases waiting for a first answer that have a due time, soonest due first.',
});

export const FirstAnswerDueStateEnum = enumOf(FIRST_ANSWER_DUE_STATES);
registerEnumType(FirstAnswerDueStateEnum, {
  name: 'FirstAnswerDueState',
  description:
    'ON_TRACK; NEAR: under four working hours or a quarter of the target left; OVERDUE: past the due time.',
});

@ObjectType({
  description:
    'Where a case waiting for its first answer stands against the clinic’s target, in working hours.',
})
export class FirstAnswerDue {
  @Field(() => Date)
  dueAt: Date;

  @Field(() => Int, {
    description: 'Working minutes left on the clinic’s calendar; negative: working minutes late.',
  })
  workingMinutesLeft: number;

  @Field(() => FirstAnswerDueStateEnum)
  state: FirstAnswerDueState;
}

export const RESPONSE_KINDS = ['ANSWER', 'PARTIAL_ANSWER', 'COUNTER_QUESTION'] as const;
export type ResponseKind = (typeof RESPONSE_KINDS)[number];
export const ResponseKindEnum = enumOf(RESPONSE_KINDS);
registerEnumType(ResponseKindEnum, {
  name: 'ResponseKind',
  description: 'ANSWER (svar), PARTIAL_ANSWER (delsvar) or COUNTER_QUESTION (motfråga).',
});

@ObjectType({ description: 'A staff member as others see them.' })
export class StaffMemberRef {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  title: string;
}

@ObjectType({ description: 'A case as a row of the clinic queue or a caregiver’s work list.' })
export class StaffCaseSummary {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  reference: string;

  @Field(() => CaseStatusEnum)
  status: CaseStatus;

  @Field(() => Date)
  submittedAt: Date;

  @Field(() => Date)
  lastEventAt: Date;

  @Field(() => ID)
  caseTypeId: string;

  @Field(() => LocalizedText)
  caseTypeName: LocalizedText;

  @Field(() => String, { description: 'The patient (the case’s subject).' })
  patientName: string;

  @Field(() => String, { description: 'Personnummer, YYYYMMDD-NNNN.' })
  patientIdentityNumber: string;

  @Field(() => StaffMemberRef, { nullable: true })
  assignee: StaffMemberRef | null;

  @Field(() => Int, {
    description: 'Send it back when assigning or answering (CONFLICT if stale).',
  })
  revision: number;

  @Field(() => FirstAnswerDue, {
    nullable: true,
    description: 'Time left to the first answer; null once answered or without a target.',
  })
  firstAnswerDue: FirstAnswerDue | null;
}

@ObjectType()
export class StaffCasePage {
  @Field(() => [StaffCaseSummary])
  items: StaffCaseSummary[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  nextCursor: string | null;
}

@ObjectType({ description: 'A note between staff; never shown to the citizen.' })
export class InternalNoteView {
  @Field(() => ID)
  id: string;

  @Field(() => StaffMemberRef)
  author: StaffMemberRef;

  @Field(() => String)
  text: string;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType({ description: 'A case as the receiver or caregiver handling it reads it.' })
export class StaffCase extends StaffCaseSummary {
  @Field(() => String, { description: 'The clinic that received the case.' })
  clinicName: string;

  @Field(() => String, {
    nullable: true,
    description: 'Sent by a guardian for the child: the guardian, "Name, YYYYMMDD-NNNN".',
  })
  sentBy: string | null;

  @Field(() => SentForm)
  form: SentForm;

  @Field(() => [CaseMessageView], { description: 'Oldest first.' })
  messages: CaseMessageView[];

  @Field(() => [InternalNoteView], { description: 'Oldest first.' })
  notes: InternalNoteView[];

  @Field(() => [AttachmentInfo], { description: 'Files sent with the form.' })
  attachments: AttachmentInfo[];

  @Field(() => Boolean, { description: 'The viewer may assign or reassign it.' })
  canAssign: boolean;

  @Field(() => Boolean, { description: 'The viewer may answer, ask, or close it.' })
  canRespond: boolean;

  @Field(() => Date, {
    description: 'When the case will be deleted: two years after its latest event.',
  })
  deletesAt: Date;
}

@InputType()
export class CaseQueueFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  caseTypeId?: string | null;

  @Field(() => [CaseStatusEnum], {
    nullable: true,
    description: 'Default: every status but CLOSED.',
  })
  @IsOptional()
  @ArrayMaxSize(5)
  statuses?: CaseStatus[] | null;

  @Field(() => QueueAssignmentFilterEnum, { nullable: true })
  @IsOptional()
  assignment?: QueueAssignmentFilter | null;

  @Field(() => Int, { nullable: true, description: 'Only cases sent at least this many days ago.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  minAgeDays?: number | null;
}

@InputType()
export class AssignCaseInput {
  @Field(() => ID)
  @IsUUID()
  caseId: string;

  @Field(() => ID, { description: 'A caregiver at the case’s clinic.' })
  @IsUUID()
  staffMemberId: string;

  @Field(() => Int, { description: 'The revision the receiver last saw.' })
  @IsInt()
  @Min(1)
  expectedRevision: number;
}

@InputType()
export class ResponseOutcomeInput {
  @Field(() => OutcomeKindEnum)
  @IsIn(OUTCOME_KINDS)
  kind: OutcomeKind;

  @Field(() => Date, { nullable: true, description: 'APPOINTMENT_BOOKED: required.' })
  @IsOptional()
  @IsDate()
  appointmentAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'APPOINTMENT_BOOKED: required.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'PLEASE_CALL_US: required.' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  phone?: string | null;
}

@InputType({ description: 'A response form: text plus structured outcomes.' })
export class RespondToCaseInput {
  @Field(() => ID)
  @IsUUID()
  caseId: string;

  @Field(() => ResponseKindEnum)
  @IsIn(RESPONSE_KINDS)
  kind: ResponseKind;

  @Field(() => String)
  @IsString()
  @Length(1, 10000)
  text: string;

  @Field(() => [ResponseOutcomeInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @ArrayMaxSize(5)
  outcomes: ResponseOutcomeInput[];

  @Field(() => Boolean, { defaultValue: false, description: 'ANSWER only: close the case too.' })
  @IsBoolean()
  close: boolean;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedRevision: number;
}

@InputType()
export class CloseCaseInput {
  @Field(() => ID)
  @IsUUID()
  caseId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedRevision: number;
}

@InputType()
export class AddInternalNoteInput {
  @Field(() => ID)
  @IsUUID()
  caseId: string;

  @Field(() => String)
  @IsString()
  @Length(1, 5000)
  text: string;
}

@ObjectType({ description: 'A ready-made answer text of the clinic.' })
export class StandardAnswerView {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  text: string;

  @Field(() => ID, { nullable: true, description: 'Null: for every case type of the clinic.' })
  caseTypeId: string | null;
}
