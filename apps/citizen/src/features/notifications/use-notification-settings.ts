import { useMutation, useQuery } from '@apollo/client/react';
import { knownInputProblems, readApiProblem } from '@etj/spa';
import { type ApiProblem } from '@etj/ui';
import { useState } from 'react';
import { graphql } from '../../gql/gql.ts';
import {
  type CitizenNotificationSettingsQuery,
  type SaveNotificationSettingsInput,
} from '../../gql/graphql.ts';

export type NotificationSettings = CitizenNotificationSettingsQuery['notificationSettings'];

const CITIZEN_NOTIFICATION_SETTINGS = graphql(`
  query CitizenNotificationSettings {
    notificationSettings {
      personId
      email
      mobile
      notifyByEmail
      notifyBySms
      locale
      updatedAt
    }
  }
`);

const CITIZEN_SAVE_NOTIFICATION_SETTINGS = graphql(`
  mutation CitizenSaveNotificationSettings($input: SaveNotificationSettingsInput!) {
    saveNotificationSettings(input: $input) {
      personId
      email
      mobile
      notifyByEmail
      notifyBySms
      locale
      updatedAt
    }
  }
`);

/** The fields the API may refuse, and its codes for them. */
export const SETTINGS_FIELDS = ['email', 'mobile'] as const;
export type SettingsField = (typeof SETTINGS_FIELDS)[number];
export const SETTINGS_CODES = [
  'EMAIL_INVALID',
  'MOBILE_INVALID',
  'EMAIL_REQUIRED',
  'MOBILE_REQUIRED',
] as const;
export type SettingsCode = (typeof SETTINGS_CODES)[number];
export type SettingsRefusal = { field: SettingsField; code: SettingsCode };

/** The known field refusals of a BAD_USER_INPUT answer (unknown paths and codes are dropped). */
export const readSettingsRefusals = (error: unknown): SettingsRefusal[] =>
  knownInputProblems(error, SETTINGS_CODES, SETTINGS_FIELDS).map(({ path, code }) => ({
    field: path,
    code,
  }));

/** Where notifications of new messages go (mine, or the child's in proxy mode), and saving it. */
export function useNotificationSettings() {
  const { data, error } = useQuery(CITIZEN_NOTIFICATION_SETTINGS, {
    fetchPolicy: 'network-only',
  });
  const [mutate] = useMutation(CITIZEN_SAVE_NOTIFICATION_SETTINGS);
  const [saving, setSaving] = useState(false);
  const [saveProblem, setSaveProblem] = useState<ApiProblem | null>(null);

  /** Saves: true when saved, else the field refusals (empty with `saveProblem` set). */
  const save = async (input: SaveNotificationSettingsInput): Promise<true | SettingsRefusal[]> => {
    setSaving(true);
    setSaveProblem(null);
    try {
      await mutate({ variables: { input } });
      return true;
    } catch (failure) {
      const refusals = readSettingsRefusals(failure);
      if (refusals.length === 0) setSaveProblem(readApiProblem(failure));
      return refusals;
    } finally {
      setSaving(false);
    }
  };

  return {
    settings: data?.notificationSettings ?? null,
    problem: error ? readApiProblem(error) : null,
    saveProblem,
    saving,
    save,
  };
}
