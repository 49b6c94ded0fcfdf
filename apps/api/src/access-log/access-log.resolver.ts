import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Allow } from '../identity/access.ts';
import { staffOf, type RequestContext } from '../identity/request-context.ts';
import { AccessLogFilter, AccessLogPage } from './access-log.types.ts';
import type { AccessLogService } from './access-log.service.ts';

/** Auditors (granskare) review who accessed which patient's cases at their clinic. */
@Resolver()
export class AccessLogResolver {
  constructor(private readonly log: AccessLogService) {}

  @Allow('STAFF')
  @Query(() => AccessLogPage, { description: 'Auditors: the clinic’s access log, newest first.' })
  accessLog(
    @Arg('filter', () => AccessLogFilter, { nullable: true }) filter: AccessLogFilter | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AccessLogPage> {
    return this.log.search(staffOf(ctx), filter ?? {}, first, after);
  }
}
