import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { CalendarDate } from '../calendar/calendar-date.ts';
import { parseIdentityNumber } from '../identity/identity-number.ts';
import type { TextFormat } from './form-definition.ts';
import type { FormProblemCode } from './form-problems.ts';

/**
 * Words that make an address a box address, which parcel carriers do not deliver to: "Box 123",
 * "Box123", "Postbox 12", "Postfack 4", "Fack 17", "Postlåda 5", "PL 1234" (a rural postal box,
 * three digits or more, so a floor written "pl 2" passes), "Poste restante", also with "nr",
 * "no." or one of `:#-` before the number ("Box nr 12", "Postfack: 4", "Box-12", "Box #12").
 * Followed by a number, so streets named after a box ("Boxholmsgatan 3", "Plangatan 2") pass.
 */
const BOX_ADDRESS =
  /(?:^|[^\p{L}])(?:post)?(?:box|fack|låda)\s*(?:(?:nr|no)\.?|[:#-])?\s*\d|(?:^|[^\p{L}])pl\s*\d{3}|poste\s+restante/iu;

/** The answer as stored, or the code it is refused with. */
export type FormattedText = { ok: true; value: string } | { ok: false; code: FormProblemCode };

/**
 * Gives a personnummer written with a two-digit year (`YYMMDDNNNC`, `YYMMDD+NNNC`) its century
 * as of `today`: the latest year in which the birth date is not after today, a hundred years
 * earlier with "+" (aged 100 or more). A samordningsnummer's day has 60 added. Other forms are
 * returned as they are.
 */
function withCentury(compact: string, today: CalendarDate): string {
  const short = /^(\d{2})(\d{2})(\d{2})(\+?)(\d{4})$/.exec(compact);
  if (!short) return compact;
  const [, yy = '', mm = '', dd = '', plus, rest = ''] = short;
  const day = Number(dd) > 60 ? Number(dd) - 60 : Number(dd);
  const todayDigits = today.replace(/-/g, '');
  let year = Math.floor(Number(todayDigits.slice(0, 4)) / 100) * 100 + Number(yy);
  if (`${year}${mm}${String(day).padStart(2, '0')}` > todayDigits) year -= 100;
  if (plus === '+') year -= 100;
  return `${year}${mm}${dd}${rest}`;
}

/**
 * Checks and writes a one-line answer in its format's one way (see `TextFormat`); spaces,
 * dashes and the like that people type are accepted and dropped, not refused. `today` (the
 * Stockholm calendar date) decides the century of a personnummer written with a two-digit year.
 */
export function formatText(format: TextFormat, text: string, today?: CalendarDate): FormattedText {
  switch (format) {
    case 'phone': {
      // Not extracting: the whole answer must be the number, so "ring 070-123 45 67 efter fem"
      // is refused rather than stored as just the number.
      const parsed = parsePhoneNumberFromString(text, { defaultCountry: 'SE', extract: false });
      return parsed?.isValid() === true
        ? { ok: true, value: parsed.number }
        : { ok: false, code: 'INVALID_PHONE' };
    }
    case 'personnummer': {
      // "19800202 - 1234", "800202-1234", "1980-02-02-1234": the dashes and spaces go; a "+"
      // (aged 100 or more) stays.
      const compact = text.replace(/[\s-]/g, '');
      const parsed = parseIdentityNumber(today ? withCentury(compact, today) : compact);
      if (!parsed.ok) return { ok: false, code: 'INVALID_PERSONNUMMER' };
      const digits = parsed.value.normalized;
      return { ok: true, value: `${digits.slice(0, 8)}-${digits.slice(8)}` };
    }
    case 'postal-code': {
      const digits = text.replace(/^se[\s-]*/i, '').replace(/[\s-]/g, '');
      return /^[1-9]\d{4}$/.test(digits)
        ? { ok: true, value: `${digits.slice(0, 3)} ${digits.slice(3)}` }
        : { ok: false, code: 'INVALID_POSTAL_CODE' };
    }
    case 'street-address':
      return BOX_ADDRESS.test(text)
        ? { ok: false, code: 'BOX_ADDRESS' }
        : { ok: true, value: text.replace(/\s+/g, ' ') };
  }
}
