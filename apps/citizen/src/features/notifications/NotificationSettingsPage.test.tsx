import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  CitizenNotificationSettingsDocument,
  CitizenSaveNotificationSettingsDocument,
} from '../../gql/graphql.ts';
import {
  activeSession,
  errorAnswer,
  proxyChild,
  renderCitizenApp,
  signedInViewer,
} from '../../test/render-app.tsx';

const settings = {
  __typename: 'NotificationSettings' as const,
  personId: 'citizen-1',
  email: null,
  mobile: null,
  notifyByEmail: false,
  notifyBySms: false,
  locale: 'sv' as const,
  updatedAt: null,
};

const settingsAnswer = (personId = 'citizen-1') => ({
  request: { query: CitizenNotificationSettingsDocument },
  result: { data: { notificationSettings: { ...settings, personId } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('notification settings (Aviseringar)', () => {
  it('shows the API’s refusals inline and in an error summary, then saves', async () => {
    const sent: unknown[] = [];
    renderCitizenApp({
      path: '/settings/notifications',
      mocks: [
        signedInViewer(),
        activeSession,
        settingsAnswer(),
        {
          request: { query: CitizenSaveNotificationSettingsDocument, variables: () => true },
          result: (variables: { input: unknown }) => {
            sent.push(variables.input);
            return errorAnswer({
              code: 'BAD_USER_INPUT',
              fields: [
                { path: 'email', code: 'EMAIL_INVALID' },
                { path: 'mobile', code: 'MOBILE_REQUIRED' },
              ],
            });
          },
        },
        {
          request: { query: CitizenSaveNotificationSettingsDocument, variables: () => true },
          result: (variables: { input: unknown }) => {
            sent.push(variables.input);
            return {
              data: {
                saveNotificationSettings: {
                  ...settings,
                  email: 'sara@exempel.se',
                  notifyByEmail: true,
                  updatedAt: '2026-11-25T10:00:00.000Z',
                },
              },
            };
          },
        },
      ],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Aviseringar' }),
    ).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Via e-post' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Via sms' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'E-postadress' }), 'sara@');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));

    const emailError = 'Skriv e-postadressen i formatet namn@exempel.se.';
    const mobileError = 'Skriv ett mobilnummer, eller välj bort besked via sms.';
    expect(await screen.findByRole('link', { name: emailError })).toHaveAttribute(
      'href',
      '#notification-email',
    );
    expect(screen.getByRole('link', { name: mobileError })).toHaveAttribute(
      'href',
      '#notification-mobile',
    );
    expect(screen.getByRole('textbox', { name: 'E-postadress' })).toHaveAccessibleDescription(
      expect.stringContaining(emailError),
    );
    expect(sent[0]).toEqual({
      email: 'sara@',
      mobile: null,
      notifyByEmail: true,
      notifyBySms: true,
      locale: 'sv',
    });

    await userEvent.type(screen.getByRole('textbox', { name: 'E-postadress' }), 'exempel.se');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Via sms' }));
    await userEvent.click(screen.getByRole('radio', { name: 'English' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Inställningarna är sparade.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: emailError })).toBeNull();
    expect(sent[1]).toEqual({
      email: 'sara@exempel.se',
      mobile: null,
      notifyByEmail: true,
      notifyBySms: false,
      locale: 'en',
    });
  });

  it('offers the language of notifications, starting from the stored one', async () => {
    renderCitizenApp({
      path: '/settings/notifications',
      mocks: [
        signedInViewer(),
        activeSession,
        {
          request: { query: CitizenNotificationSettingsDocument },
          result: {
            data: {
              notificationSettings: { ...settings, mobile: '+46701740605', locale: 'en' },
            },
          },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
      ],
    });
    const group = await screen.findByRole('group', { name: 'Språk i aviseringar' });
    expect(within(group).getByRole('radio', { name: 'English' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: 'Svenska' })).not.toBeChecked();
    // Each language is named in itself, marked up so a screen reader pronounces it right.
    expect(within(group).getByText('English')).toHaveAttribute('lang', 'en');
    expect(within(group).getByText('Svenska')).toHaveAttribute('lang', 'sv');
    expect(screen.getByRole('textbox', { name: 'Mobilnummer' })).toHaveValue('+46701740605');
    expect(screen.getByRole('textbox', { name: 'Mobilnummer' })).toHaveAccessibleDescription(
      expect.stringContaining('070-123 45 67'),
    );
  });

  it('says that the settings apply to the child in proxy mode', async () => {
    renderCitizenApp({
      path: '/settings/notifications?lang=en',
      mocks: [
        signedInViewer({ actingFor: proxyChild() }),
        activeSession,
        settingsAnswer('child-noah'),
      ],
    });
    const main = await screen.findByRole('main');
    expect(
      await within(main).findByText(/These settings apply to Noah Ekström\./),
    ).toBeInTheDocument();
    expect(within(main).getByRole('checkbox', { name: 'By email' })).not.toBeChecked();
    expect(
      within(main).getByRole('group', { name: 'Language of notifications' }),
    ).toBeInTheDocument();
    expect(within(main).getByRole('radio', { name: 'Svenska' })).toBeChecked();
  });
});
