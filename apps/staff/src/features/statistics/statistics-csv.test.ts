import { describe, expect, it } from 'vitest';
import { createI18nInstances } from '../../i18n/i18n-instances.ts';
import { countTableCsv, csvCell } from './statistics-csv.ts';
import { statisticsTables, tableSummary, type CountTable } from './statistics-tables.ts';
import { clinicStatistics, nationalStatistics } from './test-statistics.ts';

const instances = createI18nInstances();
const t = (await instances.load('sv')).getFixedT('sv', 'app');
const tEn = (await instances.load('en')).getFixedT('en', 'app');

const table = (id: CountTable['id'], data = clinicStatistics) => {
  const found = statisticsTables(data, 'sv', t).find((x) => x.id === id);
  if (!found) throw new Error(`no table ${id}`);
  return found;
};

describe('the CSV of a chart', () => {
  it('holds exactly the table: headers, labels, counts, and "färre än 5" for withheld ones', () => {
    const csv = countTableCsv(table('byCaseType'), 'färre än 5');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '"Ärendetyp";"Perioden 1 nov. 2026 – 30 nov. 2026";"Perioden före 2 okt. 2026 – 31 okt. 2026"',
      '"Fråga sjuksköterskan";"6";"5"',
      '"Rådgivning";"färre än 5";"0"',
      '',
    ]);
  });

  it('never carries a withheld number, even if one slipped into the answer', () => {
    const leaky: CountTable = {
      ...table('backlog'),
      rows: [{ key: 'x', label: 'Äldre', values: [{ value: 4, suppressed: true }] }],
    };
    expect(countTableCsv(leaky, 'färre än 5')).toContain('"Äldre";"färre än 5"');
    expect(countTableCsv(leaky, 'färre än 5')).not.toContain('4');
  });

  it('defuses cells a spreadsheet would run as a formula, and doubles quotes', () => {
    expect(csvCell('=SUM(A1)')).toBe(`"'=SUM(A1)"`);
    expect(csvCell('-5')).toBe(`"'-5"`);
    expect(csvCell('Vårdcentralen "Björken"')).toBe('"Vårdcentralen ""Björken"""');
  });
});

describe('the tables behind the charts', () => {
  it('are the ones of the scope: no clinic, region or login chart for a clinic', () => {
    expect(statisticsTables(clinicStatistics, 'sv', t).map((x) => x.id)).toEqual([
      'byMonth',
      'byCaseType',
      'backlog',
    ]);
    expect(statisticsTables(nationalStatistics, 'sv', t).map((x) => x.id)).toEqual([
      'byMonth',
      'byCaseType',
      'byClinic',
      'byRegion',
      'backlog',
      'logins',
    ]);
  });

  it('fill the months the rollups cover with the zero they hold, and no later month', () => {
    const data = {
      ...clinicStatistics,
      from: '2026-09-01',
      to: '2026-12-31',
      computedThrough: '2026-11-30',
    };
    expect(table('byMonth', data).rows.map((r) => [r.label, r.values[0]?.value])).toEqual([
      ['sep. 2026', 0],
      ['okt. 2026', 0],
      ['nov. 2026', 7],
    ]);
  });

  it('use the English names where there are any', () => {
    const rows = statisticsTables(clinicStatistics, 'en', tEn).find(
      (x) => x.id === 'byCaseType',
    )?.rows;
    expect(rows?.map((r) => r.label)).toEqual(['Ask a nurse', 'Rådgivning']);
  });

  it('are told in words: the highest shown value, and how many are withheld', () => {
    expect(tableSummary(table('byCaseType'), 'sv', t)).toBe(
      'Perioden 1 nov. 2026 – 30 nov. 2026: högst Fråga sjuksköterskan, 6. ' +
        'Perioden före 2 okt. 2026 – 31 okt. 2026: högst Fråga sjuksköterskan, 5. ' +
        '1 värde är färre än 5 och ritas inte. Tabellen visar det som ”färre än 5”.',
    );
    expect(tableSummary(table('backlog'), 'sv', t)).toBe(
      'Öppna ärenden: inget att visa. 1 värde är färre än 5 och ritas inte. Tabellen visar det som ”färre än 5”.',
    );
  });
});
