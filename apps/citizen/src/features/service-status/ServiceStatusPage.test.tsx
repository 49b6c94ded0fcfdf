import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type MockLink } from '@apollo/client/testing';
import { describe, expect, it } from 'vitest';
import {
  CitizenConfirmServiceStatusSubscriptionDocument,
  CitizenServiceStatusDocument,
  CitizenSubscribeToServiceStatusDocument,
  CitizenUnsubscribeFromServiceStatusDocument,
} from '../../gql/graphql.ts';
import { anonymousViewer, errorAnswer, renderCitizenApp } from '../../test/render-app.tsx';

const TOKEN = 'a'.repeat(43);

function announcement(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ServiceAnnouncement' as const,
    id,
    kind: 'DISTURBANCE',
    affected: ['CITIZEN', 'NOTIFICATIONS'],
    title: {
      __typename: 'LocalizedText' as const,
      sv: 'Inloggningen krånglar',
      en: 'Login trouble',
    },
    body: { __typename: 'LocalizedText' as const, sv: 'Vi felsöker.', en: 'We are investigating.' },
    startsAt: '2026-12-03T08:00:00.000Z',
    endsAt: null,
    publishedAt: '2026-12-03T08:05:00.000Z',
    updates: [
      {
        __typename: 'ServiceAnnouncementUpdate' as const,
        id: 'u1',
        text: { __typename: 'LocalizedText' as const, sv: 'Orsaken är hittad.', en: 'Found it.' },
        at: '2026-12-03T09:00:00.000Z',
      },
    ],
    ...overrides,
  };
}

function statusAnswer(
  current: ReturnType<typeof announcement>[],
  upcoming: ReturnType<typeof announcement>[],
): MockLink.MockedResponse {
  return {
    request: { query: CitizenServiceStatusDocument },
    result: {
      data: { serviceStatus: { __typename: 'ServiceStatus', current, upcoming } },
    },
  };
}

function subscribeAnswer(email: string, result: MockLink.MockedResponse['result']) {
  return {
    request: {
      query: CitizenSubscribeToServiceStatusDocument,
      variables: { input: { email, language: 'sv' } },
    },
    result,
  };
}

describe('the driftstatus page', () => {
  it('shows what is disturbed now and what is planned, without login', async () => {
    renderCitizenApp({
      path: '/driftstatus',
      mocks: [
        anonymousViewer,
        statusAnswer(
          [announcement('d1')],
          [
            announcement('m1', {
              kind: 'MAINTENANCE',
              affected: ['STAFF'],
              title: { __typename: 'LocalizedText', sv: 'Uppgradering', en: 'Upgrade' },
              startsAt: '2026-12-10T19:00:00.000Z',
              endsAt: '2026-12-10T21:00:00.000Z',
              updates: [],
            }),
          ],
        ),
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Driftstatus' })).toBeVisible();
    const now = await screen.findByRole('heading', {
      level: 3,
      name: 'Driftstörning: Inloggningen krånglar',
    });
    const article = now.closest('article')!;
    expect(
      within(article).getByText('E-tjänsterna för invånare, Aviseringar via e-post och sms'),
    ).toBeVisible();
    expect(within(article).getByText('Tills vidare')).toBeVisible();
    expect(within(article).getByText('Orsaken är hittad.')).toBeVisible();
    const planned = screen.getByRole('heading', {
      level: 3,
      name: 'Planerat underhåll: Uppgradering',
    });
    expect(within(planned.closest('article')!).getByText('10 dec. 2026 20:00')).toBeVisible();
    // Nobody is asked to log in.
    expect(screen.queryByRole('link', { name: 'Logga in' })).toBeNull();
  });

  it('says so when all is well, in English too', async () => {
    renderCitizenApp({
      path: '/driftstatus?lang=en',
      mocks: [anonymousViewer, statusAnswer([], [])],
    });
    expect(
      await screen.findByText('No known disruptions right now. The services work as usual.'),
    ).toBeVisible();
    expect(screen.getByText('No maintenance is planned.')).toBeVisible();
  });

  it('subscribes by keyboard and says what happens next, never whether the address subscribes', async () => {
    const user = userEvent.setup();
    renderCitizenApp({
      path: '/driftstatus',
      mocks: [
        anonymousViewer,
        statusAnswer([], []),
        subscribeAnswer('ada@example.se', { data: { subscribeToServiceStatus: true } }),
      ],
    });
    await screen.findByText('Inget underhåll är planerat.');
    await user.click(screen.getByRole('textbox', { name: /E-postadress/ }));
    await user.keyboard('ada@example.se');
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Svenska' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Prenumerera' }));
    expect(
      await screen.findByText(/Om adressen inte redan prenumererar får du strax ett mejl/),
    ).toBeVisible();
  });

  it('points at the address when it is missing or refused', async () => {
    const user = userEvent.setup();
    renderCitizenApp({
      path: '/driftstatus',
      mocks: [
        anonymousViewer,
        statusAnswer([], []),
        subscribeAnswer(
          'inte-en-adress',
          errorAnswer({
            code: 'BAD_USER_INPUT',
            fields: [{ path: 'email', code: 'EMAIL_INVALID' }],
          }),
        ),
      ],
    });
    await screen.findByText('Inget underhåll är planerat.');
    await user.click(screen.getByRole('button', { name: 'Prenumerera' }));
    const summary = await screen.findByRole('link', { name: 'Skriv din e-postadress.' });
    expect(summary).toBeVisible();
    await user.type(screen.getByRole('textbox', { name: /E-postadress/ }), 'inte-en-adress');
    await user.click(screen.getByRole('button', { name: 'Prenumerera' }));
    expect(
      await screen.findByRole('link', { name: 'Skriv e-postadressen i formatet namn@exempel.se.' }),
    ).toBeVisible();
  });
});

describe('the links in the mails', () => {
  it('confirms only when the button is pressed', async () => {
    const user = userEvent.setup();
    renderCitizenApp({
      path: `/driftstatus/confirm?token=${TOKEN}`,
      mocks: [
        anonymousViewer,
        {
          request: {
            query: CitizenConfirmServiceStatusSubscriptionDocument,
            variables: { token: TOKEN },
          },
          result: { data: { confirmServiceStatusSubscription: true } },
        },
      ],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bekräfta prenumerationen' }),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Bekräfta prenumerationen' }));
    expect(await screen.findByText(/Prenumerationen är bekräftad/)).toBeVisible();
  });

  it('explains a link that is no longer valid', async () => {
    const user = userEvent.setup();
    renderCitizenApp({
      path: `/driftstatus/unsubscribe?token=${TOKEN}`,
      mocks: [
        anonymousViewer,
        {
          request: {
            query: CitizenUnsubscribeFromServiceStatusDocument,
            variables: { token: TOKEN },
          },
          result: errorAnswer({ code: 'NOT_FOUND' }),
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Avsluta prenumerationen' }));
    expect(await screen.findByText(/Prenumerationen kan redan vara avslutad/)).toBeVisible();
  });

  it('says a link without a token is not valid', async () => {
    renderCitizenApp({ path: '/driftstatus/unsubscribe', mocks: [anonymousViewer] });
    expect(await screen.findByText(/Länken gäller inte/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Avsluta prenumerationen' })).toBeNull();
  });
});
