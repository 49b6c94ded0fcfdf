import { Button, Checkbox, Paragraph } from '@digdir/designsystemet-react';
import { TERMS_VERSIONS } from '@etj/domain';
import { ErrorSummary, TermsContent } from '@etj/ui';
import { type SubmitEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffPage } from '../../app-shell/StaffPage.tsx';
import { ProblemNotice } from '@etj/ui';
import { useAcceptStaffTerms } from './use-accept-staff-terms.ts';

const CHECKBOX_ID = 'accept-terms';

/** Shown instead of the start page while the staff member has not accepted the current terms. */
export function TermsAcceptancePage() {
  const { t } = useTranslation('common');
  const terms = useAcceptStaffTerms();
  const [ticked, setTicked] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const missingTick = attempt > 0 && !ticked;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    if (!ticked) return;
    void terms.accept();
  };

  return (
    <StaffPage title={t('terms.acceptTitle')}>
      <ErrorSummary
        attempt={attempt}
        problems={missingTick ? [{ targetId: CHECKBOX_ID, message: t('terms.mustTick') }] : []}
      />
      <Paragraph className="etj-lead">{t('terms.acceptIntro')}</Paragraph>
      <section className="etj-panel">
        <TermsContent audience="staff" version={TERMS_VERSIONS.STAFF} />
      </section>
      <form onSubmit={submit} noValidate>
        <Checkbox
          id={CHECKBOX_ID}
          label={t('terms.checkbox')}
          checked={ticked}
          onChange={(event) => {
            setTicked(event.target.checked);
          }}
          error={missingTick ? t('terms.mustTick') : undefined}
        />
        {terms.problem ? <ProblemNotice problem={terms.problem} /> : null}
        <div className="etj-actions">
          <Button type="submit" loading={terms.accepting}>
            {t('terms.accept')}
          </Button>
        </div>
      </form>
    </StaffPage>
  );
}
