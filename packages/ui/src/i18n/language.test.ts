import { describe, expect, it } from 'vitest';
import { languageFromSearch, parseLanguage, withLanguage } from './language.ts';

describe('language', () => {
  it('falls back to Swedish for missing or unknown languages', () => {
    expect(parseLanguage(null)).toBe('sv');
    expect(parseLanguage('de')).toBe('sv');
    expect(parseLanguage('en')).toBe('en');
    expect(languageFromSearch('?error=DECEASED&lang=en')).toBe('en');
  });

  it('keeps English in the URL and drops the parameter for Swedish', () => {
    expect(withLanguage('/terms', 'en')).toBe('/terms?lang=en');
    expect(withLanguage('/login?error=DECEASED&lang=en#main', 'sv')).toBe(
      '/login?error=DECEASED#main',
    );
    expect(withLanguage('/login?error=DECEASED', 'en')).toBe('/login?error=DECEASED&lang=en');
  });
});
