import type { CitizenActor } from './actor.ts';

/**
 * Whose cases, drafts, inbox and settings a citizen's request is about: the citizen's own, or in
 * proxy mode the child's (the context verified the guardianship for this very request).
 */
export function subjectOf(actor: CitizenActor): string {
  return actor.actingForPersonId ?? actor.personId;
}

/**
 * Who acted and for whom, as cases, messages and events record it: `onBehalfOfPersonId` is the
 * child in proxy mode and null otherwise.
 */
export function actingParties(actor: CitizenActor): {
  actorPersonId: string;
  subjectPersonId: string;
  onBehalfOfPersonId: string | null;
} {
  return {
    actorPersonId: actor.personId,
    subjectPersonId: subjectOf(actor),
    onBehalfOfPersonId: actor.actingForPersonId,
  };
}
