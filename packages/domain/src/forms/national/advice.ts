import type { FormDefinition } from '../form-definition.ts';
import { notForEmergenciesItem } from './shared-items.ts';

/** Rådgivning (DOMAIN.md section 3, row 11). */
export const adviceForm: FormDefinition = {
  formatVersion: 1,
  key: 'advice',
  version: 1,
  title: { sv: 'Rådgivning', en: 'Advice' },
  description:
    'A question (required); the clinic option earlierCaregiver adds a field for which caregiver the citizen was in contact with before.',
  clinicOptions: [
    {
      key: 'earlierCaregiver',
      kind: 'flag',
      label: {
        sv: 'Visa fältet för vilken vårdgivare invånaren tidigare haft kontakt med',
        en: 'Show the field for the caregiver the citizen was in contact with before',
      },
      default: false,
    },
  ],
  items: [
    notForEmergenciesItem,
    {
      linkId: 'question',
      type: 'text',
      required: true,
      text: { sv: 'Din fråga', en: 'Your question' },
    },
    {
      linkId: 'earlierCaregiver',
      type: 'string',
      maxLength: 200,
      text: {
        sv: 'Vilken vårdgivare har du tidigare haft kontakt med?',
        en: 'Which caregiver were you in contact with before?',
      },
      clinicOption: { option: 'earlierCaregiver' },
    },
  ],
};
