import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Language, DEFAULT_LANGUAGE, LANGUAGES } from './language.ts';

/**
 * A fresh i18next instance over the catalogues given (`common` shared, `app` the app's own).
 * No language detector: the language lives in memory and in the URL only, never in
 * localStorage or cookies.
 */
export function createI18nFrom(
  language: Language,
  catalogues: Partial<Record<Language, { common: object; app: object }>>,
): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: ['app', 'common'],
    defaultNS: 'app',
    fallbackNS: 'common',
    resources: catalogues,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
