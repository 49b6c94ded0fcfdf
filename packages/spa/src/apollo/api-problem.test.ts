import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { createI18n, problemMessageKey } from '@etj/ui';
import { describe, expect, it } from 'vitest';
import { readApiProblem } from './api-problem.ts';

const serverError = (status: number, bodyText: string) =>
  new ServerError('non-2xx', { response: new Response(bodyText, { status }), bodyText });

describe('readApiProblem', () => {
  it('reads the code of a GraphQL error', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'BAD_USER_INPUT', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    expect(readApiProblem(error)).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('reads the code the API’s HTTP edge sends with 400 and 413', () => {
    const tooLarge = JSON.stringify({
      errors: [{ message: 'Begäran är för stor.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
    expect(readApiProblem(serverError(413, tooLarge))).toEqual({ code: 'PAYLOAD_TOO_LARGE' });
    const unreadable = JSON.stringify({
      errors: [{ message: 'Begäran kunde inte läsas.', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    expect(readApiProblem(serverError(400, unreadable))).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('falls back on the status when the body says nothing it knows', () => {
    expect(readApiProblem(serverError(413, '<html>Too large</html>'))).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
    });
    expect(readApiProblem(serverError(414, 'Adressen är för lång.'))).toEqual({
      code: 'BAD_USER_INPUT',
    });
    expect(readApiProblem(serverError(500, 'Internal error'))).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
    });
  });

  it.each(['sv', 'en'] as const)('has a %s text for a request too large', (language) => {
    const i18n = createI18n(language, { sv: {}, en: {} });
    const key = `common:${problemMessageKey(readApiProblem(serverError(413, '')))}`;
    expect(i18n.exists(key)).toBe(true);
    expect(i18n.t(key)).not.toBe(key);
  });
});
