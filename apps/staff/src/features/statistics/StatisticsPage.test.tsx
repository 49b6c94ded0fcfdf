import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StaffStatisticsDocument } from '../../gql/graphql.ts';
import {
  activeSession,
  clinicAdminUnit,
  clinicUnit,
  errorAnswer,
  nationalUnit,
  regionUnit,
  renderStaffApp,
  signedInViewer,
} from '../../test/render-app.tsx';
import { clinicStatistics, nationalStatistics, statisticsAnswer } from './test-statistics.ts';

const asClinicAdmin = signedInViewer({ currentUnit: clinicAdminUnit, units: [clinicAdminUnit] });
const asNational = signedInViewer({ currentUnit: nationalUnit, units: [nationalUnit] });

/** The key figures table's row for `measure`, as its cells' texts. */
function figureRow(measure: string): string[] {
  const table = screen.getByRole('table', { name: 'Nyckeltal för perioden och perioden före' });
  const row = within(table).getByRole('row', { name: new RegExp(`^${measure}`) });
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

describe('the statistics page', () => {
  it('shows the period’s key figures beside the period before, withheld ones in words', async () => {
    renderStaffApp({
      path: '/admin/statistics',
      mocks: [asClinicAdmin, activeSession, statisticsAnswer(clinicStatistics)],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Statistik' })).toBeInTheDocument();
    expect(
      await screen.findByText('Uppgifterna gäller till och med 30 nov. 2026.'),
    ).toBeInTheDocument();
    expect(figureRow('Skickade ärenden')).toEqual(['7', '5', 'Ökning med 40\u00a0%']);
    expect(figureRow('Varav skickade av vårdnadshavare')).toEqual([
      'färre än 5',
      '0',
      'Kan inte jämföras',
    ]);
    expect(figureRow('Tid till första svar, median \\(arbetstid\\)')).toEqual([
      '30 min',
      '30 min',
      'Oförändrat',
    ]);
    expect(figureRow('Tid till första svar, 90:e percentilen \\(kalendertid\\)')).toEqual([
      '1 tim',
      '30 min',
      '30 min längre',
    ]);
    expect(figureRow('Tid till avslut, median \\(kalendertid\\)')).toEqual([
      'färre än 5 ärenden',
      '1 tim',
      'Kan inte jämföras',
    ]);
    // No case type with a target: no share to show.
    expect(screen.queryByRole('row', { name: /inom målet/ })).not.toBeInTheDocument();
    expect(screen.getByText(/antal mellan 1 och 4 visas som ”färre än 5”/)).toBeInTheDocument();
    // A clinic's own figures: no clinic to choose, no chart per clinic, region or login.
    expect(screen.queryByLabelText('Mottagning')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Ärenden per månad' })).toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Ärenden per mottagning' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Ärenden per region' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Inloggningar per dag' })).not.toBeInTheDocument();
  });

  it('shows a chart as a table with caption and headers, and "färre än 5" for a withheld count', async () => {
    const user = userEvent.setup();
    renderStaffApp({
      path: '/admin/statistics',
      mocks: [asClinicAdmin, activeSession, statisticsAnswer(clinicStatistics)],
    });
    const section = await screen.findByRole('region', { name: 'Ärenden per ärendetyp' });
    expect(
      within(section).getByRole('img', { name: 'Ärenden per ärendetyp' }),
    ).toHaveAccessibleDescription(
      /högst Fråga sjuksköterskan, 6\..*1 värde är färre än 5 och ritas inte/,
    );
    expect(within(section).queryByRole('table')).not.toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Visa som tabell' }));
    const table = within(section).getByRole('table', {
      name: 'Skickade ärenden per ärendetyp, perioden och perioden före',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Ärendetyp',
      'Perioden 1 nov. 2026 – 30 nov. 2026',
      'Perioden före 2 okt. 2026 – 31 okt. 2026',
    ]);
    const advice = within(table).getByRole('row', { name: /Rådgivning/ });
    expect(within(advice).getByRole('rowheader')).toHaveTextContent('Rådgivning');
    expect(
      within(advice)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['färre än 5', '0']);
    expect(within(section).queryByRole('img')).not.toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Visa som diagram' }));
    expect(within(section).queryByRole('table')).not.toBeInTheDocument();
  });

  it('gives the national administration every region, the logins and the share within target', async () => {
    const user = userEvent.setup();
    renderStaffApp({
      path: '/admin/statistics',
      mocks: [asNational, activeSession, statisticsAnswer(nationalStatistics)],
    });
    expect(await screen.findByRole('region', { name: 'Ärenden per region' })).toBeInTheDocument();
    expect(figureRow('Första svar inom målet')).toEqual([
      '75\u00a0%',
      'färre än 5 ärenden',
      'Kan inte jämföras',
    ]);
    const logins = screen.getByRole('region', { name: 'Inloggningar per dag' });
    await user.click(within(logins).getByRole('button', { name: 'Visa som tabell' }));
    const row = within(within(logins).getByRole('table')).getByRole('row', {
      name: /2 nov\. 2026/,
    });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['6', '0', 'färre än 5']);
    const clinic = screen.getByLabelText('Mottagning');
    expect(
      within(clinic)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Alla mottagningar', 'Vårdcentralen Tallbacken', 'Vårdcentralen Björken']);
  });

  it('is complete in English: withheld values read "fewer than 5", names in English', async () => {
    const user = userEvent.setup();
    renderStaffApp({
      path: '/admin/statistics?lang=en',
      mocks: [asClinicAdmin, activeSession, statisticsAnswer(clinicStatistics)],
    });
    expect(
      await screen.findByText('The figures are up to and including 30 Nov 2026.'),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', {
      name: 'Key figures for the period and the period before',
    });
    const proxy = within(table).getByRole('row', { name: /^Of which sent by guardians/ });
    expect(within(proxy).getAllByRole('cell')[0]).toHaveTextContent('fewer than 5');
    const closing = within(table).getByRole('row', { name: /^Time to closing, median \(calendar/ });
    expect(within(closing).getAllByRole('cell')[1]).toHaveTextContent('1 h');
    const section = screen.getByRole('region', { name: 'Cases per case type' });
    await user.click(within(section).getByRole('button', { name: 'Show as table' }));
    const rows = within(within(section).getByRole('table')).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'Case typeThe period 1 Nov 2026 – 30 Nov 2026The period before 2 Oct 2026 – 31 Oct 2026',
      'Ask a nurse65',
      'Rådgivningfewer than 50',
    ]);
  });

  it('offers neither table nor CSV for a chart with nothing to show', async () => {
    renderStaffApp({
      path: '/admin/statistics',
      mocks: [asNational, activeSession, statisticsAnswer({ ...nationalStatistics, logins: [] })],
    });
    const logins = await screen.findByRole('region', { name: 'Inloggningar per dag' });
    expect(within(logins).getByText('Inga uppgifter för perioden.')).toBeInTheDocument();
    expect(within(logins).queryByRole('button')).not.toBeInTheDocument();
    expect(within(logins).queryByRole('img')).not.toBeInTheDocument();
  });

  it('asks for the chosen period, case type and clinic when applied', async () => {
    const user = userEvent.setup();
    const asked: unknown[] = [];
    renderStaffApp({
      path: '/admin/statistics',
      mocks: [asNational, activeSession, statisticsAnswer(nationalStatistics, asked)],
    });
    await screen.findByRole('region', { name: 'Ärenden per region' });
    fireEvent.change(screen.getByLabelText('Från och med'), { target: { value: '2026-10-01' } });
    fireEvent.change(screen.getByLabelText('Till och med'), { target: { value: '2026-10-31' } });
    await user.selectOptions(screen.getByLabelText('Ärendetyp'), 'Fråga sjuksköterskan');
    await user.selectOptions(screen.getByLabelText('Mottagning'), 'Vårdcentralen Björken');
    await user.click(screen.getByRole('button', { name: 'Visa statistik' }));
    await screen.findByRole('status');
    await expect
      .poll(() => asked.at(-1))
      .toEqual({
        from: '2026-10-01',
        to: '2026-10-31',
        caseTypeId: 'type-nurse',
        clinicId: 'unit-other',
      });
  });

  it('refuses a period that ends before it starts, in the error summary, without asking', async () => {
    const user = userEvent.setup();
    const asked: unknown[] = [];
    renderStaffApp({
      path: '/admin/statistics',
      mocks: [asClinicAdmin, activeSession, statisticsAnswer(clinicStatistics, asked)],
    });
    await screen.findByRole('region', { name: 'Ärenden per ärendetyp' });
    const before = asked.length;
    fireEvent.change(screen.getByLabelText('Från och med'), { target: { value: '2026-11-30' } });
    fireEvent.change(screen.getByLabelText('Till och med'), { target: { value: '2026-11-01' } });
    await user.click(screen.getByRole('button', { name: 'Visa statistik' }));
    const summary = await screen.findByRole('link', {
      name: 'Sista dagen kan inte vara före den första.',
    });
    expect(summary).toHaveAttribute('href', '#statistics-to');
    expect(screen.getByLabelText('Till och med')).toHaveAccessibleDescription(
      /Sista dagen kan inte vara före den första\./,
    );
    expect(asked.length).toBe(before);
  });

  it('shows the API’s refusal of the period at its field', async () => {
    const user = userEvent.setup();
    renderStaffApp({
      path: '/admin/statistics',
      mocks: [
        asClinicAdmin,
        activeSession,
        {
          request: { query: StaffStatisticsDocument, variables: () => true },
          result: (variables: Record<string, unknown>) =>
            (variables['filter'] as { to: string }).to === '2026-11-15'
              ? errorAnswer({
                  code: 'BAD_USER_INPUT',
                  fields: [{ path: 'filter.to', code: 'OUT_OF_RANGE', params: { max: 1098 } }],
                })
              : { data: { statistics: clinicStatistics } },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
      ],
    });
    await screen.findByRole('region', { name: 'Ärenden per ärendetyp' });
    fireEvent.change(screen.getByLabelText('Från och med'), { target: { value: '2026-11-01' } });
    fireEvent.change(screen.getByLabelText('Till och med'), { target: { value: '2026-11-15' } });
    await user.click(screen.getByRole('button', { name: 'Visa statistik' }));
    expect(
      await screen.findByRole('link', { name: 'Perioden kan vara högst 1098 dagar.' }),
    ).toHaveAttribute('href', '#statistics-to');
  });
});

describe('who is offered statistics', () => {
  it.each([
    ['a clinic administrator', clinicAdminUnit],
    ['a region administrator', regionUnit],
    ['the national service administration', nationalUnit],
  ])('%s finds the link on the start page', async (_who, unit) => {
    renderStaffApp({
      mocks: [signedInViewer({ currentUnit: unit, units: [unit] }), activeSession],
    });
    expect(await screen.findByRole('link', { name: 'Statistik' })).toHaveAttribute(
      'href',
      '/admin/statistics',
    );
  });

  it('a receiver and caregiver does not, and is refused the page', async () => {
    renderStaffApp({ mocks: [signedInViewer({ currentUnit: clinicUnit }), activeSession] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Översikt' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Statistik' })).not.toBeInTheDocument();
  });

  it('refuses the page to an auditor', async () => {
    const auditorUnit = { ...clinicUnit, roles: ['AUDITOR' as const] };
    renderStaffApp({
      path: '/admin/statistics',
      mocks: [signedInViewer({ currentUnit: auditorUnit, units: [auditorUnit] }), activeSession],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Du har inte behörighet till sidan' }),
    ).toBeInTheDocument();
  });
});
