import { type FormDefinition } from '@etj/domain';

/** A small form with every feature the renderer tests need. */
export const rendererTestDefinition: FormDefinition = {
  formatVersion: 1,
  key: 'test-form',
  version: 1,
  title: { sv: 'Testformulär', en: 'Test form' },
  clinicOptions: [],
  items: [
    {
      linkId: 'intro',
      type: 'display',
      text: { sv: 'Fyll i formuläret.', en: 'Fill in the form.' },
    },
    {
      linkId: 'medicines',
      type: 'group',
      repeats: true,
      minOccurs: 1,
      maxOccurs: 2,
      text: { sv: 'Läkemedel', en: 'Medicines' },
      items: [
        {
          linkId: 'name',
          type: 'string',
          required: true,
          text: { sv: 'Läkemedlets namn', en: 'Name of the medicine' },
        },
      ],
    },
    {
      linkId: 'hasPain',
      type: 'boolean',
      required: true,
      text: { sv: 'Har du ont?', en: 'Are you in pain?' },
    },
    {
      linkId: 'painLocation',
      type: 'string',
      text: { sv: 'Var har du ont?', en: 'Where does it hurt?' },
      enableWhen: [{ question: 'hasPain', operator: '=', answer: true }],
    },
    {
      linkId: 'message',
      type: 'text',
      maxLength: 20,
      text: { sv: 'Meddelande', en: 'Message' },
    },
  ],
};
