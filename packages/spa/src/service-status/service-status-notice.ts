import { createContext } from 'react';
import { graphqlUri, type Surface } from '../routing/surface.ts';

/**
 * The public status query as text, sent with a plain `fetch` so the banner also shows on the
 * pages that have no GraphQL client (start, logged out, login refused). A test pins it to the
 * committed schema.
 */
export const SERVICE_STATUS_NOTICE_OPERATION = {
  operationName: 'ServiceStatusNotice',
  query:
    'query ServiceStatusNotice { serviceStatus { current { id kind title { sv en } startsAt endsAt } upcoming { id kind title { sv en } startsAt endsAt } } }',
};

export type ServiceNotice = {
  id: string;
  kind: 'DISTURBANCE' | 'MAINTENANCE';
  title: { sv: string; en: string | null };
  startsAt: string;
  endsAt: string | null;
};

export type ServiceNotices = { current: ServiceNotice[]; upcoming: ServiceNotice[] };

/** How the banner asks for the notices; tests leave it out, and the banner shows nothing. */
export type ServiceNoticeLoader = (surface: Surface) => Promise<ServiceNotices>;

/** Upcoming maintenance is shown in the banner this long before it begins. */
export const UPCOMING_NOTICE_MS = 7 * 24 * 60 * 60 * 1000;

const EMPTY: ServiceNotices = { current: [], upcoming: [] };

function readNotice(raw: unknown): ServiceNotice[] {
  if (raw === null || typeof raw !== 'object') return [];
  const r = raw as Record<string, unknown>;
  const title = r['title'] as Record<string, unknown> | null | undefined;
  if (
    typeof r['id'] !== 'string' ||
    (r['kind'] !== 'DISTURBANCE' && r['kind'] !== 'MAINTENANCE') ||
    typeof title?.['sv'] !== 'string' ||
    typeof r['startsAt'] !== 'string'
  )
    return [];
  return [
    {
      id: r['id'],
      kind: r['kind'],
      title: { sv: title['sv'], en: typeof title['en'] === 'string' ? title['en'] : null },
      startsAt: r['startsAt'],
      endsAt: typeof r['endsAt'] === 'string' ? r['endsAt'] : null,
    },
  ];
}

/** The notices of a GraphQL answer; anything unexpected reads as none. */
export function readServiceNotices(body: unknown): ServiceNotices {
  const status = (body as { data?: { serviceStatus?: Record<string, unknown> } } | null)?.data
    ?.serviceStatus;
  if (!status) return EMPTY;
  const list = (value: unknown) => (Array.isArray(value) ? value.flatMap(readNotice) : []);
  return { current: list(status['current']), upcoming: list(status['upcoming']) };
}

/** What the banner shows at `now`: everything current, and maintenance due within a week. */
export function bannerNotices(notices: ServiceNotices, now: Date): ServiceNotices {
  return {
    current: notices.current,
    upcoming: notices.upcoming.filter(
      (n) => new Date(n.startsAt).getTime() - now.getTime() <= UPCOMING_NOTICE_MS,
    ),
  };
}

/** Asks the surface's endpoint (no session needed); a failure shows no banner. */
export const fetchServiceNotices: ServiceNoticeLoader = (surface) =>
  fetch(graphqlUri(surface), {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      accept: 'application/graphql-response+json,application/json;q=0.9',
      'content-type': 'application/json',
    },
    body: JSON.stringify({ ...SERVICE_STATUS_NOTICE_OPERATION, variables: {} }),
  })
    .then((response) => response.json() as Promise<unknown>)
    .then(readServiceNotices);

/** The loader of the running SPA (set by mountSpa and mountSplitSpa); none in tests. */
export const ServiceNoticeContext = createContext<ServiceNoticeLoader | null>(null);
