import { parseIdentityNumber } from '@etj/domain';
import type { Clock } from '../common/clock.ts';
import { badInput, notFound } from '../common/errors.ts';
import type { PopulationRegister } from '../adapters/population-register/population-register.ts';
import type { CitizenActor } from '../identity/actor.ts';
import type { CitizenViewer } from '../identity/identity.types.ts';
import { citizenOf, sessionOf, type RequestContext } from '../identity/request-context.ts';
import type { SessionRepository } from '../identity/session.repository.ts';
import type { ViewerService } from '../identity/viewer.service.ts';
import type { ProxyAccess } from '../proxy-access/proxy-access.ts';
import { proxyRefusal, toProxyChild } from '../proxy-access/proxy.policy.ts';
import type { ProxyRepository } from '../proxy-access/proxy.repository.ts';
import type { ProxyChild } from '../proxy-access/proxy-child.types.ts';
import type { AddProxyChildInput } from './proxy.types.ts';

/** The one refusal of addProxyChild: it never tells whether the number belongs to anyone. */
const notPossible = () => badInput([{ path: 'personnummer', code: 'PROXY_NOT_POSSIBLE' }]);

/** A guardian's children under 13 and proxy mode (DOMAIN.md section 6). */
export class ProxyService {
  constructor(
    private readonly deps: {
      access: ProxyAccess;
      links: ProxyRepository;
      register: PopulationRegister;
      sessions: SessionRepository;
      viewers: ViewerService;
      clock: Clock;
    },
  ) {}

  async children(actor: CitizenActor): Promise<ProxyChild[]> {
    return (await this.deps.access.children(actor.personId)).map(toProxyChild);
  }

  /**
   * Adds a child the register shows the citizen has custody of today. The child is looked for
   * only among the citizen's own custodies, so no answer depends on whether anyone else exists.
   */
  async add(actor: CitizenActor, input: AddProxyChildInput): Promise<ProxyChild> {
    const parsed = parseIdentityNumber(input.personnummer);
    if (!parsed.ok) throw badInput([{ path: 'personnummer', code: 'INVALID_FORMAT' }]);
    const [guardian, custodies] = await Promise.all([
      this.deps.register.findById(actor.personId),
      this.deps.register.guardianshipsOf(actor.personId),
    ]);
    const child =
      custodies.find((c) => c.child.identityNumber === parsed.value.normalized)?.child ?? null;
    if (!child || proxyRefusal(guardian, child, custodies, this.deps.clock.today()) !== null)
      throw notPossible();
    await this.deps.links.ensureLink(actor.personId, child.id, this.deps.clock.now());
    return toProxyChild(child);
  }

  /** Ends the link; the session stops acting for the child if it was. */
  async remove(actor: CitizenActor, personId: string): Promise<boolean> {
    const ended = await this.deps.links.endLink(
      actor.personId,
      personId,
      'REMOVED_BY_GUARDIAN',
      this.deps.clock.now(),
    );
    if (!ended) throw notFound();
    if (actor.actingForPersonId === personId)
      await this.deps.sessions.setActingFor(actor.sessionId, null);
    return true;
  }

  /** Proxy mode for a child on the guardian's list now; NOT_FOUND for anyone else. */
  async actFor(ctx: RequestContext, personId: string): Promise<CitizenViewer> {
    const actor = citizenOf(ctx);
    const session = sessionOf(ctx);
    const children = await this.deps.access.children(actor.personId);
    if (!children.some((c) => c.id === personId)) throw notFound();
    await this.deps.sessions.setActingFor(session.id, personId);
    session.actingForPersonId = personId;
    const acting: CitizenActor = { ...actor, actingForPersonId: personId };
    ctx.actor = acting;
    return this.deps.viewers.citizen(acting, session);
  }

  async stopActing(ctx: RequestContext): Promise<CitizenViewer> {
    const actor = citizenOf(ctx);
    const session = sessionOf(ctx);
    await this.deps.sessions.setActingFor(session.id, null);
    session.actingForPersonId = null;
    const self: CitizenActor = { ...actor, actingForPersonId: null };
    ctx.actor = self;
    return this.deps.viewers.citizen(self, session);
  }
}
