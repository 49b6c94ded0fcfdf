/** A text in Swedish, with English alongside when it has been translated. */
export type LocalizedText = { sv: string; en?: string };

export type Lang = 'sv' | 'en';

/** The text in `lang`, falling back to Swedish when no translation exists. */
export function localize(text: LocalizedText, lang: Lang): string {
  if (lang === 'en' && text.en !== undefined && text.en !== '') return text.en;
  return text.sv;
}
