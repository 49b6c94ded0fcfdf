import { useTranslation } from 'react-i18next';
import { parseLanguage, type Language } from './language.ts';
import { en } from './locales/en.ts';
import { type CommonCatalogue, sv } from './locales/sv.ts';

const common: Record<Language, CommonCatalogue> = { sv, en };

/** The current language and its typed common catalogue, for structured content pages. */
export function useCommonCatalogue(): { language: Language; catalogue: CommonCatalogue } {
  const { i18n } = useTranslation('common');
  const language = parseLanguage(i18n.language);
  return { language, catalogue: common[language] };
}
