// The rate limits' rules, pure so they are tested on their own: what each limit allows, which
// key a request counts against, and which operations create things.
import { isIPv4, isIPv6 } from 'node:net';
import type { Actor } from '../identity/actor.ts';

/** At most `points` in any window of `durationSeconds` (a fixed window per key). */
export type RateLimitRule = { points: number; durationSeconds: number };

export type RateLimits = {
  /** Login starts and the identity provider's callbacks (one point each), per client address. */
  login: RateLimitRule;
  /** GraphQL requests of one signed-in session. */
  graphqlSession: RateLimitRule;
  /** GraphQL requests without a session, per client address: much lower than a session's. */
  graphqlAnonymous: RateLimitRule;
  /** Things a person creates (drafts, attachments, cases, messages, notes), per person. */
  creates: RateLimitRule;
  /** Public requests that send an e-mail (a driftstatus subscription), per client address. */
  publicMail: RateLimitRule;
};

export type RateLimitName = keyof RateLimits;

/**
 * Production (and development) limits. Client addresses are shared (a clinic's or a mobile
 * operator's NAT), so the per-address limits leave room for many people behind one address:
 * 30 whole logins a minute, and the anonymous pages' few requests each.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  login: { points: 60, durationSeconds: 60 },
  graphqlSession: { points: 300, durationSeconds: 60 },
  graphqlAnonymous: { points: 60, durationSeconds: 60 },
  creates: { points: 60, durationSeconds: 600 },
  publicMail: { points: 10, durationSeconds: 3600 },
};

/**
 * Test mode (integration tests, browser journeys, the bench): the limiter runs, but at limits
 * that a test's many logins from one address never reach. Tests that prove a limit set their own.
 */
export const TEST_RATE_LIMITS: RateLimits = {
  login: { points: 100_000, durationSeconds: 60 },
  graphqlSession: { points: 1_000_000, durationSeconds: 60 },
  graphqlAnonymous: { points: 1_000_000, durationSeconds: 60 },
  creates: { points: 100_000, durationSeconds: 60 },
  publicMail: { points: 100_000, durationSeconds: 60 },
};

/** The environment variable of each limit, as `points/seconds` (e.g. `RATE_LIMIT_LOGIN=60/60`). */
export const RATE_LIMIT_ENV: Record<RateLimitName, string> = {
  login: 'RATE_LIMIT_LOGIN',
  graphqlSession: 'RATE_LIMIT_GRAPHQL_SESSION',
  graphqlAnonymous: 'RATE_LIMIT_GRAPHQL_ANONYMOUS',
  creates: 'RATE_LIMIT_CREATES',
  publicMail: 'RATE_LIMIT_PUBLIC_MAIL',
};

/** The limits of a mode, each replaced by its environment variable when set. */
export function rateLimitsFromEnv(
  env: Record<string, string | undefined>,
  mode: 'production' | 'development' | 'test',
): RateLimits {
  const defaults = mode === 'test' ? TEST_RATE_LIMITS : DEFAULT_RATE_LIMITS;
  const limits = { ...defaults };
  for (const name of Object.keys(RATE_LIMIT_ENV) as RateLimitName[]) {
    const value = env[RATE_LIMIT_ENV[name]];
    if (value) limits[name] = parseRateLimitRule(RATE_LIMIT_ENV[name], value);
  }
  return limits;
}

/** `points/seconds`, both whole numbers of at least 1; anything else stops the start. */
export function parseRateLimitRule(name: string, value: string): RateLimitRule {
  const match = /^\s*(\d{1,9})\s*\/\s*(\d{1,7})\s*$/.exec(value);
  const points = Number(match?.[1]);
  const durationSeconds = Number(match?.[2]);
  if (!match || points < 1 || durationSeconds < 1)
    throw new Error(`${name} must be points/seconds, e.g. 60/60`);
  return { points, durationSeconds };
}

/**
 * The address a limit counts against: IPv4 as is (also when mapped into IPv6), IPv6 by its /64,
 * since one subscriber usually holds a whole /64 and could otherwise take a new address (and a
 * new allowance) for every request.
 */
export function clientAddressKey(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1] && isIPv4(mapped[1])) return mapped[1];
  if (isIPv4(ip)) return ip;
  if (!isIPv6(ip)) return 'unknown';
  return `${expandIPv6(ip).slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address, `::` expanded, without leading zeros, lower case. */
function expandIPv6(ip: string): string[] {
  const address = ip.split('%')[0] ?? ip;
  const [head = '', tail] = address.toLowerCase().split('::');
  const part = (text: string) => (text === '' ? [] : text.split(':'));
  const left = part(head);
  const right = tail === undefined ? [] : part(tail);
  const groups = [
    ...left,
    ...Array<string>(Math.max(8 - left.length - right.length, 0)).fill('0'),
    ...right,
  ];
  return groups.map((group) =>
    /^[0-9a-f]+$/.test(group) ? parseInt(group, 16).toString(16) : group,
  );
}

/** Which GraphQL limit a request counts against, and under which key. */
export function graphqlLimitKey(
  sessionId: string | null,
  clientAddress: string,
): { limit: 'graphqlSession' | 'graphqlAnonymous'; key: string } {
  return sessionId
    ? { limit: 'graphqlSession', key: `session:${sessionId}` }
    : { limit: 'graphqlAnonymous', key: `address:${clientAddress}` };
}

/** The person who acts (the guardian in proxy mode, not the child), whose creations count. */
export function personKey(actor: Actor): string {
  return actor.kind === 'CITIZEN' ? `citizen:${actor.personId}` : `staff:${actor.staffMemberId}`;
}

/** A root mutation field as the operation selects it, with its argument values. */
export type MutationCall = { name: string; args: Record<string, unknown> };

/**
 * Mutations that create something a person could repeat without end: a new draft, an
 * attachment, a sent case, a message (reply, answer), an internal note, a case type, a proxy
 * link. Saving an existing draft updates it in place and is not counted; neither are reading,
 * archiving, settings and other changes of what exists.
 */
export const CREATING_MUTATIONS: ReadonlyMap<string, (args: Record<string, unknown>) => boolean> =
  new Map([
    ['saveCaseDraft', (args) => !hasValue(args['input'], 'draftId')],
    ['addDraftAttachment', () => true],
    ['submitCase', () => true],
    ['replyToCase', () => true],
    ['respondToCase', () => true],
    ['addInternalNote', () => true],
    ['createCustomCaseType', () => true],
    ['addProxyChild', () => true],
  ]);

const hasValue = (input: unknown, key: string): boolean =>
  input !== null &&
  typeof input === 'object' &&
  (input as Record<string, unknown>)[key] !== undefined &&
  (input as Record<string, unknown>)[key] !== null;

/** How many things an operation's root mutation fields create (each alias counts). */
export function createdThingsCount(calls: readonly MutationCall[]): number {
  return calls.filter((call) => CREATING_MUTATIONS.get(call.name)?.(call.args) === true).length;
}

/**
 * Public mutations that make the service send an e-mail to an address the caller names: each
 * root field counts one point against the caller's address (the per-address quiet window of the
 * feature keeps one address from being flooded; this keeps one caller from flooding many).
 */
export const PUBLIC_MAIL_MUTATIONS: ReadonlySet<string> = new Set(['subscribeToServiceStatus']);

/** How many e-mail-sending public calls an operation makes (each alias counts). */
export function publicMailCount(calls: readonly MutationCall[]): number {
  return calls.filter((call) => PUBLIC_MAIL_MUTATIONS.has(call.name)).length;
}

/** Whole seconds until the limit lets the key through again, at least 1 (for Retry-After). */
export function retryAfterSeconds(msBeforeNext: number): number {
  return Math.max(1, Math.ceil(msBeforeNext / 1000));
}
