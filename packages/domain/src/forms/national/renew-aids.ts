import type { FormDefinition } from '../form-definition.ts';
import { notForEmergenciesItem } from './shared-items.ts';

/** Förnya hjälpmedel (DOMAIN.md section 3, row 9). */
export const renewAidsForm: FormDefinition = {
  formatVersion: 1,
  key: 'renew-aids',
  version: 1,
  title: { sv: 'Förnya hjälpmedel', en: 'Renew aids' },
  description:
    '1 to 4 aids per form (seed), each with product name, size if any, consumption and number of packages. Designed: consumption is an amount per day, week or month, so an aid used every other day is "3 per week" or "15 per month" rather than a fraction per day; each aid has a required category; when any aid is an incontinence aid, delivery details (the recipient\'s name, a street address, as carriers do not deliver parcels to box addresses, a Swedish postcode, town, and a phone number for the carrier, normalised) are required. Free-card number and other information are optional.',
  clinicOptions: [],
  items: [
    notForEmergenciesItem,
    {
      linkId: 'aids',
      type: 'group',
      repeats: true,
      minOccurs: 1,
      maxOccurs: 4,
      text: { sv: 'Hjälpmedel', en: 'Aids' },
      items: [
        {
          linkId: 'category',
          type: 'choice',
          required: true,
          text: { sv: 'Typ av hjälpmedel', en: 'Kind of aid' },
          description: 'Marks incontinence aids, which need delivery details.',
          answerOptions: [
            {
              code: 'incontinence',
              display: { sv: 'Inkontinenshjälpmedel', en: 'Incontinence aid' },
            },
            { code: 'stoma', display: { sv: 'Stomiartiklar', en: 'Stoma supplies' } },
            { code: 'diabetes', display: { sv: 'Diabeteshjälpmedel', en: 'Diabetes supplies' } },
            {
              code: 'compression',
              display: { sv: 'Kompressionsstrumpor', en: 'Compression stockings' },
            },
            { code: 'other', display: { sv: 'Annat', en: 'Other' } },
          ],
        },
        {
          linkId: 'productName',
          type: 'string',
          required: true,
          maxLength: 100,
          text: { sv: 'Produktnamn', en: 'Product name' },
          hint: { sv: 'Som det står på förpackningen.', en: 'As written on the package.' },
        },
        {
          linkId: 'size',
          type: 'string',
          maxLength: 50,
          text: { sv: 'Storlek, om det finns', en: 'Size, if any' },
        },
        {
          linkId: 'consumption',
          type: 'integer',
          required: true,
          minValue: 1,
          maxValue: 500,
          text: { sv: 'Åtgång, antal', en: 'Consumption, number' },
          hint: {
            sv: 'Hur många du använder. Byter du varannan dag kan du skriva 15 och välja per månad.',
            en: 'How many you use. If you change every other day, you can enter 15 and choose per month.',
          },
        },
        {
          linkId: 'consumptionPeriod',
          type: 'choice',
          required: true,
          text: { sv: 'Åtgång per', en: 'Consumption per' },
          answerOptions: [
            { code: 'day', display: { sv: 'Dygn', en: 'Day' } },
            { code: 'week', display: { sv: 'Vecka', en: 'Week' } },
            { code: 'month', display: { sv: 'Månad', en: 'Month' } },
          ],
        },
        {
          linkId: 'packages',
          type: 'integer',
          required: true,
          minValue: 1,
          maxValue: 99,
          text: { sv: 'Antal förpackningar', en: 'Number of packages' },
        },
      ],
    },
    {
      linkId: 'freeCardNumber',
      type: 'string',
      maxLength: 30,
      text: { sv: 'Frikortsnummer', en: 'Free-card number' },
      hint: { sv: 'Om du har frikort.', en: 'If you have a free card.' },
    },
    {
      linkId: 'otherInformation',
      type: 'text',
      maxLength: 2000,
      text: { sv: 'Övrig information', en: 'Other information' },
    },
    {
      linkId: 'delivery',
      type: 'group',
      text: { sv: 'Leverans av inkontinenshjälpmedel', en: 'Delivery of incontinence aids' },
      enableWhen: [{ question: 'category', operator: 'in', answer: ['incontinence'] }],
      items: [
        {
          linkId: 'recipientName',
          type: 'string',
          required: true,
          maxLength: 100,
          text: { sv: 'Mottagarens namn', en: 'Name of the recipient' },
          hint: {
            sv: 'Namnet som ska stå på paketet.',
            en: 'The name to put on the parcel.',
          },
        },
        {
          linkId: 'address',
          type: 'string',
          required: true,
          maxLength: 100,
          format: 'street-address',
          text: { sv: 'Leveransadress', en: 'Delivery address' },
          hint: {
            sv: 'Gatuadress. Paket kan inte levereras till boxadresser.',
            en: 'Street address. Parcels cannot be delivered to box addresses.',
          },
        },
        {
          linkId: 'postalCode',
          type: 'string',
          required: true,
          maxLength: 10,
          format: 'postal-code',
          text: { sv: 'Postnummer', en: 'Postcode' },
        },
        {
          linkId: 'town',
          type: 'string',
          required: true,
          maxLength: 50,
          text: { sv: 'Ort', en: 'Town' },
        },
        {
          linkId: 'phone',
          type: 'string',
          required: true,
          maxLength: 20,
          format: 'phone',
          text: { sv: 'Telefonnummer vid leverans', en: 'Phone number for the delivery' },
        },
        {
          linkId: 'doorCode',
          type: 'string',
          maxLength: 20,
          text: { sv: 'Portkod', en: 'Door code' },
        },
        {
          linkId: 'deliveryNote',
          type: 'string',
          maxLength: 200,
          text: { sv: 'Meddelande till budet', en: 'Note for the carrier' },
        },
      ],
    },
  ],
};
