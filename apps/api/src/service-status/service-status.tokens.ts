import { createHash, createHmac, randomBytes } from 'node:crypto';

/** What a link does: confirm the subscription, or end it. */
export type LinkPurpose = 'confirm' | 'unsubscribe';

/**
 * The links' key, derived from the server's secret for this one use only. Rotating the secret
 * makes the links in mails already sent stop working (the subscriber subscribes again).
 */
export const linkKeyFrom = (serverSecret: string): Buffer =>
  createHmac('sha256', serverSecret).update('service-status-links').digest();

/** A fresh salt for a subscription row (not secret on its own: the key makes the token). */
export const newSalt = (): string => randomBytes(16).toString('base64url');

/**
 * The token a link carries: an HMAC of purpose, row and salt, so the sender can rebuild it for
 * each mail while the database keeps only its hash.
 */
export const linkToken = (
  key: Buffer,
  purpose: LinkPurpose,
  subscriptionId: string,
  salt: string,
): string =>
  createHmac('sha256', key).update(`${purpose}:${subscriptionId}:${salt}`).digest('base64url');

/** What the database keeps of a token, and looks it up by. */
export const tokenHash = (token: string): string =>
  createHash('sha256').update(token).digest('base64url');

/** A token as links carry it: 43 base64url characters; anything else is not looked up. */
export const isWellFormedToken = (token: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(token);
