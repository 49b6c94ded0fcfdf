import { describe, expect, it } from 'vitest';
import { DEFAULT_SUPPORT_CONTACT, supportContactFromEnv } from './support-contact.ts';

describe('support contact from the environment', () => {
  it('takes each detail that is set and the default for the rest', () => {
    expect(supportContactFromEnv({ SUPPORT_PHONE: ' 08-123 45 ', SUPPORT_EMAIL: '' })).toEqual({
      ...DEFAULT_SUPPORT_CONTACT,
      phone: '08-123 45',
    });
  });

  it('refuses a detail longer than 200 characters', () => {
    expect(() => supportContactFromEnv({ SUPPORT_HOURS_SV: 'x'.repeat(201) })).toThrow(
      /SUPPORT_HOURS_SV/,
    );
  });
});
