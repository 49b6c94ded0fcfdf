import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/create-i18n.ts';
import { en } from '../i18n/locales/en.ts';
import { sv } from '../i18n/locales/sv.ts';
import {
  GRAPHQL_ERROR_CODES,
  LOGIN_REFUSAL_CODES,
  parseLoginRefusalCode,
  problemFromExtensions,
  problemMessageKey,
} from './error-codes.ts';

describe('error codes', () => {
  it('reads the session-expired reason from UNAUTHENTICATED', () => {
    expect(problemFromExtensions({ code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' })).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'SESSION_EXPIRED',
    });
    expect(problemFromExtensions({ code: 'UNAUTHENTICATED' })).toEqual({
      code: 'UNAUTHENTICATED',
      reason: null,
    });
  });

  it('treats unknown codes as internal errors', () => {
    expect(problemFromExtensions({ code: 'TEAPOT' })).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(problemFromExtensions(undefined)).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('maps unknown login refusal codes to UNKNOWN', () => {
    expect(parseLoginRefusalCode('DECEASED')).toBe('DECEASED');
    expect(parseLoginRefusalCode('<script>')).toBe('UNKNOWN');
    expect(parseLoginRefusalCode(null)).toBe('UNKNOWN');
  });

  it.each(['sv', 'en'] as const)('has a %s text for every code', (language) => {
    const i18n = createI18n(language, { sv: {}, en: {} });
    for (const code of [...LOGIN_REFUSAL_CODES, 'UNKNOWN']) {
      expect(i18n.exists(`common:loginRefusal.codes.${code}`)).toBe(true);
    }
    for (const code of GRAPHQL_ERROR_CODES) {
      const problem = problemFromExtensions({ code });
      expect(i18n.exists(`common:${problemMessageKey(problem)}`)).toBe(true);
    }
  });

  it.each([
    ['sv', sv],
    ['en', en],
  ] as const)('words in %s only the codes the API sends', (_language, catalogue) => {
    const sorted = (keys: readonly string[]) => [...keys].sort();
    expect(sorted(Object.keys(catalogue.graphqlErrors))).toEqual(
      sorted([...GRAPHQL_ERROR_CODES, 'SESSION_EXPIRED', 'NETWORK']),
    );
    expect(sorted(Object.keys(catalogue.loginRefusal.codes))).toEqual(
      sorted([...LOGIN_REFUSAL_CODES, 'UNKNOWN']),
    );
  });
});
