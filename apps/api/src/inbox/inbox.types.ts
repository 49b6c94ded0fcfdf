import { IsBoolean, IsString, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  AttachmentInfo,
  CaseMessageView,
  CaseStatusEnum,
  enumOf,
  LocalizedText,
  MessageAuthorKindEnum,
  MessageKindEnum,
  SentForm,
  type CaseStatus,
  type MessageAuthorKind,
  type MessageKind,
} from '../cases/case-view.types.ts';

export const INBOX_FOLDERS = ['INBOX', 'ARCHIVE'] as const;
export type InboxFolder = (typeof INBOX_FOLDERS)[number];
export const InboxFolderEnum = enumOf(INBOX_FOLDERS);
registerEnumType(InboxFolderEnum, { name: 'InboxFolder' });

export const NOTICE_KEYS = [
  'PROXY_ENDS_IN_THREE_MONTHS',
  'PROXY_ENDS_IN_ONE_WEEK',
  'CONTACT_DETAILS_REMOVED',
] as const;
export type NoticeKey = (typeof NOTICE_KEYS)[number];
export const NoticeKeyEnum = enumOf(NOTICE_KEYS);
registerEnumType(NoticeKeyEnum, { name: 'NoticeKey' });

export const NOTICE_RECIPIENT_ROLES = ['CHILD', 'GUARDIAN'] as const;
export type NoticeRecipientRole = (typeof NOTICE_RECIPIENT_ROLES)[number];
export const NoticeRecipientRoleEnum = enumOf(NOTICE_RECIPIENT_ROLES);
registerEnumType(NoticeRecipientRoleEnum, { name: 'NoticeRecipientRole' });

@ObjectType({ description: 'A notice from the service; the client words it from key and params.' })
export class SystemNotice {
  @Field(() => NoticeKeyEnum)
  key: NoticeKey;

  @Field(() => NoticeRecipientRoleEnum, { nullable: true })
  recipientRole: NoticeRecipientRole | null;

  @Field(() => String, { nullable: true, description: 'The child the notice is about.' })
  childName: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the day the proxy ends.' })
  endsOn: string | null;
}

@ObjectType({ description: 'A message in the citizen’s inbox (inkorg), with its case.' })
export class InboxMessage {
  @Field(() => ID)
  id: string;

  @Field(() => MessageKindEnum)
  kind: MessageKind;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'Null: unread.' })
  readAt: Date | null;

  @Field(() => Boolean)
  archived: boolean;

  @Field(() => ID, { nullable: true, description: 'Null for a message that is not about a case.' })
  caseId: string | null;

  @Field(() => String, { nullable: true })
  caseReference: string | null;

  @Field(() => CaseStatusEnum, { nullable: true })
  caseStatus: CaseStatus | null;

  @Field(() => String, { nullable: true })
  clinicName: string | null;

  @Field(() => LocalizedText, { nullable: true })
  caseTypeName: LocalizedText | null;

  @Field(() => LocalizedText, {
    nullable: true,
    description: 'Who wrote it (staff name and title, the title in English where known).',
  })
  authorName: LocalizedText | null;

  @Field(() => SystemNotice, {
    nullable: true,
    description: 'A message from the service itself (kind SYSTEM_NOTICE), e.g. about proxy ending.',
  })
  notice: SystemNotice | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the message’s case will be deleted, once that is 30 days away or less.',
  })
  deletionNoticeAt: Date | null;
}

@ObjectType()
export class InboxPage {
  @Field(() => [InboxMessage], { description: 'Newest first.' })
  items: InboxMessage[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  nextCursor: string | null;

  @Field(() => Int, { description: 'Unread messages in the inbox folder.' })
  unreadCount: number;
}

@ObjectType({ description: 'The newest message of a case, as the inbox list shows it.' })
export class InboxCaseMessage {
  @Field(() => ID)
  id: string;

  @Field(() => MessageKindEnum)
  kind: MessageKind;

  @Field(() => MessageAuthorKindEnum)
  authorKind: MessageAuthorKind;

  @Field(() => LocalizedText, {
    nullable: true,
    description: 'Staff name and title for a message from staff; null for any other.',
  })
  authorName: LocalizedText | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'Null: unread.' })
  readAt: Date | null;
}

@ObjectType({ description: 'One of my cases in the inbox list (inkorg), by its newest message.' })
export class InboxCase {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  reference: string;

  @Field(() => CaseStatusEnum)
  status: CaseStatus;

  @Field(() => String)
  clinicName: string;

  @Field(() => LocalizedText)
  caseTypeName: LocalizedText;

  @Field(() => Date)
  submittedAt: Date;

  @Field(() => Boolean)
  archived: boolean;

  @Field(() => InboxCaseMessage, {
    nullable: true,
    description: 'The newest message (the receipt when nothing came after it); null: none.',
  })
  latestMessage: InboxCaseMessage | null;

  @Field(() => Int, { description: 'Messages to me in the case not read yet (none I wrote).' })
  unreadCount: number;

  @Field(() => Boolean, {
    description: 'A counter-question is waiting for my answer (as CitizenCase.canReply).',
  })
  waitingForReply: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'When the case will be deleted, once that is 30 days away or less.',
  })
  deletionNoticeAt: Date | null;
}

@ObjectType({
  description:
    'One entry of the inbox list: a case, or a message that is not about a case (a notice).',
})
export class InboxEntry {
  @Field(() => ID, { description: 'The case’s id, or the message’s.' })
  id: string;

  @Field(() => Date, { description: 'When its newest message came: the list’s order.' })
  latestAt: Date;

  @Field(() => InboxCase, { nullable: true, description: 'Set for a case.' })
  case: InboxCase | null;

  @Field(() => InboxMessage, { nullable: true, description: 'Set for a notice.' })
  message: InboxMessage | null;
}

@ObjectType()
export class InboxCasePage {
  @Field(() => [InboxEntry], { description: 'Newest message first.' })
  items: InboxEntry[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  nextCursor: string | null;

  @Field(() => Int, { description: 'Unread messages in the inbox folder (as InboxPage).' })
  unreadCount: number;
}

@ObjectType({ description: 'A case as its citizen reads it: no internal notes, ever.' })
export class CitizenCase {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  reference: string;

  @Field(() => CaseStatusEnum)
  status: CaseStatus;

  @Field(() => String)
  clinicName: string;

  @Field(() => LocalizedText)
  caseTypeName: LocalizedText;

  @Field(() => Date)
  submittedAt: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Sent by a guardian for the child: the guardian’s name.',
  })
  sentBy: string | null;

  @Field(() => SentForm)
  form: SentForm;

  @Field(() => [AttachmentInfo], { description: 'Files sent with the form.' })
  attachments: AttachmentInfo[];

  @Field(() => [CaseMessageView], { description: 'Oldest first.' })
  messages: CaseMessageView[];

  @Field(() => Boolean, { description: 'A counter-question is waiting for the citizen’s answer.' })
  canReply: boolean;

  @Field(() => Boolean)
  archived: boolean;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the case will be deleted (two years after its latest event), once that is 30 days away or less.',
  })
  deletionNoticeAt: Date | null;
}

@InputType({ description: 'The citizen’s answer to a counter-question.' })
export class ReplyToCaseInput {
  @Field(() => ID)
  @IsUUID()
  caseId: string;

  @Field(() => String)
  @IsString()
  @Length(1, 10000)
  text: string;

  @Field(() => String, { description: 'Made once per reply; a retry returns the same reply.' })
  @IsUUID()
  idempotencyKey: string;
}

@InputType()
export class SetMessageArchivedInput {
  @Field(() => ID)
  @IsUUID()
  messageId: string;

  @Field(() => Boolean)
  @IsBoolean()
  archived: boolean;
}

@InputType()
export class SetCaseArchivedInput {
  @Field(() => ID)
  @IsUUID()
  caseId: string;

  @Field(() => Boolean)
  @IsBoolean()
  archived: boolean;
}
