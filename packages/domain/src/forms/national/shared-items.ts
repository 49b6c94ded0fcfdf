import type { ClinicOptionDeclaration, FormItem } from '../form-definition.ts';

/** The clinic option "a field for days that do not suit" (av-/omboka tid, beställa tid). */
export const daysThatDoNotSuitOption: ClinicOptionDeclaration = {
  key: 'daysThatDoNotSuit',
  kind: 'flag',
  label: {
    sv: 'Visa fältet för dagar som inte passar',
    en: 'Show the field for days that do not suit',
  },
  default: false,
};

/** The field the `daysThatDoNotSuit` clinic option switches on. */
export const daysThatDoNotSuitItem: FormItem = {
  linkId: 'daysThatDoNotSuit',
  type: 'string',
  text: { sv: 'Dagar som inte passar', en: 'Days that do not suit you' },
  hint: {
    sv: 'Till exempel tisdagar, eller 3–7 mars.',
    en: 'For example Tuesdays, or 3–7 March.',
  },
  maxLength: 200,
  clinicOption: { option: 'daysThatDoNotSuit' },
};

/** Shown first on every form: e-services are not for emergencies. */
export const notForEmergenciesItem: FormItem = {
  linkId: 'notForEmergencies',
  type: 'display',
  text: {
    sv: 'Tjänsten är inte till för akuta ärenden. Ring 112 vid akut fara för liv, eller 1177 för sjukvårdsrådgivning.',
    en: 'This service is not for emergencies. Call 112 if a life is in danger, or 1177 for medical advice.',
  },
};
