import { randomBytes } from 'node:crypto';
import type { Clock } from '../common/clock.ts';
import type { PopulationRegister } from '../adapters/population-register/population-register.ts';
import type { HsaCatalog } from '../adapters/hsa-catalog/hsa-catalog.ts';
import {
  IdentityProviderError,
  type EIdentificationProvider,
} from '../adapters/e-identification/e-identification.ts';
import type { ProxyAccess } from '../proxy-access/proxy-access.ts';
import type { AppSurface } from './actor.ts';
import {
  citizenLookupKey,
  decideCitizenLogin,
  decideStaffLogin,
  type LoginRefusal,
} from './login.policy.ts';
import type { LoginStateSigner } from './login-state.ts';
import type { LoginTransactionRepository } from './login-transaction.repository.ts';
import type { SessionRepository, SessionRow } from './session.repository.ts';
import type { SessionService } from './session.service.ts';

export type LoginOutcome =
  | { ok: true; session: SessionRow; returnTo: string; locale: string }
  | { ok: false; refusal: LoginRefusal; locale: string };

const LOGIN_TRANSACTION_TTL_MS = 10 * 60 * 1000;

/** Login use cases: start e-identification, finish it against the national registers. */
export class LoginService {
  constructor(
    private readonly deps: {
      clock: Clock;
      eid: EIdentificationProvider;
      register: PopulationRegister;
      hsa: HsaCatalog;
      sessions: SessionService;
      repository: SessionRepository;
      loginTransactions: LoginTransactionRepository;
      loginState: LoginStateSigner;
      proxy: ProxyAccess;
    },
  ) {}

  /**
   * Starts e-identification. Nothing is stored: the login travels in the browser's login cookie
   * (`cookie`, signed), so anonymous requests to the login route cannot grow the database.
   */
  begin(
    surface: AppSurface,
    input: { returnTo: string; locale: string },
  ): { cookie: string; url: string } {
    const state = randomBytes(24).toString('base64url');
    const nonce = randomBytes(24).toString('base64url');
    const cookie = this.deps.loginState.sign(surface, {
      state,
      nonce,
      returnTo: safeReturnTo(surface, input.returnTo),
      locale: input.locale,
      createdAt: this.deps.clock.now(),
    });
    const url = this.deps.eid.authorizationUrl({
      audience: surface,
      state,
      nonce,
      redirectUri: callbackPath(surface),
      locale: input.locale,
    });
    return { cookie, url };
  }

  async complete(
    surface: AppSurface,
    input: {
      state: string;
      /** The login cookie that begin() gave this browser. */
      browserState: string | undefined;
      code: string | undefined;
      error: string | undefined;
      issuer?: string;
    },
  ): Promise<LoginOutcome> {
    const now = this.deps.clock.now();
    const carried = input.browserState
      ? this.deps.loginState.verify(surface, input.browserState)
      : null;
    if (
      !carried ||
      carried.state !== input.state ||
      now.getTime() - carried.createdAt.getTime() > LOGIN_TRANSACTION_TTL_MS
    ) {
      return { ok: false, refusal: 'LOGIN_EXPIRED', locale: carried?.locale ?? 'sv' };
    }
    const { locale, returnTo } = carried;
    if (input.error || !input.code) return { ok: false, refusal: 'LOGIN_CANCELLED', locale };
    let subject: string;
    let method: string;
    try {
      ({ subject, method } = await this.deps.eid.exchangeCode({
        audience: surface,
        code: input.code,
        state: input.state,
        issuer: input.issuer,
        nonce: carried.nonce,
        redirectUri: callbackPath(surface),
      }));
    } catch (error) {
      if (error instanceof IdentityProviderError)
        return { ok: false, refusal: error.reason, locale };
      throw error;
    }
    // Each login state finishes once, even if the same cookie and code come back.
    const first = await this.deps.loginTransactions.recordUsed({
      actorKind: surface === 'citizen' ? 'CITIZEN' : 'STAFF',
      ...carried,
      consumedAt: now,
    });
    if (!first) return { ok: false, refusal: 'LOGIN_EXPIRED', locale };
    const today = this.deps.clock.today();
    if (surface === 'citizen') {
      const key = citizenLookupKey(subject);
      const person = key ? await this.deps.register.findByIdentityNumber(key) : null;
      const decision = decideCitizenLogin(person, today);
      if (!decision.ok) return { ok: false, refusal: decision.refusal, locale };
      await this.deps.repository.recordCitizenLogin(decision.value.id, now);
      // Guardianship is checked again at every login: links that broke meanwhile end now.
      await this.deps.proxy.recheck(decision.value.id);
      const session = await this.deps.sessions.start({
        actorKind: 'CITIZEN',
        actorId: decision.value.id,
        assignmentId: null,
        authMethod: method,
      });
      return { ok: true, session, returnTo, locale };
    }
    const staff = await this.deps.hsa.findByHsaId(subject.trim());
    const decision = decideStaffLogin(staff, today);
    if (!decision.ok) return { ok: false, refusal: decision.refusal, locale };
    const { assignments } = decision.value;
    await this.deps.repository.recordStaffLogin(decision.value.staff.id, now);
    const session = await this.deps.sessions.start({
      actorKind: 'STAFF',
      actorId: decision.value.staff.id,
      assignmentId: assignments.length === 1 ? (assignments[0]?.id ?? null) : null,
      authMethod: method,
    });
    return { ok: true, session, returnTo, locale };
  }
}

export function callbackPath(surface: AppSurface): string {
  return `/api/${surface}/auth/callback`;
}

/** A return path longer than this is not one of the SPA's (and would not fit the cookie). */
const MAX_RETURN_TO_LENGTH = 512;

/** Only paths inside the SPA's own base are accepted as a place to return to. */
export function safeReturnTo(surface: AppSurface, returnTo: string): string {
  const base = `/${surface}/`;
  return returnTo.startsWith(base) &&
    returnTo.length <= MAX_RETURN_TO_LENGTH &&
    !returnTo.includes('//') &&
    !returnTo.includes('\\')
    ? returnTo
    : base;
}
