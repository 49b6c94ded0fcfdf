import { useMutation } from '@apollo/client/react';
import { readApiProblem } from '@etj/spa';
import { type ApiProblem } from '@etj/ui';
import { useState } from 'react';
import { graphql } from '../../gql/gql.ts';
import { type SaveStaffAlertSettingsInput } from '../../gql/graphql.ts';
import { type AlertRefusal, readAlertRefusals } from './alert-refusals.ts';

const STAFF_SAVE_ALERT_SETTINGS = graphql(`
  mutation StaffSaveAlertSettings($input: SaveStaffAlertSettingsInput!) {
    saveStaffAlertSettings(input: $input) {
      ...StaffAlertSettingsFields
    }
  }
`);

/** Saves my alert settings; the answer replaces the cached settings. */
export function useSaveStaffAlertSettings() {
  const [mutate] = useMutation(STAFF_SAVE_ALERT_SETTINGS);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  /** True when saved, else the field refusals (empty with `problem` set). */
  const save = async (input: SaveStaffAlertSettingsInput): Promise<true | AlertRefusal[]> => {
    setSaving(true);
    setProblem(null);
    try {
      await mutate({ variables: { input } });
      return true;
    } catch (failure) {
      const refusals = readAlertRefusals(failure);
      if (refusals.length === 0) setProblem(readApiProblem(failure));
      return refusals;
    } finally {
      setSaving(false);
    }
  };

  return { save, saving, problem };
}
