import { stockholmInstant } from '../../common/stockholm-time.ts';
import {
  type OutcomeKind,
  type ResponseKind,
  type RespondToCaseInput,
  type ResponseOutcomeInput,
} from '../../gql/graphql.ts';
import { type FieldProblem } from './field-problems.ts';

export const RESPONSE_KINDS = [
  'ANSWER',
  'PARTIAL_ANSWER',
  'COUNTER_QUESTION',
] as const satisfies readonly ResponseKind[];

/** What the caregiver has typed and ticked in the response form. */
export type ResponseForm = {
  kind: ResponseKind;
  text: string;
  appointment: boolean;
  appointmentDate: string;
  appointmentTime: string;
  appointmentPlace: string;
  prescriptionRenewed: boolean;
  pleaseCall: boolean;
  phone: string;
  close: boolean;
};

export const EMPTY_RESPONSE: ResponseForm = {
  kind: 'ANSWER',
  text: '',
  appointment: false,
  appointmentDate: '',
  appointmentTime: '',
  appointmentPlace: '',
  prescriptionRenewed: false,
  pleaseCall: false,
  phone: '',
  close: false,
};

/** The ids of the form's controls, which the error summary links to. */
export const RESPONSE_FIELD_IDS = {
  kind: 'response-kind-ANSWER',
  text: 'response-text',
  outcomes: 'response-outcome-appointment',
  appointmentDate: 'response-appointment-date',
  appointmentTime: 'response-appointment-time',
  appointmentPlace: 'response-appointment-place',
  prescription: 'response-outcome-prescription',
  pleaseCall: 'response-outcome-call',
  phone: 'response-phone',
  close: 'response-close',
} as const;

export type ResponseField = keyof typeof RESPONSE_FIELD_IDS;

/** A problem with one control, as a catalogue key under `caseWork.respond.problems`. */
export type ResponseProblem = { field: ResponseField; key: string };

/** The outcomes ticked, in the order they are sent (the API's `outcomes.N` index into it). */
export function outcomeKinds(form: ResponseForm): OutcomeKind[] {
  return [
    ...(form.appointment ? (['APPOINTMENT_BOOKED'] as const) : []),
    ...(form.prescriptionRenewed ? (['PRESCRIPTION_RENEWED'] as const) : []),
    ...(form.pleaseCall ? (['PLEASE_CALL_US'] as const) : []),
  ];
}

/** What the form sends: the appointment's Stockholm date and time become one instant. */
export function responseInput(
  caseId: string,
  expectedRevision: number,
  form: ResponseForm,
): RespondToCaseInput {
  const outcomes = outcomeKinds(form).map((kind): ResponseOutcomeInput => {
    switch (kind) {
      case 'APPOINTMENT_BOOKED':
        return {
          kind,
          appointmentAt: stockholmInstant(form.appointmentDate, form.appointmentTime) ?? null,
          place: form.appointmentPlace.trim(),
        };
      case 'PRESCRIPTION_RENEWED':
        return { kind };
      case 'PLEASE_CALL_US':
        return { kind, phone: form.phone.trim() };
    }
  });
  return {
    caseId,
    expectedRevision,
    kind: form.kind,
    text: form.text.trim(),
    outcomes,
    close: form.kind === 'ANSWER' && form.close,
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

/** What the form can tell before sending; the API checks everything again. */
export function localResponseProblems(form: ResponseForm): ResponseProblem[] {
  const problems: ResponseProblem[] = [];
  if (form.text.trim() === '') problems.push({ field: 'text', key: 'textRequired' });
  if (form.appointment) {
    if (form.appointmentDate === '')
      problems.push({ field: 'appointmentDate', key: 'appointmentDateRequired' });
    if (form.appointmentTime === '')
      problems.push({ field: 'appointmentTime', key: 'appointmentTimeRequired' });
    if (
      DATE.test(form.appointmentDate) &&
      TIME.test(form.appointmentTime) &&
      stockholmInstant(form.appointmentDate, form.appointmentTime) === undefined
    )
      problems.push({ field: 'appointmentDate', key: 'appointmentInvalid' });
    else if (form.appointmentDate !== '' && !DATE.test(form.appointmentDate))
      problems.push({ field: 'appointmentDate', key: 'appointmentInvalid' });
    else if (form.appointmentTime !== '' && !TIME.test(form.appointmentTime))
      problems.push({ field: 'appointmentTime', key: 'appointmentTimeInvalid' });
    if (form.appointmentPlace.trim() === '')
      problems.push({ field: 'appointmentPlace', key: 'placeRequired' });
  }
  if (form.pleaseCall && form.phone.trim() === '')
    problems.push({ field: 'phone', key: 'phoneRequired' });
  return problems;
}

const OUTCOME_PATH = /^outcomes\.(\d+)(?:\.(\w+))?$/;

/** Puts a problem the API found at the control it belongs to, in the catalogue's words. */
export function apiResponseProblem(problem: FieldProblem, sent: OutcomeKind[]): ResponseProblem {
  const required = problem.code === 'REQUIRED';
  if (problem.path === 'text')
    return { field: 'text', key: required ? 'textRequired' : 'textInvalid' };
  if (problem.path === 'close')
    return {
      field: 'close',
      key: problem.code === 'ONLY_WITH_ANSWER' ? 'closeOnlyWithAnswer' : 'invalid',
    };
  if (problem.path === 'kind') return { field: 'kind', key: 'invalid' };
  const match = OUTCOME_PATH.exec(problem.path);
  if (match) {
    const kind = sent[Number(match[1])];
    const property = match[2];
    switch (kind) {
      case 'APPOINTMENT_BOOKED':
        if (property === 'place')
          return { field: 'appointmentPlace', key: required ? 'placeRequired' : 'placeInvalid' };
        return {
          field: 'appointmentDate',
          key: required ? 'appointmentDateRequired' : 'appointmentInvalid',
        };
      case 'PLEASE_CALL_US':
        return { field: 'phone', key: required ? 'phoneRequired' : 'phoneInvalid' };
      case 'PRESCRIPTION_RENEWED':
        return { field: 'prescription', key: 'invalid' };
      case undefined:
        return { field: 'outcomes', key: 'invalid' };
    }
  }
  return { field: problem.path === 'outcomes' ? 'outcomes' : 'text', key: 'invalid' };
}
