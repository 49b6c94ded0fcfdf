import { COMMON_SV, createI18nInstances, type I18nInstances, loadCommonEnglish } from '@etj/ui';
import { sv } from './catalogue.ts';

/**
 * One i18n instance per language, created once. The URL picks which one renders, so switching
 * language is plain navigation and never needs to be stored anywhere. English (shared and own
 * texts) loads with its own chunks the first time it is asked for.
 */
export function createCitizenI18n(): I18nInstances {
  return createI18nInstances(
    { common: COMMON_SV, app: sv },
    {
      en: async () => {
        const [common, app] = await Promise.all([loadCommonEnglish(), import('./catalogue-en.ts')]);
        return { common, app: app.en };
      },
    },
  );
}
