import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { LOG_RETENTION_MIN_YEARS } from '@etj/domain';
import { rateLimitsFromEnv, type RateLimits } from './rate-limits/rate-limit.rules.ts';
import { supportContactFromEnv, type SupportContact } from './support/support-contact.ts';

export type AppMode = 'production' | 'development' | 'test';

export type AppConfig = {
  mode: AppMode;
  port: number;
  /** Origin the browser sees, used for redirects back from the identity provider. */
  publicOrigin: string;
  databaseUrl: string;
  jwtSecret: string;
  /** Folders of the built SPAs, served under /citizen/ and /staff/ when present. */
  citizenDist?: string;
  staffDist?: string;
  /** Real e-identification over OpenID Connect, one client per audience; absent: the test provider. */
  eidOidc?: OidcEidConfig;
  /** LOG_RETENTION_YEARS: how long the access and proxy action logs are kept (at least 5). */
  logRetentionYears?: number;
  /** Outgoing e-mail (SMTP_URL, smtp:// or smtps://); absent: the built-in SMTP catcher. */
  smtpUrl?: string;
  /** The From address of notifications (MAIL_FROM). */
  mailFrom?: string;
  /** Port of the built-in SMTP catcher (SMTP_CATCHER_PORT); absent: a free port. */
  smtpCatcherPort?: number;
  /** A real SMS gateway (SMS_GATEWAY_*); absent: the local one that records in a table. */
  smsGateway?: SmsGatewayConfig;
  /** OPS_TOKEN: the bearer token of the operations routes (failed notifications); absent: none. */
  opsToken?: string;
  /**
   * RATE_LIMIT_*: the rate limits (rate-limits/rate-limit.rules.ts); absent: the mode's defaults
   * (test mode's are high enough for tests that log in often).
   */
  rateLimits?: RateLimits;
  /**
   * TRUST_PROXY: which proxies' X-Forwarded-For gives the client address (req.ip), which the
   * per-address rate limits count against; absent or false: the connection's own address.
   */
  trustProxy?: TrustProxy;
  /** SUPPORT_*: the national support's contact details (support/support-contact.ts). */
  supportContact?: SupportContact;
};

/** Express's `trust proxy`: a number of proxy hops, or the proxies' addresses and subnets. */
export type TrustProxy = false | number | string[];

export type SmsGatewayConfig = {
  url: string;
  username: string;
  password: string;
  sender: string;
};

/** The From address when MAIL_FROM is not set (outside production only). */
export const DEFAULT_MAIL_FROM = 'E-tjänster <no-reply@e-tjanster.invalid>';

/** One OpenID Connect client registration at an e-identification provider. */
export type OidcClientConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The ID token or userinfo claim that carries the personnummer (citizens) or HSA-id (staff). */
  subjectClaim: string;
  /** Space-separated scopes to request; `openid` is always included. */
  scope: string;
};

export type OidcEidConfig = { citizen: OidcClientConfig; staff: OidcClientConfig };

/** Reads the configuration from the environment; production refuses unsafe defaults. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const mode = parseMode(env.APP_MODE ?? env.NODE_ENV);
  const port = Number(env.PORT ?? 4000);
  const databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required');
  const jwtSecret =
    env.JWT_SECRET ?? (mode === 'production' ? undefined : randomBytes(32).toString('hex'));
  if (!jwtSecret || jwtSecret.length < 32)
    throw new Error('JWT_SECRET of at least 32 characters is required in production');
  return {
    mode,
    port,
    publicOrigin: env.PUBLIC_ORIGIN ?? `http://localhost:${port}`,
    databaseUrl,
    jwtSecret,
    citizenDist: env.CITIZEN_DIST,
    staffDist: env.STAFF_DIST,
    eidOidc: oidcFromEnv(env),
    logRetentionYears: logRetentionYearsFromEnv(env.LOG_RETENTION_YEARS),
    ...mailFromEnv(env, mode),
    smsGateway: smsGatewayFromEnv(env, mode),
    opsToken: opsTokenFromEnv(env.OPS_TOKEN),
    rateLimits: rateLimitsFromEnv(env, mode),
    trustProxy: trustProxyFromEnv(env.TRUST_PROXY),
    supportContact: supportContactFromEnv(env),
  };
}

/** Names express accepts for its own address ranges in `trust proxy`. */
const TRUST_PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * TRUST_PROXY: unset, empty or `false` trusts no proxy; a whole number trusts that many hops;
 * otherwise a comma-separated list of addresses, subnets (`10.0.0.0/8`) or express's names
 * (`loopback`, `linklocal`, `uniquelocal`). `true` is refused: it would take the client address
 * from whatever X-Forwarded-For a client sends, and anyone could escape the per-address limits.
 */
export function trustProxyFromEnv(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return false;
  if (/^\d+$/.test(text)) return Number(text);
  const entries = text.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    const [address = '', prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    const validPrefix =
      prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (family === 6 ? 128 : 32));
    if (TRUST_PROXY_NAMES.has(entry) || (family !== 0 && validPrefix && rest.length === 0))
      continue;
    throw new Error(
      'TRUST_PROXY must be false, a number of hops, or proxy addresses and subnets separated by commas',
    );
  }
  return entries;
}

/** A bearer token for the operations routes: long enough not to be guessed, or none at all. */
function opsTokenFromEnv(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (value.length < 32) throw new Error('OPS_TOKEN must be at least 32 characters');
  return value;
}

/**
 * Production sends real e-mail or does not start: without SMTP_URL (and MAIL_FROM) the process
 * would catch its own mail and nobody would ever be told of a message.
 */
function mailFromEnv(
  env: NodeJS.ProcessEnv,
  mode: AppMode,
): Pick<AppConfig, 'smtpUrl' | 'mailFrom' | 'smtpCatcherPort'> {
  const smtpUrl = env.SMTP_URL || undefined;
  if (mode === 'production' && !smtpUrl)
    throw new Error('SMTP_URL is required in production; the built-in mail catcher is refused.');
  if (mode === 'production' && !env.MAIL_FROM)
    throw new Error('MAIL_FROM is required in production.');
  if (smtpUrl) {
    let url: URL;
    try {
      url = new URL(smtpUrl);
    } catch {
      throw new Error('SMTP_URL is not a URL');
    }
    if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
      throw new Error('SMTP_URL must start with smtp:// or smtps://');
  }
  const catcherPort = env.SMTP_CATCHER_PORT ? Number(env.SMTP_CATCHER_PORT) : undefined;
  return {
    smtpUrl,
    mailFrom: env.MAIL_FROM || DEFAULT_MAIL_FROM,
    smtpCatcherPort: Number.isInteger(catcherPort) ? catcherPort : undefined,
  };
}

/** SMS_GATEWAY_URL with its credentials and sender name: all or nothing. */
function smsGatewayFromEnv(env: NodeJS.ProcessEnv, mode: AppMode): SmsGatewayConfig | undefined {
  const url = env.SMS_GATEWAY_URL;
  // Citizens may choose SMS; in production a text that is only recorded locally never arrives.
  if (!url && mode === 'production')
    throw new Error('SMS_GATEWAY_URL is required in production; the local SMS gateway is refused.');
  if (!url) return undefined;
  const missing = ['SMS_GATEWAY_USERNAME', 'SMS_GATEWAY_PASSWORD', 'SMS_SENDER'].filter(
    (name) => !env[name],
  );
  if (missing.length > 0)
    throw new Error(`The SMS gateway is half configured; missing ${missing.join(', ')}`);
  assertSafeIssuer('SMS_GATEWAY_URL', url);
  return {
    url,
    username: env.SMS_GATEWAY_USERNAME ?? '',
    password: env.SMS_GATEWAY_PASSWORD ?? '',
    sender: env.SMS_SENDER ?? '',
  };
}

const OIDC_AUDIENCES = {
  citizen: { prefix: 'EID_CITIZEN', subjectClaim: 'personal_identity_number' },
  staff: { prefix: 'EID_STAFF', subjectClaim: 'hsa_id' },
} as const;

/**
 * EID_CITIZEN_* and EID_STAFF_*: all or nothing, so a half-configured deployment fails at start
 * instead of at someone's login.
 */
function oidcFromEnv(env: NodeJS.ProcessEnv): OidcEidConfig | undefined {
  const required = (['citizen', 'staff'] as const).flatMap((audience) =>
    ['ISSUER', 'CLIENT_ID', 'CLIENT_SECRET'].map(
      (key) => `${OIDC_AUDIENCES[audience].prefix}_${key}`,
    ),
  );
  const present = required.filter((name) => env[name]);
  if (present.length === 0) return undefined;
  const missing = required.filter((name) => !env[name]);
  if (missing.length > 0)
    throw new Error(`Real e-identification is half configured; missing ${missing.join(', ')}`);
  const client = (audience: keyof typeof OIDC_AUDIENCES): OidcClientConfig => {
    const { prefix, subjectClaim } = OIDC_AUDIENCES[audience];
    const issuer = env[`${prefix}_ISSUER`] ?? '';
    assertSafeIssuer(`${prefix}_ISSUER`, issuer);
    return {
      issuer,
      clientId: env[`${prefix}_CLIENT_ID`] ?? '',
      clientSecret: env[`${prefix}_CLIENT_SECRET`] ?? '',
      subjectClaim: env[`${prefix}_SUBJECT_CLAIM`] || subjectClaim,
      scope: env[`${prefix}_SCOPE`] || 'openid',
    };
  };
  return { citizen: client('citizen'), staff: client('staff') };
}

/** Issuers are HTTPS; plain HTTP only to this machine (a provider in a test or on a laptop). */
function assertSafeIssuer(name: string, issuer: string): void {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new Error(`${name} is not a URL`);
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url))) return;
  throw new Error(`${name} must use https`);
}

/** Loopback hosts, where plain HTTP never leaves the machine. */
export function isLoopback(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/**
 * Whole years, never below the legal floor the database trigger also enforces: a deployment
 * that asks for less fails at start instead of silently keeping the logs five years anyway.
 */
function logRetentionYearsFromEnv(value: string | undefined): number {
  if (value === undefined || value === '') return LOG_RETENTION_MIN_YEARS;
  const years = Number(value);
  if (!Number.isInteger(years) || years < LOG_RETENTION_MIN_YEARS)
    throw new Error(
      `LOG_RETENTION_YEARS must be a whole number of at least ${LOG_RETENTION_MIN_YEARS}`,
    );
  return years;
}

function parseMode(value: string | undefined): AppMode {
  if (value === 'production' || value === 'test') return value;
  return 'development';
}
