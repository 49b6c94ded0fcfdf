import type { FormDefinition } from '../form-definition.ts';
import { notForEmergenciesItem } from './shared-items.ts';

/** Förlänga sjukskrivning (DOMAIN.md section 3, row 7). */
export const extendSickLeaveForm: FormDefinition = {
  formatVersion: 1,
  key: 'extend-sick-leave',
  version: 1,
  title: { sv: 'Förlänga sjukskrivning', en: 'Extend sick leave' },
  description:
    'Current end date and reason are required. Designed: the current end date lies at most 30 days back (a sick leave that ended earlier is not extended but certified anew) and at most 180 days ahead; an awaited measure is today or later, within two years. Designed: the reason is a choice; "waiting for a measure" requires naming the measure (e.g. hip surgery) and may give its date; the wished extent follows the Swedish quarters (100, 75, 50, 25 %); a description of how the citizen is doing is required, as the doctor needs it for the certificate.',
  clinicOptions: [],
  items: [
    notForEmergenciesItem,
    {
      linkId: 'currentEndDate',
      type: 'date',
      required: true,
      text: {
        sv: 'Vilket datum slutar din nuvarande sjukskrivning?',
        en: 'When does your current sick leave end?',
      },
      dateRules: [
        { limit: 'earliest', relativeTo: 'today', days: -30 },
        { limit: 'latest', relativeTo: 'today', days: 180 },
      ],
    },
    {
      linkId: 'reason',
      type: 'choice',
      required: true,
      text: { sv: 'Varför behöver du förlänga?', en: 'Why do you need an extension?' },
      answerOptions: [
        {
          code: 'awaiting-measure',
          display: {
            sv: 'Jag väntar på en åtgärd, till exempel en operation',
            en: 'I am waiting for a measure, for example surgery',
          },
        },
        {
          code: 'not-recovered',
          display: { sv: 'Jag har inte återhämtat mig', en: 'I have not recovered' },
        },
        { code: 'other', display: { sv: 'Annat', en: 'Other' } },
      ],
    },
    {
      linkId: 'awaitedMeasure',
      type: 'string',
      required: true,
      maxLength: 200,
      text: { sv: 'Vilken åtgärd väntar du på?', en: 'Which measure are you waiting for?' },
      hint: { sv: 'Till exempel höftledsoperation.', en: 'For example hip surgery.' },
      enableWhen: [{ question: 'reason', operator: '=', answer: 'awaiting-measure' }],
    },
    {
      linkId: 'measureDate',
      type: 'date',
      text: { sv: 'Datum för åtgärden, om du vet', en: 'Date of the measure, if known' },
      dateRules: [
        { limit: 'earliest', relativeTo: 'today' },
        { limit: 'latest', relativeTo: 'today', days: 730 },
      ],
      enableWhen: [{ question: 'reason', operator: '=', answer: 'awaiting-measure' }],
    },
    {
      linkId: 'extent',
      type: 'choice',
      required: true,
      text: { sv: 'Hur mycket behöver du vara sjukskriven?', en: 'Extent of sick leave' },
      answerOptions: [
        { code: '100', display: { sv: 'Heltid (100 %)', en: 'Full time (100%)' } },
        { code: '75', display: { sv: '75 %', en: '75%' } },
        { code: '50', display: { sv: '50 %', en: '50%' } },
        { code: '25', display: { sv: '25 %', en: '25%' } },
      ],
    },
    {
      linkId: 'description',
      type: 'text',
      required: true,
      maxLength: 2000,
      text: {
        sv: 'Beskriv hur du mår och hur det påverkar ditt arbete',
        en: 'Describe how you are and how it affects your work',
      },
    },
  ],
};
