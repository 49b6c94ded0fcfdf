import { staffTitleIn } from '@etj/domain/staff-titles';
import type { CitizenAccessLogEntry } from './citizen-access-log.types.ts';
import {
  actionInWords,
  EXPORT_WORDS,
  roleInWords,
  stockholmTime,
  type ExportLanguage,
} from './citizen-access-log.words.ts';

/** One cell: formula starters defused, quotes doubled, always quoted. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

export const CSV_BOM = '\uFEFF';

/**
 * The patient's access log as CSV for Swedish Excel: UTF-8 with a byte-order mark, semicolons,
 * CRLF, every cell quoted, and cells a spreadsheet would take for a formula (= + - @, tab or
 * carriage return first) prefixed with an apostrophe. Pure; the route sends it.
 */
export function accessLogCsv(
  entries: readonly CitizenAccessLogEntry[],
  lang: ExportLanguage,
): string {
  const words = EXPORT_WORDS[lang];
  const lines = [
    [words.time, words.clinic, words.role, words.name, words.title, words.action],
    ...entries.map((e) => [
      stockholmTime(e.occurredAt),
      e.clinicName ?? '',
      roleInWords(e.role, lang),
      e.staffName,
      e.staffTitle ? staffTitleIn(e.staffTitle, lang) : '',
      actionInWords(e.action, lang),
    ]),
  ];
  return CSV_BOM + lines.map((cells) => cells.map(csvCell).join(';')).join('\r\n') + '\r\n';
}
