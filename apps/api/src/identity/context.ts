import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { Clock } from '../common/clock.ts';
import type { HsaCatalog } from '../adapters/hsa-catalog/hsa-catalog.ts';
import type { ProxyAccess } from '../proxy-access/proxy-access.ts';
import type { AppSurface, CitizenActor, StaffActor } from './actor.ts';
import { isAssignmentActive } from './login.policy.ts';
import type { RequestContext } from './request-context.ts';
import { readSessionCookie } from './session.cookies.ts';
import type { SessionRepository, SessionRow } from './session.repository.ts';
import type { SessionService } from './session.service.ts';
import { sessionWorkplace } from './workplace.policy.ts';

/** Builds who is calling from the surface's own cookie; the client never says who it is. */
export function createContextFactory(deps: {
  sessions: SessionService;
  sessionRepository: SessionRepository;
  hsa: HsaCatalog;
  proxy: ProxyAccess;
  clock: Clock;
}) {
  return async (
    surface: AppSurface,
    req: Request,
    res: Response,
    logger: Logger,
    requestId: string,
  ): Promise<RequestContext> => {
    const resolved = await deps.sessions.resolve(readSessionCookie(req, surface), surface);
    const base = { requestId, surface, res, logger };
    if (!resolved.ok)
      return {
        ...base,
        actor: null,
        session: null,
        termsAccepted: false,
        authProblem: resolved.problem,
      };
    const { session } = resolved;
    const { termsAccepted } = session;
    if (session.actorKind === 'CITIZEN') {
      return {
        ...base,
        session,
        termsAccepted,
        authProblem: 'NO_SESSION',
        actor: await citizenActor(deps, session),
      };
    }
    const actor = await staffActor(deps, session);
    if (!actor)
      return {
        ...base,
        actor: null,
        session: null,
        termsAccepted: false,
        authProblem: 'NO_SESSION',
      };
    return { ...base, session, termsAccepted, authProblem: 'NO_SESSION', actor };
  };
}

/**
 * Proxy mode is checked against the register on every request: when the guardian may no longer
 * act for the child (the check ends a permanently broken link), the session goes back to acting
 * for the guardian and the client sees actingFor null.
 */
async function citizenActor(
  deps: { proxy: ProxyAccess; sessionRepository: SessionRepository },
  session: SessionRow,
): Promise<CitizenActor> {
  const actor: CitizenActor = {
    kind: 'CITIZEN',
    personId: session.actorId,
    sessionId: session.id,
    actingForPersonId: null,
  };
  const childId = session.actingForPersonId;
  if (!childId) return actor;
  const check = await deps.proxy.check(session.actorId, childId);
  if (check.ok) return { ...actor, actingForPersonId: childId };
  await deps.sessionRepository.setActingFor(session.id, null);
  session.actingForPersonId = null;
  return actor;
}

/** Staff roles come from the HSA catalog on every request, so an ended assignment stops working at once. */
async function staffActor(
  deps: { hsa: HsaCatalog; clock: Clock },
  session: SessionRow,
): Promise<StaffActor | null> {
  const staff = await deps.hsa.findById(session.actorId);
  if (!staff) return null;
  const today = deps.clock.today();
  if (!staff.assignments.some((a) => isAssignmentActive(a, today))) return null;
  return {
    kind: 'STAFF',
    staffMemberId: staff.id,
    hsaId: staff.hsaId,
    sessionId: session.id,
    unit: sessionWorkplace(staff.assignments, session.assignmentId, today),
  };
}
