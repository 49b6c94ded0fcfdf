import { TERMS_VERSIONS } from '@etj/domain';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { activeSession, renderCitizenApp, signedInViewer } from '../../test/render-app.tsx';

/** The section of a content page under the heading `name`. */
function section(name: string): HTMLElement {
  const heading = screen.getByRole('heading', { name });
  return heading.closest('section') ?? heading.parentElement!;
}

// The terms and the privacy page say how long things are kept.
describe('how long data is kept', () => {
  it('the privacy page lists every retention time', async () => {
    renderCitizenApp({ path: '/privacy', mocks: [signedInViewer(), activeSession] });
    await screen.findByRole('heading', { level: 1, name: 'Så behandlar vi personuppgifter' });
    const kept = section('Hur länge uppgifterna sparas');
    const items = within(kept)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toHaveLength(4);
    expect(items[0]).toMatch(/^Ärenden, med sina meddelanden och bifogade filer: två år efter/);
    expect(items[0]).toMatch(/också ärenden som inte är avslutade/);
    expect(items[1]).toBe('Utkast: 30 dagar efter den senaste ändringen.');
    expect(items[2]).toMatch(/så länge de finns kvar i dina inställningar för aviseringar/);
    expect(items[3]).toMatch(/^Loggen över vem i vården som har öppnat ditt ärende: fem år/);
  });

  it('the privacy page says it in English too', async () => {
    renderCitizenApp({ path: '/privacy?lang=en', mocks: [signedInViewer(), activeSession] });
    await screen.findByRole('heading', { level: 1, name: /personal data/i });
    const kept = section('How long the data is kept');
    expect(within(kept).getByText('Drafts: 30 days after the latest change.')).toBeVisible();
    expect(within(kept).getByText(/^The log of who in healthcare .*: five years/)).toBeVisible();
  });

  it('the terms say how long requests and drafts are kept, in a new version', async () => {
    renderCitizenApp({ path: '/terms', mocks: [signedInViewer(), activeSession] });
    await screen.findByRole('heading', { level: 1, name: 'Användarvillkor' });
    expect(screen.getByText(`Version ${TERMS_VERSIONS.CITIZEN}`)).toBeVisible();
    const kept = section('Hur länge ärenden sparas');
    expect(within(kept).getByText(/två år efter den senaste händelsen i ärendet/)).toBeVisible();
    expect(
      within(kept).getByText('Ett utkast raderas om du inte har ändrat det på 30 dagar.'),
    ).toBeVisible();
  });

  it('the terms say it in English too', async () => {
    renderCitizenApp({ path: '/terms?lang=en', mocks: [signedInViewer(), activeSession] });
    await screen.findByRole('heading', { level: 1, name: 'Terms of use' });
    const kept = section('How long requests are kept');
    expect(within(kept).getByText(/two years after the latest event/)).toBeVisible();
  });
});
