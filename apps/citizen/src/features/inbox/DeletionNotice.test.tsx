import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { activeSession, renderCitizenApp, signedInViewer } from '../../test/render-app.tsx';
import { caseAnswer, citizenCase, inboxAnswer, inboxCase, markReadAnswer } from './test-cases.ts';
import { type CitizenCase } from './use-citizen-case.ts';

// The API sends the date only once the deletion is 30 days away or less (its own tests hold the
// line); the SPA words it, on Stockholm's calendar day.
const DELETES_AT = '2027-03-02T23:30:00.000Z'; // 00:30 on 3 March in Stockholm

async function renderCase(caseRecord: CitizenCase, path = '/cases/case-1') {
  renderCitizenApp({
    path,
    mocks: [
      signedInViewer(),
      activeSession,
      caseAnswer(caseRecord),
      markReadAnswer(caseRecord, []),
    ],
  });
  await screen.findByRole('heading', { level: 1, name: /Förnya recept|Renew a prescription/ });
}

describe('deletion notice on the case page', () => {
  it('says when the case will be deleted and why', async () => {
    await renderCase(citizenCase({ deletionNoticeAt: DELETES_AT }));
    expect(
      screen.getByText(
        'Ärendet raderas den 3 mars 2027. Ärenden raderas två år efter den senaste händelsen.',
      ),
    ).toBeVisible();
  });

  it('says it in English too', async () => {
    await renderCase(citizenCase({ deletionNoticeAt: DELETES_AT }), '/cases/case-1?lang=en');
    expect(
      screen.getByText(
        'This request will be deleted on 3 March 2027. Requests are deleted two years after the latest event.',
      ),
    ).toBeVisible();
  });

  it('says nothing while the deletion is further away', async () => {
    await renderCase(citizenCase({ deletionNoticeAt: null }));
    expect(screen.queryByText(/raderas/)).toBeNull();
  });
});

describe('deletion date in the inbox', () => {
  it('shows a short date on the items whose case is soon deleted, and only on them', async () => {
    renderCitizenApp({
      path: '/inbox',
      mocks: [
        signedInViewer(),
        activeSession,
        inboxAnswer('INBOX', [
          inboxCase('case-2', { deletionNoticeAt: DELETES_AT }),
          inboxCase('case-1'),
        ]),
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Inkorg' });
    const links = await screen.findAllByRole('link', { name: /Förnya recept/ });
    expect(within(links[0]!.closest('li')!).getByText('Raderas 3 mars 2027')).toBeVisible();
    expect(within(links[1]!.closest('li')!).queryByText(/Raderas/)).toBeNull();
  });

  it('is in English too', async () => {
    renderCitizenApp({
      path: '/inbox?lang=en',
      mocks: [
        signedInViewer(),
        activeSession,
        inboxAnswer('INBOX', [inboxCase('case-1', { deletionNoticeAt: DELETES_AT })]),
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Inbox' });
    expect(await screen.findByText('Deleted on 3 March 2027')).toBeVisible();
  });
});
