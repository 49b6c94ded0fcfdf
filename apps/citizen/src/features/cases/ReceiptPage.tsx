import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { AppPage, useLanguage } from '@etj/spa';
import { AppLink, formatDateTime } from '@etj/ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { inLanguage } from '../../common/localized.ts';
import { casePath } from '../inbox/inbox-paths.ts';
import { useRememberedReceipt } from './receipt-memory.tsx';

/** `/cases/:caseId/receipt`: the receipt of a case just sent; after a reload only that it was sent. */
export function ReceiptPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { caseId = '' } = useParams();
  const receipt = useRememberedReceipt(caseId);
  return (
    <AppPage title={t('receipt.title')}>
      {receipt ? (
        <>
          <Alert data-color="success">
            <Paragraph>{t('receipt.lead', { clinic: receipt.clinicName })}</Paragraph>
          </Alert>
          <dl className="etj-answers">
            <div>
              <dt>{t('receipt.reference')}</dt>
              <dd>{receipt.reference}</dd>
            </div>
            <div>
              <dt>{t('receipt.clinic')}</dt>
              <dd>{receipt.clinicName}</dd>
            </div>
            <div>
              <dt>{t('receipt.caseType')}</dt>
              <dd>{inLanguage(receipt.caseTypeName, language)}</dd>
            </div>
            <div>
              <dt>{t('receipt.submittedAt')}</dt>
              <dd>{formatDateTime(receipt.submittedAt, language)}</dd>
            </div>
          </dl>
          <Paragraph>
            {t('caseForm.responseTime', {
              clinic: receipt.clinicName,
              count: receipt.expectedResponseDays,
            })}
          </Paragraph>
        </>
      ) : (
        <Paragraph>{t('receipt.forgotten')}</Paragraph>
      )}
      <Paragraph>
        <AppLink href={casePath(caseId)}>{t('receipt.openCase')}</AppLink>
      </Paragraph>
      <Paragraph>
        <AppLink href="/">{t('review.toStart')}</AppLink>
      </Paragraph>
    </AppPage>
  );
}
