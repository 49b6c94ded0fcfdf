import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Language, DEFAULT_LANGUAGE, LANGUAGES } from './language.ts';
import { en } from './locales/en.ts';
import { sv } from './locales/sv.ts';

/** A catalogue per language; English must have the same shape as Swedish. */
export type CataloguePair<T> = { sv: T; en: T };

/**
 * A fresh i18next instance with the shared `common` catalogue and the app's own `app`
 * catalogue. No language detector: the language lives in memory and in the URL only, never
 * in localStorage or cookies.
 */
export function createI18n(language: Language, app: CataloguePair<object>): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: ['app', 'common'],
    defaultNS: 'app',
    fallbackNS: 'common',
    resources: {
      sv: { common: sv, app: app.sv },
      en: { common: en, app: app.en },
    },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** Every leaf key of a catalogue (`a.b.c`), for tests that compare languages. */
export function catalogueKeys(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]: [string, unknown]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (Array.isArray(value)) return [`${path}[${value.length}]`];
    if (value !== null && typeof value === 'object') return catalogueKeys(value, path);
    return [path];
  });
}
