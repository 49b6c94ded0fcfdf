// The patient's own access log (Patientdatalagen) as CSV and PDF downloads: the same rows as the
// list, formula-safe for spreadsheets, 404 for anything not allowed.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pdfText } from './pdf-text.ts';
import { Browser } from './harness.ts';
import {
  anna,
  annaCase,
  as,
  caregiver,
  childCase,
  clinic,
  guardianCase,
  h,
  rowCount,
  STOP,
  useCitizenAccessLogHarness,
} from './support/citizen-access-log.ts';

useCitizenAccessLogHarness();

describe('my case access log', () => {
  it('downloads the same as CSV for Swedish Excel, formula-safe, 404 for anything not allowed', async () => {
    const before = await rowCount();
    const response = await as.anna!.request(`/api/citizen/cases/${annaCase.id}/access-log.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="atkomstlogg.csv"',
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8').decode(bytes).split('\r\n');
    expect(lines[0]).toBe('"Tidpunkt";"Mottagning";"Roll";"Namn";"Titel";"Åtgärd"');
    expect(lines[1]).toMatch(
      /^"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}";"Farsta vårdcentral";"Ärendemottagare";"Rut Receptionist";"Undersköterska";"Tilldelade ärendet"$/,
    );
    expect(lines[2]).toContain('"Öppnade ärendet"');
    expect(lines.slice(3)).toEqual(['']);
    expect(await rowCount()).toBe(before);

    const english = await as.anna!.request(
      `/api/citizen/cases/${annaCase.id}/access-log.csv?lang=en`,
    );
    const text = await english.text();
    expect(english.headers.get('content-disposition')).toBe(
      'attachment; filename="access-log.csv"',
    );
    expect(text).toContain('"Time";"Clinic";"Role";"Name";"Title";"Action"');
    expect(text).toContain(
      '"Case receiver";"Rut Receptionist";"Assistant nurse";"Assigned the request"',
    );

    for (const [who, path] of [
      ['stranger', `/api/citizen/cases/${annaCase.id}/access-log.csv`],
      ['anna', `/api/citizen/cases/${randomUUID()}/access-log.csv`],
      ['anna', '/api/citizen/cases/not-a-uuid/access-log.csv'],
      ['guardian', `/api/citizen/cases/${childCase.id}/access-log.csv`],
    ] as const) {
      const refused = await as[who]!.request(path);
      expect(refused.status, `${who} ${path}`).toBe(404);
      expect(await refused.text()).toBe('Not found');
    }
    const anonymous = await new Browser(h.baseUrl, 'citizen').request(
      `/api/citizen/cases/${annaCase.id}/access-log.csv`,
    );
    expect(anonymous.status).toBe(404);
  });

  it('downloads the same rows as PDF, with the case’s type and day, 404 for anything not allowed', async () => {
    const before = await rowCount();
    const response = await as.anna!.request(`/api/citizen/cases/${annaCase.id}/access-log.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="atkomstlogg.pdf"',
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(bytes);
    expect(text).toContain('Åtkomstlogg för ditt ärende');
    expect(text).toContain('Ärende: Fråga');
    expect(text).toMatch(/Skickat: \d{4}-\d{2}-\d{2} /);
    expect(text).toMatch(/Utskriven: \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} /);
    // Newest first, the same two rows as the CSV and the GraphQL list.
    expect(text).toMatch(
      /Tidpunkt Mottagning Roll Personal Åtgärd \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} Farsta vårdcentral Ärendemottagare Rut Receptionist, Undersköterska Tilldelade ärendet \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} Farsta vårdcentral Ärendemottagare Rut Receptionist, Undersköterska Öppnade ärendet Sida 1 av 1$/,
    );
    // The patient's own identity is not in the file.
    expect(text).not.toContain('Andersson');
    expect(text).not.toContain(anna.identityNumber.slice(2));
    expect(await rowCount()).toBe(before);

    const english = await as.anna!.request(
      `/api/citizen/cases/${annaCase.id}/access-log.pdf?lang=en`,
    );
    expect(english.headers.get('content-disposition')).toBe(
      'attachment; filename="access-log.pdf"',
    );
    const englishText = pdfText(Buffer.from(await english.arrayBuffer()));
    expect(englishText).toContain('Access log for your request');
    expect(englishText).toContain('Request: Question');
    expect(englishText).toContain(
      'Case receiver Rut Receptionist, Assistant nurse Assigned the request',
    );

    for (const [who, path] of [
      ['stranger', `/api/citizen/cases/${annaCase.id}/access-log.pdf`],
      ['anna', `/api/citizen/cases/${randomUUID()}/access-log.pdf`],
      ['anna', '/api/citizen/cases/not-a-uuid/access-log.pdf'],
      ['guardian', `/api/citizen/cases/${childCase.id}/access-log.pdf`],
    ] as const) {
      const refused = await as[who]!.request(path);
      expect(refused.status, `${who} ${path}`).toBe(404);
      expect(await refused.text()).toBe('Not found');
    }
    const anonymous = await new Browser(h.baseUrl, 'citizen').request(
      `/api/citizen/cases/${annaCase.id}/access-log.pdf`,
    );
    expect(anonymous.status).toBe(404);
  });

  it('prefixes cells a spreadsheet would run as a formula', async () => {
    await h.prisma.accessLogEntry.create({
      data: {
        occurredAt: new Date('2026-08-01T08:00:00Z'),
        staffMemberId: caregiver.id,
        staffHsaId: caregiver.hsaId,
        role: 'CAREGIVER',
        clinicId: clinic.id,
        caseId: guardianCase.id,
        patientPersonId: anna.id,
        action: 'READ_CASE',
        requestId: randomUUID(),
      },
    });
    await as.guardian!.graphql(STOP);
    const text = await (
      await as.guardian!.request(`/api/citizen/cases/${guardianCase.id}/access-log.csv`)
    ).text();
    expect(text).toContain(`"'=HYPERLINK(""http://x.example"")"`);
    expect(text).not.toContain('";"=');
  });
});
