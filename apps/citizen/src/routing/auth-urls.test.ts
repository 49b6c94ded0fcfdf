import { describe, expect, it } from 'vitest';
import { loginUrl } from './auth-urls.ts';

describe('loginUrl', () => {
  it('returns to the start page and passes the language', () => {
    expect(loginUrl('sv')).toBe('/api/citizen/auth/login?returnTo=/citizen/&lang=sv');
    expect(loginUrl('en', '/terms')).toBe(
      '/api/citizen/auth/login?returnTo=/citizen/terms&lang=en',
    );
  });
});
