import { useApolloClient } from '@apollo/client/react';
import { BACKGROUND_CONTEXT } from '@etj/spa';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../../gql/gql.ts';
import { type StaffReportCasePresenceMutation } from '../../gql/graphql.ts';

export type PresentPerson = StaffReportCasePresenceMutation['reportCasePresence'][number];

const REPORT_CASE_PRESENCE = graphql(`
  mutation StaffReportCasePresence($caseId: ID!, $tabId: ID!, $state: CasePresenceState!) {
    reportCasePresence(caseId: $caseId, tabId: $tabId, state: $state) {
      name
      title
      state
      since
    }
  }
`);

const LEAVE_CASE_PRESENCE = graphql(`
  mutation StaffLeaveCasePresence($caseId: ID!, $tabId: ID!) {
    leaveCasePresence(caseId: $caseId, tabId: $tabId)
  }
`);

/** How often an open, visible case page tells the API it is still there (the API's window is 45 s). */
export const PRESENCE_HEARTBEAT_MS = 15_000;

/**
 * The other staff on the case now. While the page is visible it reports itself (looking, or
 * writing while `writing`) at once and then every PRESENCE_HEARTBEAT_MS, at once again when
 * `writing` changes or the page comes back into view; a hidden page stops unless it is writing
 * (its person is still answering, in another window), and leaving the page says so, after the
 * heartbeat still on its way, so the leave is never overtaken. Every call goes out as background work, so an open case page never keeps an idle
 * session alive. The page's tab id lives in memory only.
 */
export function useCasePresence(caseId: string, writing: boolean): PresentPerson[] {
  const client = useApolloClient();
  const [tabId] = useState(() => crypto.randomUUID());
  const [others, setOthers] = useState<PresentPerson[]>([]);
  const state = writing ? 'WRITING' : 'LOOKING';
  /** The heartbeat last sent, settled or not: the leave goes out after it. */
  const lastBeat = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setInterval> | undefined;
    const beat = () => {
      lastBeat.current = client
        .mutate({
          mutation: REPORT_CASE_PRESENCE,
          variables: { caseId, tabId, state },
          context: BACKGROUND_CONTEXT,
          fetchPolicy: 'no-cache',
        })
        .then(
          (result) => {
            if (!stopped && result.data) setOthers(result.data.reportCasePresence);
          },
          // A lost heartbeat changes nothing on the page: the next one asks again.
          () => undefined,
        );
    };
    const start = () => {
      if ((document.hidden && state !== 'WRITING') || timer !== undefined) return;
      beat();
      timer = setInterval(beat, PRESENCE_HEARTBEAT_MS);
    };
    const pause = () => {
      clearInterval(timer);
      timer = undefined;
    };
    const onVisibility = () => {
      if (document.hidden && state !== 'WRITING') pause();
      else start();
    };
    start();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopped = true;
      pause();
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [client, caseId, tabId, state]);

  useEffect(
    () => () => {
      const leave = () =>
        client.mutate({
          mutation: LEAVE_CASE_PRESENCE,
          variables: { caseId, tabId },
          context: BACKGROUND_CONTEXT,
          fetchPolicy: 'no-cache',
        });
      lastBeat.current.then(leave, leave).catch(() => undefined);
    },
    [client, caseId, tabId],
  );

  return others;
}
