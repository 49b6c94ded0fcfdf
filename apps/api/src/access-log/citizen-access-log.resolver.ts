import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Allow } from '../identity/access.ts';
import { citizenOf, type RequestContext } from '../identity/request-context.ts';
import { CitizenAccessLogPage } from './citizen-access-log.types.ts';
import type { CitizenAccessLogService } from './citizen-access-log.service.ts';

/** The patient's own access log: who read or changed my case (or my child's, in proxy mode). */
@Resolver()
export class CitizenAccessLogResolver {
  constructor(private readonly log: CitizenAccessLogService) {}

  @Allow('CITIZEN')
  @Query(() => CitizenAccessLogPage, {
    description:
      'Who at which clinic read or changed one of my cases, newest first; NOT_FOUND for anyone else’s.',
  })
  myCaseAccessLog(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CitizenAccessLogPage> {
    return this.log.page(citizenOf(ctx), caseId, first, after);
  }
}
