import type { AppSurface } from '../../common/app-surface.ts';

/** A verified identity from e-identification: a personnummer (citizens) or an HSA-id (staff). */
export type VerifiedIdentity = { subject: string; method: string };

/**
 * Citizen and staff e-identification (BankID, Freja eID, SITHS), an external system. The shape is
 * the OpenID Connect authorization-code flow, so a real OIDC provider drops in behind it.
 */
export type EIdentificationProvider = {
  /** Where to send the browser to identify itself. */
  authorizationUrl(request: {
    audience: AppSurface;
    state: string;
    nonce: string;
    redirectUri: string;
    locale: string;
  }): string;
  /** Exchanges the one-time code the provider sent back for the verified identity. */
  exchangeCode(request: {
    audience: AppSurface;
    code: string;
    /** The login's state, already matched to this browser by the login service. */
    state: string;
    /** The `iss` the provider sent with the code (RFC 9207), when it sent one. */
    issuer?: string;
    nonce: string;
    redirectUri: string;
  }): Promise<VerifiedIdentity>;
};

export class IdentityProviderError extends Error {
  constructor(readonly reason: 'LOGIN_EXPIRED' | 'LOGIN_CANCELLED') {
    super(reason);
  }
}
