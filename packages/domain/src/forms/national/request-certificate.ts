import type { FormDefinition } from '../form-definition.ts';
import { notForEmergenciesItem } from './shared-items.ts';

const renewal = [{ question: 'requestType', operator: '=' as const, answer: 'renewal' }];

/** Begära intyg (DOMAIN.md section 3, row 3). */
export const requestCertificateForm: FormDefinition = {
  formatVersion: 1,
  key: 'request-certificate',
  version: 1,
  title: { sv: 'Begära intyg', en: 'Request a certificate' },
  description:
    'The certificate kinds come from the clinic (clinic option certificateKinds, with common kinds as default). New or renewal is required; on renewal the previous issuer and the current validity end date are required; that date lies at most a year back (an older certificate is not renewed but requested anew) and at most five years ahead.',
  clinicOptions: [
    {
      key: 'certificateKinds',
      kind: 'options',
      label: {
        sv: 'Intyg som invånaren kan välja',
        en: 'Certificates the citizen can choose',
      },
      default: [
        {
          code: 'driving-licence',
          display: { sv: 'Körkortsintyg', en: 'Driving licence certificate' },
        },
        {
          code: 'taxi-licence',
          display: { sv: 'Intyg för taxiförarlegitimation', en: 'Taxi driver licence certificate' },
        },
        {
          code: 'firearms-licence',
          display: { sv: 'Läkarintyg för vapenlicens', en: 'Firearms licence certificate' },
        },
        { code: 'other', display: { sv: 'Annat intyg', en: 'Other certificate' } },
      ],
    },
  ],
  items: [
    notForEmergenciesItem,
    {
      linkId: 'certificateKind',
      type: 'choice',
      required: true,
      text: { sv: 'Vilket intyg gäller det?', en: 'Which certificate?' },
      answerOptionsFrom: { clinicOption: 'certificateKinds' },
    },
    {
      linkId: 'requestType',
      type: 'choice',
      required: true,
      text: { sv: 'Gäller det ett nytt intyg eller en förnyelse?', en: 'New or renewal?' },
      answerOptions: [
        { code: 'new', display: { sv: 'Nytt intyg', en: 'New certificate' } },
        { code: 'renewal', display: { sv: 'Förnyelse', en: 'Renewal' } },
      ],
    },
    {
      linkId: 'previousIssuer',
      type: 'string',
      required: true,
      maxLength: 200,
      text: {
        sv: 'Vem utfärdade ditt tidigare intyg?',
        en: 'Who issued your previous certificate?',
      },
      hint: { sv: 'Läkare eller mottagning.', en: 'Doctor or clinic.' },
      enableWhen: renewal,
    },
    {
      linkId: 'currentValidUntil',
      type: 'date',
      required: true,
      text: {
        sv: 'Hur länge gäller ditt nuvarande intyg?',
        en: 'Until when is your current certificate valid?',
      },
      dateRules: [
        { limit: 'earliest', relativeTo: 'today', days: -365 },
        { limit: 'latest', relativeTo: 'today', days: 1825 },
      ],
      enableWhen: renewal,
    },
    {
      linkId: 'message',
      type: 'text',
      maxLength: 1000,
      text: { sv: 'Övrig information', en: 'Other information' },
      hint: {
        sv: 'Till exempel vad intyget ska användas till.',
        en: 'For example what the certificate is for.',
      },
    },
  ],
};
