import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { Clock } from '../common/clock.ts';
import type { HsaCatalog } from '../adapters/hsa-catalog/hsa-catalog.ts';
import type { AppSurface, StaffActor } from './actor.ts';
import { isAssignmentActive } from './login.policy.ts';
import type { RequestContext } from './request-context.ts';
import { readSessionCookie } from './session.cookies.ts';
import type { SessionRow } from './session.repository.ts';
import type { SessionService } from './session.service.ts';
import { toUnitRef } from './viewer.service.ts';

/** Builds who is calling from the surface's own cookie; the client never says who it is. */
export function createContextFactory(deps: {
  sessions: SessionService;
  hsa: HsaCatalog;
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
    if (!resolved.ok) return { ...base, actor: null, session: null, authProblem: resolved.problem };
    const { session } = resolved;
    if (session.actorKind === 'CITIZEN') {
      return {
        ...base,
        session,
        authProblem: 'NO_SESSION',
        actor: { kind: 'CITIZEN', personId: session.actorId, sessionId: session.id },
      };
    }
    const actor = await staffActor(deps, session);
    if (!actor) return { ...base, actor: null, session: null, authProblem: 'NO_SESSION' };
    return { ...base, session, authProblem: 'NO_SESSION', actor };
  };
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
  const assignment = staff.assignments.find((a) => a.id === session.assignmentId);
  return {
    kind: 'STAFF',
    staffMemberId: staff.id,
    hsaId: staff.hsaId,
    sessionId: session.id,
    unit: assignment && isAssignmentActive(assignment, today) ? toUnitRef(assignment) : null,
  };
}
