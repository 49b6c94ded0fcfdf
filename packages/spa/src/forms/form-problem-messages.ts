import type { FormProblemCode, Lang } from '@etj/domain';
import type { i18n as I18n } from 'i18next';

/**
 * Words for every form problem code, Swedish and English (params in `{{ }}`). They live with
 * the forms, not in the shared catalogue of the start page, which never shows a form; the type
 * makes a code without words in either language a compile error.
 */
export const FORM_PROBLEM_MESSAGES: Record<Lang, Record<FormProblemCode, string>> = {
  sv: {
    REQUIRED: 'Du behöver fylla i det här.',
    TOO_LONG: 'Texten får vara högst {{max}} tecken.',
    NOT_AN_OPTION: 'Välj ett av alternativen.',
    DUPLICATE_OPTION: 'Samma alternativ är valt mer än en gång.',
    INVALID_DATE: 'Skriv ett datum som finns, till exempel 2026-03-15.',
    NOT_AN_INTEGER: 'Skriv ett heltal med siffror.',
    TOO_SMALL: 'Det minsta du kan ange är {{min}}.',
    TOO_LARGE: 'Det högsta du kan ange är {{max}}.',
    TOO_FEW: 'Det behövs minst {{min}}.',
    TOO_MANY: 'Det får vara högst {{max}}.',
    UNKNOWN_FIELD: 'Formuläret har ändrats sedan du började. Ladda om sidan.',
    NOT_ENABLED: 'Den här uppgiften ska inte fyllas i.',
    WRONG_TYPE: 'Svaret har fel form. Ändra det och försök igen.',
    DATE_IN_PAST: 'Datumet har redan passerat. Välj dagens datum eller ett senare.',
    DATE_IN_FUTURE: 'Datumet kan inte ligga i framtiden. Välj dagens datum eller ett tidigare.',
    DATE_TOO_FAR_BACK:
      'Datumet får ligga högst {{days}} dagar bakåt i tiden, alltså {{earliest}} eller senare.',
    DATE_TOO_FAR_AHEAD:
      'Datumet får ligga högst {{days}} dagar fram i tiden, alltså {{latest}} eller tidigare.',
    DATE_TOO_EARLY: 'Välj {{earliest}} eller ett senare datum.',
    DATE_TOO_LATE: 'Välj {{latest}} eller ett tidigare datum.',
    DATE_BEFORE_ANSWER:
      'Datumet kan inte vara före {{earliest}}. Jämför med datumet du angav tidigare i formuläret.',
    DATE_AFTER_ANSWER:
      'Datumet kan inte vara efter {{latest}}. Jämför med datumet du angav tidigare i formuläret.',
    INVALID_PHONE:
      'Skriv ett telefonnummer som finns, till exempel 070-123 45 67, eller ett utländskt nummer med landsnummer, till exempel +45.',
    INVALID_PERSONNUMMER:
      'Skriv ett personnummer eller samordningsnummer med 10 eller 12 siffror, till exempel 19121212-1212.',
    INVALID_POSTAL_CODE: 'Skriv postnumret med fem siffror, till exempel 123 45.',
    BOX_ADDRESS:
      'Paket kan inte levereras till en boxadress. Skriv en gatuadress, till exempel Storgatan 1.',
  },
  en: {
    REQUIRED: 'This needs an answer.',
    TOO_LONG: 'The text can be at most {{max}} characters.',
    NOT_AN_OPTION: 'Choose one of the options.',
    DUPLICATE_OPTION: 'The same option is chosen more than once.',
    INVALID_DATE: 'Enter a date that exists, for example 2026-03-15.',
    NOT_AN_INTEGER: 'Enter a whole number in digits.',
    TOO_SMALL: 'The lowest you can enter is {{min}}.',
    TOO_LARGE: 'The highest you can enter is {{max}}.',
    TOO_FEW: 'At least {{min}} are needed.',
    TOO_MANY: 'There can be at most {{max}}.',
    UNKNOWN_FIELD: 'The form has changed since you started. Reload the page.',
    NOT_ENABLED: 'This should not be filled in.',
    WRONG_TYPE: 'The answer has the wrong form. Change it and try again.',
    DATE_IN_PAST: 'The date has already passed. Choose today or a later date.',
    DATE_IN_FUTURE: 'The date cannot be in the future. Choose today or an earlier date.',
    DATE_TOO_FAR_BACK: 'The date can be at most {{days}} days back, that is {{earliest}} or later.',
    DATE_TOO_FAR_AHEAD:
      'The date can be at most {{days}} days ahead, that is {{latest}} or earlier.',
    DATE_TOO_EARLY: 'Choose {{earliest}} or a later date.',
    DATE_TOO_LATE: 'Choose {{latest}} or an earlier date.',
    DATE_BEFORE_ANSWER:
      'The date cannot be before {{earliest}}. Compare it with the date you gave earlier in the form.',
    DATE_AFTER_ANSWER:
      'The date cannot be after {{latest}}. Compare it with the date you gave earlier in the form.',
    INVALID_PHONE:
      'Enter a phone number that exists, for example 070-123 45 67, or a foreign number with its country code, for example +45.',
    INVALID_PERSONNUMMER:
      'Enter a Swedish personal identity number or coordination number with 10 or 12 digits, for example 19121212-1212.',
    INVALID_POSTAL_CODE: 'Enter the postcode as five digits, for example 123 45.',
    BOX_ADDRESS:
      'Parcels cannot be delivered to a box address. Enter a street address, for example Storgatan 1.',
  },
};

const added = new WeakSet<I18n>();

/** Puts the messages under `common:formProblems` of `i18n`, in both languages, once. */
export function addFormProblemMessages(i18n: I18n): void {
  if (added.has(i18n)) return;
  added.add(i18n);
  for (const language of ['sv', 'en'] as const) {
    i18n.addResourceBundle(
      language,
      'common',
      { formProblems: FORM_PROBLEM_MESSAGES[language] },
      true,
      false,
    );
  }
}
