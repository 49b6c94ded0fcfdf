import { describe, expect, it } from 'vitest';
import { configFromEnv, DEFAULT_MAIL_FROM } from './config.ts';

const base = { DATABASE_URL: 'postgresql://x', APP_MODE: 'development' };
const production = {
  DATABASE_URL: 'postgresql://x',
  APP_MODE: 'production',
  JWT_SECRET: 'x'.repeat(40),
};

const SMS = {
  SMS_GATEWAY_URL: 'https://sms.example/send',
  SMS_GATEWAY_USERNAME: 'etj',
  SMS_GATEWAY_PASSWORD: 'secret',
  SMS_SENDER: 'Etjanster',
};

describe('mail and SMS configuration', () => {
  it('uses the built-in catcher outside production when SMTP_URL is absent', () => {
    const config = configFromEnv({ ...base, SMTP_CATCHER_PORT: '2525' });
    expect(config.smtpUrl).toBeUndefined();
    expect(config.mailFrom).toBe(DEFAULT_MAIL_FROM);
    expect(config.smtpCatcherPort).toBe(2525);
    expect(config.smsGateway).toBeUndefined();
  });

  it('refuses to start in production without SMTP_URL, MAIL_FROM or an SMS gateway', () => {
    expect(() => configFromEnv(production)).toThrow(/SMTP_URL is required in production/);
    expect(() =>
      configFromEnv({ ...production, SMTP_URL: 'smtps://u:p@mail.example:465' }),
    ).toThrow(/MAIL_FROM is required/);
    const mail = {
      SMTP_URL: 'smtps://u:p@mail.example:465',
      MAIL_FROM: 'E-tjänster <no-reply@region.example>',
    };
    expect(() => configFromEnv({ ...production, ...mail })).toThrow(
      /SMS_GATEWAY_URL is required in production/,
    );
    const config = configFromEnv({ ...production, ...mail, ...SMS });
    expect(config.smtpUrl).toBe('smtps://u:p@mail.example:465');
    expect(config.mailFrom).toBe('E-tjänster <no-reply@region.example>');
    expect(config.smsGateway?.url).toBe(SMS.SMS_GATEWAY_URL);
  });

  it('takes an operations token only when it is long enough', () => {
    expect(configFromEnv(base).opsToken).toBeUndefined();
    expect(() => configFromEnv({ ...base, OPS_TOKEN: 'short' })).toThrow(/OPS_TOKEN/);
    expect(configFromEnv({ ...base, OPS_TOKEN: 'o'.repeat(32) }).opsToken).toBe('o'.repeat(32));
  });

  it('refuses an SMTP_URL that is not smtp:// or smtps://', () => {
    expect(() => configFromEnv({ ...base, SMTP_URL: 'https://mail.example' })).toThrow(
      /smtp:\/\/ or smtps:\/\//,
    );
  });

  it('reads the SMS gateway all or nothing, over https', () => {
    const sms = SMS;
    expect(configFromEnv({ ...base, ...sms }).smsGateway).toEqual({
      url: 'https://sms.example/send',
      username: 'etj',
      password: 'secret',
      sender: 'Etjanster',
    });
    expect(() => configFromEnv({ ...base, ...sms, SMS_SENDER: '' })).toThrow(/SMS_SENDER/);
    expect(() =>
      configFromEnv({ ...base, ...sms, SMS_GATEWAY_URL: 'http://sms.example/send' }),
    ).toThrow(/https/);
  });
});
