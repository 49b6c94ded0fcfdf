import { type TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type SessionTimes } from '@etj/ui';

/** An app's `sessionStatus` query; each app names its own (`CitizenSessionStatus`). */
export type SessionStatusDocument = TypedDocumentNode<
  { sessionStatus: SessionTimes },
  Record<string, never>
>;

/** An app's `keepSessionAlive` mutation; each app names its own. */
export type KeepSessionAliveDocument = TypedDocumentNode<
  { keepSessionAlive: SessionTimes },
  Record<string, never>
>;

/** The app's own session operations, which the shared session watch runs. */
export type SessionDocuments = {
  status: SessionStatusDocument;
  keepAlive: KeepSessionAliveDocument;
};
