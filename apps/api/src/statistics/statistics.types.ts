import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BACKLOG_GROUPS, type BacklogGroup } from './statistics.rules.ts';

const BacklogGroupEnum = Object.fromEntries(BACKLOG_GROUPS.map((g) => [g.key, g.key])) as Record<
  BacklogGroup,
  BacklogGroup
>;
registerEnumType(BacklogGroupEnum, { name: 'BacklogGroup' });

const StatisticsScopeKindEnum = {
  CLINIC: 'CLINIC',
  REGION: 'REGION',
  NATIONAL: 'NATIONAL',
} as const;
registerEnumType(StatisticsScopeKindEnum, { name: 'StatisticsScopeKind' });

@InputType()
export class StatisticsFilter {
  @Field(() => String, { description: 'First day, YYYY-MM-DD (Stockholm).' })
  @IsString()
  @MaxLength(10)
  from: string;

  @Field(() => String, { description: 'Last day, YYYY-MM-DD, included.' })
  @IsString()
  @MaxLength(10)
  to: string;

  @Field(() => ID, { nullable: true, description: 'One clinic within the viewer’s scope.' })
  @IsOptional()
  @IsUUID()
  clinicId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  caseTypeId?: string | null;
}

@ObjectType({ description: 'A count as it may be shown: 1–4 are withheld ("fewer than 5").' })
export class ShownCount {
  @Field(() => Int, { nullable: true, description: 'Null when suppressed.' })
  value: number | null;

  @Field(() => Boolean)
  suppressed: boolean;
}

@ObjectType({ description: 'Median and 90th percentile (nearest rank) of durations in minutes.' })
export class DurationFigures {
  @Field(() => ShownCount)
  count: ShownCount;

  @Field(() => Int, { nullable: true })
  medianMinutes: number | null;

  @Field(() => Int, { nullable: true })
  p90Minutes: number | null;

  @Field(() => Boolean, { description: 'From 1–4 cases: withheld.' })
  suppressed: boolean;
}

@ObjectType()
export class StatisticsSummary {
  @Field(() => ShownCount)
  submitted: ShownCount;

  @Field(() => ShownCount, { description: 'Sent by a guardian for a child.' })
  submittedByProxy: ShownCount;

  @Field(() => DurationFigures, { description: 'Sent to first answer, calendar time.' })
  firstAnswer: DurationFigures;

  @Field(() => DurationFigures, { description: 'Sent to first answer, working hours.' })
  firstAnswerBusiness: DurationFigures;

  @Field(() => DurationFigures, { description: 'Sent to closed, calendar time.' })
  closing: DurationFigures;

  @Field(() => DurationFigures, { description: 'Sent to closed, working hours.' })
  closingBusiness: DurationFigures;

  @Field(() => ShownCount, { description: 'First answers of case types with a target.' })
  answeredWithTarget: ShownCount;

  @Field(() => Float, { nullable: true, description: 'Share of those within the target, 0–1.' })
  withinTargetShare: number | null;
}

@ObjectType()
export class StatisticsBreakdownRow {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  nameSv: string;

  @Field(() => String, { nullable: true })
  nameEn: string | null;

  @Field(() => ShownCount, { description: 'Cases sent in the period.' })
  current: ShownCount;

  @Field(() => ShownCount, { description: 'Cases sent in the period before.' })
  previous: ShownCount;
}

@ObjectType()
export class StatisticsMonth {
  @Field(() => String, { description: 'YYYY-MM.' })
  month: string;

  @Field(() => ShownCount)
  submitted: ShownCount;
}

@ObjectType()
export class BacklogFigure {
  @Field(() => BacklogGroupEnum)
  group: BacklogGroup;

  @Field(() => ShownCount)
  count: ShownCount;
}

@ObjectType()
export class LoginDay {
  @Field(() => String)
  day: string;

  @Field(() => ShownCount)
  citizen: ShownCount;

  @Field(() => ShownCount)
  staff: ShownCount;

  @Field(() => ShownCount, { description: 'Guardians who acted for a child.' })
  proxy: ShownCount;
}

@ObjectType()
export class StatisticsOption {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  nameSv: string;

  @Field(() => String, { nullable: true })
  nameEn: string | null;
}

@ObjectType()
export class Statistics {
  @Field(() => StatisticsScopeKindEnum)
  scope: keyof typeof StatisticsScopeKindEnum;

  @Field(() => String)
  from: string;

  @Field(() => String)
  to: string;

  @Field(() => String)
  previousFrom: string;

  @Field(() => String)
  previousTo: string;

  @Field(() => String, { nullable: true, description: 'The last day the figures include.' })
  computedThrough: string | null;

  @Field(() => StatisticsSummary)
  current: StatisticsSummary;

  @Field(() => StatisticsSummary)
  previous: StatisticsSummary;

  @Field(() => [StatisticsBreakdownRow])
  byCaseType: StatisticsBreakdownRow[];

  @Field(() => [StatisticsBreakdownRow])
  byClinic: StatisticsBreakdownRow[];

  @Field(() => [StatisticsBreakdownRow], { description: 'Only for the national administration.' })
  byRegion: StatisticsBreakdownRow[];

  @Field(() => [StatisticsMonth])
  byMonth: StatisticsMonth[];

  @Field(() => [BacklogFigure], { description: 'Open cases at the end of the period, by age.' })
  backlog: BacklogFigure[];

  @Field(() => [LoginDay], { description: 'Only for the national administration.' })
  logins: LoginDay[];

  @Field(() => [StatisticsOption], { description: 'The clinics the filter may choose.' })
  clinics: StatisticsOption[];

  @Field(() => [StatisticsOption], { description: 'The case types the filter may choose.' })
  caseTypes: StatisticsOption[];
}
