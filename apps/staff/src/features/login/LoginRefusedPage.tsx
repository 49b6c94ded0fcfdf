import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { AppLink, parseLoginRefusalCode } from '@etj/ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { StaffPage } from '../../app-shell/StaffPage.tsx';
import { loginUrl } from '../../routing/auth-urls.ts';
import { useLanguage } from '../../routing/language.tsx';
import { PATHS } from '../../routing/paths.ts';

/** `/login?error=CODE`: the API refused the login; say why in plain words. */
export function LoginRefusedPage() {
  const { t } = useTranslation('common');
  const [params] = useSearchParams();
  const language = useLanguage();
  const code = parseLoginRefusalCode(params.get('error'));
  return (
    <StaffPage title={t('loginRefusal.title')}>
      <Alert data-color="warning">
        <Paragraph>{t(`loginRefusal.codes.${code}`)}</Paragraph>
      </Alert>
      <div className="etj-actions">
        <Button asChild>
          <a href={loginUrl(language)}>{t('loginRefusal.tryAgain')}</a>
        </Button>
        <AppLink href={PATHS.start}>{t('loginRefusal.backToStart')}</AppLink>
      </div>
    </StaffPage>
  );
}
