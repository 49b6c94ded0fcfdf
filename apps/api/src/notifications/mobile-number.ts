import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

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
