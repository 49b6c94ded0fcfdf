import { describe, expect, it } from 'vitest';
import {
  isTemplateKey,
  NOTIFICATION_TEMPLATE_KEYS,
  renderNotification,
} from './notification-templates.ts';

const ORIGIN = 'https://e-tjanster.example';
const locales = ['sv', 'en'] as const;
const cases = NOTIFICATION_TEMPLATE_KEYS.flatMap((key) =>
  locales.map((locale) => [key, locale] as const),
);

describe('notification templates', () => {
  it('cover the four keys in both languages', () => {
    expect([...NOTIFICATION_TEMPLATE_KEYS].sort()).toEqual([
      'NEW_MESSAGE',
      'STAFF_CASE_ASSIGNED',
      'STAFF_CITIZEN_REPLY',
      'STAFF_NEW_CASES',
    ]);
    expect(isTemplateKey('NEW_MESSAGE')).toBe(true);
    expect(isTemplateKey('toString')).toBe(false);
  });

  it('take the origin and nothing else', () => {
    expect(renderNotification.length).toBe(3);
    // Same key, language and origin: the same texts, whatever else was going on.
    expect(renderNotification('NEW_MESSAGE', 'sv', ORIGIN)).toEqual(
      renderNotification('NEW_MESSAGE', 'sv', ORIGIN),
    );
  });

  it.each(cases)(
    '%s in %s carries no digits, placeholders or markup outside the HTML',
    (key, locale) => {
      const r = renderNotification(key, locale, ORIGIN);
      for (const text of [r.subject, r.text, r.html, r.sms]) {
        const withoutOrigin = text.replaceAll(ORIGIN, '');
        expect(withoutOrigin).not.toMatch(/\d/);
        expect(withoutOrigin).not.toMatch(/\$\{|\{\{|undefined|null/);
      }
      expect(r.subject).not.toMatch(/[<>]/);
      expect(r.text).not.toMatch(/[<>]/);
      expect(r.sms.length).toBeLessThanOrEqual(160);
    },
  );

  it.each(cases)('%s in %s says where to log in', (key, locale) => {
    const r = renderNotification(key, locale, `${ORIGIN}/`);
    const url = `${ORIGIN}/${key === 'NEW_MESSAGE' ? 'citizen' : 'staff'}/`;
    expect(r.text).toContain(url);
    expect(r.sms).toContain(url);
    expect(r.html).toContain(`href="${url}"`);
    expect(r.html).toContain(`lang="${locale}"`);
  });

  it('is written in the language asked for', () => {
    expect(renderNotification('NEW_MESSAGE', 'sv', ORIGIN).subject).toBe(
      'Du har ett nytt meddelande i e-tjänsterna',
    );
    expect(renderNotification('NEW_MESSAGE', 'en', ORIGIN).subject).toBe(
      'You have a new message in the e-services',
    );
    for (const key of NOTIFICATION_TEMPLATE_KEYS) {
      const sv = renderNotification(key, 'sv', ORIGIN);
      const en = renderNotification(key, 'en', ORIGIN);
      expect(sv.text).not.toBe(en.text);
      expect(sv.sms).not.toBe(en.sms);
    }
  });
});
