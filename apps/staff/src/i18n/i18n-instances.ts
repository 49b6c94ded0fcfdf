import { createI18n, type Language, LANGUAGES } from '@etj/ui';
import { type i18n as I18n } from 'i18next';
import { en, sv } from './catalogue.ts';

/**
 * One i18n instance per language, created once. The URL picks which one renders, so switching
 * language is plain navigation and never needs to be stored anywhere.
 */
export function createI18nInstances(): Record<Language, I18n> {
  return Object.fromEntries(
    LANGUAGES.map((language) => [language, createI18n(language, { sv, en })]),
  ) as Record<Language, I18n>;
}
