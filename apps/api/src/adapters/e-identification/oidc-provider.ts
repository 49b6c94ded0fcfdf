import { createHash, createHmac } from 'node:crypto';
import * as client from 'openid-client';
import type { AppSurface } from '../../common/app-surface.ts';
import { isLoopback, type OidcClientConfig, type OidcEidConfig } from '../../config.ts';
import {
  IdentityProviderError,
  type EIdentificationProvider,
  type VerifiedIdentity,
} from './e-identification.ts';

/** Failures that mean "this login attempt is spent, start again", not "the provider is broken". */
const SPENT_LOGIN_CODES = new Set<string>([
  'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
  'OAUTH_JWT_TIMESTAMP_CHECK_FAILED',
  'OAUTH_INVALID_RESPONSE',
]);
const SPENT_GRANT_ERRORS = new Set(['invalid_grant', 'invalid_request']);

type Audience = { settings: OidcClientConfig; config: client.Configuration };

/**
 * Citizen and staff e-identification through an OpenID Connect provider (an e-ID broker for
 * BankID and Freja, or an IdP for SITHS), one confidential client per audience: authorization
 * code flow with PKCE, state and nonce; issuer, audience and nonce checked on the ID token.
 *
 * PKCE without storing anything: the verifier is an HMAC of the login's state under a server
 * secret, so it can be derived again at the callback but never guessed from the state alone.
 */
export async function createOidcIdentityProvider(options: {
  clients: OidcEidConfig;
  /** The origin the browser sees; the callback paths the login service passes are resolved on it. */
  publicOrigin: string;
  /** Server secret the PKCE verifiers are derived from. */
  pkceSecret: string;
  logger?: { warn(details: object, message: string): void };
}): Promise<EIdentificationProvider> {
  const audiences: Record<AppSurface, Audience> = {
    citizen: await discover(options.clients.citizen),
    staff: await discover(options.clients.staff),
  };
  const absolute = (redirectUri: string) => new URL(redirectUri, options.publicOrigin).href;
  const verifier = (audience: AppSurface, state: string) =>
    createHmac('sha256', options.pkceSecret)
      .update(`pkce:${audience}:${state}`)
      .digest('base64url');

  return {
    authorizationUrl({ audience, state, nonce, redirectUri, locale }) {
      const { settings, config } = audiences[audience];
      return client.buildAuthorizationUrl(config, {
        redirect_uri: absolute(redirectUri),
        scope: withOpenid(settings.scope),
        state,
        nonce,
        code_challenge: createHash('sha256').update(verifier(audience, state)).digest('base64url'),
        code_challenge_method: 'S256',
        ui_locales: locale,
      }).href;
    },

    async exchangeCode({ audience, code, state, issuer, nonce, redirectUri }) {
      const { settings, config } = audiences[audience];
      const callback = new URL(absolute(redirectUri));
      callback.searchParams.set('code', code);
      callback.searchParams.set('state', state);
      if (issuer !== undefined) callback.searchParams.set('iss', issuer);
      try {
        const tokens = await client.authorizationCodeGrant(config, callback, {
          expectedState: state,
          expectedNonce: nonce,
          pkceCodeVerifier: verifier(audience, state),
          idTokenExpected: true,
        });
        const claims = tokens.claims();
        if (!claims) throw new Error('The provider returned no ID token');
        let subject = claims[settings.subjectClaim];
        // Providers that conform to OIDC Core put scope claims in userinfo, not the ID token.
        if (subject === undefined) {
          const userinfo = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
          subject = userinfo[settings.subjectClaim];
        }
        if (typeof subject !== 'string' || subject.trim() === '')
          throw new Error(`The provider released no ${settings.subjectClaim} claim`);
        return { subject: subject.trim(), method: authMethod(claims) } satisfies VerifiedIdentity;
      } catch (error) {
        const refusal = refusalFor(error);
        if (!refusal) throw error;
        options.logger?.warn(
          { audience, refusal, code: errorCode(error) },
          'e-identification refused the login',
        );
        throw new IdentityProviderError(refusal);
      }
    },
  };
}

async function discover(settings: OidcClientConfig): Promise<Audience> {
  const issuer = new URL(settings.issuer);
  const config = await client.discovery(
    issuer,
    settings.clientId,
    undefined,
    client.ClientSecretBasic(settings.clientSecret),
    // Plain HTTP only reaches a provider on this machine; the configuration refuses it elsewhere.
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- deprecated only to stand out
    isLoopback(issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
  );
  return { settings, config };
}

function withOpenid(scope: string): string {
  const scopes = new Set(scope.split(/\s+/).filter(Boolean));
  scopes.add('openid');
  return [...scopes].join(' ');
}

/** How the person identified: the provider's `acr` (for example a BankID level), else `amr`. */
function authMethod(claims: client.IDToken): string {
  if (typeof claims.acr === 'string' && claims.acr) return claims.acr;
  const [first] = Array.isArray(claims.amr) ? claims.amr : [];
  return typeof first === 'string' ? first : 'oidc';
}

function refusalFor(error: unknown): IdentityProviderError['reason'] | undefined {
  if (error instanceof client.AuthorizationResponseError)
    return error.error === 'access_denied' ? 'LOGIN_CANCELLED' : 'LOGIN_EXPIRED';
  if (error instanceof client.ResponseBodyError)
    return SPENT_GRANT_ERRORS.has(error.error) ? 'LOGIN_EXPIRED' : undefined;
  if (error instanceof client.ClientError && error.code && SPENT_LOGIN_CODES.has(error.code))
    return 'LOGIN_EXPIRED';
  return undefined;
}

function errorCode(error: unknown): string | undefined {
  if (
    error instanceof client.ResponseBodyError ||
    error instanceof client.AuthorizationResponseError
  )
    return error.error;
  return error instanceof client.ClientError ? error.code : undefined;
}
