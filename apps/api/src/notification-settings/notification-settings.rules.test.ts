import { describe, expect, it } from 'vitest';
import { cleanSettings } from './notification-settings.rules.ts';

describe('cleanSettings', () => {
  it('keeps blanks as null and trims', () => {
    expect(
      cleanSettings({
        email: ' a@example.com ',
        mobile: '  ',
        notifyByEmail: true,
        notifyBySms: false,
      }),
    ).toEqual({
      ok: true,
      value: { email: 'a@example.com', mobile: null, notifyByEmail: true, notifyBySms: false },
    });
  });

  it('asks for the address of a chosen channel, and reports an invalid one only once', () => {
    expect(cleanSettings({ notifyByEmail: true, notifyBySms: true })).toEqual({
      ok: false,
      problems: [
        { path: 'email', code: 'EMAIL_REQUIRED' },
        { path: 'mobile', code: 'MOBILE_REQUIRED' },
      ],
    });
    expect(
      cleanSettings({ email: 'nope', mobile: '123', notifyByEmail: true, notifyBySms: true }),
    ).toEqual({
      ok: false,
      problems: [
        { path: 'email', code: 'EMAIL_INVALID' },
        { path: 'mobile', code: 'MOBILE_INVALID' },
      ],
    });
  });
});
