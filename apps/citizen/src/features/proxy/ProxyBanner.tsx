import { Button, Paragraph } from '@digdir/designsystemet-react';
import { ProblemNotice } from '@etj/ui';
import { ChildHairEyesFillIcon } from '@navikt/aksel-icons';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { childFullName, childShortName, type ProxyChild } from './proxy-child.ts';
import { useProxyMode } from './use-proxy-mode.ts';

/** The id of the banner, which takes focus when proxy mode starts. */
export const PROXY_BANNER_ID = 'proxy-banner';

let focusOnMount = false;

/**
 * Moves focus to the banner: now if it is shown, else as soon as it mounts (the banner loads
 * with its own chunk, which may still be on its way the first time proxy mode starts).
 */
export function focusProxyBanner(): void {
  const banner = document.getElementById(PROXY_BANNER_ID);
  if (banner) banner.focus();
  else focusOnMount = true;
}

/**
 * On every page while a guardian acts for a child: whom they act for, in words and with the
 * personnummer (not only colour), and the way out.
 */
export function ProxyBanner({ child }: { child: ProxyChild }) {
  const { t } = useTranslation();
  const mode = useProxyMode();
  const name = childFullName(child);
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!focusOnMount) return;
    focusOnMount = false;
    section.current?.focus();
  }, []);
  return (
    <section
      ref={section}
      aria-label={t('proxy.bannerLabel')}
      id={PROXY_BANNER_ID}
      tabIndex={-1}
      className="etj-proxy-banner"
    >
      <div className="etj-container etj-proxy-banner__inner">
        <div>
          <Paragraph className="etj-proxy-banner__who">
            <ChildHairEyesFillIcon aria-hidden="true" className="etj-proxy-banner__mark" />
            {name
              ? t('proxy.banner', { name, personnummer: child.personnummer })
              : t('proxy.bannerNewborn', { personnummer: child.personnummer })}
          </Paragraph>
          <Paragraph data-size="sm">{t('proxy.bannerHint')}</Paragraph>
        </div>
        <Button
          type="button"
          variant="secondary"
          className="etj-proxy-banner__stop"
          loading={mode.switching}
          onClick={() => {
            void mode.stop().then((stopped) => {
              if (stopped) document.querySelector<HTMLElement>('h1')?.focus();
            });
          }}
        >
          {t('proxy.stop', { name: childShortName(child) })}
        </Button>
      </div>
      {mode.problem ? (
        <div className="etj-container">
          <ProblemNotice problem={mode.problem} />
        </div>
      ) : null}
    </section>
  );
}
