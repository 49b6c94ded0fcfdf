import Personnummer from 'personnummer';
import { calendarDate, type CalendarDate } from '../calendar/calendar-date.ts';

/** The kinds of Swedish identity numbers the population register holds. */
export const IDENTITY_NUMBER_KINDS = ['PERSONNUMMER', 'SAMORDNINGSNUMMER', 'RESERVNUMMER'] as const;
export type IdentityNumberKind = (typeof IDENTITY_NUMBER_KINDS)[number];

export type ParsedIdentityNumber = {
  kind: IdentityNumberKind;
  /** Twelve digits without separator, e.g. `200001012384`. */
  normalized: string;
  /** Birth date; for a samordningsnummer the day with 60 taken off. */
  birthDate: CalendarDate;
};

export type IdentityNumberError = 'IDENTITY_NUMBER_INVALID';

/**
 * Parses a personnummer or samordningsnummer in any of the usual written forms
 * (`YYYYMMDD-NNNC`, `YYYYMMDDNNNC`, `YYMMDD-NNNC`, `YYMMDD+NNNC` for people aged 100 or more).
 * Reservnummer are regional and have no check digit, so they are never parsed from user input.
 */
export function parseIdentityNumber(
  input: string,
): { ok: true; value: ParsedIdentityNumber } | { ok: false; error: IdentityNumberError } {
  const trimmed = input.trim().replace(/\s+/g, '');
  if (!/^(\d{6}|\d{8})[-+]?\d{4}$/.test(trimmed))
    return { ok: false, error: 'IDENTITY_NUMBER_INVALID' };
  let parsed: Personnummer;
  try {
    parsed = Personnummer.parse(trimmed, {
      allowCoordinationNumber: true,
      allowInterimNumber: false,
    });
  } catch {
    return { ok: false, error: 'IDENTITY_NUMBER_INVALID' };
  }
  const coordination = parsed.isCoordinationNumber();
  const year = Number(parsed.fullYear);
  const month = Number(parsed.month);
  const day = Number(parsed.day) - (coordination ? 60 : 0);
  const birthDate = calendarDate(year, month, day);
  if (!birthDate) return { ok: false, error: 'IDENTITY_NUMBER_INVALID' };
  return {
    ok: true,
    value: {
      kind: coordination ? 'SAMORDNINGSNUMMER' : 'PERSONNUMMER',
      normalized: parsed.format(true).replace(/[-+]/g, ''),
      birthDate,
    },
  };
}

/** Formats twelve digits as `YYYYMMDD-NNNC`, the form shown to users. */
export function formatIdentityNumber(normalized: string): string {
  return `${normalized.slice(0, 8)}-${normalized.slice(8)}`;
}

/** The Luhn check digit for `YYMMDDNNN`; used to build fictional test identities in the seed. */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i += 1) {
    let value = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (value > 9) value -= 9;
    sum += value;
  }
  return (10 - (sum % 10)) % 10;
}
