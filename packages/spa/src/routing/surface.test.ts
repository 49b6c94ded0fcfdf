import { describe, expect, it } from 'vitest';
import { expiredUrl, graphqlUri, loggedOutUrl, loginUrl } from './surface.ts';

describe('loginUrl', () => {
  it('returns to the start page and passes the language', () => {
    expect(loginUrl('citizen', 'sv')).toBe('/api/citizen/auth/login?returnTo=/citizen/&lang=sv');
    expect(loginUrl('citizen', 'en', '/terms')).toBe(
      '/api/citizen/auth/login?returnTo=/citizen/terms&lang=en',
    );
    expect(loginUrl('staff', 'sv')).toBe('/api/staff/auth/login?returnTo=/staff/&lang=sv');
    expect(loginUrl('staff', 'en', '/terms')).toBe(
      '/api/staff/auth/login?returnTo=/staff/terms&lang=en',
    );
  });
});

describe('surface URLs', () => {
  it('name the surface in the endpoint and the logged-out page', () => {
    expect(graphqlUri('staff')).toBe('/api/staff/graphql');
    expect(loggedOutUrl('citizen', 'sv')).toBe('/citizen/logged-out');
    expect(expiredUrl('staff', 'en')).toBe('/staff/logged-out?reason=expired&lang=en');
  });
});
