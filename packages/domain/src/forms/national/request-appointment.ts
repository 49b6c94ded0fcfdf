import type { FormDefinition } from '../form-definition.ts';
import {
  daysThatDoNotSuitItem,
  daysThatDoNotSuitOption,
  notForEmergenciesItem,
} from './shared-items.ts';

/** Beställa tid (DOMAIN.md section 3, row 2). */
export const requestAppointmentForm: FormDefinition = {
  formatVersion: 1,
  key: 'request-appointment',
  version: 1,
  title: { sv: 'Beställa tid', en: 'Request an appointment' },
  description:
    'Contact reason is required (seed). Preferred times are a time-of-day choice plus free text; a wish for a particular caregiver was added, as clinics usually ask, and an optional earliest date that suits (today or later, within a year).',
  clinicOptions: [daysThatDoNotSuitOption],
  items: [
    notForEmergenciesItem,
    {
      linkId: 'contactReason',
      type: 'text',
      required: true,
      maxLength: 2000,
      text: { sv: 'Kontaktorsak', en: 'Reason for contact' },
      hint: {
        sv: 'Beskriv kort varför du vill ha en tid.',
        en: 'Briefly describe why you want an appointment.',
      },
    },
    {
      linkId: 'preferredTimeOfDay',
      type: 'multi-choice',
      text: { sv: 'Vilken tid på dagen passar?', en: 'Which time of day suits you?' },
      answerOptions: [
        { code: 'morning', display: { sv: 'Förmiddag', en: 'Morning' } },
        { code: 'afternoon', display: { sv: 'Eftermiddag', en: 'Afternoon' } },
      ],
    },
    {
      linkId: 'preferredTimes',
      type: 'string',
      maxLength: 200,
      text: { sv: 'Önskemål om tid', en: 'Preferred times' },
      hint: { sv: 'Till exempel efter den 10 mars.', en: 'For example after 10 March.' },
    },
    {
      linkId: 'earliestDate',
      type: 'date',
      text: { sv: 'Tidigaste datum som passar dig', en: 'Earliest date that suits you' },
      hint: {
        sv: 'Lämna tomt om det passar så snart som möjligt.',
        en: 'Leave empty if as soon as possible suits you.',
      },
      description: 'Not in the seed; lets the clinic skip offering times the patient cannot take.',
      dateRules: [
        { limit: 'earliest', relativeTo: 'today' },
        { limit: 'latest', relativeTo: 'today', days: 365 },
      ],
    },
    daysThatDoNotSuitItem,
    {
      linkId: 'preferredCaregiver',
      type: 'string',
      maxLength: 100,
      text: { sv: 'Önskemål om vårdgivare', en: 'Preferred caregiver' },
      description: 'Not in the seed; clinics commonly let patients name their doctor or nurse.',
    },
  ],
};
