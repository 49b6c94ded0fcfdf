/** The languages the SPAs offer; Swedish is the default and the fallback. */
export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'sv';

/** The query parameter that carries the language; the URL is the only place it is kept. */
export const LANGUAGE_PARAM = 'lang';

/** A supported language from untrusted input, or the default. */
export function parseLanguage(value: string | null | undefined): Language {
  return LANGUAGES.find((language) => language === value) ?? DEFAULT_LANGUAGE;
}

/** The language named by a URL query string such as `?lang=en`. */
export function languageFromSearch(search: string): Language {
  return parseLanguage(new URLSearchParams(search).get(LANGUAGE_PARAM));
}

/**
 * `path` (which may carry its own query and hash) with the language parameter set: present for
 * English, absent for the default, so Swedish URLs stay clean.
 */
export function withLanguage(path: string, language: Language): string {
  const hashAt = path.indexOf('#');
  const hash = hashAt === -1 ? '' : path.slice(hashAt);
  const beforeHash = hashAt === -1 ? path : path.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const pathname = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const params = new URLSearchParams(queryAt === -1 ? '' : beforeHash.slice(queryAt + 1));
  if (language === DEFAULT_LANGUAGE) params.delete(LANGUAGE_PARAM);
  else params.set(LANGUAGE_PARAM, language);
  const query = params.toString();
  return `${pathname}${query ? `?${query}` : ''}${hash}`;
}
