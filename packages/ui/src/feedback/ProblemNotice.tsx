import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { type ApiProblem, problemMessageKey } from '../errors/error-codes.ts';
import { useTranslation } from 'react-i18next';

/**
 * A failed operation explained in words from the shared catalogue; an alert, so a screen reader
 * says it when it appears (after a refused save, a rate limit, a lost connection).
 */
export function ProblemNotice({ problem }: { problem: ApiProblem }) {
  const { t } = useTranslation('common');
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{t(problemMessageKey(problem))}</Paragraph>
    </Alert>
  );
}
