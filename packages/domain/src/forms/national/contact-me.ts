import type { FormDefinition } from '../form-definition.ts';
import { notForEmergenciesItem } from './shared-items.ts';

/** Kontakta mig (DOMAIN.md section 3, row 10). */
export const contactMeForm: FormDefinition = {
  formatVersion: 1,
  key: 'contact-me',
  version: 1,
  title: { sv: 'Kontakta mig', en: 'Contact me' },
  description:
    'A wish to be contacted; as in the seed, whom, the reason and how are each optional, so sending the form alone is a valid request. Designed: the reason is a choice plus free text; a phone number and times are asked only when contact by phone is chosen, and the number must be one (Swedish, or foreign with its country code), stored in E.164.',
  clinicOptions: [],
  items: [
    notForEmergenciesItem,
    {
      linkId: 'whom',
      type: 'string',
      maxLength: 100,
      text: { sv: 'Vem vill du bli kontaktad av?', en: 'Who should contact you?' },
      hint: { sv: 'Till exempel din läkare.', en: 'For example your doctor.' },
    },
    {
      linkId: 'reason',
      type: 'choice',
      text: { sv: 'Vad gäller det?', en: 'What is it about?' },
      answerOptions: [
        { code: 'test-results', display: { sv: 'Provsvar', en: 'Test results' } },
        { code: 'doctor-call', display: { sv: 'Samtal med läkare', en: 'A call from the doctor' } },
        { code: 'other', display: { sv: 'Annat', en: 'Other' } },
      ],
    },
    {
      linkId: 'message',
      type: 'text',
      maxLength: 2000,
      text: { sv: 'Anledning till önskad kontakt', en: 'Reason for the contact' },
    },
    {
      linkId: 'contactMethod',
      type: 'choice',
      text: { sv: 'Hur vill du bli kontaktad?', en: 'How should we contact you?' },
      answerOptions: [
        { code: 'phone', display: { sv: 'Telefon', en: 'Phone' } },
        {
          code: 'message',
          display: { sv: 'Meddelande i e-tjänsterna', en: 'Message in the e-services' },
        },
      ],
    },
    {
      linkId: 'phoneNumber',
      type: 'string',
      maxLength: 20,
      format: 'phone',
      text: { sv: 'Telefonnummer', en: 'Phone number' },
      enableWhen: [{ question: 'contactMethod', operator: '=', answer: 'phone' }],
    },
    {
      linkId: 'phoneTimes',
      type: 'string',
      maxLength: 200,
      text: { sv: 'När kan vi nå dig?', en: 'When can we reach you?' },
      enableWhen: [{ question: 'contactMethod', operator: '=', answer: 'phone' }],
    },
  ],
};
