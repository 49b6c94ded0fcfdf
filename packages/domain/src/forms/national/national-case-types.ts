import { defaultClinicOptions, type ClinicOptions } from '../clinic-options.ts';
import type { FormDefinition } from '../form-definition.ts';
import type { LocalizedText } from '../localized-text.ts';
import { adviceForm } from './advice.ts';
import { askNurseForm } from './ask-nurse.ts';
import { cancelRebookAppointmentForm } from './cancel-rebook-appointment.ts';
import { contactMeForm } from './contact-me.ts';
import { customForm } from './custom.ts';
import { extendSickLeaveForm } from './extend-sick-leave.ts';
import { orderRecordCopyForm } from './order-record-copy.ts';
import { renewAidsForm } from './renew-aids.ts';
import { renewPrescriptionForm } from './renew-prescription.ts';
import { requestAppointmentForm } from './request-appointment.ts';
import { requestCertificateForm } from './request-certificate.ts';

/** The case-type kinds, as the Prisma enum `CaseTypeKind` names them. */
export const CASE_TYPE_KINDS = [
  'CANCEL_REBOOK_APPOINTMENT',
  'REQUEST_APPOINTMENT',
  'REQUEST_CERTIFICATE',
  'ORDER_RECORD_COPY',
  'CUSTOM',
  'ASK_NURSE',
  'EXTEND_SICK_LEAVE',
  'RENEW_PRESCRIPTION',
  'RENEW_AIDS',
  'CONTACT_ME',
  'ADVICE',
] as const;

export type CaseTypeKind = (typeof CASE_TYPE_KINDS)[number];

export type NationalCaseType = {
  kind: CaseTypeKind;
  /** Stable key, the definition's `key` (the `CaseType.key` of the national row). */
  key: string;
  name: LocalizedText;
  definition: FormDefinition;
  /** What a clinic gets when it activates the type, before changing any option. */
  defaultClinicOptions: ClinicOptions;
};

const entry = (kind: CaseTypeKind, definition: FormDefinition): NationalCaseType => ({
  kind,
  key: definition.key,
  name: definition.title,
  definition,
  defaultClinicOptions: defaultClinicOptions(definition),
});

/** The national basic offering (nationellt grundutbud), keyed by kind. */
export const NATIONAL_CASE_TYPES: Readonly<Record<CaseTypeKind, NationalCaseType>> = {
  CANCEL_REBOOK_APPOINTMENT: entry('CANCEL_REBOOK_APPOINTMENT', cancelRebookAppointmentForm),
  REQUEST_APPOINTMENT: entry('REQUEST_APPOINTMENT', requestAppointmentForm),
  REQUEST_CERTIFICATE: entry('REQUEST_CERTIFICATE', requestCertificateForm),
  ORDER_RECORD_COPY: entry('ORDER_RECORD_COPY', orderRecordCopyForm),
  CUSTOM: entry('CUSTOM', customForm),
  ASK_NURSE: entry('ASK_NURSE', askNurseForm),
  EXTEND_SICK_LEAVE: entry('EXTEND_SICK_LEAVE', extendSickLeaveForm),
  RENEW_PRESCRIPTION: entry('RENEW_PRESCRIPTION', renewPrescriptionForm),
  RENEW_AIDS: entry('RENEW_AIDS', renewAidsForm),
  CONTACT_ME: entry('CONTACT_ME', contactMeForm),
  ADVICE: entry('ADVICE', adviceForm),
};
