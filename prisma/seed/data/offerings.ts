// Which national case types each region offers and each kind of clinic activates, and the
// clinic settings that make the demo show padlocks, notices and closures.
import type { ClinicKind } from './clinics.ts';
import type { RegionKey } from './regions.ts';

/** The concrete national case types (the custom kind is a template clinics build from). */
export const NATIONAL_KINDS = [
  'CANCEL_REBOOK_APPOINTMENT',
  'REQUEST_APPOINTMENT',
  'REQUEST_CERTIFICATE',
  'ORDER_RECORD_COPY',
  'ASK_NURSE',
  'EXTEND_SICK_LEAVE',
  'RENEW_PRESCRIPTION',
  'RENEW_AIDS',
  'CONTACT_ME',
  'ADVICE',
] as const;

export type NationalKind = (typeof NATIONAL_KINDS)[number];

/** Regions choose from the national offering; not every region offers every type. */
export const REGION_OFFERS: Record<RegionKey, readonly NationalKind[]> = {
  stockholm: NATIONAL_KINDS,
  'vastra-gotaland': NATIONAL_KINDS.filter((kind) => kind !== 'EXTEND_SICK_LEAVE'),
  norrbotten: NATIONAL_KINDS.filter(
    (kind) => kind !== 'ORDER_RECORD_COPY' && kind !== 'RENEW_AIDS',
  ),
};

/** What each kind of clinic activates, in the order its contact card lists them. */
export const CLINIC_ACTIVATIONS: Record<ClinicKind, readonly NationalKind[]> = {
  vårdcentral: [
    'RENEW_PRESCRIPTION',
    'REQUEST_APPOINTMENT',
    'CANCEL_REBOOK_APPOINTMENT',
    'ASK_NURSE',
    'CONTACT_ME',
    'REQUEST_CERTIFICATE',
    'EXTEND_SICK_LEAVE',
    'RENEW_AIDS',
    'ORDER_RECORD_COPY',
    'ADVICE',
  ],
  hälsocentral: [
    'RENEW_PRESCRIPTION',
    'REQUEST_APPOINTMENT',
    'CANCEL_REBOOK_APPOINTMENT',
    'ASK_NURSE',
    'CONTACT_ME',
    'REQUEST_CERTIFICATE',
    'EXTEND_SICK_LEAVE',
    'ADVICE',
  ],
  barnmottagning: [
    'REQUEST_APPOINTMENT',
    'CANCEL_REBOOK_APPOINTMENT',
    'RENEW_PRESCRIPTION',
    'ASK_NURSE',
    'CONTACT_ME',
    'ADVICE',
  ],
  barnavårdscentral: ['REQUEST_APPOINTMENT', 'CANCEL_REBOOK_APPOINTMENT', 'ASK_NURSE', 'ADVICE'],
  ungdomsmottagning: ['REQUEST_APPOINTMENT', 'CANCEL_REBOOK_APPOINTMENT', 'ADVICE', 'CONTACT_ME'],
  hudmottagning: [
    'REQUEST_APPOINTMENT',
    'CANCEL_REBOOK_APPOINTMENT',
    'RENEW_PRESCRIPTION',
    'ADVICE',
  ],
  ortopedmottagning: [
    'REQUEST_APPOINTMENT',
    'CANCEL_REBOOK_APPOINTMENT',
    'RENEW_AIDS',
    'REQUEST_CERTIFICATE',
  ],
  barnmorskemottagning: [
    'REQUEST_APPOINTMENT',
    'CANCEL_REBOOK_APPOINTMENT',
    'ASK_NURSE',
    'RENEW_PRESCRIPTION',
  ],
};

/**
 * Types not adapted for guardians acting for a child (shown with a padlock): sick leave and
 * record copies concern adults, and youth clinics talk to the young person directly.
 */
export const NOT_FOR_PROXY: readonly NationalKind[] = ['EXTEND_SICK_LEAVE', 'ORDER_RECORD_COPY'];
export const PROXY_CLOSED_CLINIC_KINDS: readonly ClinicKind[] = ['ungdomsmottagning'];

/** Types that accept attachments (a photo of a rash, a certificate to renew). */
export const ATTACHMENTS_ALLOWED: readonly NationalKind[] = [
  'REQUEST_CERTIFICATE',
  'ASK_NURSE',
  'ADVICE',
];

/** Working days a clinic promises to answer within, per type. */
export const EXPECTED_RESPONSE_DAYS: Partial<Record<NationalKind, number>> = {
  RENEW_PRESCRIPTION: 3,
  ORDER_RECORD_COPY: 10,
  REQUEST_CERTIFICATE: 5,
  RENEW_AIDS: 5,
  ASK_NURSE: 2,
  CONTACT_ME: 2,
};

/**
 * Each clinic's own target to first answer in working hours (not shown to citizens); record
 * copies have none, so the lists show cases without a target too.
 */
export const RESPONSE_TARGET_HOURS: Partial<Record<NationalKind, number>> = {
  RENEW_PRESCRIPTION: 16,
  REQUEST_CERTIFICATE: 24,
  RENEW_AIDS: 24,
  ASK_NURSE: 8,
  CONTACT_ME: 8,
};

/** A holiday closure with a notice, so the contact card shows both (dates relative to today). */
export const HOLIDAY_CLOSURE = {
  clinic: 'farsta-vc',
  kind: 'ASK_NURSE',
  startsInDays: -2,
  lastsDays: 14,
  noticeSv:
    'Frågor till sjuksköterskan tas inte emot just nu på grund av semester. Ring mottagningen om det är brådskande.',
  noticeEn:
    'Questions to the nurse are not taken right now because of the holidays. Call the clinic if it is urgent.',
} as const;
