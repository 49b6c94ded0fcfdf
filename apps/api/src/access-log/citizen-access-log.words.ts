import { ACCESS_ACTION_WORDS, STAFF_ROLE_WORDS } from '@etj/domain';
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

/** The access log's words for roles and actions, as the pages show them (@etj/domain). */
const ACTIONS: Record<ExportLanguage, Readonly<Record<string, string>>> = ACCESS_ACTION_WORDS;
const ROLES: Record<ExportLanguage, Readonly<Record<StaffRole, string>>> = STAFF_ROLE_WORDS;

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
