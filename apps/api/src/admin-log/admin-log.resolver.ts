import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Allow } from '../identity/access.ts';
import { staffOf, type RequestContext } from '../identity/request-context.ts';
import type { AdminLogService } from './admin-log.service.ts';
import { AdminLogPage } from './admin-log.types.ts';

@Resolver()
export class AdminLogResolver {
  constructor(private readonly log: AdminLogService) {}

  @Allow('STAFF')
  @Query(() => AdminLogPage, {
    description:
      'Clinic administrators and auditors: the administrative actions at the clinic; region administrators: those for the region. Newest first.',
  })
  adminLog(
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AdminLogPage> {
    return this.log.page(staffOf(ctx), first, after);
  }
}
