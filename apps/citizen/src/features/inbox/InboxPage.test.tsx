import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  activeSession,
  noDrafts,
  renderCitizenApp,
  signedInViewer,
} from '../../test/render-app.tsx';
import { inboxAnswer, inboxMessage, unreadAnswer } from './test-cases.ts';

describe('inbox', () => {
  it('marks unread messages visibly and for screen readers, newest first as the API gives them', async () => {
    renderCitizenApp({
      path: '/inbox',
      mocks: [
        signedInViewer(),
        activeSession,
        inboxAnswer(
          'INBOX',
          [
            inboxMessage('message-2', { kind: 'COUNTER_QUESTION', caseId: 'case-2' }),
            inboxMessage('message-1', {
              readAt: '2026-11-20T09:00:00.000Z',
              createdAt: '2026-11-19T13:05:00.000Z',
            }),
          ],
          { unreadCount: 1 },
        ),
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Inkorg' });
    const links = await screen.findAllByRole('link', { name: /Förnya recept/ });
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/cases/case-2',
      '/cases/case-1',
    ]);
    expect(links[0]).toHaveAccessibleName('Oläst: Fråga från mottagningen: Förnya recept');
    expect(within(links[0]!).getByText('Oläst', { exact: true })).toHaveClass('etj-unread-tag');
    expect(links[1]).toHaveAccessibleName('Svar: Förnya recept');
    const first = links[0]!.closest('li')!;
    expect(first).toHaveClass('etj-inbox-item--unread');
    expect(within(first).getByText('Farsta vårdcentral · Ärende E-2026-7F3A9C21')).toBeVisible();
    expect(within(first).getByText(/Från Anna Andersson, sjuksköterska/)).toBeVisible();
    expect(within(first).getByText('20 nov. 2026 09:30')).toBeVisible();
    expect(links[1]!.closest('li')).not.toHaveClass('etj-inbox-item--unread');
    expect(screen.getByText('Du har 1 oläst meddelande.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Till arkivet' })).toHaveAttribute(
      'href',
      '/inbox/archive',
    );
    expect(screen.queryByRole('button', { name: 'Visa fler' })).toBeNull();
  });

  it('Visa fler appends the next page after the cursor', async () => {
    renderCitizenApp({
      path: '/inbox',
      mocks: [
        signedInViewer(),
        activeSession,
        inboxAnswer('INBOX', [inboxMessage('message-3', { caseId: 'case-3' })], {
          nextCursor: 'cursor-1',
        }),
        inboxAnswer('INBOX', [inboxMessage('message-2', { caseId: 'case-2' })], {
          after: 'cursor-1',
        }),
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Visa fler' }));

    expect(await screen.findByText('1 meddelande till visas.')).toBeInTheDocument();
    const hrefs = screen
      .getAllByRole('link', { name: /Förnya recept/ })
      .map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(['/cases/case-3', '/cases/case-2']);
    expect(screen.getAllByRole('link', { name: /Förnya recept/ })[1]).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Visa fler' })).toBeNull();
  });

  it('says so when the inbox is empty', async () => {
    renderCitizenApp({
      path: '/inbox',
      mocks: [signedInViewer(), activeSession, inboxAnswer('INBOX', [])],
    });
    expect(await screen.findByText('Du har inga meddelanden i inkorgen.')).toBeInTheDocument();
  });

  it('the archive has its own heading, empty state and way back', async () => {
    renderCitizenApp({
      path: '/inbox/archive',
      mocks: [signedInViewer(), activeSession, inboxAnswer('ARCHIVE', [])],
    });
    await screen.findByRole('heading', { level: 1, name: 'Arkiv' });
    expect(await screen.findByText('Du har inga arkiverade meddelanden.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Till inkorgen' })).toHaveAttribute('href', '/inbox');
  });

  it('is in English too', async () => {
    renderCitizenApp({
      path: '/inbox?lang=en',
      mocks: [
        signedInViewer(),
        activeSession,
        inboxAnswer('INBOX', [inboxMessage('message-1')], { unreadCount: 1 }),
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Inbox' });
    expect(
      await screen.findByRole('link', { name: 'Unread: Answer: Renew a prescription' }),
    ).toBeInTheDocument();
  });
});

describe('home page', () => {
  it('links to the inbox with the unread count', async () => {
    renderCitizenApp({
      path: '/',
      mocks: [signedInViewer(), activeSession, noDrafts, unreadAnswer(2)],
    });
    expect(await screen.findByRole('link', { name: 'Inkorg (2 olästa)' })).toHaveAttribute(
      'href',
      '/inbox',
    );
  });

  it('links to the inbox without a count when everything is read', async () => {
    renderCitizenApp({
      path: '/',
      mocks: [signedInViewer(), activeSession, noDrafts, unreadAnswer(0)],
    });
    expect(await screen.findByRole('link', { name: 'Inkorg' })).toHaveAttribute('href', '/inbox');
  });
});
