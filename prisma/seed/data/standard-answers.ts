// Ready-made answers (standardsvar) staff pick from when they answer; `type: null` offers one
// for every case type. `{phone}` becomes the clinic's own number.
import type { ClinicKey } from './clinics.ts';
import type { NationalKind } from './offerings.ts';

export type StandardAnswerData = {
  key: string;
  type: NationalKind | null;
  titleSv: string;
  textSv: string;
};

const prescriptionRenewed: StandardAnswerData = {
  key: 'prescription-renewed',
  type: 'RENEW_PRESCRIPTION',
  titleSv: 'Receptet förnyat',
  textSv:
    'Hej! Ditt recept är förnyat och finns att hämta ut på valfritt apotek inom ett dygn. Ta med legitimation.',
};

const callUs: StandardAnswerData = {
  key: 'call-us',
  type: null,
  titleSv: 'Ring oss',
  textSv:
    'Hej! Vi behöver prata med dig för att kunna hjälpa dig vidare. Ring oss på {phone} under telefontiden, vardagar kl. 8–10.',
};

const appointmentBooked: StandardAnswerData = {
  key: 'appointment-booked',
  type: null,
  titleSv: 'Boka tid',
  textSv:
    'Hej! Vi har bokat en tid åt dig. Du ser dag, tid och plats nedan. Om tiden inte passar kan du av- eller omboka den här i e-tjänsterna senast ett dygn innan.',
};

export const STANDARD_ANSWERS: Partial<Record<ClinicKey, readonly StandardAnswerData[]>> = {
  'farsta-vc': [
    prescriptionRenewed,
    {
      key: 'prescription-needs-visit',
      type: 'RENEW_PRESCRIPTION',
      titleSv: 'Receptet kräver ett besök',
      textSv:
        'Hej! Innan vi kan förnya receptet behöver läkaren träffa dig för en uppföljning. Ring oss på {phone} så bokar vi en tid.',
    },
    {
      key: 'nurse-call-us',
      type: 'ASK_NURSE',
      titleSv: 'Ring sjuksköterskan',
      textSv:
        'Hej! Din fråga är lättare att besvara i ett samtal. Ring sjuksköterskans telefontid på {phone}, vardagar kl. 8–9. Blir du sämre, ring 1177 för sjukvårdsrådgivning.',
    },
    callUs,
    appointmentBooked,
    {
      key: 'record-copy-sent',
      type: 'ORDER_RECORD_COPY',
      titleSv: 'Journalkopia skickad',
      textSv:
        'Hej! Journalkopian har skickats med brev till din folkbokföringsadress och kommer inom några dagar.',
    },
  ],
  'solna-vc': [prescriptionRenewed, callUs],
  'nacka-vc': [appointmentBooked],
};
