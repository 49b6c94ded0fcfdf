import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type MockLink } from '@apollo/client/testing';
import { describe, expect, it } from 'vitest';
import {
  StaffEndServiceAnnouncementDocument,
  StaffPublishServiceAnnouncementDocument,
  StaffServiceAnnouncementsDocument,
} from '../../gql/graphql.ts';
import {
  activeSession,
  clinicAdminUnit,
  clinicUnit,
  errorAnswer,
  nationalUnit,
  renderStaffApp,
  signedInViewer,
} from '../../test/render-app.tsx';

const admin = signedInViewer({ currentUnit: nationalUnit, units: [nationalUnit, clinicUnit] });

function announcement(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ServiceAnnouncement' as const,
    id,
    kind: 'DISTURBANCE',
    affected: ['CITIZEN'],
    title: {
      __typename: 'LocalizedText' as const,
      sv: 'Inloggningen krånglar',
      en: 'Login trouble',
    },
    body: { __typename: 'LocalizedText' as const, sv: 'Vi felsöker.', en: 'Investigating.' },
    startsAt: '2026-12-03T08:00:00.000Z',
    endsAt: null,
    publishedAt: '2026-12-03T08:00:00.000Z',
    updates: [],
    ...overrides,
  };
}

function listAnswer(items: ReturnType<typeof announcement>[]): MockLink.MockedResponse {
  return {
    request: { query: StaffServiceAnnouncementsDocument },
    result: { data: { serviceAnnouncements: items } },
  };
}

const publishInput = {
  kind: 'DISTURBANCE',
  affected: ['CITIZEN', 'NOTIFICATIONS'],
  titleSv: 'Inloggningen krånglar',
  titleEn: 'Login trouble',
  bodySv: 'Vi felsöker.',
  bodyEn: 'Investigating.',
  startsAt: null,
  endsAt: null,
};

async function fillPublishForm(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('checkbox', { name: 'E-tjänsterna för invånare' }));
  await user.click(screen.getByRole('checkbox', { name: 'Aviseringar' }));
  await user.type(
    screen.getByRole('textbox', { name: 'Rubrik på svenska' }),
    'Inloggningen krånglar',
  );
  await user.type(screen.getByRole('textbox', { name: 'Rubrik på engelska' }), 'Login trouble');
  await user.type(screen.getByRole('textbox', { name: 'Beskrivning på svenska' }), 'Vi felsöker.');
  await user.type(
    screen.getByRole('textbox', { name: 'Beskrivning på engelska' }),
    'Investigating.',
  );
}

describe('driftstatus for the national service administration', () => {
  it('is offered on the home page and publishes a disturbance that starts now', async () => {
    const user = userEvent.setup();
    renderStaffApp({
      mocks: [
        admin,
        activeSession,
        listAnswer([]),
        {
          request: {
            query: StaffPublishServiceAnnouncementDocument,
            variables: { input: publishInput },
          },
          result: { data: { publishServiceAnnouncement: announcement('a1') } },
        },
        listAnswer([announcement('a1')]),
      ],
    });
    const nav = await screen.findByRole('navigation', { name: 'Nationell förvaltning' });
    await user.click(within(nav).getByRole('link', { name: 'Driftstatus' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Driftstatus' })).toBeVisible();
    expect(await screen.findByText('Inget har publicerats ännu.')).toBeVisible();
    await fillPublishForm(user);
    await user.click(screen.getByRole('button', { name: 'Publicera' }));
    expect(await screen.findByText('Publicerat. Prenumeranterna får ett mejl.')).toBeVisible();
    expect(
      await screen.findByRole('heading', {
        level: 3,
        name: 'Driftstörning: Inloggningen krånglar',
      }),
    ).toBeVisible();
  });

  it('shows the API’s refusal at the field, with an error summary', async () => {
    const user = userEvent.setup();
    renderStaffApp({
      path: '/admin/service-status',
      mocks: [
        admin,
        activeSession,
        listAnswer([]),
        {
          request: {
            query: StaffPublishServiceAnnouncementDocument,
            variables: { input: publishInput },
          },
          result: errorAnswer({
            code: 'BAD_USER_INPUT',
            fields: [{ path: 'bodySv', code: 'PERSONAL_DATA' }],
          }),
        },
      ],
    });
    await screen.findByText('Inget har publicerats ännu.');
    await fillPublishForm(user);
    await user.click(screen.getByRole('button', { name: 'Publicera' }));
    expect(
      await screen.findByRole('link', {
        name: /Beskrivning på svenska: Texten verkar innehålla ett personnummer/,
      }),
    ).toBeVisible();
  });

  it('asks for a start before planned maintenance is sent', async () => {
    const user = userEvent.setup();
    renderStaffApp({
      path: '/admin/service-status',
      mocks: [admin, activeSession, listAnswer([])],
    });
    await screen.findByText('Inget har publicerats ännu.');
    await user.click(screen.getByRole('radio', { name: 'Planerat underhåll' }));
    await user.click(screen.getByRole('button', { name: 'Publicera' }));
    expect(await screen.findByRole('link', { name: 'Från: Fyll i.' })).toBeVisible();
  });

  it('ends an announcement with closing words', async () => {
    const user = userEvent.setup();
    const ended = announcement('a1', {
      startsAt: '2026-12-01T08:00:00.000Z',
      endsAt: '2026-12-01T09:00:00.000Z',
      updates: [
        {
          __typename: 'ServiceAnnouncementUpdate',
          id: 'u1',
          text: { __typename: 'LocalizedText', sv: 'Åtgärdat.', en: 'Fixed.' },
          at: '2026-12-03T09:00:00.000Z',
        },
      ],
    });
    renderStaffApp({
      path: '/admin/service-status',
      mocks: [
        admin,
        activeSession,
        listAnswer([announcement('a1')]),
        {
          request: {
            query: StaffEndServiceAnnouncementDocument,
            variables: { input: { id: 'a1', textSv: 'Åtgärdat.', textEn: 'Fixed.' } },
          },
          result: { data: { endServiceAnnouncement: ended } },
        },
        listAnswer([ended]),
      ],
    });
    const group = await screen.findByRole('group', {
      name: 'Uppdatera eller avsluta: Driftstörning: Inloggningen krånglar',
    });
    await user.type(within(group).getByRole('textbox', { name: 'Text på svenska' }), 'Åtgärdat.');
    await user.type(within(group).getByRole('textbox', { name: 'Text på engelska' }), 'Fixed.');
    await user.click(within(group).getByRole('button', { name: 'Avsluta nu' }));
    expect(await screen.findByText('Avslutat. Prenumeranterna får ett mejl.')).toBeVisible();
    expect(await screen.findByText(/avslutat\)/)).toBeVisible();
  });

  it('is not offered to a clinic administrator, and the page says it is not theirs', async () => {
    renderStaffApp({
      path: '/admin/service-status',
      mocks: [signedInViewer({ currentUnit: clinicAdminUnit }), activeSession],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Du har inte behörighet till sidan' }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Publicera' })).toBeNull();
  });
});
