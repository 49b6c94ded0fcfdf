import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../identity/access.ts';
import { staffOf, type RequestContext } from '../identity/request-context.ts';
import type { SupportService } from './support.service.ts';
import {
  ReplyToSupportReportInput,
  ReportFaultInput,
  SetSupportReportStatusInput,
  SUPPORT_PAGE_DEFAULT,
  SupportContactDetails,
  SupportQueueFilter,
  SupportReport,
  SupportReportPage,
  SupportReportSummary,
} from './support.types.ts';

/** Staff only; the service decides per report (policy in support.policy.ts). */
@Resolver()
export class SupportResolver {
  constructor(private readonly support: SupportService) {}

  @Allow('STAFF')
  @Query(() => SupportContactDetails, { description: 'How to reach the national support.' })
  supportContact(): SupportContactDetails {
    return this.support.contactDetails();
  }

  @Allow('STAFF')
  @Query(() => [SupportReportSummary], { description: 'The reports I made, newest first.' })
  mySupportReports(@Ctx() ctx: RequestContext): Promise<SupportReportSummary[]> {
    return this.support.mine(staffOf(ctx));
  }

  @Allow('STAFF')
  @Query(() => SupportReportPage, {
    description: 'The national service administration: every report, newest first.',
  })
  supportQueue(
    @Arg('filter', () => SupportQueueFilter, { nullable: true }) filter: SupportQueueFilter | null,
    @Arg('first', () => Int, { defaultValue: SUPPORT_PAGE_DEFAULT }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<SupportReportPage> {
    return this.support.queue(staffOf(ctx), filter?.statuses ?? [], first, after ?? null);
  }

  @Allow('STAFF')
  @Query(() => SupportReport, { description: 'For its reporter and the administration.' })
  supportReport(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<SupportReport> {
    return this.support.read(staffOf(ctx), id);
  }

  @Allow('STAFF')
  @Mutation(() => SupportReport, {
    description: 'A fault in the service, to the national support.',
  })
  reportFault(
    @Arg('input', () => ReportFaultInput) input: ReportFaultInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SupportReport> {
    return this.support.report(staffOf(ctx), input);
  }

  @Allow('STAFF')
  @Mutation(() => SupportReport, { description: 'CONFLICT SUPPORT_REPORT_CLOSED once closed.' })
  replyToSupportReport(
    @Arg('input', () => ReplyToSupportReportInput) input: ReplyToSupportReportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SupportReport> {
    return this.support.reply(staffOf(ctx), input);
  }

  @Allow('STAFF')
  @Mutation(() => SupportReport, { description: 'The national service administration only.' })
  setSupportReportStatus(
    @Arg('input', () => SetSupportReportStatusInput) input: SetSupportReportStatusInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SupportReport> {
    return this.support.setStatus(staffOf(ctx), input);
  }
}
