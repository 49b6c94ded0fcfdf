import { localize } from '@etj/domain';
import { type Language } from '@etj/ui';

/** A `LocalizedText` from the API (English may be null) in `language`, Swedish as fallback. */
export function inLanguage(text: { sv: string; en?: string | null }, language: Language): string {
  return localize({ sv: text.sv, ...(text.en ? { en: text.en } : {}) }, language);
}
