// Fictional identity numbers. Personnummer and samordningsnummer use only the birth numbers
// of Skatteverket's published test personnummer (238 for women, 239 for men), so each birth
// date gives exactly one number per sex and none can belong to a real person.
import { dateParts, luhnCheckDigit, type CalendarDate } from './domain.ts';

export type Sex = 'F' | 'M';

export type IdentityKind =
  | { kind: 'PERSONNUMMER' }
  | { kind: 'SAMORDNINGSNUMMER' }
  | { kind: 'RESERVNUMMER'; serial: number };

/** The identity number of the given kind for someone born on `birthDate`. */
export function identityNumberFor(
  identity: IdentityKind,
  birthDate: CalendarDate,
  sex: Sex,
): string {
  switch (identity.kind) {
    case 'PERSONNUMMER':
      return testPersonnummer(birthDate, sex);
    case 'SAMORDNINGSNUMMER':
      return testSamordningsnummer(birthDate, sex);
    case 'RESERVNUMMER':
      return vgrReservnummer(birthDate, sex, identity.serial);
  }
}

/** The three digits after the date: even for women, odd for men, as in every personnummer. */
export const TEST_BIRTH_NUMBERS: Record<Sex, string> = { F: '238', M: '239' };

/** A test personnummer as twelve digits (`YYYYMMDDNNNC`). */
export function testPersonnummer(birthDate: CalendarDate, sex: Sex): string {
  return withCheckDigit(digits(birthDate, 0), TEST_BIRTH_NUMBERS[sex]);
}

/** A test samordningsnummer: the day of birth plus 60, otherwise as a personnummer. */
export function testSamordningsnummer(birthDate: CalendarDate, sex: Sex): string {
  return withCheckDigit(digits(birthDate, 60), TEST_BIRTH_NUMBERS[sex]);
}

/**
 * A reservnummer in Västra Götalandsregionen's format `YYYYMMDDGggC`: the birth date, G = K
 * (kvinna) or M (man), gg a serial number 06–79 (even for women, odd for men), and a Luhn
 * check digit over `YYMMDD` + G + gg with K counted as 5 and M as 7.
 */
export function vgrReservnummer(birthDate: CalendarDate, sex: Sex, serial: number): string {
  const evenForWomen = sex === 'F' ? 0 : 1;
  if (serial < 6 || serial > 79 || serial % 2 !== evenForWomen) {
    throw new Error(`Reservnummer serial ${serial} does not fit sex ${sex}`);
  }
  const date = digits(birthDate, 0);
  const gg = String(serial).padStart(2, '0');
  const check = luhnCheckDigit(`${date.slice(2)}${sex === 'F' ? '5' : '7'}${gg}`);
  return `${date}${sex === 'F' ? 'K' : 'M'}${gg}${check}`;
}

function digits(date: CalendarDate, dayOffset: number): string {
  const { year, month, day } = dateParts(date);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${year}${pad(month)}${pad(day + dayOffset)}`;
}

function withCheckDigit(yyyymmdd: string, birthNumber: string): string {
  return `${yyyymmdd}${birthNumber}${luhnCheckDigit(`${yyyymmdd.slice(2)}${birthNumber}`)}`;
}
