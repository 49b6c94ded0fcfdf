import { type i18n as I18n } from 'i18next';
import { createI18nFrom } from './create-i18n-from.ts';
import { type Language } from './language.ts';
import { type CommonCatalogue, sv } from './locales/sv.ts';

/** One language's texts: the shared `common` catalogue and the app's own `app` catalogue. */
export type LanguageCatalogues = { common: object; app: object };

/**
 * An i18n instance per language, each created once its catalogues are at hand. Languages
 * other than the default load on demand, so the start page does not carry texts it never shows.
 */
export type I18nInstances = {
  /** The instance for `language` if its catalogues are loaded. */
  get(language: Language): I18n | undefined;
  /** Loads the language's catalogues (once) and answers its instance. */
  load(language: Language): Promise<I18n>;
};

/** Swedish is always loaded: it is the default and every other language's fallback. */
export function createI18nInstances(
  swedish: LanguageCatalogues,
  others: Record<Exclude<Language, 'sv'>, LanguageCatalogues | (() => Promise<LanguageCatalogues>)>,
): I18nInstances {
  const instances = new Map<Language, I18n>([['sv', createI18nFrom('sv', { sv: swedish })]]);
  const loading = new Map<Language, Promise<I18n>>();
  const build = (language: Exclude<Language, 'sv'>, own: LanguageCatalogues) => {
    const instance = createI18nFrom(language, { sv: swedish, [language]: own });
    instances.set(language, instance);
    return instance;
  };
  for (const [language, source] of Object.entries(others) as [
    Exclude<Language, 'sv'>,
    LanguageCatalogues | (() => Promise<LanguageCatalogues>),
  ][]) {
    if (typeof source !== 'function') build(language, source);
  }
  return {
    get: (language) => instances.get(language),
    load(language) {
      const ready = instances.get(language);
      if (ready) return Promise.resolve(ready);
      let pending = loading.get(language);
      if (!pending) {
        const source = others[language as Exclude<Language, 'sv'>];
        pending = (typeof source === 'function' ? source() : Promise.resolve(source)).then((own) =>
          build(language as Exclude<Language, 'sv'>, own),
        );
        // A failed load (say, a dropped connection) may be tried again on the next visit.
        pending.catch(() => loading.delete(language));
        loading.set(language, pending);
      }
      return pending;
    },
  };
}

/** The shared Swedish texts, always in the first bundle. */
export const COMMON_SV: CommonCatalogue = sv;

/** The shared English texts, loaded with their own chunk. */
export async function loadCommonEnglish(): Promise<CommonCatalogue> {
  return (await import('./locales/en.ts')).en;
}
