import { type i18n as I18n } from 'i18next';
import { createI18nFrom } from './create-i18n-from.ts';
import { createI18nInstances, type I18nInstances } from './i18n-instances.ts';
import { type Language } from './language.ts';
import { en } from './locales/en.ts';
import { sv } from './locales/sv.ts';

/** A catalogue per language; English must have the same shape as Swedish. */
export type CataloguePair<T> = { sv: T; en: T };

/** A fresh i18next instance with both languages' catalogues at hand (tests, the staff SPA). */
export function createI18n(language: Language, app: CataloguePair<object>): I18n {
  return createI18nFrom(language, {
    sv: { common: sv, app: app.sv },
    en: { common: en, app: app.en },
  });
}

/** Every language's instance at once, nothing loaded on demand. */
export function eagerI18nInstances(app: CataloguePair<object>): I18nInstances {
  return createI18nInstances({ common: sv, app: app.sv }, { en: { common: en, app: app.en } });
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
