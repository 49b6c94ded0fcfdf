import type { FormDefinition } from '../form-definition.ts';
import {
  daysThatDoNotSuitItem,
  daysThatDoNotSuitOption,
  notForEmergenciesItem,
} from './shared-items.ts';

/** Av-/omboka tid (DOMAIN.md section 3, row 1). */
export const cancelRebookAppointmentForm: FormDefinition = {
  formatVersion: 1,
  key: 'cancel-rebook-appointment',
  version: 1,
  title: { sv: 'Av-/omboka tid', en: 'Cancel or rebook an appointment' },
  description:
    'The booked appointment is identified by its date (required; today or later, within two years: a past appointment cannot be cancelled) and free-text details; the clinic finds it in its own booking system. Preferred times and days that do not suit apply to rebooking only.',
  clinicOptions: [daysThatDoNotSuitOption],
  items: [
    notForEmergenciesItem,
    {
      linkId: 'appointmentDate',
      type: 'date',
      required: true,
      text: { sv: 'Datum för tiden du har bokad', en: 'Date of your booked appointment' },
      dateRules: [
        { limit: 'earliest', relativeTo: 'today' },
        { limit: 'latest', relativeTo: 'today', days: 730 },
      ],
    },
    {
      linkId: 'appointmentDetails',
      type: 'string',
      maxLength: 200,
      text: { sv: 'Vilken tid gäller det?', en: 'Which appointment is it?' },
      hint: {
        sv: 'Klockslag och vem du skulle träffa, om du vet.',
        en: 'Time of day and whom you were to see, if you know.',
      },
    },
    {
      linkId: 'action',
      type: 'choice',
      required: true,
      text: { sv: 'Vill du avboka eller omboka?', en: 'Do you want to cancel or rebook?' },
      answerOptions: [
        { code: 'cancel', display: { sv: 'Avboka', en: 'Cancel' } },
        { code: 'rebook', display: { sv: 'Omboka', en: 'Rebook' } },
      ],
    },
    {
      linkId: 'preferredTimes',
      type: 'string',
      maxLength: 200,
      text: { sv: 'Önskemål om ny tid', en: 'Preferred new time' },
      hint: {
        sv: 'Till exempel förmiddagar, eller efter den 10 mars.',
        en: 'For example mornings, or after 10 March.',
      },
      enableWhen: [{ question: 'action', operator: '=', answer: 'rebook' }],
    },
    {
      ...daysThatDoNotSuitItem,
      enableWhen: [{ question: 'action', operator: '=', answer: 'rebook' }],
    },
    {
      linkId: 'message',
      type: 'text',
      maxLength: 1000,
      text: { sv: 'Övrigt', en: 'Anything else' },
    },
  ],
};
