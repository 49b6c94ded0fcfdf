import type { PrismaClient } from '@etj/db';
import type { CaseAccessFacts } from '../cases/case-access.policy.ts';
import { findCaseAccessFacts } from '../cases/case.repository.ts';
import type { PresenceCutoffs, PresenceEntry, PresenceState } from './presence.policy.ts';

/** One open case page: whose, in which tab, doing what, now. */
export type Heartbeat = {
  caseId: string;
  staffMemberId: string;
  tabId: string;
  state: PresenceState;
  now: Date;
  /** Pages last seen at or before these are gone (presence.policy.ts presenceCutoffs). */
  cutoffs: PresenceCutoffs;
  /** The most pages of the case this person keeps: a new tab beyond it pushes out the oldest. */
  tabsPerPerson: number;
};

/** The case_presence rows: who has which case page open. Reads no case content. */
export class PresenceRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** What the case access rules need to know (no content); null when there is no such case. */
  facts(caseId: string): Promise<CaseAccessFacts | null> {
    return findCaseAccessFacts(this.prisma, caseId);
  }

  /**
   * Records the page as seen now (its `since` moves only when its state changes) and answers
   * every page of the case seen within the window. First deletes the gone pages of this case
   * and of this person, so the table holds little more than the pages open now, and keeps at
   * most `tabsPerPerson` pages of this person on this case, so a client inventing tab ids
   * cannot grow what every heartbeat on the case reads.
   */
  async heartbeat(beat: Heartbeat): Promise<PresenceEntry[]> {
    const { caseId, staffMemberId, tabId, state, now, cutoffs, tabsPerPerson } = beat;
    await this.prisma.casePresence.deleteMany({
      where: {
        OR: [{ caseId }, { staffMemberId }],
        AND: {
          OR: [
            { lastSeenAt: { lte: cutoffs.writing } },
            { state: 'LOOKING', lastSeenAt: { lte: cutoffs.looking } },
          ],
        },
      },
    });
    await this.prisma.$executeRaw`
      INSERT INTO case_presence (case_id, staff_member_id, tab_id, state, since, last_seen_at)
      VALUES (${caseId}::uuid, ${staffMemberId}::uuid, ${tabId}::uuid,
              ${state}::"CasePresenceState", ${now}, ${now})
      ON CONFLICT (case_id, staff_member_id, tab_id) DO UPDATE SET
        since = CASE WHEN case_presence.state = EXCLUDED.state
                     THEN case_presence.since ELSE EXCLUDED.since END,
        state = EXCLUDED.state,
        last_seen_at = EXCLUDED.last_seen_at`;
    await this.prisma.$executeRaw`
      DELETE FROM case_presence
       WHERE case_id = ${caseId}::uuid AND staff_member_id = ${staffMemberId}::uuid
         AND tab_id NOT IN (
           SELECT tab_id FROM case_presence
            WHERE case_id = ${caseId}::uuid AND staff_member_id = ${staffMemberId}::uuid
            ORDER BY last_seen_at DESC, tab_id LIMIT ${tabsPerPerson})`;
    const rows = await this.prisma.casePresence.findMany({
      where: { caseId, lastSeenAt: { gt: cutoffs.writing } },
      select: {
        staffMemberId: true,
        state: true,
        since: true,
        lastSeenAt: true,
        staffMember: { select: { givenName: true, familyName: true, title: true } },
      },
    });
    return rows.map((r) => ({
      staffMemberId: r.staffMemberId,
      name: `${r.staffMember.givenName} ${r.staffMember.familyName}`,
      title: r.staffMember.title,
      state: r.state,
      since: r.since,
      lastSeenAt: r.lastSeenAt,
    }));
  }

  /** The page was closed: it is gone at once. */
  async leave(caseId: string, staffMemberId: string, tabId: string): Promise<void> {
    await this.prisma.casePresence.deleteMany({ where: { caseId, staffMemberId, tabId } });
  }
}
