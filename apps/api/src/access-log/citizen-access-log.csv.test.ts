import { describe, expect, it } from 'vitest';
import { accessLogCsv, csvCell } from './citizen-access-log.csv.ts';
import { actionInWords, stockholmTime } from './citizen-access-log.words.ts';

describe('the patient’s access log as CSV', () => {
  it('defuses every formula starter and doubles quotes', () => {
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    expect(csvCell('+46')).toBe(`"'+46"`);
    expect(csvCell('-2')).toBe(`"'-2"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\tx')).toBe(`"'\tx"`);
    expect(csvCell('Säg "hej"; då')).toBe('"Säg ""hej""; då"');
    expect(csvCell('Anna-Lena')).toBe('"Anna-Lena"');
  });

  it('writes Stockholm wall-clock time across the summer-time switch', () => {
    expect(stockholmTime(new Date('2026-03-29T00:59:59Z'))).toBe('2026-03-29 01:59:59');
    expect(stockholmTime(new Date('2026-03-29T01:00:00Z'))).toBe('2026-03-29 03:00:00');
  });

  it('names actions in words and keeps an unknown one recognisable', () => {
    expect(actionInWords('ASSIGN_CASE', 'sv')).toBe('Tilldelade ärendet');
    expect(actionInWords('ASSIGN_CASE', 'en')).toBe('Assigned the request');
    expect(actionInWords('SOMETHING_NEW', 'sv')).toBe('Annan åtgärd (SOMETHING_NEW)');
  });

  it('starts with a byte-order mark, separates with semicolons and ends lines with CRLF', () => {
    const csv = accessLogCsv(
      [
        {
          id: '1',
          occurredAt: new Date('2026-11-02T08:15:00Z'),
          clinicName: null,
          role: 'CAREGIVER',
          staffName: 'Cora Berg',
          staffTitle: null,
          action: 'READ_CASE',
        },
      ],
      'sv',
    );
    expect(csv).toBe(
      '\uFEFF"Tidpunkt";"Mottagning";"Roll";"Namn";"Titel";"Åtgärd"\r\n' +
        '"2026-11-02 09:15:00";"";"Vårdgivare";"Cora Berg";"";"Öppnade ärendet"\r\n',
    );
  });

  it('names the staff member’s title in English in the English file', () => {
    const entry = {
      id: '1',
      occurredAt: new Date('2026-11-02T08:15:00Z'),
      clinicName: null,
      role: 'CAREGIVER' as const,
      staffName: 'Cora Berg',
      staffTitle: 'Distriktssköterska',
      action: 'READ_CASE' as const,
    };
    expect(accessLogCsv([entry], 'en')).toContain('"Cora Berg";"District nurse";');
    expect(accessLogCsv([entry], 'sv')).toContain('"Cora Berg";"Distriktssköterska";');
  });
});
