import type { Clock } from '../common/clock.ts';
import { notFound } from '../common/errors.ts';
import { staffReadRole } from '../cases/case-access.policy.ts';
import type { StaffActor } from '../identity/actor.ts';
import {
  othersPresent,
  presenceCutoffs,
  PRESENCE_TABS_PER_PERSON,
  type PresenceState,
  type PresentPerson,
} from './presence.policy.ts';
import type { PresenceRepository } from './presence.repository.ts';

/**
 * Who else has a case open, so two people do not answer the same patient. Only staff who may
 * read the case (case-access.policy.ts) take part; to anyone else the case does not exist,
 * as when they ask for it. A heartbeat reads no case content, so it writes no access-log row.
 */
export class PresenceService {
  constructor(
    private readonly repository: PresenceRepository,
    private readonly clock: Clock,
  ) {}

  /** Marks the viewer's page as present in `state` and answers the others on the case. */
  async report(
    actor: StaffActor,
    caseId: string,
    tabId: string,
    state: PresenceState,
  ): Promise<PresentPerson[]> {
    await this.mayTakePart(actor, caseId);
    const now = this.clock.now();
    const entries = await this.repository.heartbeat({
      caseId,
      staffMemberId: actor.staffMemberId,
      tabId,
      state,
      now,
      cutoffs: presenceCutoffs(now),
      tabsPerPerson: PRESENCE_TABS_PER_PERSON,
    });
    return othersPresent(entries, actor.staffMemberId, now);
  }

  /** The viewer closed the page: the others no longer see it. */
  async leave(actor: StaffActor, caseId: string, tabId: string): Promise<boolean> {
    await this.mayTakePart(actor, caseId);
    await this.repository.leave(caseId, actor.staffMemberId, tabId);
    return true;
  }

  private async mayTakePart(actor: StaffActor, caseId: string): Promise<void> {
    const facts = await this.repository.facts(caseId);
    if (!facts || !staffReadRole(actor, facts)) throw notFound();
  }
}
