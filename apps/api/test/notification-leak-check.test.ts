import { describe, expect, it } from 'vitest';
import {
  assertNoLeaks,
  findLeaks,
  identityNumberForms,
  type ForbiddenString,
  type OutgoingText,
} from './notification-leak-check.ts';
import { renderNotification } from '../src/notifications/notification-templates.ts';

const ORIGIN = 'http://localhost';
const forbidden: ForbiddenString[] = [
  { category: 'person name', value: 'Andersson' },
  { category: 'person name', value: 'Bo' },
  ...identityNumberForms('198004042384').map((value) => ({ category: 'identity number', value })),
  { category: 'clinic name', value: 'Farsta vårdcentral' },
  { category: 'case type name', value: 'Renew prescription' },
  { category: 'case reference', value: 'E-2026-1A2B3C4D' },
  { category: 'message text', value: 'Vilken styrka har du?' },
  // A message that happens to say what the template says is not a leak of it.
  { category: 'message text', value: 'Logga in' },
];

const real = (['sv', 'en'] as const).map((locale): OutgoingText => {
  const r = renderNotification('NEW_MESSAGE', locale, ORIGIN);
  return { kind: 'mail', id: locale, texts: [r.subject, r.text, r.html, r.sms] };
});

describe('notification leak check', () => {
  it('passes the real templates', () => {
    expect(findLeaks(real, forbidden, ORIGIN)).toEqual([]);
    expect(() => {
      assertNoLeaks(real, forbidden, ORIGIN);
    }).not.toThrow();
  });

  it.each([
    ['a family name, in any case', 'Hej ANDERSSON', 'person name'],
    ['a personnummer with 12 digits', 'Gäller 198004042384', 'identity number'],
    ['a personnummer with 10 digits and a dash', 'Gäller 800404-2384', 'identity number'],
    ['a clinic name', 'Från Farsta vårdcentral', 'clinic name'],
    ['a case type name', 'About: renew prescription', 'case type name'],
    ['a case reference', 'Ärende E-2026-1A2B3C4D', 'case reference'],
    ['message text', 'Vilken styrka har du?', 'message text'],
    ['any long run of digits', 'Ring 0701234567', 'digit sequence'],
  ])('catches %s planted in an SMS', (_what, text, category) => {
    const planted: OutgoingText[] = [...real, { kind: 'sms', id: 'planted', texts: [text] }];
    const leaks = findLeaks(planted, forbidden, ORIGIN);
    expect(leaks.map((l) => l.category)).toContain(category);
    expect(leaks.every((l) => l.kind === 'sms' && l.id === 'planted')).toBe(true);
    expect(() => {
      assertNoLeaks(planted, forbidden, ORIGIN);
    }).toThrow(/Notifications carry content/);
  });

  it('ignores strings shorter than four characters', () => {
    expect(
      findLeaks([{ kind: 'sms', id: 'x', texts: ['Bo i e-tjänsterna'] }], forbidden, ORIGIN),
    ).toEqual([]);
  });

  it('writes an identity number in every usual form', () => {
    expect(identityNumberForms('198004042384')).toEqual([
      '198004042384',
      '19800404-2384',
      '8004042384',
      '800404-2384',
      '800404+2384',
    ]);
  });
});
