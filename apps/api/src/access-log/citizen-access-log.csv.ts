import type { StaffRole } from '../identity/identity.types.ts';
import type { CitizenAccessLogEntry } from './citizen-access-log.types.ts';

/**
 * The patient's access log as CSV for Swedish Excel: UTF-8 with a byte-order mark, semicolons,
 * CRLF, every cell quoted, and cells a spreadsheet would take for a formula (= + - @, tab or
 * carriage return first) prefixed with an apostrophe. Pure; the route sends it.
 */
export type CsvLanguage = 'sv' | 'en';

/** The words the staff access-log page shows (apps/staff i18n accessLog.actions), sv and en. */
const ACTIONS: Record<CsvLanguage, Record<string, string>> = {
  sv: {
    LIST_QUEUE: 'Såg ärendet i inkommande ärenden',
    LIST_WORK: 'Såg ärendet i Mina ärenden',
    READ_CASE: 'Öppnade ärendet',
    READ_ATTACHMENT: 'Öppnade en bifogad fil',
    ASSIGN_CASE: 'Tilldelade ärendet',
    ANSWER_CASE: 'Svarade patienten',
    PARTIAL_ANSWER_CASE: 'Skickade ett delsvar',
    ASK_COUNTER_QUESTION: 'Ställde en motfråga',
    CLOSE_CASE: 'Stängde ärendet',
    ADD_NOTE: 'Skrev en intern anteckning',
  },
  en: {
    LIST_QUEUE: 'Saw the request in incoming requests',
    LIST_WORK: 'Saw the request in My requests',
    READ_CASE: 'Opened the request',
    READ_ATTACHMENT: 'Opened an attached file',
    ASSIGN_CASE: 'Assigned the request',
    ANSWER_CASE: 'Answered the patient',
    PARTIAL_ANSWER_CASE: 'Sent a partial answer',
    ASK_COUNTER_QUESTION: 'Asked a follow-up question',
    CLOSE_CASE: 'Closed the request',
    ADD_NOTE: 'Wrote an internal note',
  },
};

const ROLES: Record<CsvLanguage, Record<StaffRole, string>> = {
  sv: {
    CASE_RECEIVER: 'Ärendemottagare',
    CAREGIVER: 'Vårdgivare',
    CLINIC_ADMIN: 'Administratör',
    AUDITOR: 'Granskare',
    REGION_ADMIN: 'Regional förvaltare',
  },
  en: {
    CASE_RECEIVER: 'Case receiver',
    CAREGIVER: 'Caregiver',
    CLINIC_ADMIN: 'Administrator',
    AUDITOR: 'Auditor',
    REGION_ADMIN: 'Regional manager',
  },
};

const HEADERS: Record<CsvLanguage, string[]> = {
  sv: ['Tidpunkt', 'Mottagning', 'Roll', 'Namn', 'Titel', 'Åtgärd'],
  en: ['Time', 'Clinic', 'Role', 'Name', 'Title', 'Action'],
};

const OTHER_ACTION: Record<CsvLanguage, (code: string) => string> = {
  sv: (code) => `Annan åtgärd (${code})`,
  en: (code) => `Other action (${code})`,
};

export function actionInWords(action: string, lang: CsvLanguage): string {
  return ACTIONS[lang][action] ?? OTHER_ACTION[lang](action);
}

export function roleInWords(role: StaffRole, lang: CsvLanguage): string {
  return ROLES[lang][role];
}

/** Stockholm wall-clock time, YYYY-MM-DD HH:MM:SS, whatever the server's zone. */
export function stockholmTime(at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(at);
}

/** One cell: formula starters defused, quotes doubled, always quoted. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

export const CSV_BOM = '\uFEFF';

export function accessLogCsv(entries: readonly CitizenAccessLogEntry[], lang: CsvLanguage): string {
  const lines = [
    HEADERS[lang],
    ...entries.map((e) => [
      stockholmTime(e.occurredAt),
      e.clinicName ?? '',
      roleInWords(e.role, lang),
      e.staffName,
      e.staffTitle ?? '',
      actionInWords(e.action, lang),
    ]),
  ];
  return CSV_BOM + lines.map((cells) => cells.map(csvCell).join(';')).join('\r\n') + '\r\n';
}
