import { describe, expect, it } from 'vitest';
import { configFromEnv, trustProxyFromEnv } from './config.ts';

const base = { DATABASE_URL: 'postgresql://x', APP_MODE: 'development' };
const oidc = {
  EID_CITIZEN_ISSUER: 'https://eid.example/citizen',
  EID_CITIZEN_CLIENT_ID: 'etj-citizen',
  EID_CITIZEN_CLIENT_SECRET: 'citizen-secret',
  EID_STAFF_ISSUER: 'https://eid.example/staff',
  EID_STAFF_CLIENT_ID: 'etj-staff',
  EID_STAFF_CLIENT_SECRET: 'staff-secret',
};

describe('real e-identification configuration', () => {
  it('is absent when no EID_ variable is set', () => {
    expect(configFromEnv(base).eidOidc).toBeUndefined();
  });

  it('reads both clients with the default subject claims and scope', () => {
    const config = configFromEnv({ ...base, ...oidc }).eidOidc;
    expect(config?.citizen).toEqual({
      issuer: 'https://eid.example/citizen',
      clientId: 'etj-citizen',
      clientSecret: 'citizen-secret',
      subjectClaim: 'personal_identity_number',
      scope: 'openid',
    });
    expect(config?.staff.subjectClaim).toBe('hsa_id');
  });

  it('takes the subject claim and scope from the environment', () => {
    const config = configFromEnv({
      ...base,
      ...oidc,
      EID_CITIZEN_SUBJECT_CLAIM: 'sub',
      EID_STAFF_SCOPE: 'openid siths',
    }).eidOidc;
    expect(config?.citizen.subjectClaim).toBe('sub');
    expect(config?.staff.scope).toBe('openid siths');
  });

  it('refuses a half configuration and names what is missing', () => {
    expect(() => configFromEnv({ ...base, ...oidc, EID_STAFF_CLIENT_SECRET: '' })).toThrow(
      /missing EID_STAFF_CLIENT_SECRET/,
    );
  });

  it('refuses a plain http issuer that is not on this machine', () => {
    expect(() =>
      configFromEnv({ ...base, ...oidc, EID_CITIZEN_ISSUER: 'http://eid.example' }),
    ).toThrow(/EID_CITIZEN_ISSUER must use https/);
    expect(
      configFromEnv({ ...base, ...oidc, EID_CITIZEN_ISSUER: 'http://127.0.0.1:9000' }).eidOidc
        ?.citizen.issuer,
    ).toBe('http://127.0.0.1:9000');
  });
});

describe('LOG_RETENTION_YEARS', () => {
  it('defaults to the legal floor of five years and takes a longer period', () => {
    expect(configFromEnv(base).logRetentionYears).toBe(5);
    expect(configFromEnv({ ...base, LOG_RETENTION_YEARS: '10' }).logRetentionYears).toBe(10);
  });

  it('refuses less than five years, and anything that is not a whole number, at start', () => {
    for (const value of ['4', '0', '-5', '5.5', 'fem'])
      expect(() => configFromEnv({ ...base, LOG_RETENTION_YEARS: value })).toThrow(
        /LOG_RETENTION_YEARS must be a whole number of at least 5/,
      );
  });
});

describe('trusted proxies (TRUST_PROXY)', () => {
  it('trusts none by default', () => {
    expect(configFromEnv(base).trustProxy).toBe(false);
    expect(trustProxyFromEnv('false')).toBe(false);
    expect(trustProxyFromEnv('')).toBe(false);
  });

  it('takes a number of hops, or addresses, subnets and express names', () => {
    expect(trustProxyFromEnv('1')).toBe(1);
    expect(trustProxyFromEnv('loopback, 10.0.0.0/8,192.168.1.5, fd00::/8')).toEqual([
      'loopback',
      '10.0.0.0/8',
      '192.168.1.5',
      'fd00::/8',
    ]);
  });

  it.each(['true', 'everyone', '10.0.0.0/33', '10.0.0/8', '1.2.3.4/8/8', 'loopback,'])(
    'refuses %s',
    (value) => {
      expect(() => trustProxyFromEnv(value)).toThrow(/TRUST_PROXY/);
    },
  );
});

describe('rate limits from the environment', () => {
  it('reads RATE_LIMIT_* and stops the start on a malformed one', () => {
    expect(configFromEnv({ ...base, RATE_LIMIT_LOGIN: '10/60' }).rateLimits?.login).toEqual({
      points: 10,
      durationSeconds: 60,
    });
    expect(() => configFromEnv({ ...base, RATE_LIMIT_LOGIN: 'lots' })).toThrow(/RATE_LIMIT_LOGIN/);
  });
});
