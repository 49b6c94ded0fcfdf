import { useMutation, useQuery } from '@apollo/client/react';
import { readApiProblem } from '@etj/spa';
import { type ApiProblem } from '@etj/ui';
import { useState } from 'react';
import { graphql } from '../../gql/gql.ts';
import {
  type PublishServiceAnnouncementInput,
  type StaffServiceAnnouncementsQuery,
} from '../../gql/graphql.ts';
import {
  readServiceStatusProblems,
  type ServiceStatusFieldProblem,
} from './service-status-problems.ts';

export type StaffServiceAnnouncement =
  StaffServiceAnnouncementsQuery['serviceAnnouncements'][number];

const STAFF_SERVICE_ANNOUNCEMENTS = graphql(`
  query StaffServiceAnnouncements {
    serviceAnnouncements {
      ...StaffServiceAnnouncement
    }
  }
  fragment StaffServiceAnnouncement on ServiceAnnouncement {
    id
    kind
    affected
    title {
      sv
      en
    }
    body {
      sv
      en
    }
    startsAt
    endsAt
    publishedAt
    updates {
      id
      text {
        sv
        en
      }
      at
    }
  }
`);

const STAFF_PUBLISH_SERVICE_ANNOUNCEMENT = graphql(`
  mutation StaffPublishServiceAnnouncement($input: PublishServiceAnnouncementInput!) {
    publishServiceAnnouncement(input: $input) {
      ...StaffServiceAnnouncement
    }
  }
`);

const STAFF_UPDATE_SERVICE_ANNOUNCEMENT = graphql(`
  mutation StaffUpdateServiceAnnouncement($input: ServiceAnnouncementUpdateInput!) {
    updateServiceAnnouncement(input: $input) {
      ...StaffServiceAnnouncement
    }
  }
`);

const STAFF_END_SERVICE_ANNOUNCEMENT = graphql(`
  mutation StaffEndServiceAnnouncement($input: ServiceAnnouncementUpdateInput!) {
    endServiceAnnouncement(input: $input) {
      ...StaffServiceAnnouncement
    }
  }
`);

/** The outcome of a change: done, refused fields, or another problem. */
export type ChangeOutcome =
  { ok: true } | { ok: false; fields: ServiceStatusFieldProblem[]; problem: ApiProblem | null };

async function outcomeOf(run: () => Promise<unknown>): Promise<ChangeOutcome> {
  try {
    await run();
    return { ok: true };
  } catch (failure) {
    const fields = readServiceStatusProblems(failure);
    return { ok: false, fields, problem: fields.length > 0 ? null : readApiProblem(failure) };
  }
}

/** The latest announcements (ended ones too), for the national service administration. */
export function useServiceAnnouncements() {
  const { data, error } = useQuery(STAFF_SERVICE_ANNOUNCEMENTS, { fetchPolicy: 'network-only' });
  return {
    announcements: data?.serviceAnnouncements ?? null,
    problem: error ? readApiProblem(error) : null,
  };
}

/** Publishes, updates and ends announcements; each is mailed to the subscribers by the API. */
export function useServiceAnnouncementChanges() {
  const refetchQueries = [STAFF_SERVICE_ANNOUNCEMENTS];
  const [publishMutation] = useMutation(STAFF_PUBLISH_SERVICE_ANNOUNCEMENT, { refetchQueries });
  const [updateMutation] = useMutation(STAFF_UPDATE_SERVICE_ANNOUNCEMENT, { refetchQueries });
  const [endMutation] = useMutation(STAFF_END_SERVICE_ANNOUNCEMENT, { refetchQueries });
  const [busy, setBusy] = useState(false);
  const guarded = async (run: () => Promise<unknown>) => {
    setBusy(true);
    try {
      return await outcomeOf(run);
    } finally {
      setBusy(false);
    }
  };
  return {
    busy,
    publish: (input: PublishServiceAnnouncementInput) =>
      guarded(() => publishMutation({ variables: { input } })),
    update: (input: { id: string; textSv: string; textEn: string }) =>
      guarded(() => updateMutation({ variables: { input } })),
    end: (input: { id: string; textSv: string; textEn: string }) =>
      guarded(() => endMutation({ variables: { input } })),
  };
}
