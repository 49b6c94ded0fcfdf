// The HSA catalogue: named staff (the personas and a few edge cases) and, for the rest, a
// staffing template per kind of clinic filled with names drawn from names.ts.
// HSA-ids are fictional: SE2321000016- + initials + three digits (1xx named, 2xx+ drawn).
import type { ClinicKey, ClinicKind } from './clinics.ts';
import type { RegionKey } from './regions.ts';

/** The roles of the schema's StaffRole enum (hsa.ts fails to compile if they drift apart). */
export type StaffRole =
  'CASE_RECEIVER' | 'CAREGIVER' | 'CLINIC_ADMIN' | 'AUDITOR' | 'REGION_ADMIN' | 'SERVICE_ADMIN';

export type AssignmentData = {
  /** A clinic, a region (region roles), or the national service administration. */
  at: { clinic: ClinicKey } | { region: RegionKey } | { national: true };
  roles: readonly StaffRole[];
  /** Began on the first of the month this many months before the seed date. */
  sinceMonths: number;
  /** Ended (validTo) this many days before the seed date. */
  endedDaysAgo?: number;
  /** Begins this many days after the seed date instead. */
  startsInDays?: number;
};

export type NamedStaffData = {
  key: string;
  hsaId: string;
  givenName: string;
  familyName: string;
  title: string;
  assignments: readonly AssignmentData[];
};

export const NAMED_STAFF = [
  {
    key: 'case-receiver',
    hsaId: 'SE2321000016-lm101',
    givenName: 'Lena',
    familyName: 'Mattsson',
    title: 'Medicinsk sekreterare',
    assignments: [{ at: { clinic: 'farsta-vc' }, roles: ['CASE_RECEIVER'], sinceMonths: 80 }],
  },
  {
    key: 'nurse',
    hsaId: 'SE2321000016-sb102',
    givenName: 'Sofia',
    familyName: 'Berglund',
    title: 'Distriktssköterska',
    assignments: [{ at: { clinic: 'farsta-vc' }, roles: ['CAREGIVER'], sinceMonths: 52 }],
  },
  {
    key: 'doctor',
    hsaId: 'SE2321000016-ph103',
    givenName: 'Per',
    familyName: 'Hedlund',
    title: 'Specialistläkare',
    assignments: [{ at: { clinic: 'farsta-vc' }, roles: ['CAREGIVER'], sinceMonths: 110 }],
  },
  {
    key: 'clinic-admin',
    hsaId: 'SE2321000016-ms104',
    givenName: 'Maria',
    familyName: 'Sundin',
    title: 'Verksamhetschef',
    assignments: [{ at: { clinic: 'farsta-vc' }, roles: ['CLINIC_ADMIN'], sinceMonths: 64 }],
  },
  {
    key: 'auditor',
    hsaId: 'SE2321000016-bo105',
    givenName: 'Birgitta',
    familyName: 'Öberg',
    title: 'Vårdadministratör',
    assignments: [{ at: { clinic: 'farsta-vc' }, roles: ['AUDITOR'], sinceMonths: 30 }],
  },
  {
    key: 'region-admin',
    hsaId: 'SE2321000016-tw106',
    givenName: 'Thomas',
    familyName: 'Wallin',
    title: 'Förvaltningsledare',
    assignments: [{ at: { region: 'stockholm' }, roles: ['REGION_ADMIN'], sinceMonths: 40 }],
  },
  {
    key: 'service-admin',
    hsaId: 'SE2321000016-ek114',
    givenName: 'Elin',
    familyName: 'Karlsson',
    title: 'Tjänsteförvaltare',
    assignments: [{ at: { national: true }, roles: ['SERVICE_ADMIN'], sinceMonths: 36 }],
  },
  {
    key: 'multi-role',
    hsaId: 'SE2321000016-as107',
    givenName: 'Amira',
    familyName: 'Saleh',
    title: 'Distriktssköterska',
    assignments: [
      { at: { clinic: 'farsta-vc' }, roles: ['CASE_RECEIVER', 'CAREGIVER'], sinceMonths: 70 },
      { at: { clinic: 'hagersten-bvc' }, roles: ['CAREGIVER', 'CLINIC_ADMIN'], sinceMonths: 26 },
      { at: { clinic: 'nacka-vc' }, roles: ['CAREGIVER'], sinceMonths: 9 },
    ],
  },
  {
    key: 'ended-assignment',
    hsaId: 'SE2321000016-ka108',
    givenName: 'Kristoffer',
    familyName: 'Ahlgren',
    title: 'Sjuksköterska',
    assignments: [
      { at: { clinic: 'farsta-vc' }, roles: ['CAREGIVER'], sinceMonths: 30, endedDaysAgo: 30 },
    ],
  },
  {
    key: 'not-yet-started',
    hsaId: 'SE2321000016-jh109',
    givenName: 'Jenny',
    familyName: 'Holmqvist',
    title: 'Sjuksköterska',
    assignments: [
      { at: { clinic: 'farsta-vc' }, roles: ['CAREGIVER'], sinceMonths: 0, startsInDays: 14 },
    ],
  },
  {
    key: 'clinic-and-region',
    hsaId: 'SE2321000016-al110',
    givenName: 'Åsa',
    familyName: 'Lindmark',
    title: 'Verksamhetschef',
    assignments: [
      { at: { clinic: 'kiruna-hc' }, roles: ['CLINIC_ADMIN', 'AUDITOR'], sinceMonths: 90 },
      { at: { region: 'norrbotten' }, roles: ['REGION_ADMIN'], sinceMonths: 18 },
    ],
  },
  {
    key: 'region-admin-vgr',
    hsaId: 'SE2321000016-ja111',
    givenName: 'Jörgen',
    familyName: 'Axelsson',
    title: 'Förvaltningsledare',
    assignments: [{ at: { region: 'vastra-gotaland' }, roles: ['REGION_ADMIN'], sinceMonths: 55 }],
  },
  {
    key: 'two-regions',
    hsaId: 'SE2321000016-nr112',
    givenName: 'Nadia',
    familyName: 'Rahimi',
    title: 'Specialistläkare',
    assignments: [
      { at: { clinic: 'odenplan-hud' }, roles: ['CAREGIVER'], sinceMonths: 48 },
      { at: { clinic: 'frolunda-hud' }, roles: ['CAREGIVER', 'CASE_RECEIVER'], sinceMonths: 14 },
    ],
  },
  {
    key: 'moved-from-closed-clinic',
    hsaId: 'SE2321000016-us113',
    givenName: 'Ulf',
    familyName: 'Strand',
    title: 'Allmänläkare',
    assignments: [
      {
        at: { clinic: 'gamla-stan-vc' },
        roles: ['CAREGIVER', 'CLINIC_ADMIN'],
        sinceMonths: 150,
        endedDaysAgo: 365,
      },
      { at: { clinic: 'solna-vc' }, roles: ['CAREGIVER'], sinceMonths: 11 },
    ],
  },
] as const satisfies readonly NamedStaffData[];

export type NamedStaffKey = (typeof NAMED_STAFF)[number]['key'];

type Post = { title: string; roles: readonly StaffRole[] };

const head: Post = { title: 'Verksamhetschef', roles: ['CLINIC_ADMIN', 'AUDITOR'] };
const secretary: Post = { title: 'Medicinsk sekreterare', roles: ['CASE_RECEIVER'] };

/** Who works at each kind of clinic, besides the named staff. */
export const STAFFING: Record<ClinicKind, readonly Post[]> = {
  vårdcentral: [
    head,
    secretary,
    { title: 'Distriktssköterska', roles: ['CASE_RECEIVER', 'CAREGIVER'] },
    { title: 'Allmänläkare', roles: ['CAREGIVER'] },
  ],
  hälsocentral: [
    secretary,
    { title: 'Distriktssköterska', roles: ['CASE_RECEIVER', 'CAREGIVER'] },
    { title: 'Specialistläkare', roles: ['CAREGIVER'] },
    { title: 'Undersköterska', roles: ['CASE_RECEIVER'] },
  ],
  barnmottagning: [
    head,
    secretary,
    { title: 'Sjuksköterska', roles: ['CASE_RECEIVER', 'CAREGIVER'] },
    { title: 'Specialistläkare', roles: ['CAREGIVER'] },
  ],
  barnavårdscentral: [
    head,
    { title: 'Sjuksköterska', roles: ['CASE_RECEIVER', 'CAREGIVER'] },
    { title: 'Sjuksköterska', roles: ['CAREGIVER'] },
  ],
  ungdomsmottagning: [
    head,
    { title: 'Barnmorska', roles: ['CASE_RECEIVER', 'CAREGIVER'] },
    { title: 'Kurator', roles: ['CAREGIVER'] },
  ],
  hudmottagning: [
    head,
    secretary,
    { title: 'Specialistläkare', roles: ['CAREGIVER'] },
    { title: 'Sjuksköterska', roles: ['CAREGIVER'] },
  ],
  ortopedmottagning: [
    head,
    secretary,
    { title: 'Specialistläkare', roles: ['CAREGIVER'] },
    { title: 'Fysioterapeut', roles: ['CAREGIVER'] },
  ],
  barnmorskemottagning: [
    head,
    { title: 'Barnmorska', roles: ['CASE_RECEIVER', 'CAREGIVER'] },
    { title: 'Barnmorska', roles: ['CAREGIVER'] },
  ],
};

/** Clinics staffed differently from their kind: the named staff cover Farsta vårdcentral's
 * posts and Kiruna's head, and a closed clinic has nobody. */
export const STAFFING_OVERRIDES: Partial<Record<ClinicKey, readonly Post[]>> = {
  'farsta-vc': [
    { title: 'Allmänläkare', roles: ['CAREGIVER'] },
    { title: 'Undersköterska', roles: ['CASE_RECEIVER'] },
  ],
  'gamla-stan-vc': [],
};
