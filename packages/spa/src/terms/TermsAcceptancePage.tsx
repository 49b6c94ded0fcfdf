import { Button, Checkbox, Paragraph } from '@digdir/designsystemet-react';
import { ErrorSummary, ProblemNotice, TermsContent } from '@etj/ui';
import { type SubmitEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppPage } from '../pages/AppPage.tsx';
import { type Surface } from '../routing/surface.ts';
import { currentTermsVersion } from './terms-version.ts';
import { type AcceptTermsDocument, useAcceptTerms } from './use-accept-terms.ts';

const CHECKBOX_ID = 'accept-terms';

/** Shown instead of the start page while the viewer has not accepted the current terms. */
export function TermsAcceptancePage({
  audience,
  acceptDocument,
}: {
  audience: Surface;
  acceptDocument: AcceptTermsDocument;
}) {
  const { t } = useTranslation('common');
  const terms = useAcceptTerms(audience, acceptDocument);
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
    <AppPage title={t('terms.acceptTitle')}>
      <ErrorSummary
        attempt={attempt}
        problems={missingTick ? [{ targetId: CHECKBOX_ID, message: t('terms.mustTick') }] : []}
      />
      <Paragraph className="etj-lead">{t('terms.acceptIntro')}</Paragraph>
      <section className="etj-panel">
        <TermsContent audience={audience} version={currentTermsVersion(audience)} />
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
    </AppPage>
  );
}
