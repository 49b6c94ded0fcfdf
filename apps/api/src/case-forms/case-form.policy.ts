import type { CitizenActor } from '../identity/actor.ts';
import { subjectOf } from '../identity/citizen-subject.ts';

/**
 * A draft belongs to who writes it and whom it is about: a guardian sees only the drafts for
 * the current subject (their own, or the child's in proxy mode).
 */
export function draftOwner(actor: CitizenActor): {
  senderPersonId: string;
  subjectPersonId: string;
} {
  return { senderPersonId: actor.personId, subjectPersonId: subjectOf(actor) };
}

/** A case type the clinic has not adapted for proxy use cannot be opened or sent for a child. */
export function citizenMayUseCaseType(
  actor: CitizenActor,
  activation: { availableForProxy: boolean },
): boolean {
  return actor.actingForPersonId === null || activation.availableForProxy;
}

/**
 * Whether a save names another subject than the one the session acts for now: the form was
 * opened for one person (self or a child) and the mode has been switched since, elsewhere.
 */
export function isOpenedForAnother(
  actor: CitizenActor,
  subjectPersonId: string | null | undefined,
): boolean {
  return subjectPersonId != null && subjectPersonId !== subjectOf(actor);
}
