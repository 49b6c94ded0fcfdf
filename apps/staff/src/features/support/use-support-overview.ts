import { readApiProblem } from '@etj/spa';
import { useQuery } from '@apollo/client/react';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { type StaffSupportOverviewQuery } from '../../gql/graphql.ts';

export const STAFF_SUPPORT_OVERVIEW = graphql(`
  query StaffSupportOverview {
    supportContact {
      phone
      email
      openingHours {
        sv
        en
      }
    }
    mySupportReports {
      ...StaffSupportReportRow
    }
  }
`);

export type SupportContact = StaffSupportOverviewQuery['supportContact'];
export type MySupportReports = StaffSupportOverviewQuery['mySupportReports'];

export type SupportOverviewState =
  | { status: 'loading' }
  | { status: 'failed'; problem: ApiProblem }
  | { status: 'ready'; contact: SupportContact; reports: MySupportReports };

/** The support's contact details and the reports I made. */
export function useSupportOverview(): SupportOverviewState {
  const { data, error } = useQuery(STAFF_SUPPORT_OVERVIEW, { fetchPolicy: 'cache-and-network' });
  if (data)
    return { status: 'ready', contact: data.supportContact, reports: data.mySupportReports };
  if (error) return { status: 'failed', problem: readApiProblem(error) };
  return { status: 'loading' };
}
