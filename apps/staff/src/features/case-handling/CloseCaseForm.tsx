import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { ProblemNotice, type ApiProblem } from '@etj/ui';
import { type SubmitEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCloseCase } from './use-close-case.ts';

/** For an answered case: close it. */
export function CloseCaseForm({
  caseId,
  revision,
  onClosed,
  onConflict,
}: {
  caseId: string;
  revision: number;
  onClosed: () => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const closing = useCloseCase();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    void closing.change({ caseId, expectedRevision: revision }).then((result) => {
      switch (result.outcome) {
        case 'done':
          onClosed();
          return;
        case 'conflict':
          onConflict();
          return;
        case 'invalid':
          setProblem({ code: 'BAD_USER_INPUT' });
          return;
        case 'failed':
          setProblem(result.problem);
          return;
      }
    });
  };
  return (
    <section aria-labelledby="case-close-heading" className="etj-panel">
      <Heading level={2} data-size="sm" id="case-close-heading">
        {t('caseWork.close.title')}
      </Heading>
      <Paragraph>{t('caseWork.close.lead')}</Paragraph>
      {problem ? <ProblemNotice problem={problem} /> : null}
      <form onSubmit={submit} noValidate>
        <Button type="submit" variant="secondary" loading={closing.changing}>
          {t('caseWork.close.submit')}
        </Button>
      </form>
    </section>
  );
}
