import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { activeSession, renderStaffApp, signedInViewer } from '../../test/render-app.tsx';

// The privacy page says how long the access log and the cases are kept.
describe('how long data is kept (staff privacy page)', () => {
  it('says the access log is kept five years and cases two years after the latest event', async () => {
    renderStaffApp({ path: '/privacy', mocks: [signedInViewer(), activeSession] });
    await screen.findByRole('heading', { level: 1, name: 'Så behandlar vi personuppgifter' });
    expect(
      screen.getByRole('heading', { level: 2, name: 'Hur länge uppgifterna sparas' }),
    ).toBeVisible();
    expect(
      screen.getByText(
        /^Loggen över vilka ärenden du har öppnat sparas i fem år\. Ärenden raderas två år efter den senaste händelsen/,
      ),
    ).toBeVisible();
  });

  it('says it in English too', async () => {
    renderStaffApp({ path: '/privacy?lang=en', mocks: [signedInViewer(), activeSession] });
    await screen.findByRole('heading', { level: 1, name: 'How we handle personal data' });
    expect(
      screen.getByText(/^The log of which requests you have opened is kept for five years\./),
    ).toBeVisible();
  });
});
