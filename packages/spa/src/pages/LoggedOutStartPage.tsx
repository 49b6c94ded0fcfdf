import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { InformationSquareIcon } from '@navikt/aksel-icons';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../routing/language.tsx';
import { loginUrl, type Surface } from '../routing/surface.ts';
import { AppPage } from './AppPage.tsx';

/** The start page before login: what the service is and a way in, in the app's `start.*` texts. */
export function LoggedOutStartPage({ surface }: { surface: Surface }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <AppPage title={t('start.title')}>
      <Paragraph className="etj-lead">{t('start.lead')}</Paragraph>
      <section className="etj-panel" aria-labelledby="how-to-log-in">
        <Heading level={2} data-size="sm" id="how-to-log-in">
          {t('start.howTitle')}
        </Heading>
        <Paragraph>{t('start.how')}</Paragraph>
        <Button asChild data-size="lg">
          <a href={loginUrl(surface, language)}>{t('start.login')}</a>
        </Button>
        <Paragraph data-size="sm" className="etj-muted">
          {t('start.security')}
        </Paragraph>
      </section>
      <div className="etj-notice">
        <InformationSquareIcon aria-hidden fontSize="1.5rem" />
        <p>{t('start.notice')}</p>
      </div>
    </AppPage>
  );
}
