import { AppLink, formatDateTime, withLanguage } from '@etj/ui';
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
                {t('serviceStatus.upcoming', { when: formatDateTime(n.startsAt, language) })}:
              </strong>{' '}
              {title(n)}
            </li>
          ))}
        </ul>
        <ServiceStatusLink surface={surface}>{t('serviceStatus.noticeLink')}</ServiceStatusLink>
      </div>
    </section>
  );
}

/**
 * A link to the public driftstatus page: within the citizen SPA, or from the staff SPA to the
 * citizen SPA's page (which needs no login), in the page's language.
 */
export function ServiceStatusLink({ surface, children }: { surface: Surface; children?: string }) {
  const { t } = useTranslation('common');
  const language = useLanguage();
  const label = children ?? t('serviceStatus.footerLink');
  return surface === 'citizen' ? (
    <AppLink href={SERVICE_STATUS_PATH}>{label}</AppLink>
  ) : (
    <a href={withLanguage(`/citizen${SERVICE_STATUS_PATH}`, language)}>{label}</a>
  );
}
