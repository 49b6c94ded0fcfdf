import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Allow } from '../identity/access.ts';
import { staffOf, type RequestContext } from '../identity/request-context.ts';
import type { StatisticsService } from './statistics.service.ts';
import { Statistics, StatisticsFilter } from './statistics.types.ts';

@Resolver()
export class StatisticsResolver {
  constructor(private readonly service: StatisticsService) {}

  @Allow('STAFF')
  @Query(() => Statistics, {
    description:
      'Clinic administrators: their clinic; region administrators: the region’s clinics; the national service administration: all. Counts of 1–4 are withheld.',
  })
  statistics(
    @Arg('filter', () => StatisticsFilter) filter: StatisticsFilter,
    @Ctx() ctx: RequestContext,
  ): Promise<Statistics> {
    return this.service.statistics(staffOf(ctx), filter);
  }
}
