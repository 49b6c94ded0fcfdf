/**
 * The national support's contact details as the staff SPA shows them: from SUPPORT_PHONE,
 * SUPPORT_EMAIL, SUPPORT_HOURS_SV and SUPPORT_HOURS_EN, with defaults for a local service.
 */
export type SupportContact = {
  phone: string;
  email: string;
  openingHoursSv: string;
  openingHoursEn: string;
};

export const DEFAULT_SUPPORT_CONTACT: SupportContact = {
  phone: '0771-11 22 33',
  email: 'support@e-tjanster.invalid',
  openingHoursSv: 'Vardagar 07.00–17.00. Vid akuta fel dygnet runt på telefon.',
  openingHoursEn: 'Weekdays 07:00–17:00. Critical faults around the clock by phone.',
};

const MAX_LENGTH = 200;

/** Each detail from its variable when set (trimmed, at most 200 characters), else the default. */
export function supportContactFromEnv(env: NodeJS.ProcessEnv): SupportContact {
  const pick = (name: string, fallback: string): string => {
    const value = env[name]?.trim();
    if (!value) return fallback;
    if (value.length > MAX_LENGTH)
      throw new Error(`${name} must be at most ${MAX_LENGTH} characters`);
    return value;
  };
  return {
    phone: pick('SUPPORT_PHONE', DEFAULT_SUPPORT_CONTACT.phone),
    email: pick('SUPPORT_EMAIL', DEFAULT_SUPPORT_CONTACT.email),
    openingHoursSv: pick('SUPPORT_HOURS_SV', DEFAULT_SUPPORT_CONTACT.openingHoursSv),
    openingHoursEn: pick('SUPPORT_HOURS_EN', DEFAULT_SUPPORT_CONTACT.openingHoursEn),
  };
}
