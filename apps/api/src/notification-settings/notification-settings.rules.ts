import { isEmail } from 'class-validator';

export type SettingsProblem = {
  path: 'email' | 'mobile';
  code: 'EMAIL_INVALID' | 'MOBILE_INVALID' | 'EMAIL_REQUIRED' | 'MOBILE_REQUIRED';
};

export type CleanSettings = {
  email: string | null;
  mobile: string | null;
  notifyByEmail: boolean;
  notifyBySms: boolean;
};

/** Swedish mobile numbers (070, 072, 073, 076, 079) in the one form stored: 07XXXXXXXX. */
const MOBILE = /^07[02369]\d{7}$/;

/**
 * A Swedish mobile number in any usual written form ("070-123 45 67", "+46 70 123 45 67",
 * "0046701234567") as 07XXXXXXXX; null when it is not one.
 */
export function normaliseMobile(input: string): string | null {
  const compact = input.replace(/[\s\-().]/g, '');
  const national = compact.startsWith('+46')
    ? `0${compact.slice(3)}`
    : compact.startsWith('0046')
      ? `0${compact.slice(4)}`
      : compact;
  return MOBILE.test(national) ? national : null;
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
    value: { email, mobile, notifyByEmail: input.notifyByEmail, notifyBySms: input.notifyBySms },
  };
}
