import {
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { ErrorSummary, ProblemNotice, type ApiProblem } from '@etj/ui';
import { type SubmitEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@etj/spa';
import { staffTitleIn } from '@etj/domain/staff-titles';
import { useStaffViewer } from '../identity/use-staff-viewer.ts';
import { useAssignCase } from './use-assign-case.ts';
import { type Caregiver, useClinicCaregivers } from './use-clinic-caregivers.ts';

/** The caregiver list's id: `a` on the case page goes there when it cannot assign to the viewer. */
export const CAREGIVER_ID = 'assign-caregiver';
/** "Tilldela mig": `a` on the case page presses it. */
export const ASSIGN_TO_ME_ID = 'assign-to-me';

/**
 * The viewer as one of the clinic's caregivers, when they may be assigned cases here (a
 * receiver who also cares for patients); null otherwise or while unknown, or when `skip`.
 */
export function useViewerAsCaregiver(skip = false): Caregiver | null {
  const viewer = useStaffViewer();
  const { caregivers } = useClinicCaregivers({ skip });
  const id = viewer.status === 'signed-in' ? viewer.viewer.id : null;
  return caregivers?.find((caregiver) => caregiver.id === id) ?? null;
}

/** For a receiver: assign (or reassign) the case to one of the clinic's caregivers. */
export function AssignForm({
  caseId,
  revision,
  assigneeId,
  onAssigned,
  onConflict,
}: {
  caseId: string;
  revision: number;
  assigneeId: string | null;
  /** `toViewer`: the viewer assigned the case to themselves. */
  onAssigned: (name: string, toViewer: boolean) => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { caregivers, problem: loadProblem } = useClinicCaregivers();
  const [chosen, setChosen] = useState(assigneeId ?? '');
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const assignment = useAssignCase();
  const me = useViewerAsCaregiver();

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const toViewer = me !== null && event.nativeEvent.submitter?.id === ASSIGN_TO_ME_ID;
    setAttempt((count) => count + 1);
    setProblem(null);
    const caregiver = toViewer ? me : caregivers?.find((candidate) => candidate.id === chosen);
    if (!caregiver) {
      setError(t('caseWork.assign.required'));
      return;
    }
    setError(null);
    if (toViewer) setChosen(caregiver.id);
    void assignment
      .change({ caseId, staffMemberId: caregiver.id, expectedRevision: revision })
      .then((result) => {
        switch (result.outcome) {
          case 'done':
            onAssigned(caregiver.name, toViewer);
            return;
          case 'invalid':
            setError(
              result.fields.some((field) => field.code === 'NOT_A_CAREGIVER_HERE')
                ? t('caseWork.assign.notCaregiverHere')
                : t('caseWork.assign.required'),
            );
            return;
          case 'conflict':
            onConflict();
            return;
          case 'failed':
            setProblem(result.problem);
            return;
        }
      });
  };

  return (
    <section aria-labelledby="case-assign-heading" className="etj-panel">
      <Heading level={2} data-size="sm" id="case-assign-heading">
        {t('caseWork.assign.title')}
      </Heading>
      {loadProblem ? <ProblemNotice problem={loadProblem} /> : null}
      {caregivers && caregivers.length === 0 ? (
        <Paragraph>{t('caseWork.assign.noCaregivers')}</Paragraph>
      ) : null}
      <ErrorSummary
        attempt={attempt}
        problems={error ? [{ targetId: CAREGIVER_ID, message: error }] : []}
      />
      {problem ? <ProblemNotice problem={problem} /> : null}
      {caregivers && caregivers.length > 0 ? (
        <form onSubmit={submit} noValidate className="etj-settings-form" data-shortcut-send="">
          <Field>
            <Label htmlFor={CAREGIVER_ID}>{t('caseWork.assign.caregiver')}</Label>
            <Select
              id={CAREGIVER_ID}
              value={chosen}
              aria-invalid={error ? true : undefined}
              onChange={(event) => {
                setChosen(event.target.value);
              }}
            >
              <Select.Option value="">{t('caseWork.assign.choose')}</Select.Option>
              {caregivers.map((caregiver) => (
                <Select.Option key={caregiver.id} value={caregiver.id}>
                  {t('caseWork.assign.option', {
                    name: caregiver.name,
                    title: staffTitleIn(caregiver.title, language),
                  })}
                </Select.Option>
              ))}
            </Select>
            {error ? <ValidationMessage>{error}</ValidationMessage> : null}
          </Field>
          <div className="etj-actions">
            <Button type="submit" loading={assignment.changing}>
              {t('caseWork.assign.submit')}
            </Button>
            {me && assigneeId !== me.id ? (
              <Button
                type="submit"
                id={ASSIGN_TO_ME_ID}
                variant="secondary"
                loading={assignment.changing}
              >
                {t('caseWork.assign.toMe')}
              </Button>
            ) : null}
          </div>
        </form>
      ) : null}
    </section>
  );
}
