import { AppLink, withLanguage } from '@etj/ui';
import { useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../routing/language.tsx';
import { type Surface } from '../routing/surface.ts';
import {
  bannerNotices,
  type ServiceNotice,
  ServiceNoticeContext,
  type ServiceNotices,
} from './service-status-notice.ts';

/** The public driftstatus page (the citizen SPA's, open without login). */
export const SERVICE_STATUS_PATH = '/driftstatus';

const LOCALES = { sv: 'sv-SE', en: 'en-GB' } as const;

/**
 * Under the header of every page of both SPAs while something is disturbed, under maintenance
 * or about to be: the titles in words, and the way to the status page. Nothing otherwise.
 */
export function ServiceStatusNotice({ surface, now }: { surface: Surface; now?: Date }) {
  const load = useContext(ServiceNoticeContext);
  const { t } = useTranslation('common');
  const language = useLanguage();
  const [notices, setNotices] = useState<ServiceNotices | null>(null);
  useEffect(() => {
    if (!load) return;
    let live = true;
    load(surface).then(
      (answer) => {
        if (live) setNotices(answer);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [load, surface]);
  if (!notices) return null;
  const shown = bannerNotices(notices, now ?? new Date());
  if (shown.current.length === 0 && shown.upcoming.length === 0) return null;
  const title = (n: ServiceNotice) => (language === 'en' ? (n.title.en ?? n.title.sv) : n.title.sv);
  const when = new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  });
  const disturbed = shown.current.some((n) => n.kind === 'DISTURBANCE');
  return (
    <section
      aria-label={t('serviceStatus.noticeLabel')}
      className={`etj-status-notice${disturbed ? ' etj-status-notice--disturbed' : ''}`}
    >
      <div className="etj-container etj-status-notice__inner">
        <ul className="etj-status-notice__list">
          {shown.current.map((n) => (
            <li key={n.id}>
              <strong>{t(`serviceStatus.now.${n.kind}`)}:</strong> {title(n)}
            </li>
          ))}
          {shown.upcoming.map((n) => (
            <li key={n.id}>
              <strong>
                {t('serviceStatus.upcoming', { when: when.format(new Date(n.startsAt)) })}:
              </strong>{' '}
              {title(n)}
            </li>
          ))}
        </ul>
        {surface === 'citizen' ? (
          <AppLink href={SERVICE_STATUS_PATH}>{t('serviceStatus.noticeLink')}</AppLink>
        ) : (
          <a href={withLanguage(`/citizen${SERVICE_STATUS_PATH}`, language)}>
            {t('serviceStatus.noticeLink')}
          </a>
        )}
      </div>
    </section>
  );
}
