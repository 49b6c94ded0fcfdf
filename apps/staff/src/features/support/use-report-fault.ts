import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql/gql.ts';
import { type ReportFaultInput } from '../../gql/graphql.ts';
import { caseChangeFailure, type CaseChangeResult } from '../case-handling/case-mutation-result.ts';
import { STAFF_SUPPORT_OVERVIEW } from './use-support-overview.ts';

const STAFF_REPORT_FAULT = graphql(`
  mutation StaffReportFault($input: ReportFaultInput!) {
    reportFault(input: $input) {
      id
      number
    }
  }
`);

export type ReportFaultResult =
  { outcome: 'done'; id: string; number: number } | Exclude<CaseChangeResult, { outcome: 'done' }>;

/** Sends a fault report; my list of reports is fetched again with it. */
export function useReportFault() {
  const [mutate, { loading }] = useMutation(STAFF_REPORT_FAULT, {
    refetchQueries: [STAFF_SUPPORT_OVERVIEW],
    awaitRefetchQueries: true,
  });
  const report = async (input: ReportFaultInput): Promise<ReportFaultResult> => {
    try {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('reportFault answered no data');
      return { outcome: 'done', id: data.reportFault.id, number: data.reportFault.number };
    } catch (error) {
      return caseChangeFailure(error);
    }
  };
  return { report, sending: loading };
}
