import type { StaffRole } from '../identity/identity.types.ts';

/**
 * The words of the patient's access-log downloads (CSV and PDF), Swedish and English: one table
 * for both files, so a download says what the other says.
 */
export type ExportLanguage = 'sv' | 'en';

/** The language a download asks for with ?lang=: English only when asked, Swedish otherwise. */
export function exportLanguage(lang: unknown): ExportLanguage {
  return lang === 'en' ? 'en' : 'sv';
}

/** The words the staff access-log page shows (apps/staff i18n accessLog.actions), sv and en. */
const ACTIONS: Record<ExportLanguage, Record<string, string>> = {
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

const ROLES: Record<ExportLanguage, Record<StaffRole, string>> = {
  sv: {
    CASE_RECEIVER: 'Ärendemottagare',
    CAREGIVER: 'Vårdgivare',
    CLINIC_ADMIN: 'Administratör',
    AUDITOR: 'Granskare',
    REGION_ADMIN: 'Regional förvaltare',
    SERVICE_ADMIN: 'Nationell tjänsteförvaltare',
  },
  en: {
    CASE_RECEIVER: 'Case receiver',
    CAREGIVER: 'Caregiver',
    CLINIC_ADMIN: 'Administrator',
    AUDITOR: 'Auditor',
    REGION_ADMIN: 'Regional manager',
    SERVICE_ADMIN: 'National service administrator',
  },
};

const OTHER_ACTION: Record<ExportLanguage, (code: string) => string> = {
  sv: (code) => `Annan åtgärd (${code})`,
  en: (code) => `Other action (${code})`,
};

/** Column names and the other fixed words of the downloads. */
export const EXPORT_WORDS = {
  sv: {
    time: 'Tidpunkt',
    clinic: 'Mottagning',
    role: 'Roll',
    name: 'Namn',
    title: 'Titel',
    staffMember: 'Personal',
    action: 'Åtgärd',
    documentTitle: 'Åtkomstlogg för ditt ärende',
    caseLabel: 'Ärende',
    submittedLabel: 'Skickat',
    generatedLabel: 'Utskriven',
    intro:
      'Vilka i vården som har läst eller ändrat ärendet, på vilken mottagning, i vilken roll och när (patientdatalagen).',
    empty: 'Ingen i vården har läst eller ändrat ärendet ännu.',
    page: (n: number, of: number) => `Sida ${String(n)} av ${String(of)}`,
  },
  en: {
    time: 'Time',
    clinic: 'Clinic',
    role: 'Role',
    name: 'Name',
    title: 'Title',
    staffMember: 'Staff member',
    action: 'Action',
    documentTitle: 'Access log for your request',
    caseLabel: 'Request',
    submittedLabel: 'Sent',
    generatedLabel: 'Generated',
    intro:
      'Who in health care read or changed the request, at which clinic, in which role and when (the Patient Data Act).',
    empty: 'No one in health care has read or changed the request yet.',
    page: (n: number, of: number) => `Page ${String(n)} of ${String(of)}`,
  },
} as const satisfies Record<ExportLanguage, Record<string, unknown>>;

export function actionInWords(action: string, lang: ExportLanguage): string {
  return ACTIONS[lang][action] ?? OTHER_ACTION[lang](action);
}

export function roleInWords(role: StaffRole, lang: ExportLanguage): string {
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

/** Stockholm calendar date, YYYY-MM-DD. */
export function stockholmDay(at: Date): string {
  return stockholmTime(at).slice(0, 10);
}
