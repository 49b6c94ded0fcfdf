import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  CitizenMarkMessageReadDocument,
  CitizenSetMessageArchivedDocument,
  type NoticeKey,
  type NoticeRecipientRole,
} from '../../gql/graphql.ts';
import {
  activeSession,
  noUnreadMessages,
  renderCitizenApp,
  signedInViewer,
} from '../../test/render-app.tsx';
import { inboxAnswer, inboxNotice } from './test-cases.ts';

function noticeMessage(
  id: string,
  key: NoticeKey,
  recipientRole: NoticeRecipientRole | null,
  overrides: { readAt?: string | null; archived?: boolean } = {},
) {
  const notice = {
    __typename: 'SystemNotice' as const,
    key,
    recipientRole,
    childName: key === 'CONTACT_DETAILS_REMOVED' ? null : 'Ella',
    endsOn: key === 'CONTACT_DETAILS_REMOVED' ? null : '2027-03-12',
  };
  return inboxNotice(id, notice, overrides);
}

describe('notices from the service in the inbox', () => {
  it('words each notice for its recipient; opening one marks it read', async () => {
    const read: string[] = [];
    renderCitizenApp({
      path: '/inbox',
      mocks: [
        signedInViewer(),
        activeSession,
        noUnreadMessages,
        inboxAnswer(
          'INBOX',
          [
            noticeMessage('n-guardian', 'PROXY_ENDS_IN_THREE_MONTHS', 'GUARDIAN'),
            noticeMessage('n-child', 'PROXY_ENDS_IN_ONE_WEEK', 'CHILD', {
              readAt: '2026-11-20T08:30:00.000Z',
            }),
            noticeMessage('n-contact', 'CONTACT_DETAILS_REMOVED', null, {
              readAt: '2026-11-20T08:30:00.000Z',
            }),
          ],
          { unreadCount: 1 },
        ),
        {
          request: { query: CitizenMarkMessageReadDocument, variables: () => true },
          result: ({ id }: { id: string }) => {
            read.push(id);
            return {
              data: {
                markMessageRead: {
                  __typename: 'InboxMessage',
                  id,
                  readAt: '2026-11-25T10:00:00.000Z',
                },
              },
            };
          },
        },
      ],
    });
    const guardianTitle = await screen.findByText('Ditt ombud för Ella upphör den 12 mars 2027');
    // Told apart from cases: a tag with a word and a mark, said first to screen readers.
    expect(guardianTitle.closest('summary')).toHaveTextContent(/^Nytt meddelande:/);
    expect(
      guardianTitle.closest('summary')?.querySelector('.etj-entry-tag--notice svg'),
    ).not.toBeNull();
    expect(guardianTitle.closest('li')).toHaveClass('etj-inbox-item--unread');
    const childTitle = screen.getByText('Påminnelse: om en vecka sköter du dina ärenden själv');
    expect(childTitle.closest('summary')).toHaveTextContent(/^Meddelande från tjänsten:/);
    expect(childTitle.closest('li')).not.toHaveClass('etj-inbox-item--unread');
    expect(screen.getByText('Ange dina kontaktuppgifter igen')).toBeInTheDocument();

    await userEvent.click(guardianTitle);
    expect(
      screen.getByText(/^Den 12 mars 2027 fyller Ella 13 år och då upphör ditt ombud\./),
    ).toBeVisible();
    await waitFor(() => {
      expect(read).toEqual(['n-guardian']);
    });

    // An already read notice is not marked again; the contact notice leads to Aviseringar.
    await userEvent.click(screen.getByText('Ange dina kontaktuppgifter igen'));
    expect(
      screen.getByText(/^Eftersom du har fyllt 13 år har vi tagit bort e-postadressen/),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Gå till Aviseringar' })).toHaveAttribute(
      'href',
      '/settings/notifications',
    );
    expect(read).toEqual(['n-guardian']);
  });

  it('archives a notice', async () => {
    const archived: unknown[] = [];
    renderCitizenApp({
      path: '/inbox?lang=en',
      mocks: [
        signedInViewer(),
        activeSession,
        noUnreadMessages,
        inboxAnswer('INBOX', [
          noticeMessage('n-child', 'PROXY_ENDS_IN_THREE_MONTHS', 'CHILD', {
            readAt: '2026-11-20T08:30:00.000Z',
          }),
        ]),
        {
          request: { query: CitizenSetMessageArchivedDocument, variables: () => true },
          result: ({ input }: { input: { messageId: string; archived: boolean } }) => {
            archived.push(input);
            return {
              data: {
                setMessageArchived: {
                  __typename: 'InboxMessage',
                  id: input.messageId,
                  archived: input.archived,
                  readAt: '2026-11-20T08:30:00.000Z',
                },
              },
            };
          },
        },
        inboxAnswer('INBOX', []),
      ],
    });
    await userEvent.click(await screen.findByText('Soon you will handle your requests yourself'));
    expect(screen.getByText(/^From 12 March 2027 your guardians/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Archive the message' }));
    expect(await screen.findByText('The message has been archived.')).toBeInTheDocument();
    expect(archived).toEqual([{ messageId: 'n-child', archived: true }]);
    expect(await screen.findByText('You have no messages in your inbox.')).toBeInTheDocument();
  });
});
