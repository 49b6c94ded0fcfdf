import { isEmail } from 'class-validator';
import { normaliseMobile } from '../notifications/mobile-number.ts';

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
