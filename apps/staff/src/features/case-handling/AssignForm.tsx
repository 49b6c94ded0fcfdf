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
import { useAssignCase } from './use-assign-case.ts';
import { useClinicCaregivers } from './use-clinic-caregivers.ts';

const CAREGIVER_ID = 'assign-caregiver';

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
  onAssigned: (name: string) => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const { caregivers, problem: loadProblem } = useClinicCaregivers();
  const [chosen, setChosen] = useState(assigneeId ?? '');
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const assignment = useAssignCase();

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    setProblem(null);
    const caregiver = caregivers?.find((candidate) => candidate.id === chosen);
    if (!caregiver) {
      setError(t('caseWork.assign.required'));
      return;
    }
    setError(null);
    void assignment
      .change({ caseId, staffMemberId: caregiver.id, expectedRevision: revision })
      .then((result) => {
        switch (result.outcome) {
          case 'done':
            onAssigned(caregiver.name);
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
        <form onSubmit={submit} noValidate className="etj-settings-form">
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
                  {t('caseWork.assign.option', { name: caregiver.name, title: caregiver.title })}
                </Select.Option>
              ))}
            </Select>
            {error ? <ValidationMessage>{error}</ValidationMessage> : null}
          </Field>
          <div className="etj-actions">
            <Button type="submit" loading={assignment.changing}>
              {t('caseWork.assign.submit')}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
