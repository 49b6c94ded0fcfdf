import { readApiProblem } from '@etj/spa';
import { useMutation, useQuery } from '@apollo/client/react';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { type StaffSupportReportQuery, type SupportStatus } from '../../gql/graphql.ts';
import { caseChangeFailure, type CaseChangeResult } from '../case-handling/case-mutation-result.ts';

export const STAFF_SUPPORT_REPORT = graphql(`
  query StaffSupportReport($id: ID!) {
    supportReport(id: $id) {
      ...StaffSupportReportFields
    }
  }
`);

const STAFF_REPLY_TO_SUPPORT_REPORT = graphql(`
  mutation StaffReplyToSupportReport($input: ReplyToSupportReportInput!) {
    replyToSupportReport(input: $input) {
      ...StaffSupportReportFields
    }
  }
`);

const STAFF_SET_SUPPORT_REPORT_STATUS = graphql(`
  mutation StaffSetSupportReportStatus($input: SetSupportReportStatusInput!) {
    setSupportReportStatus(input: $input) {
      ...StaffSupportReportFields
    }
  }
`);

export type SupportReportView = StaffSupportReportQuery['supportReport'];

export type SupportReportState =
  | { status: 'loading' }
  | { status: 'failed'; problem: ApiProblem }
  | { status: 'ready'; report: SupportReportView };

/** One report, for its reporter or the service administration (NOT_FOUND for anybody else). */
export function useSupportReport(id: string): SupportReportState {
  const { data, error } = useQuery(STAFF_SUPPORT_REPORT, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  if (data) return { status: 'ready', report: data.supportReport };
  if (error) return { status: 'failed', problem: readApiProblem(error) };
  return { status: 'loading' };
}

/** Replying and setting the status; each answers the report as it now is (Apollo's cache). */
export function useSupportReportActions() {
  const [replyMutation, reply] = useMutation(STAFF_REPLY_TO_SUPPORT_REPORT);
  const [statusMutation, status] = useMutation(STAFF_SET_SUPPORT_REPORT_STATUS);
  const run = async (send: () => Promise<unknown>): Promise<CaseChangeResult> => {
    try {
      await send();
      return { outcome: 'done' };
    } catch (error) {
      return caseChangeFailure(error);
    }
  };
  return {
    reply: (reportId: string, text: string) =>
      run(() => replyMutation({ variables: { input: { reportId, text } } })),
    setStatus: (reportId: string, next: SupportStatus) =>
      run(() => statusMutation({ variables: { input: { reportId, status: next } } })),
    replying: reply.loading,
    settingStatus: status.loading,
  };
}
