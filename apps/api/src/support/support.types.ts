import { IsDate, IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedText } from '../clinics/clinic.types.ts';
import {
  SUPPORT_AREAS,
  SUPPORT_SEVERITIES,
  SUPPORT_STATUSES,
  type SupportArea as SupportAreaValue,
  type SupportSeverity as SupportSeverityValue,
  type SupportStatus as SupportStatusValue,
} from './support.rules.ts';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const SupportSeverity = asEnum(SUPPORT_SEVERITIES);
export type SupportSeverity = SupportSeverityValue;
export const SupportArea = asEnum(SUPPORT_AREAS);
export type SupportArea = SupportAreaValue;
export const SupportStatus = asEnum(SUPPORT_STATUSES);
export type SupportStatus = SupportStatusValue;

registerEnumType(SupportSeverity, {
  name: 'SupportSeverity',
  description:
    'CRITICAL: the service cannot be used; HIGH: an important part does not work; NORMAL: work goes on with trouble; LOW: a small fault or question.',
});
registerEnumType(SupportArea, {
  name: 'SupportArea',
  description: 'Where in the service the fault was seen.',
});
registerEnumType(SupportStatus, {
  name: 'SupportStatus',
  description: 'Where the support report stands; only the service administration changes it.',
});

@ObjectType({ description: 'How staff reach the national support.' })
export class SupportContactDetails {
  @Field(() => String)
  phone: string;

  @Field(() => String)
  email: string;

  @Field(() => LocalizedText)
  openingHours: LocalizedText;
}

@ObjectType({
  description: 'The screenshot of a support report; its bytes come from the download route.',
})
export class SupportScreenshotInfo {
  @Field(() => String)
  fileName: string;

  @Field(() => String, { description: 'image/png or image/jpeg, by the content.' })
  mediaType: string;

  @Field(() => Int)
  sizeBytes: number;
}

@ObjectType({ description: 'A reply on a support report.' })
export class SupportReply {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  text: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Boolean, {
    description: 'True: written by the national service administration; false: by the reporter.',
  })
  fromServiceAdmin: boolean;

  @Field(() => String, { description: 'The author by name.' })
  authorName: string;
}

@ObjectType({ description: 'A fault reported by a staff member, as a row of a list.' })
export class SupportReportSummary {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The short number to speak of ("SUP-42").' })
  number: number;

  @Field(() => String)
  summary: string;

  @Field(() => SupportArea)
  area: SupportArea;

  @Field(() => SupportSeverity)
  severity: SupportSeverity;

  @Field(() => SupportStatus)
  status: SupportStatus;

  @Field(() => Date)
  occurredAt: Date;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { description: 'The last change: a reply or a new status.' })
  updatedAt: Date;

  @Field(() => String)
  reporterName: string;

  @Field(() => String, { description: 'The reporter’s workplace as named when reporting.' })
  reporterWorkplace: string;
}

@ObjectType({ description: 'A support report with everything its reader may see.' })
export class SupportReport extends SupportReportSummary {
  @Field(() => String)
  description: string;

  @Field(() => String, { nullable: true, description: 'The page or function, in free text.' })
  location: string | null;

  @Field(() => SupportScreenshotInfo, { nullable: true })
  screenshot: SupportScreenshotInfo | null;

  @Field(() => [SupportReply], { description: 'Oldest first.' })
  replies: SupportReply[];

  @Field(() => Boolean, { description: 'The viewer may change the status (the administration).' })
  viewerMayChangeStatus: boolean;

  @Field(() => Boolean, { description: 'The viewer may reply now (not once closed).' })
  viewerMayReply: boolean;
}

@ObjectType()
export class SupportReportPage {
  @Field(() => [SupportReportSummary])
  items: SupportReportSummary[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  nextCursor: string | null;
}

@InputType({ description: 'A PNG or JPEG screenshot, at most 2 MB.' })
export class SupportScreenshotInput {
  @Field(() => String)
  @IsString()
  fileName: string;

  @Field(() => String)
  @IsString()
  contentBase64: string;
}

@InputType({ description: 'A fault in the service. Never patient data.' })
export class ReportFaultInput {
  @Field(() => String, { description: 'What happened, in one line (at most 120 characters).' })
  @IsString()
  summary: string;

  @Field(() => String, { description: 'What you did and what you saw (at most 4000).' })
  @IsString()
  description: string;

  @Field(() => SupportArea)
  @IsIn(SUPPORT_AREAS)
  area: SupportArea;

  @Field(() => String, { nullable: true, description: 'The page or function (at most 200).' })
  @IsOptional()
  @IsString()
  location?: string | null;

  @Field(() => Date, { description: 'When it happened (not ahead of now, at most 90 days ago).' })
  @IsDate()
  occurredAt: Date;

  @Field(() => SupportSeverity)
  @IsIn(SUPPORT_SEVERITIES)
  severity: SupportSeverity;

  @Field(() => SupportScreenshotInput, { nullable: true })
  @IsOptional()
  screenshot?: SupportScreenshotInput | null;
}

@InputType()
export class ReplyToSupportReportInput {
  @Field(() => ID)
  @IsUUID()
  reportId: string;

  @Field(() => String, { description: 'At most 4000 characters.' })
  @IsString()
  text: string;
}

@InputType()
export class SetSupportReportStatusInput {
  @Field(() => ID)
  @IsUUID()
  reportId: string;

  @Field(() => SupportStatus)
  @IsIn(SUPPORT_STATUSES)
  status: SupportStatus;
}

@InputType()
export class SupportQueueFilter {
  @Field(() => [SupportStatus], { nullable: true, description: 'Null or empty: every status.' })
  @IsOptional()
  @IsIn(SUPPORT_STATUSES, { each: true })
  statuses?: SupportStatus[] | null;
}

export const SUPPORT_PAGE_DEFAULT = 25;
export const SUPPORT_PAGE_MAX = 100;
