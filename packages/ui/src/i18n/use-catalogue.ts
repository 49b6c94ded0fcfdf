import { useTranslation } from 'react-i18next';
import { parseLanguage, type Language } from './language.ts';
import { type CommonCatalogue, sv } from './locales/sv.ts';

/**
 * The current language and its typed common catalogue, for structured content pages. Read from
 * the instance, which holds only the languages loaded so far.
 */
export function useCommonCatalogue(): { language: Language; catalogue: CommonCatalogue } {
  const { i18n } = useTranslation('common');
  const language = parseLanguage(i18n.language);
  const loaded = i18n.getResourceBundle(language, 'common') as CommonCatalogue | undefined;
  return { language, catalogue: loaded ?? sv };
}
