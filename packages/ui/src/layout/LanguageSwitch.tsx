import { type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type Language, LANGUAGES } from '../i18n/language.ts';

export type LanguageSwitchProps = {
  current: Language;
  /** The URL of the current page in `language`, for the link's href. */
  hrefFor: (language: Language) => string;
  /** Called instead of following the link, so the app can switch without a reload. */
  onSelect: (language: Language) => void;
};

/** Svenska / English links; each language's name is written in that language. */
export function LanguageSwitch({ current, hrefFor, onSelect }: LanguageSwitchProps) {
  const { t } = useTranslation('common');
  const follow = (language: Language) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onSelect(language);
  };
  return (
    <nav aria-label={t('layout.languageSwitch')} className="etj-language-switch">
      <ul>
        {LANGUAGES.map((language) => (
          <li key={language}>
            <a
              href={hrefFor(language)}
              lang={language}
              hrefLang={language}
              aria-current={language === current ? 'true' : undefined}
              onClick={follow(language)}
            >
              {t(`language.${language}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
