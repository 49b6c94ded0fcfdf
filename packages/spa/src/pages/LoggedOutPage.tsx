import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useLanguage } from '../routing/language.tsx';
import { loginUrl, type Surface } from '../routing/surface.ts';
import { AppPage } from './AppPage.tsx';

/** `/logged-out`: after logout, or with `?reason=expired` after the inactivity logout. */
export function LoggedOutPage({ surface }: { surface: Surface }) {
  const { t } = useTranslation('common');
  const [params] = useSearchParams();
  const language = useLanguage();
  const expired = params.get('reason') === 'expired';
  return (
    <AppPage title={t('loggedOut.title')}>
      <Paragraph className="etj-lead">
        {expired ? t('loggedOut.expired') : t('loggedOut.manual')}
      </Paragraph>
      <Paragraph>{t('loggedOut.nothingStored')}</Paragraph>
      <Paragraph>{t('loggedOut.sharedComputer')}</Paragraph>
      <div className="etj-actions">
        <Button asChild variant="secondary">
          <a href={loginUrl(surface, language)}>{t('loggedOut.loginAgain')}</a>
        </Button>
      </div>
    </AppPage>
  );
}
