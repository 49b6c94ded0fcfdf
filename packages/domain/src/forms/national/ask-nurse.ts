import type { FormDefinition } from '../form-definition.ts';
import { notForEmergenciesItem } from './shared-items.ts';

const asked = (question: string) => ({ option: 'healthQuestions', includes: question });

/** Fråga sjuksköterskan (DOMAIN.md section 3, row 6). */
export const askNurseForm: FormDefinition = {
  formatVersion: 1,
  key: 'ask-nurse',
  version: 1,
  title: { sv: 'Fråga sjuksköterskan', en: 'Ask the nurse' },
  description:
    'A free-text question plus ready-made health questions; the clinic option healthQuestions selects which are asked (all but allergies by default). A ready-made question is required when asked; its follow-ups are optional.',
  clinicOptions: [
    {
      key: 'healthQuestions',
      kind: 'selection',
      label: { sv: 'Färdiga frågor som invånaren fyller i', en: 'Ready-made questions to ask' },
      choices: [
        { code: 'fever', display: { sv: 'Feber', en: 'Fever' } },
        { code: 'pain', display: { sv: 'Smärta', en: 'Pain' } },
        { code: 'medication', display: { sv: 'Läkemedel', en: 'Medication' } },
        { code: 'duration', display: { sv: 'Hur länge besvären funnits', en: 'How long' } },
        { code: 'allergies', display: { sv: 'Allergier', en: 'Allergies' } },
      ],
      default: ['fever', 'pain', 'medication', 'duration'],
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
      linkId: 'hasFever',
      type: 'boolean',
      required: true,
      text: { sv: 'Har du feber?', en: 'Do you have a fever?' },
      clinicOption: asked('fever'),
    },
    {
      linkId: 'temperature',
      type: 'string',
      maxLength: 10,
      text: { sv: 'Hur hög är febern?', en: 'How high is the fever?' },
      hint: { sv: 'I grader, till exempel 38,5.', en: 'In degrees Celsius, for example 38.5.' },
      enableWhen: [{ question: 'hasFever', operator: '=', answer: true }],
    },
    {
      linkId: 'hasPain',
      type: 'boolean',
      required: true,
      text: { sv: 'Har du ont?', en: 'Are you in pain?' },
      clinicOption: asked('pain'),
    },
    {
      linkId: 'painLocation',
      type: 'string',
      maxLength: 200,
      text: { sv: 'Var har du ont?', en: 'Where does it hurt?' },
      enableWhen: [{ question: 'hasPain', operator: '=', answer: true }],
    },
    {
      linkId: 'painIntensity',
      type: 'integer',
      minValue: 0,
      maxValue: 10,
      text: { sv: 'Hur ont har du, från 0 till 10?', en: 'How bad is the pain, from 0 to 10?' },
      hint: {
        sv: '0 är ingen smärta, 10 värsta tänkbara.',
        en: '0 is none, 10 the worst imaginable.',
      },
      enableWhen: [{ question: 'hasPain', operator: '=', answer: true }],
    },
    {
      linkId: 'takesMedication',
      type: 'boolean',
      required: true,
      text: { sv: 'Använder du några läkemedel?', en: 'Do you take any medication?' },
      clinicOption: asked('medication'),
    },
    {
      linkId: 'medications',
      type: 'text',
      maxLength: 1000,
      text: { sv: 'Vilka läkemedel?', en: 'Which medication?' },
      enableWhen: [{ question: 'takesMedication', operator: '=', answer: true }],
    },
    {
      linkId: 'duration',
      type: 'choice',
      required: true,
      text: { sv: 'Hur länge har du haft besvären?', en: 'How long have you had the problem?' },
      clinicOption: asked('duration'),
      answerOptions: [
        { code: 'under-1-day', display: { sv: 'Mindre än ett dygn', en: 'Less than a day' } },
        { code: '1-3-days', display: { sv: '1–3 dagar', en: '1–3 days' } },
        { code: '4-7-days', display: { sv: '4–7 dagar', en: '4–7 days' } },
        { code: '1-4-weeks', display: { sv: '1–4 veckor', en: '1–4 weeks' } },
        { code: 'over-4-weeks', display: { sv: 'Mer än 4 veckor', en: 'More than 4 weeks' } },
      ],
    },
    {
      linkId: 'hasAllergies',
      type: 'boolean',
      required: true,
      text: { sv: 'Har du några allergier?', en: 'Do you have any allergies?' },
      clinicOption: asked('allergies'),
    },
    {
      linkId: 'allergies',
      type: 'string',
      maxLength: 200,
      text: { sv: 'Vilka allergier?', en: 'Which allergies?' },
      enableWhen: [{ question: 'hasAllergies', operator: '=', answer: true }],
    },
  ],
};
