import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  activeSession,
  currentLocation,
  renderCitizenApp,
  signedInViewer,
} from '../../test/render-app.tsx';
import { clinicAnswer, clinicSearchAnswer } from './test-clinics.ts';

describe('clinic search', () => {
  it('asks for a name or place before searching, then lists the clinics as links', async () => {
    renderCitizenApp({
      path: '/clinics',
      mocks: [signedInViewer(), activeSession, clinicSearchAnswer('Farsta')],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Sök' }));
    expect(
      screen.getByRole('link', { name: 'Skriv mottagningens namn eller en ort.' }),
    ).toHaveAttribute('href', '#clinic-search-text');

    await userEvent.type(screen.getByRole('textbox', { name: 'Mottagning eller ort' }), 'Farsta');
    await userEvent.click(screen.getByRole('button', { name: 'Sök' }));

    expect(currentLocation()).toBe('/clinics?q=Farsta');
    expect(await screen.findByText('1 mottagning hittades för ”Farsta”.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Farsta vårdcentral' })).toHaveAttribute(
      'href',
      '/clinics/clinic-farsta',
    );
  });
});

describe('contact card', () => {
  it('shows address, phone, opening hours with Swedish day names and the case types', async () => {
    renderCitizenApp({
      path: '/clinics/clinic-farsta',
      mocks: [signedInViewer(), activeSession, clinicAnswer()],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Farsta vårdcentral' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Farstagången 6/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '08-123 456 00' })).toHaveAttribute(
      'href',
      'tel:0812345600',
    );
    expect(screen.getByText('Måndag–fredag')).toBeInTheDocument();
    expect(screen.getByText('Lördag')).toBeInTheDocument();
    expect(screen.getByText('08:00–17:00')).toBeInTheDocument();

    const caseTypes = screen.getByRole('region', { name: 'Det här kan du göra här' });
    expect(within(caseTypes).getByRole('link', { name: 'Förnya recept' })).toHaveAttribute(
      'href',
      '/clinics/clinic-farsta/case-types/type-renew',
    );
    // A closed type cannot be opened, but its notice and closing date show.
    expect(within(caseTypes).queryByRole('link', { name: 'Beställa tid' })).toBeNull();
    expect(within(caseTypes).getByText('Beställa tid')).toBeInTheDocument();
    expect(within(caseTypes).getByText('Stängd till och med 6 januari 2027.')).toBeInTheDocument();
    expect(within(caseTypes).getByText('Stängt över helgerna.')).toBeInTheDocument();
  });
});
