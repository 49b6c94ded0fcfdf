import { type TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type SessionTimes } from '@etj/ui';

/**
 * The session's times and its `handle`, which names the session opaquely: a page that sees the
 * handle change is in someone else's session now (logged out elsewhere, then a new login).
 */
export type SessionHandleTimes = SessionTimes & { handle: string };

/** An app's `sessionStatus` query; each app names its own (`CitizenSessionStatus`). */
export type SessionStatusDocument = TypedDocumentNode<
  { sessionStatus: SessionHandleTimes },
  Record<string, never>
>;

/** An app's `keepSessionAlive` mutation; each app names its own. */
export type KeepSessionAliveDocument = TypedDocumentNode<
  { keepSessionAlive: SessionHandleTimes },
  Record<string, never>
>;

/** The app's own session operations, which the shared session watch runs. */
export type SessionDocuments = {
  status: SessionStatusDocument;
  keepAlive: KeepSessionAliveDocument;
};
