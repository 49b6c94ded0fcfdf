import { isEmail } from 'class-validator';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type SettingsProblem = {
  path: 'email' | 'mobile';
  code: 'EMAIL_INVALID' | 'MOBILE_INVALID' | 'EMAIL_REQUIRED' | 'MOBILE_REQUIRED';
};

export type CleanSettings = {
  email: string | null;
  mobile: string | null;
  notifyByEmail: boolean;
  notifyBySms: boolean;
  /** Absent: keep the stored language (Swedish for new settings). */
  locale?: 'sv' | 'en';
};

/**
 * A Swedish mobile number in any usual written form ("070-123 45 67", "+46 70 123 45 67",
 * "0046701234567") in the one form stored and sent: E.164 (+46701234567). Null for anything that
 * is not a valid Swedish mobile number (landlines, other countries, too short or too long).
 */
export function normaliseMobile(input: string): string | null {
  const parsed = parsePhoneNumberFromString(input.trim(), 'SE');
  if (!parsed?.isValid() || parsed.country !== 'SE' || parsed.getType() !== 'MOBILE') return null;
  return parsed.number;
}

const blankToNull = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/** The settings as stored, or every problem with them at once. */
export function cleanSettings(input: {
  email?: string | null;
  mobile?: string | null;
  notifyByEmail: boolean;
  notifyBySms: boolean;
  locale?: 'sv' | 'en' | null;
}): { ok: true; value: CleanSettings } | { ok: false; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const email = blankToNull(input.email);
  const rawMobile = blankToNull(input.mobile);
  if (email !== null && !isEmail(email)) problems.push({ path: 'email', code: 'EMAIL_INVALID' });
  const mobile = rawMobile === null ? null : normaliseMobile(rawMobile);
  if (rawMobile !== null && mobile === null)
    problems.push({ path: 'mobile', code: 'MOBILE_INVALID' });
  if (input.notifyByEmail && email === null)
    problems.push({ path: 'email', code: 'EMAIL_REQUIRED' });
  if (input.notifyBySms && rawMobile === null)
    problems.push({ path: 'mobile', code: 'MOBILE_REQUIRED' });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      email,
      mobile,
      notifyByEmail: input.notifyByEmail,
      notifyBySms: input.notifyBySms,
      ...(input.locale ? { locale: input.locale } : {}),
    },
  };
}
