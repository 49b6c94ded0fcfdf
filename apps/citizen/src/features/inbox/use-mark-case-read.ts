import { useMutation } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { graphql } from '../../gql/gql.ts';

const CITIZEN_MARK_CASE_READ = graphql(`
  mutation CitizenMarkCaseRead($caseId: ID!) {
    markCaseRead(caseId: $caseId) {
      ...CitizenCaseFields
    }
  }
`);

/**
 * Marks the case's messages read once the case is shown (`shown` turns true), once per page
 * visit. A failure is not worth troubling the reader with: the messages just stay unread.
 */
export function useMarkCaseRead(caseId: string, shown: boolean): void {
  const [mutate] = useMutation(CITIZEN_MARK_CASE_READ);
  const marked = useRef<string | null>(null);
  useEffect(() => {
    if (!shown || marked.current === caseId) return;
    marked.current = caseId;
    void mutate({
      variables: { caseId },
      // The unread marks and counts are asked again when the inbox is next shown.
      update: (cache) => {
        cache.evict({ fieldName: 'inbox' });
        cache.gc();
      },
    }).catch(() => undefined);
  }, [caseId, shown, mutate]);
}
