import { describe, expect, it } from 'vitest';
import { COMMON_SV, createI18nInstances, loadCommonEnglish } from './i18n-instances.ts';

const swedish = { common: COMMON_SV, app: { hello: 'Hej', onlySwedish: 'Bara svenska' } };

describe('i18n instances loaded on demand', () => {
  it('has Swedish at once and English only after it is loaded', async () => {
    let loads = 0;
    const instances = createI18nInstances(swedish, {
      en: async () => {
        loads += 1;
        return { common: await loadCommonEnglish(), app: { hello: 'Hello' } };
      },
    });
    expect(instances.get('sv')?.t('hello')).toBe('Hej');
    expect(instances.get('en')).toBeUndefined();

    const [english] = await Promise.all([instances.load('en'), instances.load('en')]);
    expect(loads).toBe(1);
    expect(instances.get('en')).toBe(english);
    expect(english.t('hello')).toBe('Hello');
    expect(english.t('layout.skipLink')).toBe('Skip to main content');
    // A text English lacks falls back to Swedish, never to its key.
    expect(english.t('onlySwedish')).toBe('Bara svenska');
  });

  it('tries again after a failed load', async () => {
    let attempts = 0;
    const instances = createI18nInstances(swedish, {
      en: () => {
        attempts += 1;
        return attempts === 1
          ? Promise.reject(new Error('offline'))
          : Promise.resolve({ common: COMMON_SV, app: { hello: 'Hello' } });
      },
    });
    await expect(instances.load('en')).rejects.toThrow('offline');
    const english = await instances.load('en');
    expect(english.t('hello')).toBe('Hello');
    expect(attempts).toBe(2);
  });
});
