import type { FormDefinition } from '../form-definition.ts';
import { notForEmergenciesItem } from './shared-items.ts';

/** Egen ärendetyp (DOMAIN.md section 3, row 5): the minimal example clinics start from. */
export const customForm: FormDefinition = {
  formatVersion: 1,
  key: 'custom',
  version: 1,
  title: { sv: 'Egen ärendetyp', en: 'Custom case type' },
  description:
    'A minimal example: a subject and a message. Clinic administrators build their own definitions in this format (text, long text, choice, multiple choice, date, yes/no, number; required or not) and name them.',
  clinicOptions: [],
  items: [
    notForEmergenciesItem,
    {
      linkId: 'subject',
      type: 'string',
      required: true,
      maxLength: 100,
      text: { sv: 'Ämne', en: 'Subject' },
    },
    {
      linkId: 'message',
      type: 'text',
      required: true,
      text: { sv: 'Meddelande', en: 'Message' },
    },
  ],
};
