import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { AppError, unauthenticated } from '../common/errors.ts';
import type { Actor, AppSurface, CitizenActor, StaffActor } from './actor.ts';
import type { SessionRow } from './session.repository.ts';

/** Everything a resolver may know about the request; built once per request in server wiring. */
export type RequestContext = {
  requestId: string;
  surface: AppSurface;
  actor: Actor | null;
  /** Why there is no actor, so the client can tell "logged out" from "timed out". */
  authProblem: 'NO_SESSION' | 'SESSION_EXPIRED';
  /** The live session row behind the actor; activity updates it in place. */
  session: SessionRow | null;
  /**
   * Whether the actor has accepted the current terms of their kind; until then only operations
   * marked `@AllowBeforeTerms` answer (see access.ts). False without an actor.
   */
  termsAccepted: boolean;
  res: Response;
  logger: Logger;
};

/** The citizen behind a request that `@Allow('CITIZEN')` already let through. */
export function citizenOf(ctx: RequestContext): CitizenActor {
  if (ctx.actor?.kind !== 'CITIZEN') throw new AppError('FORBIDDEN');
  return ctx.actor;
}

/** The staff member behind a request that `@Allow('STAFF')` already let through. */
export function staffOf(ctx: RequestContext): StaffActor {
  if (ctx.actor?.kind !== 'STAFF') throw new AppError('FORBIDDEN');
  return ctx.actor;
}

export function sessionOf(ctx: RequestContext): SessionRow {
  if (!ctx.session) throw unauthenticated(ctx.authProblem);
  return ctx.session;
}

/** Builds a request's context for a surface outside GraphQL (the download routes), as GraphQL does. */
export type BuildContext = (
  surface: AppSurface,
  req: Request,
  res: Response,
  logger: Logger,
  requestId: string,
) => Promise<RequestContext>;
