// Who else is on a case page: the rules of presence, pure so they are tested on their own.

/** What a staff member does on an open case page. */
export const PRESENCE_STATES = ['LOOKING', 'WRITING'] as const;
export type PresenceState = (typeof PRESENCE_STATES)[number];

/**
 * How long a page counts as present after its last heartbeat. The staff app sends one about
 * every 15 s while the page is visible, so two lost heartbeats do not make anyone disappear,
 * and a closed or hidden page is gone within the window.
 */
export const PRESENCE_WINDOW_MS = 45_000;

/**
 * How long a page that is writing an answer counts as present. The app keeps reporting a
 * writing page while it is hidden (the person is still writing, in another window), and a
 * browser slows the timers of a hidden page to about once a minute: so a writer stays shown
 * through two slowed heartbeats, and the others keep seeing that someone answers the patient.
 */
export const PRESENCE_WRITING_WINDOW_MS = 150_000;

/** The most open pages of one case a person keeps; more tabs than this push out the oldest. */
export const PRESENCE_TABS_PER_PERSON = 5;

/** Pages last seen at or before these instants are gone: looking ones, and writing ones. */
export type PresenceCutoffs = { looking: Date; writing: Date };

export function presenceCutoffs(now: Date): PresenceCutoffs {
  return {
    looking: new Date(now.getTime() - PRESENCE_WINDOW_MS),
    writing: new Date(now.getTime() - PRESENCE_WRITING_WINDOW_MS),
  };
}

/** Whether a page in `state`, last seen at `lastSeenAt`, is still present at `now`. */
export function isPresent(state: PresenceState, lastSeenAt: Date, now: Date): boolean {
  const cutoffs = presenceCutoffs(now);
  const cutoff = state === 'WRITING' ? cutoffs.writing : cutoffs.looking;
  return lastSeenAt.getTime() > cutoff.getTime();
}

/** One open page of a case as stored, with the name and title of whose page it is. */
export type PresenceEntry = {
  staffMemberId: string;
  name: string;
  title: string;
  state: PresenceState;
  since: Date;
  lastSeenAt: Date;
};

/** Someone else on the case, as the others see them: never anything about the case. */
export type PresentPerson = { name: string; title: string; state: PresenceState; since: Date };

/**
 * The other people on the case at `now`: the viewer's own pages (in any tab) left out, pages
 * gone after the window left out, one line per person. A person writing in any of their pages
 * is writing, since the earliest of those pages started; otherwise looking, since their first
 * page opened. Ordered by name, so the list reads the same on every poll.
 */
export function othersPresent(
  entries: readonly PresenceEntry[],
  viewerStaffId: string,
  now: Date,
): PresentPerson[] {
  const byPerson = new Map<string, PresenceEntry[]>();
  for (const entry of entries) {
    if (entry.staffMemberId === viewerStaffId || !isPresent(entry.state, entry.lastSeenAt, now))
      continue;
    byPerson.set(entry.staffMemberId, [...(byPerson.get(entry.staffMemberId) ?? []), entry]);
  }
  return [...byPerson.values()]
    .map((pages) => {
      const writing = pages.filter((page) => page.state === 'WRITING');
      const counted = writing.length > 0 ? writing : pages;
      const first = counted.reduce((a, b) => (b.since < a.since ? b : a));
      return {
        name: first.name,
        title: first.title,
        state: writing.length > 0 ? ('WRITING' as const) : ('LOOKING' as const),
        since: first.since,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.title.localeCompare(b.title, 'sv'));
}
