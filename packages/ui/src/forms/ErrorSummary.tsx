import { ErrorSummary as DsErrorSummary } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** One problem to list: `targetId` is the id of the field to fix. */
export type FormProblem = { targetId: string; message: string };

export type ErrorSummaryProps = {
  problems: FormProblem[];
  /** Counts submit attempts: a new attempt remounts the summary, which then takes focus again. */
  attempt: number;
};

/**
 * The public-sector error summary above a form after a failed submit. It takes focus whenever it
 * appears (every attempt remounts it), so screen readers announce it.
 */
export function ErrorSummary({ problems, attempt }: ErrorSummaryProps) {
  const { t } = useTranslation('common');
  // A stable ref: an inline one would run on every render and pull focus back from the field
  // the user is typing in. Remounting (a new attempt) runs it again.
  const takeFocus = useCallback((element: HTMLElement | null) => {
    element?.focus();
  }, []);
  if (problems.length === 0) return null;
  return (
    <DsErrorSummary key={attempt} className="etj-error-summary" tabIndex={-1} ref={takeFocus}>
      <DsErrorSummary.Heading>{t('errorSummary.heading')}</DsErrorSummary.Heading>
      <DsErrorSummary.List>
        {problems.map((problem) => (
          <DsErrorSummary.Item key={problem.targetId}>
            <DsErrorSummary.Link href={`#${problem.targetId}`}>
              {problem.message}
            </DsErrorSummary.Link>
          </DsErrorSummary.Item>
        ))}
      </DsErrorSummary.List>
    </DsErrorSummary>
  );
}
