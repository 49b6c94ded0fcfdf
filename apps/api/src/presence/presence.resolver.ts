import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Allow } from '../identity/access.ts';
import { staffOf, type RequestContext } from '../identity/request-context.ts';
import type { PresenceState } from './presence.policy.ts';
import type { PresenceService } from './presence.service.ts';
import { CasePresence, CasePresenceStateEnum } from './presence.types.ts';

/**
 * Who else is on a case page. The staff app polls it about every 15 s per open page, marked as
 * background work; it never counts as the user's activity (identity/activity.plugin.ts) and
 * counts against the session's GraphQL rate limit like every other request.
 */
@Resolver()
export class PresenceResolver {
  constructor(private readonly presence: PresenceService) {}

  @Allow('STAFF')
  @Mutation(() => [CasePresence], {
    description:
      'A heartbeat of an open case page (`tabId` names the page): marks me as looking or writing and answers the others on the case now. NOT_FOUND unless I may read the case.',
  })
  reportCasePresence(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('tabId', () => ID) tabId: string,
    @Arg('state', () => CasePresenceStateEnum) state: PresenceState,
    @Ctx() ctx: RequestContext,
  ): Promise<CasePresence[]> {
    return this.presence.report(staffOf(ctx), caseId, tabId, state);
  }

  @Allow('STAFF')
  @Mutation(() => Boolean, {
    description: 'The case page was closed: the others no longer see me on it.',
  })
  leaveCasePresence(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('tabId', () => ID) tabId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return this.presence.leave(staffOf(ctx), caseId, tabId);
  }
}
