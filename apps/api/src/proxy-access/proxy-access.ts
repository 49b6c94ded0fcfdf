import type { Clock } from '../common/clock.ts';
import type {
  PopulationRegister,
  RegisterPerson,
} from '../adapters/population-register/population-register.ts';
import { isPermanent, proxyRefusal, type ProxyRefusal } from './proxy.policy.ts';
import type { ProxyRepository } from './proxy.repository.ts';

/**
 * The refusal for an existing link: custody that the register no longer shows at all has
 * ended, just as custody with an end date has.
 */
function linkRefusal(...args: Parameters<typeof proxyRefusal>): ProxyRefusal | null {
  const reason = proxyRefusal(...args);
  return reason === 'NOT_GUARDIAN' ? 'GUARDIANSHIP_ENDED' : reason;
}

export type ProxyCheck =
  { ok: true; child: RegisterPerson } | { ok: false; reason: ProxyRefusal | 'NO_LINK' };

/**
 * Guardianship checked against the register, never trusted from the client: on every request
 * in proxy mode, at every login, and for the list of children. A link that meets a permanent
 * refusal (protection, custody ended) is ended on the spot.
 */
export class ProxyAccess {
  constructor(
    private readonly deps: {
      register: PopulationRegister;
      links: ProxyRepository;
      clock: Clock;
    },
  ) {}

  /** May the guardian act for the child now? Three statements in parallel, one more to end a link. */
  async check(guardianId: string, childId: string): Promise<ProxyCheck> {
    const [guardian, custodies, link] = await Promise.all([
      this.deps.register.findById(guardianId),
      this.deps.register.guardianshipsOf(guardianId),
      this.deps.links.activeLink(guardianId, childId),
    ]);
    if (!link) return { ok: false, reason: 'NO_LINK' };
    const child = custodies.find((c) => c.childId === childId)?.child ?? null;
    const reason = linkRefusal(guardian, child, custodies, this.deps.clock.today());
    if (reason === null && child) return { ok: true, child };
    const refusal = reason ?? 'GUARDIANSHIP_ENDED';
    if (isPermanent(refusal))
      await this.deps.links.endLinks([link.id], refusal, this.deps.clock.now());
    return { ok: false, reason: refusal };
  }

  /**
   * The children the guardian may act for today, checked link by link; broken links with a
   * permanent reason are ended. A constant number of statements whatever the number of links.
   */
  async children(guardianId: string): Promise<RegisterPerson[]> {
    const [guardian, custodies, links] = await Promise.all([
      this.deps.register.findById(guardianId),
      this.deps.register.guardianshipsOf(guardianId),
      this.deps.links.activeLinks(guardianId),
    ]);
    const today = this.deps.clock.today();
    const valid: RegisterPerson[] = [];
    const ended = new Map<'GUARDIANSHIP_ENDED' | 'PROTECTED_IDENTITY', string[]>();
    for (const link of links) {
      const child = custodies.find((c) => c.childId === link.childPersonId)?.child ?? null;
      const reason = linkRefusal(guardian, child, custodies, today);
      if (reason === null && child) {
        if (!valid.some((v) => v.id === child.id)) valid.push(child);
      } else if (reason && isPermanent(reason)) {
        ended.set(reason, [...(ended.get(reason) ?? []), link.id]);
      }
    }
    const now = this.deps.clock.now();
    await Promise.all(
      [...ended].map(([reason, ids]) => this.deps.links.endLinks(ids, reason, now)),
    );
    return valid;
  }

  /** At login: every active link of the person as guardian is checked again. */
  async recheck(guardianId: string): Promise<void> {
    await this.children(guardianId);
  }
}
