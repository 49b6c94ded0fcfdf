import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { createI18n, problemMessageKey } from '@etj/ui';
import { describe, expect, it } from 'vitest';
import { readApiProblem } from './api-problem.ts';

const rateLimited = {
  message: 'RATE_LIMITED',
  extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 },
};
const tooMany = (bodyText: string) =>
  new ServerError('non-2xx', {
    response: new Response(bodyText, { status: 429, headers: { 'retry-after': '42' } }),
    bodyText,
  });

describe('a rate limit (429)', () => {
  it('is RATE_LIMITED whether the answer was read as GraphQL or as an HTTP error', () => {
    expect(readApiProblem(new CombinedGraphQLErrors({ errors: [rateLimited] }))).toEqual({
      code: 'RATE_LIMITED',
    });
    expect(readApiProblem(tooMany(JSON.stringify({ errors: [rateLimited] })))).toEqual({
      code: 'RATE_LIMITED',
    });
  });

  it('is RATE_LIMITED from the status alone when the body is no GraphQL answer', () => {
    expect(readApiProblem(tooMany('<html>Too many requests</html>'))).toEqual({
      code: 'RATE_LIMITED',
    });
  });

  it('is explained in Swedish and in English', () => {
    const key = `common:${problemMessageKey(readApiProblem(tooMany('')))}`;
    const sv = createI18n('sv', { sv: {}, en: {} }).t(key);
    const en = createI18n('en', { sv: {}, en: {} }).t(key);
    expect(sv).toMatch(/för många förfrågningar/i);
    expect(en).toMatch(/too many requests/i);
  });
});

describe('the database away for a moment (503)', () => {
  const unavailable = (bodyText: string) =>
    new ServerError('non-2xx', {
      response: new Response(bodyText, { status: 503, headers: { 'retry-after': '5' } }),
      bodyText,
    });

  it('is SERVICE_UNAVAILABLE from the GraphQL body or from the status alone', () => {
    const body = JSON.stringify({
      errors: [{ message: 'SERVICE_UNAVAILABLE', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    });
    expect(readApiProblem(unavailable(body))).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(readApiProblem(unavailable('<html>503</html>'))).toEqual({
      code: 'SERVICE_UNAVAILABLE',
    });
  });

  it('is explained in Swedish and in English', () => {
    const key = `common:${problemMessageKey(readApiProblem(unavailable('')))}`;
    expect(createI18n('sv', { sv: {}, en: {} }).t(key)).toMatch(/tillfälligt otillgänglig/i);
    expect(createI18n('en', { sv: {}, en: {} }).t(key)).toMatch(/unavailable for a moment/i);
  });
});
