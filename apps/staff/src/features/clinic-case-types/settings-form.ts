import {
  type AnswerOption,
  type ClinicOptionDeclaration,
  type ClinicOptionValue,
  compareDates,
  parseCalendarDate,
} from '@etj/domain';
import { type UpdateClinicCaseTypeInput } from '../../gql/graphql.ts';
import { type AdminFieldCode, type AdminFieldProblem } from '../admin/admin-field-problems.ts';
import { type ClinicCaseTypeSettings } from './use-clinic-case-types.ts';

/** A row of an `options` list as edited: English may be empty. */
export type OptionRow = { code: string; sv: string; en: string };

/** The values of a clinic option as the form holds them. */
export type OptionFormValue = boolean | string[] | OptionRow[];

/** The settings form as the administrator edits it; numbers and dates as typed. */
export type SettingsForm = {
  active: boolean;
  options: Record<string, OptionFormValue>;
  termsSv: string;
  termsEn: string;
  availableForProxy: boolean;
  attachmentsAllowed: boolean;
  expectedResponseDays: string;
  /** Working hours to first answer; empty: no target. */
  responseTargetHours: string;
  noticeSv: string;
  noticeEn: string;
  closedFrom: string;
  closedTo: string;
};

export const RESPONSE_DAYS = { min: 1, max: 30 } as const;
export const RESPONSE_TARGET_HOURS = { min: 1, max: 500 } as const;

const CODE = /^[a-zA-Z0-9][a-zA-Z0-9_-]{0,63}$/;

/** The declarations the API sends in `optionDeclarations` (the definition's clinic options). */
export function optionDeclarations(settings: ClinicCaseTypeSettings): ClinicOptionDeclaration[] {
  const declarations = settings.optionDeclarations['declarations'];
  return Array.isArray(declarations) ? (declarations as ClinicOptionDeclaration[]) : [];
}

function toRows(options: AnswerOption[]): OptionRow[] {
  return options.map((o) => ({ code: o.code, sv: o.display.sv, en: o.display.en ?? '' }));
}

function optionValue(declaration: ClinicOptionDeclaration, raw: unknown): OptionFormValue {
  switch (declaration.kind) {
    case 'flag':
      return typeof raw === 'boolean' ? raw : declaration.default;
    case 'selection':
      return Array.isArray(raw) ? (raw as string[]) : declaration.default;
    case 'options':
      return toRows(Array.isArray(raw) ? (raw as AnswerOption[]) : declaration.default);
  }
}

/** The form filled from what the API has saved (defaults already filled in by the API). */
export function settingsForm(settings: ClinicCaseTypeSettings): SettingsForm {
  return {
    active: settings.active,
    options: Object.fromEntries(
      optionDeclarations(settings).map((d) => [d.key, optionValue(d, settings.options[d.key])]),
    ),
    termsSv: settings.terms?.sv ?? '',
    termsEn: settings.terms?.en ?? '',
    availableForProxy: settings.availableForProxy,
    attachmentsAllowed: settings.attachmentsAllowed,
    expectedResponseDays: String(settings.expectedResponseDays),
    responseTargetHours:
      settings.responseTargetHours === null ? '' : String(settings.responseTargetHours),
    noticeSv: settings.notice?.sv ?? '',
    noticeEn: settings.notice?.en ?? '',
    closedFrom: settings.closedFrom ?? '',
    closedTo: settings.closedTo ?? '',
  };
}

function toApiValue(value: OptionFormValue): ClinicOptionValue {
  if (typeof value === 'boolean') return value;
  if (value.every((item): item is string => typeof item === 'string')) return value;
  return value.map((row) => {
    const en = row.en.trim();
    return {
      code: row.code.trim(),
      display: en === '' ? { sv: row.sv.trim() } : { sv: row.sv.trim(), en },
    };
  });
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** What the form sends: the revision last seen goes back so a concurrent change is refused. */
export function settingsInput(
  settings: ClinicCaseTypeSettings,
  form: SettingsForm,
): UpdateClinicCaseTypeInput {
  return {
    caseTypeId: settings.caseTypeId,
    revision: settings.revision,
    sortOrder: settings.sortOrder,
    active: form.active,
    options: Object.fromEntries(
      Object.entries(form.options).map(([key, value]) => [key, toApiValue(value)]),
    ),
    termsSv: orNull(form.termsSv),
    termsEn: orNull(form.termsEn),
    availableForProxy: form.availableForProxy,
    attachmentsAllowed: form.attachmentsAllowed,
    expectedResponseDays: Number(form.expectedResponseDays.trim()),
    responseTargetHours:
      form.responseTargetHours.trim() === '' ? null : Number(form.responseTargetHours.trim()),
    noticeSv: orNull(form.noticeSv),
    noticeEn: orNull(form.noticeEn),
    closedFrom: orNull(form.closedFrom),
    closedTo: orNull(form.closedTo),
  };
}

/**
 * The checks the SPA makes before sending, with the API's paths and codes; the API checks
 * everything again and is the authority.
 */
export function settingsProblems(form: SettingsForm): AdminFieldProblem[] {
  const problems: AdminFieldProblem[] = [];
  const add = (path: string, code: AdminFieldCode) => problems.push({ path, code });
  for (const [key, value] of Object.entries(form.options)) {
    if (typeof value === 'boolean' || !value.some((v) => typeof v === 'object')) continue;
    const rows = value as OptionRow[];
    if (rows.length === 0) add(`options.${key}`, 'REQUIRED');
    const codes = new Set<string>();
    rows.forEach((row, index) => {
      const code = row.code.trim();
      if (code === '') add(`options.${key}.${index}.code`, 'REQUIRED');
      else if (!CODE.test(code) || codes.has(code))
        add(`options.${key}.${index}.code`, 'INVALID_OPTION');
      codes.add(code);
      if (row.sv.trim() === '') add(`options.${key}.${index}.display.sv`, 'REQUIRED');
    });
  }
  const days = form.expectedResponseDays.trim();
  const dayCount = Number(days);
  if (!/^\d+$/.test(days) || dayCount < RESPONSE_DAYS.min || dayCount > RESPONSE_DAYS.max) {
    add('expectedResponseDays', 'INVALID_FORMAT');
  }
  const hours = form.responseTargetHours.trim();
  const hourCount = Number(hours);
  if (
    hours !== '' &&
    (!/^\d+$/.test(hours) ||
      hourCount < RESPONSE_TARGET_HOURS.min ||
      hourCount > RESPONSE_TARGET_HOURS.max)
  ) {
    add('responseTargetHours', 'OUT_OF_RANGE');
  }
  const from = form.closedFrom.trim();
  const to = form.closedTo.trim();
  const start = from === '' ? undefined : parseCalendarDate(from);
  const end = to === '' ? undefined : parseCalendarDate(to);
  if (from !== '' && !start) add('closedFrom', 'INVALID_DATE');
  if (to !== '' && !end) add('closedTo', 'INVALID_DATE');
  if (to !== '' && from === '') add('closedFrom', 'REQUIRED');
  if (start && end && compareDates(end, start) < 0) add('closedTo', 'BEFORE_START');
  return problems;
}

/** The id of the form control a field path points at (an option list row, or the field). */
export function settingsFieldId(path: string): string {
  const parts = path.split('.');
  if (parts[0] === 'options' && parts[1] !== undefined) {
    const [, key, index, field, language] = parts;
    if (index !== undefined && /^\d+$/.test(index)) {
      const column = field === 'display' ? (language ?? 'sv') : 'code';
      return `option-${key}-${index}-${column}`;
    }
    return `option-${key}`;
  }
  return `settings-${parts[0] ?? 'form'}`;
}

/** The catalogue key (under `clinicCaseTypes.problems`) that explains a field problem. */
export function settingsProblemKey({ path, code }: AdminFieldProblem): string {
  const parts = path.split('.');
  if (parts[0] === 'options') {
    if (parts.length <= 2) return code === 'REQUIRED' ? 'optionsEmpty' : 'optionsInvalid';
    if (parts[3] === 'code')
      return code === 'REQUIRED' ? 'optionCodeRequired' : 'optionCodeInvalid';
    return 'optionTextRequired';
  }
  switch (parts[0] ?? '') {
    case 'expectedResponseDays':
      return 'responseDays';
    case 'responseTargetHours':
      return 'responseTarget';
    case 'closedFrom':
      return code === 'REQUIRED' ? 'closedFromRequired' : 'invalidDate';
    case 'closedTo':
      return code === 'BEFORE_START' ? 'closedBeforeStart' : 'invalidDate';
    case 'noticeSv':
    case 'noticeEn':
      return 'noticeTooLong';
    case 'termsSv':
    case 'termsEn':
      return 'termsTooLong';
    default:
      return 'invalid';
  }
}
