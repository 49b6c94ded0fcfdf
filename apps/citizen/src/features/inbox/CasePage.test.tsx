import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  CitizenCaseDocument,
  CitizenReplyToCaseDocument,
  CitizenSetCaseArchivedDocument,
  type ReplyToCaseInput,
  type SetCaseArchivedInput,
} from '../../gql/graphql.ts';
import {
  activeSession,
  errorAnswer,
  renderCitizenApp,
  signedInViewer,
} from '../../test/render-app.tsx';
import { caseAnswer, caseMessage, citizenCase, markReadAnswer } from './test-cases.ts';
import { type CitizenCase } from './use-citizen-case.ts';

async function renderCase(
  caseRecord: CitizenCase,
  more: Parameters<typeof renderCitizenApp>[0]['mocks'] = [],
  path = '/cases/case-1',
) {
  const marked: string[] = [];
  renderCitizenApp({
    path,
    mocks: [
      signedInViewer(),
      activeSession,
      caseAnswer(caseRecord),
      markReadAnswer(caseRecord, marked),
      ...more,
    ],
  });
  await screen.findByRole('heading', { level: 1, name: /Förnya recept|Renew a prescription/ });
  return { marked };
}

const waiting = citizenCase({
  status: 'WAITING_FOR_CITIZEN',
  canReply: true,
  messages: [
    caseMessage('message-1', {
      kind: 'COUNTER_QUESTION',
      text: 'Hur länge har du tagit medicinen?',
    }),
  ],
});

describe('case page', () => {
  it('shows the case, the sent form, files and messages with outcomes in words, and marks it read', async () => {
    const { marked } = await renderCase(citizenCase());

    const facts = screen.getByText('Referensnummer').closest('dl')!;
    expect(within(facts).getByText('E-2026-7F3A9C21')).toBeVisible();
    expect(within(facts).getByText('Besvarat')).toBeVisible();
    expect(within(facts).getByText('18 nov. 2026 10:45')).toBeVisible();

    const messages = screen.getByRole('region', { name: 'Meddelanden' });
    const items = within(messages).getAllByRole('listitem');
    expect(within(items[0]!).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Ärendet är skickat',
    );
    expect(
      within(messages).getByText(
        'Du skickade ärendet till mottagningen. Referensnummer: E-2026-7F3A9C21.',
      ),
    ).toBeVisible();
    expect(within(messages).getByText(/Anna Andersson, sjuksköterska/)).toBeVisible();
    expect(
      within(messages).getByText(
        'Tid bokad: torsdag 3 december 2026 kl. 09.30, Farsta vårdcentral',
      ),
    ).toBeVisible();
    expect(within(messages).getByText('Ditt recept är förnyat')).toBeVisible();
    expect(within(messages).getByText('Ring oss på 08-123 456 78')).toBeVisible();

    const form = screen.getByRole('region', { name: 'Det här skickade du' });
    expect(within(form).getByText('Levaxin')).toBeVisible();
    expect(within(form).getByText('Nej')).toBeVisible();
    expect(within(form).getByRole('link', { name: 'remiss.pdf (120 kB)' })).toHaveAttribute(
      'href',
      '/api/citizen/attachments/file-1',
    );

    expect(screen.queryByRole('heading', { name: 'Svara på frågan' })).toBeNull();
    await screen.findByRole('button', { name: 'Arkivera ärendet' });
    expect(marked).toEqual(['case-1']);
  });

  it('writes outcomes in English too', async () => {
    await renderCase(citizenCase(), [], '/cases/case-1?lang=en');
    expect(
      await screen.findByText(
        'Appointment booked: Thursday, 3 December 2026 at 09:30, Farsta vårdcentral',
      ),
    ).toBeVisible();
    expect(screen.getByText('Your prescription has been renewed')).toBeVisible();
    expect(screen.getByText('Please call us on 08-123 456 78')).toBeVisible();
  });

  it('an empty reply gets an inline error and an error summary that takes focus', async () => {
    await renderCase(waiting);
    await userEvent.click(screen.getByRole('button', { name: 'Skicka svar' }));

    const summary = await screen.findByText('Du behöver rätta följande innan du kan gå vidare:');
    expect(summary.closest('[tabindex="-1"]')).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Skriv ditt svar.' })).toHaveAttribute(
      'href',
      '#reply-text',
    );
    const field = screen.getByRole('textbox', { name: 'Ditt svar' });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Skriv ditt svar.');
  });

  it('clicking Skicka svar twice sends one reply with one key, then the form goes away', async () => {
    const sent: ReplyToCaseInput[] = [];
    const answered = citizenCase({
      status: 'ASSIGNED',
      canReply: false,
      messages: [
        ...waiting.messages,
        caseMessage('message-2', {
          kind: 'CITIZEN_REPLY',
          authorKind: 'CITIZEN',
          authorName: { sv: 'Tolvan Tolvansson', en: 'Tolvan Tolvansson' },
          text: 'I två år.',
        }),
      ],
    });
    await renderCase(waiting, [
      {
        request: { query: CitizenReplyToCaseDocument, variables: () => true },
        result: ({ input }: { input: ReplyToCaseInput }) => {
          sent.push(input);
          return { data: { replyToCase: answered } };
        },
        delay: 50,
        maxUsageCount: 2,
      },
    ]);
    await userEvent.type(screen.getByRole('textbox', { name: 'Ditt svar' }), 'I två år.');
    await userEvent.dblClick(screen.getByRole('button', { name: 'Skicka svar' }));

    const done = await screen.findByText('Ditt svar är skickat till mottagningen.');
    expect(done.closest('[tabindex="-1"]')).toHaveFocus();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ caseId: 'case-1', text: 'I två år.' });
    expect(sent[0]!.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(screen.queryByRole('heading', { name: 'Svara på frågan' })).toBeNull();
    expect(screen.getByText('I två år.')).toBeVisible();
    expect(screen.getByText(/^Du ·/)).toBeVisible();
  });

  it('a retry after a lost answer reuses the key', async () => {
    const sent: ReplyToCaseInput[] = [];
    const answers = [
      errorAnswer({ code: 'INTERNAL_SERVER_ERROR' }),
      { data: { replyToCase: citizenCase({ status: 'ASSIGNED' }) } },
    ];
    await renderCase(waiting, [
      {
        request: { query: CitizenReplyToCaseDocument, variables: () => true },
        result: ({ input }: { input: ReplyToCaseInput }) => {
          sent.push(input);
          return answers[sent.length - 1]!;
        },
        maxUsageCount: 2,
      },
    ]);
    await userEvent.type(screen.getByRole('textbox', { name: 'Ditt svar' }), 'I två år.');
    await userEvent.click(screen.getByRole('button', { name: 'Skicka svar' }));
    await screen.findByText('Något gick fel hos oss. Försök igen om en stund.');
    await userEvent.click(screen.getByRole('button', { name: 'Skicka svar' }));
    await screen.findByText('Ditt svar är skickat till mottagningen.');
    expect(sent).toHaveLength(2);
    expect(sent[1]!.idempotencyKey).toBe(sent[0]!.idempotencyKey);
  });

  it('archives the case and moves it back to the inbox', async () => {
    const sent: SetCaseArchivedInput[] = [];
    await renderCase(citizenCase(), [
      {
        request: { query: CitizenSetCaseArchivedDocument, variables: () => true },
        result: ({ input }: { input: SetCaseArchivedInput }) => {
          sent.push(input);
          return { data: { setCaseArchived: citizenCase({ archived: input.archived }) } };
        },
        maxUsageCount: 2,
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Arkivera ärendet' }));
    expect(
      await screen.findByText('Ärendet är arkiverat. Du hittar det under Arkiv i inkorgen.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Ärendet ligger i ditt arkiv.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Flytta till inkorgen' }));
    expect(await screen.findByText('Ärendet är flyttat till inkorgen.')).toBeInTheDocument();
    expect(sent).toEqual([
      { caseId: 'case-1', archived: true },
      { caseId: 'case-1', archived: false },
    ]);
    expect(screen.getByRole('button', { name: 'Arkivera ärendet' })).toBeVisible();
  });

  it('a case that is not mine, or does not exist, says so', async () => {
    renderCitizenApp({
      path: '/cases/case-9',
      mocks: [
        signedInViewer(),
        activeSession,
        {
          request: { query: CitizenCaseDocument, variables: { id: 'case-9' } },
          result: errorAnswer({ code: 'NOT_FOUND' }),
        },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Ärendet kan inte visas' });
    expect(
      screen.getByText('Ärendet finns inte eller så har du inte behörighet att se det.'),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Till inkorgen' })).toHaveAttribute('href', '/inbox');
  });
});
