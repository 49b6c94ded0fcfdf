// The shape of the authorization matrix's world (authorization-matrix.fixture.ts builds it).
import type { ActorName } from './authorization-matrix.actors.ts';
import type { FreshCase, FreshCaseOptions, StaffIds } from './authorization-matrix.records.ts';
import type { Browser, Harness } from './harness.ts';

/** Who may act for whom around an actor, to tell whether a refused call granted anything. */
export type ProxyState = {
  /** The actor's active links (as guardian) and whom their sessions act for. */
  granted: string[];
  /** Other guardians' active links to the actor's child: nobody else's may change. */
  others: string[];
};

/**
 * What an actor's citizen cells work on: the adult case and draft for the owner, a stranger,
 * staff and anonymous; for a guardian variant, the case a guardian sent for the child in proxy
 * mode and a draft for the child. The other guardian's draft is one they wrote themselves, so
 * the cell asks about proxy mode, not about whose pen it was.
 */
export type Target = {
  /** The case subject: the adult owner, or the child. */
  subjectId: string;
  /** Who wrote the target draft (and the fresh ones): the subject, or a guardian. */
  senderId: string;
  caseId: string;
  draftId: string;
  /** A file on the case. */
  attachmentId: string;
};

export type Fixture = {
  harness: Harness;
  regionId: string;
  clinicX: string;
  clinicY: string;
  /** RENEW_PRESCRIPTION at X, attachments allowed: the shared case, drafts. */
  prescriptionTypeId: string;
  /** ASK_NURSE at X: the fresh cases of mutation cells, kept out of the shared case's lists. */
  freshCaseTypeId: string;
  owner: { personId: string };
  /** People of the guardian variants: C's two guardians, and the children. */
  people: {
    guardian: string;
    otherGuardian: string;
    child: { id: string; identityNumber: string };
  };
  staff: StaffIds;
  /** Records that read-only cells share; no cell changes them. */
  shared: {
    caseId: string;
    draftId: string;
    caseAttachmentId: string;
    caseAttachmentBytes: Buffer;
    customCaseTypeId: string;
    /** receiverHere's support report, with the tiny PNG as its screenshot. */
    supportReportId: string;
  };
  /** The records the actor's citizen cells are about (see Target). */
  target(actor: ActorName): Target;
  /** The person the actor is logged in as (null for staff and anonymous). */
  personOf(actor: ActorName): string | null;
  /** The child the actor is, was or pretends to be a guardian of, with its personnummer. */
  childOf(actor: ActorName): { id: string; identityNumber: string };
  /** Each actor's browser, logged in once; anonymous has an empty cookie jar. */
  browser(actor: ActorName, surface: 'citizen' | 'staff'): Browser;
  /** A new case like the shared one: at X, assigned now, a partial answer by the former caregiver. */
  freshCase(options?: FreshCaseOptions): Promise<FreshCase>;
  /** The same, about the actor's target subject (a child case is sent by its guardian). */
  freshCaseFor(actor: ActorName, options?: FreshCaseOptions): Promise<FreshCase>;
  /** A new draft of the owner's, or of the actor's target (sender and subject). */
  freshDraft(actor?: ActorName): Promise<{ id: string; revision: number }>;
  /** A new draft with one file; answers the file's id. */
  freshDraftAttachment(actor?: ActorName): Promise<string>;
  /** A new child under 13 of the actor's person, with custody and an active proxy link. */
  freshLinkedChild(actor: ActorName): Promise<string>;
  /** A new custom case type of clinic X with a draft version, made by its administrator. */
  freshCustomCaseType(): Promise<string>;
  /** What a refused mutation must leave unchanged. */
  caseSnapshot(caseId: string): Promise<unknown>;
  /** The proxy state around the actor (see ProxyState). */
  proxyState(actor: ActorName): Promise<ProxyState>;
  /**
   * Before each cell: a falling-back session (FALLING_BACK) is in proxy mode for its child
   * again, its link active, as when the birthday or the protection came.
   */
  prepare(actor: ActorName): Promise<void>;
  /** Puts the actor's session back in the mode the table assumes (after actForChild and stop). */
  resetMode(actor: ActorName): Promise<void>;
  clinicSettingsRevision(): Promise<number>;
};
