import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { AppLink, ProblemNotice } from '@etj/ui';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { type SubmitRefusal } from './use-submit-case.ts';

/** The send step under a reviewed draft: the notices, the Skicka button and any refusal. */
export function SendCase({
  clinicName,
  expectedResponseDays,
  closed,
  formHref,
  sending,
  refusal,
  onSend,
}: {
  clinicName: string;
  expectedResponseDays: number;
  closed: boolean;
  /** The form with this draft, where the answers can be changed. */
  formHref: string;
  sending: boolean;
  refusal: SubmitRefusal | null;
  onSend: () => void;
}) {
  const { t } = useTranslation();
  const takeFocus = useCallback((element: HTMLElement | null) => {
    element?.focus();
  }, []);
  return (
    <section aria-labelledby="send-case" className="etj-panel">
      <Heading level={2} data-size="sm" id="send-case">
        {t('send.title')}
      </Heading>
      <Alert data-color="warning">
        <Paragraph>{t('caseForm.emergency')}</Paragraph>
        <Paragraph>
          {t('caseForm.responseTime', { clinic: clinicName, count: expectedResponseDays })}
        </Paragraph>
      </Alert>
      {refusal?.kind === 'problem' ? <ProblemNotice problem={refusal.problem} /> : null}
      {refusal && refusal.kind !== 'problem' ? (
        <Alert
          data-color="danger"
          role="alert"
          tabIndex={-1}
          ref={takeFocus}
          className="etj-focus-target"
        >
          <Paragraph>
            {refusal.kind === 'case-type-closed'
              ? t('send.closed')
              : refusal.kind === 'not-for-proxy'
                ? t('proxy.notForProxy')
                : t('send.answersChanged')}
          </Paragraph>
          <Paragraph>
            <AppLink href={formHref}>{t('send.backToForm')}</AppLink>
          </Paragraph>
        </Alert>
      ) : null}
      {closed ? (
        <Paragraph>{t('caseForm.closed')}</Paragraph>
      ) : (
        <div className="etj-actions">
          <Button type="button" loading={sending} disabled={sending} onClick={onSend}>
            {t('send.submit')}
          </Button>
        </div>
      )}
    </section>
  );
}
