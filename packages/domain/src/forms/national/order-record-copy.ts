import type { FormDefinition } from '../form-definition.ts';
import { notForEmergenciesItem } from './shared-items.ts';

/** Beställa journalkopia (DOMAIN.md section 3, row 4). */
export const orderRecordCopyForm: FormDefinition = {
  formatVersion: 1,
  key: 'order-record-copy',
  version: 1,
  title: { sv: 'Beställa journalkopia', en: 'Order a copy of your medical record' },
  description:
    'Designed: the citizen says whether the copy covers everything at the clinic, a period (from and to dates required) or particular care (described). The period cannot lie in the future and cannot end before it starts. Delivery is by letter to the address in the population register or collection at the clinic with ID: copies are never sent by e-mail.',
  clinicOptions: [],
  items: [
    notForEmergenciesItem,
    {
      linkId: 'scope',
      type: 'choice',
      required: true,
      text: { sv: 'Vad vill du ha en kopia av?', en: 'What should the copy cover?' },
      answerOptions: [
        { code: 'all', display: { sv: 'Allt från mottagningen', en: 'Everything at the clinic' } },
        { code: 'period', display: { sv: 'En viss period', en: 'A period' } },
        {
          code: 'care',
          display: { sv: 'En viss vård eller ett visst besök', en: 'Particular care or visit' },
        },
      ],
    },
    {
      linkId: 'periodFrom',
      type: 'date',
      required: true,
      text: { sv: 'Från och med', en: 'From' },
      dateRules: [{ limit: 'latest', relativeTo: 'today' }],
      enableWhen: [{ question: 'scope', operator: '=', answer: 'period' }],
    },
    {
      linkId: 'periodTo',
      type: 'date',
      required: true,
      text: { sv: 'Till och med', en: 'To' },
      dateRules: [
        { limit: 'earliest', relativeTo: 'answer', question: 'periodFrom' },
        { limit: 'latest', relativeTo: 'today' },
      ],
      enableWhen: [{ question: 'scope', operator: '=', answer: 'period' }],
    },
    {
      linkId: 'careDescription',
      type: 'text',
      required: true,
      maxLength: 1000,
      text: { sv: 'Vilken vård gäller det?', en: 'Which care is it about?' },
      hint: {
        sv: 'Till exempel ett besök i maj 2025 eller behandlingen av din knäskada.',
        en: 'For example a visit in May 2025 or the treatment of your knee injury.',
      },
      enableWhen: [{ question: 'scope', operator: '=', answer: 'care' }],
    },
    {
      linkId: 'delivery',
      type: 'choice',
      required: true,
      text: { sv: 'Hur vill du få kopian?', en: 'How do you want to receive the copy?' },
      hint: {
        sv: 'Journalkopior skickas aldrig med e-post.',
        en: 'Record copies are never sent by e-mail.',
      },
      answerOptions: [
        {
          code: 'post',
          display: {
            sv: 'Med brev till min folkbokföringsadress',
            en: 'By letter to my registered address',
          },
        },
        {
          code: 'pickup',
          display: {
            sv: 'Jag hämtar den på mottagningen (ta med legitimation)',
            en: 'I collect it at the clinic (bring ID)',
          },
        },
      ],
    },
    {
      linkId: 'message',
      type: 'text',
      maxLength: 1000,
      text: { sv: 'Övrigt', en: 'Anything else' },
    },
  ],
};
