import { eagerI18nInstances, type I18nInstances } from '@etj/ui';
import { en, sv } from './catalogue.ts';

/**
 * One i18n instance per language, created once. The URL picks which one renders, so switching
 * language is plain navigation and never needs to be stored anywhere.
 */
export function createI18nInstances(): I18nInstances {
  return eagerI18nInstances({ sv, en });
}
