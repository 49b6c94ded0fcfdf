import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  activeSession,
  noDrafts,
  renderCitizenApp,
  signedInViewer,
} from '../../test/render-app.tsx';
import { inboxAnswer, inboxCase, inboxNotice, latestMessage, unreadAnswer } from './test-cases.ts';

const contactNotice = {
  __typename: 'SystemNotice' as const,
  key: 'CONTACT_DETAILS_REMOVED' as const,
  recipientRole: null,
  childName: null,
  endsOn: null,
};

describe('inbox', () => {
  it('lists cases by their newest message, what wants me marked by word, mark and weight and said first', async () => {
    renderCitizenApp({
      path: '/inbox',
      mocks: [
        signedInViewer(),
        activeSession,
        inboxAnswer(
          'INBOX',
          [
            inboxCase('case-3', {
              status: 'WAITING_FOR_CITIZEN',
              waitingForReply: true,
              latestMessage: latestMessage({ id: 'm-3', kind: 'COUNTER_QUESTION' }),
            }),
            inboxCase('case-2', { unreadCount: 2 }),
            inboxNotice('notice-1', contactNotice),
            inboxCase('case-1', {
              status: 'ANSWERED',
              unreadCount: 0,
              latestMessage: latestMessage({
                id: 'm-1',
                createdAt: '2026-11-19T13:05:00.000Z',
                readAt: '2026-11-20T09:00:00.000Z',
              }),
            }),
            inboxCase('case-0', {
              status: 'NEW',
              unreadCount: 0,
              latestMessage: latestMessage({
                id: 'm-0',
                kind: 'CASE_SUBMITTED',
                authorKind: 'SYSTEM',
                authorName: null,
                readAt: '2026-11-18T10:00:00.000Z',
              }),
              submittedAt: '2026-11-18T10:00:00.000Z',
            }),
          ],
          { unreadCount: 4 },
        ),
      ],
    });
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Inkorg 4 olästa meddelanden',
    });
    expect(within(heading).getByText('4 olästa meddelanden')).toHaveClass('etj-page-title__detail');
    expect(document.title).toBe('Inkorg (4 olästa) – E-tjänster för vården');
    const links = await screen.findAllByRole('link', { name: /Förnya recept/ });
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/cases/case-3',
      '/cases/case-2',
      '/cases/case-1',
      '/cases/case-0',
    ]);
    expect(links[0]).toHaveAccessibleName('Vårdgivaren väntar på ditt svar: Förnya recept');
    expect(links[1]).toHaveAccessibleName('2 nya svar: Förnya recept');
    expect(links[2]).toHaveAccessibleName('Förnya recept');
    expect(links[3]).toHaveAccessibleName('Förnya recept');

    const waiting = links[0]!.closest('li')!;
    expect(waiting).toHaveClass('etj-inbox-item--unread');
    const waitingTag = within(links[0]!).getByText('Väntar på ditt svar', { exact: true });
    expect(waitingTag).toHaveClass('etj-entry-tag--waiting');
    expect(waitingTag.querySelector('svg')).not.toBeNull();
    expect(within(waiting).getByText('Status: Väntar på ditt svar')).toBeVisible();
    expect(within(waiting).getByText(/Fråga från mottagningen från Anna Andersson/)).toBeVisible();

    const answered = links[1]!.closest('li')!;
    expect(answered).toHaveClass('etj-inbox-item--unread');
    expect(within(links[1]!).getByText('2 nya svar', { exact: true })).toHaveClass(
      'etj-entry-tag--new',
    );
    expect(within(answered).getByText('Farsta vårdcentral · Ärende E-2026-7F3A9C21')).toBeVisible();
    expect(within(answered).getByText(/Svar från Anna Andersson, sjuksköterska/)).toBeVisible();
    expect(within(answered).getByText('20 nov. 2026 09:30')).toBeVisible();

    const read = links[2]!.closest('li')!;
    expect(read).not.toHaveClass('etj-inbox-item--unread');
    expect(read.querySelector('.etj-entry-tag')).toBeNull();
    expect(within(read).getByText('Status: Besvarat')).toBeVisible();

    // Only the receipt: when it was sent, not the receipt as a message.
    const sent = links[3]!.closest('li')!;
    expect(within(sent).getByText('Skickat 18 november 2026')).toBeVisible();
    expect(within(sent).queryByText(/Ärendet är skickat/)).toBeNull();

    const notice = screen.getByText('Ange dina kontaktuppgifter igen').closest('summary')!;
    expect(notice).toHaveTextContent(/^Nytt meddelande:/);
    expect(notice.closest('li')).toHaveClass('etj-inbox-item--unread');

    expect(screen.getByRole('link', { name: 'Till arkivet' })).toHaveAttribute(
      'href',
      '/inbox/archive',
    );
    expect(screen.queryByRole('button', { name: 'Visa fler' })).toBeNull();
  });

  it('has no count in the heading or title when everything is read', async () => {
    renderCitizenApp({
      path: '/inbox',
      mocks: [
        signedInViewer(),
        activeSession,
        inboxAnswer('INBOX', [inboxCase('case-1', { unreadCount: 0 })], { unreadCount: 0 }),
      ],
    });
    await screen.findByRole('link', { name: 'Förnya recept' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveAccessibleName('Inkorg');
    expect(document.title).toBe('Inkorg – E-tjänster för vården');
  });

  it('Visa fler appends the next page after the cursor', async () => {
    renderCitizenApp({
      path: '/inbox',
      mocks: [
        signedInViewer(),
        activeSession,
        inboxAnswer('INBOX', [inboxCase('case-3')], { nextCursor: 'cursor-1' }),
        inboxAnswer('INBOX', [inboxCase('case-2')], { after: 'cursor-1' }),
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Visa fler' }));

    expect(await screen.findByText('1 till visas i listan.')).toBeInTheDocument();
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

  it('the archive lists filed cases in the same shape, without an unread count', async () => {
    renderCitizenApp({
      path: '/inbox/archive',
      mocks: [
        signedInViewer(),
        activeSession,
        inboxAnswer('ARCHIVE', [inboxCase('case-1', { archived: true, unreadCount: 0 })], {
          unreadCount: 3,
        }),
      ],
    });
    const link = await screen.findByRole('link', { name: 'Förnya recept' });
    expect(link).toHaveAttribute('href', '/cases/case-1');
    expect(screen.getByRole('heading', { level: 1 })).toHaveAccessibleName('Arkiv');
    expect(document.title).toBe('Arkiv – E-tjänster för vården');
  });

  it('is in English too', async () => {
    renderCitizenApp({
      path: '/inbox?lang=en',
      mocks: [
        signedInViewer(),
        activeSession,
        inboxAnswer(
          'INBOX',
          [
            inboxCase('case-2', {
              waitingForReply: true,
              status: 'WAITING_FOR_CITIZEN',
              latestMessage: latestMessage({ kind: 'COUNTER_QUESTION' }),
            }),
            inboxCase('case-1'),
          ],
          { unreadCount: 1 },
        ),
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Inbox 1 unread message' });
    expect(document.title).toBe('Inbox (1 unread) – Healthcare e-services');
    expect(
      await screen.findByRole('link', {
        name: 'The clinic is waiting for your answer: Renew a prescription',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'New answer: Renew a prescription' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Answer from Anna Andersson, Nurse/)).toBeVisible();
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
