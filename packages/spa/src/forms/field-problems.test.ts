import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { FORM_PROBLEM_CODES } from '@etj/domain';
import { createI18n } from '@etj/ui';
import { describe, expect, it } from 'vitest';
import { formProblemMessageKey, readFieldProblems } from './field-problems.ts';
import { addFormProblemMessages, FORM_PROBLEM_MESSAGES } from './form-problem-messages.ts';

describe('form problem messages', () => {
  it('has Swedish and English words for every code, with the params filled in', () => {
    for (const language of ['sv', 'en'] as const) {
      const i18n = createI18n(language, { sv: {}, en: {} });
      addFormProblemMessages(i18n);
      for (const code of FORM_PROBLEM_CODES) {
        const key = `common:${formProblemMessageKey(code)}`;
        expect(i18n.exists(key), `${language} ${code}`).toBe(true);
      }
      expect(i18n.t(`common:${formProblemMessageKey('TOO_LONG')}`, { max: 100 })).toContain('100');
      expect(i18n.t(`common:${formProblemMessageKey('BOX_ADDRESS')}`)).toBe(
        FORM_PROBLEM_MESSAGES[language].BOX_ADDRESS,
      );
    }
    expect(FORM_PROBLEM_MESSAGES.en.BOX_ADDRESS).not.toBe(FORM_PROBLEM_MESSAGES.sv.BOX_ADDRESS);
  });
});

describe('readFieldProblems', () => {
  it('reads paths, codes and params from BAD_USER_INPUT and drops unknown codes', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'BAD_USER_INPUT',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { path: 'answers.medicines.0.name', code: 'REQUIRED' },
              { path: 'answers.note', code: 'TOO_LONG', params: { max: 10 } },
              { path: 'answers.x', code: 'TEAPOT' },
            ],
          },
        },
      ],
    });
    expect(readFieldProblems(error)).toEqual([
      { path: 'answers.medicines.0.name', code: 'REQUIRED' },
      { path: 'answers.note', code: 'TOO_LONG', params: { max: 10 } },
    ]);
    expect(readFieldProblems(new Error('network'))).toEqual([]);
  });
});
