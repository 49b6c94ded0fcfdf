import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { AppPage } from '@etj/spa';
import { AppLink, ProblemNotice } from '@etj/ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  useConfirmServiceStatusSubscription,
  useUnsubscribeFromServiceStatus,
} from './use-subscription-link.ts';

type Mode = 'confirm' | 'unsubscribe';

/**
 * `/driftstatus/confirm` and `/driftstatus/unsubscribe`, opened from a driftstatus mail with
 * `?token=`: one button does what the link is for. Nothing happens on opening the page, so a
 * mail program that opens links by itself confirms or ends nothing.
 */
export function SubscriptionLinkPage({ mode }: { mode: Mode }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = useConfirmServiceStatusSubscription();
  const unsubscribe = useUnsubscribeFromServiceStatus();
  const action = mode === 'confirm' ? confirm : unsubscribe;
  const key = mode === 'confirm' ? 'serviceStatus.confirm' : 'serviceStatus.unsubscribe';
  return (
    <AppPage title={t(`${key}.title`)}>
      {action.outcome === 'done' ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t(`${key}.done`)}</Paragraph>
        </Alert>
      ) : action.outcome === 'invalid' || token === '' ? (
        <Alert data-color="warning" role="alert">
          <Paragraph>{t(`${key}.invalid`)}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>{t(`${key}.lead`)}</Paragraph>
          <div className="etj-actions">
            <Button
              type="button"
              loading={action.busy}
              disabled={action.busy}
              onClick={() => {
                void action.act(token);
              }}
            >
              {t(`${key}.button`)}
            </Button>
          </div>
        </>
      )}
      {action.problem ? <ProblemNotice problem={action.problem} /> : null}
      <Paragraph>
        <AppLink href="/driftstatus">{t('serviceStatus.toStatus')}</AppLink>
      </Paragraph>
    </AppPage>
  );
}
