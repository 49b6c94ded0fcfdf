import { describe, expect, it } from 'vitest';
import { loginUrl } from './auth-urls.ts';

describe('loginUrl', () => {
  it('returns to the start page and passes the language', () => {
    expect(loginUrl('sv')).toBe('/api/staff/auth/login?returnTo=/staff/&lang=sv');
    expect(loginUrl('en', '/terms')).toBe('/api/staff/auth/login?returnTo=/staff/terms&lang=en');
  });
});
