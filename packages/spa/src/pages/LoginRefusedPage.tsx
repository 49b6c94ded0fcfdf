import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { AppLink, parseLoginRefusalCode } from '@etj/ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useLanguage } from '../routing/language.tsx';
import { loginUrl, SPA_PATHS, type Surface } from '../routing/surface.ts';
import { AppPage } from './AppPage.tsx';

/** `/login?error=CODE`: the API refused the login; say why in plain words. */
export function LoginRefusedPage({ surface }: { surface: Surface }) {
  const { t } = useTranslation('common');
  const [params] = useSearchParams();
  const language = useLanguage();
  const code = parseLoginRefusalCode(params.get('error'));
  return (
    <AppPage title={t('loginRefusal.title')}>
      <Alert data-color="warning">
        <Paragraph>{t(`loginRefusal.codes.${code}`)}</Paragraph>
      </Alert>
      <div className="etj-actions">
        <Button asChild>
          <a href={loginUrl(surface, language)}>{t('loginRefusal.tryAgain')}</a>
        </Button>
        <AppLink href={SPA_PATHS.start}>{t('loginRefusal.backToStart')}</AppLink>
      </div>
    </AppPage>
  );
}
