import { useQuery } from '@apollo/client/react';
import { readApiProblem } from '@etj/spa';
import { graphql } from '../../gql/gql.ts';
import { type StaffAlertSettingsQuery } from '../../gql/graphql.ts';

export type StaffAlertSettings = StaffAlertSettingsQuery['staffAlertSettings'];

/** What the settings page shows, read and saved alike. */
export const STAFF_ALERT_SETTINGS_FIELDS = graphql(`
  fragment StaffAlertSettingsFields on StaffAlertSettings {
    clinicId
    email
    locale
    newCases
    assignedToMe
    citizenReplies
    mayAlertNewCases
    mayAlertAssignments
    mayAlertReplies
    updatedAt
  }
`);

export const STAFF_ALERT_SETTINGS = graphql(`
  query StaffAlertSettings {
    staffAlertSettings {
      ...StaffAlertSettingsFields
    }
  }
`);

/** My alert address, language and the switches that apply at the workplace of this session. */
export function useStaffAlertSettings() {
  const { data, error } = useQuery(STAFF_ALERT_SETTINGS, { fetchPolicy: 'network-only' });
  return {
    settings: data?.staffAlertSettings ?? null,
    problem: error ? readApiProblem(error) : null,
  };
}
