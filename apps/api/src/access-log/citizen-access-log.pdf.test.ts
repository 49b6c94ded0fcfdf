import { describe, expect, it } from 'vitest';
import { pdfText, pdfTextLines } from '../../test/pdf-text.ts';
import { accessLogPdf, winAnsiText } from './citizen-access-log.pdf.ts';
import type { CitizenAccessLogExport } from './citizen-access-log.service.ts';
import type { CitizenAccessLogEntry } from './citizen-access-log.types.ts';

const entry = (over: Partial<CitizenAccessLogEntry> = {}): CitizenAccessLogEntry => ({
  id: '1',
  occurredAt: new Date('2026-11-02T08:15:00Z'),
  clinicName: 'Farsta vårdcentral',
  role: 'CAREGIVER',
  staffName: 'Cora Berg',
  staffTitle: 'Sjuksköterska',
  action: 'READ_CASE',
  ...over,
});

const data = (entries: CitizenAccessLogEntry[]): CitizenAccessLogExport => ({
  caseSummary: {
    caseTypeNameSv: 'Förnya recept',
    caseTypeNameEn: 'Renew prescription',
    submittedAt: new Date('2026-10-30T23:30:00Z'),
  },
  entries,
  generatedAt: new Date('2026-11-03T12:00:05Z'),
});

describe('the patient’s access log as PDF', () => {
  it('names the case by type and Stockholm date, the time it was made, and one row per entry', async () => {
    const pdf = await accessLogPdf(data([entry()]), 'sv');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Åtkomstlogg för ditt ärende');
    expect(text).toContain('Ärende: Förnya recept');
    // 23:30 UTC on 30 October is already 31 October in Stockholm.
    expect(text).toContain('Skickat: 2026-10-31');
    expect(text).toContain('Utskriven: 2026-11-03 13:00:05');
    expect(text).toContain(
      'Tidpunkt Mottagning Roll Personal Åtgärd 2026-11-02 09:15:00 Farsta vårdcentral Vårdgivare Cora Berg, Sjuksköterska Öppnade ärendet',
    );
    expect(text).toContain('Sida 1 av 1');
  });

  it('speaks English when asked, with the case type’s English name', async () => {
    const text = pdfText(await accessLogPdf(data([entry({ action: 'ASSIGN_CASE' })]), 'en'));
    expect(text).toContain('Access log for your request');
    expect(text).toContain('Request: Renew prescription');
    expect(text).toContain('Time Clinic Role Staff member Action');
    expect(text).toContain('Caregiver Cora Berg, Nurse Assigned the request');
  });

  it('says so when no one has read the case', async () => {
    const text = pdfText(await accessLogPdf(data([]), 'sv'));
    expect(text).toContain('Ingen i vården har läst eller ändrat ärendet ännu.');
    expect(text).not.toContain('Tidpunkt');
  });

  it('repeats the table header on every page and numbers the pages', async () => {
    const entries = Array.from({ length: 120 }, (_, i) =>
      entry({ id: String(i), staffName: `Person ${String(i)}` }),
    );
    const lines = pdfTextLines(await accessLogPdf(data(entries), 'sv'));
    const pages = lines.filter((l) => /^Sida \d+ av \d+$/.test(l));
    expect(pages.length).toBeGreaterThan(1);
    expect(lines.filter((l) => l === 'Tidpunkt')).toHaveLength(pages.length);
    for (let i = 0; i < 120; i += 1)
      expect(lines.some((l) => l.startsWith(`Person ${String(i)},`))).toBe(true);
  });

  it('is tagged for screen readers: language, heading, table with column headers once', async () => {
    const entries = Array.from({ length: 120 }, (_, i) => entry({ id: String(i) }));
    const raw = (await accessLogPdf(data(entries), 'sv')).toString('latin1');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toContain('/Lang (sv-SE)');
    expect(raw.match(/\/S \/H1\b/g)).toHaveLength(1);
    expect(raw.match(/\/S \/Table\b/g)).toHaveLength(1);
    // The header row once as TH; on later pages it is a repeated artifact.
    expect(raw.match(/\/S \/TH\b/g)).toHaveLength(5);
    expect(raw.match(/\/S \/TD\b/g)).toHaveLength(120 * 5);
    expect(raw.match(/\/S \/TR\b/g)).toHaveLength(121);
  });

  it('writes names beyond the standard fonts’ characters without their diacritics', () => {
    expect(winAnsiText('Åsa Öberg-Ängström')).toBe('Åsa Öberg-Ängström');
    expect(winAnsiText('Łukasz Dương')).toBe('Lukasz Duong');
    expect(winAnsiText('李 “x” – ok')).toBe('? “x” – ok');
    expect(winAnsiText('a\tb\nc')).toBe('a b c');
  });
});
