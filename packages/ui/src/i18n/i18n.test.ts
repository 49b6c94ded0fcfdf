import { describe, expect, it } from 'vitest';
import { catalogueKeys, createI18n } from './create-i18n.ts';
import { en } from './locales/en.ts';
import { sv } from './locales/sv.ts';

describe('shared catalogues', () => {
  it('English has every Swedish key, and the same number of list entries', () => {
    expect(catalogueKeys(en)).toEqual(catalogueKeys(sv));
  });

  it('starts in the given language and falls back to the common namespace', () => {
    const i18n = createI18n('en', { sv: { hello: 'Hej' }, en: { hello: 'Hello' } });
    expect(i18n.t('hello')).toBe('Hello');
    expect(i18n.t('layout.skipLink')).toBe('Skip to main content');
    expect(i18n.t('session.warningBody', { count: 1 })).toMatch(/in 1 minute\./);
  });

  it('uses Swedish plural forms for the minutes left', () => {
    const i18n = createI18n('sv', { sv: {}, en: {} });
    expect(i18n.t('session.warningBody', { count: 1 })).toMatch(/om 1 minut\./);
    expect(i18n.t('session.warningBody', { count: 4 })).toMatch(/om 4 minuter\./);
  });
});
