import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StaffAlertSettingsDocument, StaffSaveAlertSettingsDocument } from '../../gql/graphql.ts';
import {
  activeSession,
  currentLocation,
  errorAnswer,
  regionUnit,
  renderStaffApp,
  signedInViewer,
} from '../../test/render-app.tsx';

const settings: {
  __typename: 'StaffAlertSettings';
  clinicId: string | null;
  email: string | null;
  locale: 'sv' | 'en';
  newCases: boolean;
  assignedToMe: boolean;
  citizenReplies: boolean;
  mayAlertNewCases: boolean;
  mayAlertAssignments: boolean;
  mayAlertReplies: boolean;
  updatedAt: string | null;
} = {
  __typename: 'StaffAlertSettings',
  clinicId: 'clinic-1',
  email: null,
  locale: 'sv',
  newCases: false,
  assignedToMe: false,
  citizenReplies: false,
  mayAlertNewCases: true,
  mayAlertAssignments: true,
  mayAlertReplies: true,
  updatedAt: null,
};

const settingsAnswer = (overrides: Partial<typeof settings> = {}) => ({
  request: { query: StaffAlertSettingsDocument },
  result: { data: { staffAlertSettings: { ...settings, ...overrides } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const HINT =
  'Högst ett mejl per kvart. Mejlet säger bara att det finns nya ärenden, aldrig något om patienten.';

describe('alert settings (Aviseringar)', () => {
  it('is reached from the overview, shows the API’s refusal inline and in a focused summary, then saves and says so', async () => {
    const sent: unknown[] = [];
    renderStaffApp({
      mocks: [
        signedInViewer(),
        activeSession,
        settingsAnswer(),
        {
          request: { query: StaffSaveAlertSettingsDocument, variables: () => true },
          result: (variables: { input: unknown }) => {
            sent.push(variables.input);
            return errorAnswer({
              code: 'BAD_USER_INPUT',
              fields: [{ path: 'email', code: 'EMAIL_REQUIRED' }],
            });
          },
        },
        {
          request: { query: StaffSaveAlertSettingsDocument, variables: () => true },
          result: (variables: { input: unknown }) => {
            sent.push(variables.input);
            return {
              data: {
                saveStaffAlertSettings: {
                  ...settings,
                  email: 'vera@region.se',
                  locale: 'en',
                  newCases: true,
                  updatedAt: '2026-11-25T10:00:00.000Z',
                },
              },
            };
          },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('link', { name: 'Aviseringar' }));
    expect(currentLocation()).toBe('/settings/alerts');
    await screen.findByRole('heading', { level: 1, name: 'Aviseringar' });

    const newCases = await screen.findByRole('checkbox', {
      name: 'Nya ärenden kommer in i mottagningens kö',
    });
    expect(newCases).toHaveAccessibleDescription(HINT);
    expect(
      screen.getByRole('checkbox', { name: 'Ett ärende fördelas till mig' }),
    ).not.toBeChecked();
    expect(
      screen.getByRole('checkbox', { name: 'En patient svarar på min motfråga' }),
    ).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Svenska' })).toBeChecked();

    await userEvent.click(newCases);
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    const error = 'Skriv en e-postadress, eller välj bort aviseringarna.';
    const summary = await screen.findByRole('group', { name: /Du behöver rätta följande/ });
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: error })).toHaveAttribute(
      'href',
      '#alert-email',
    );
    const email = screen.getByRole('textbox', { name: 'E-postadress för aviseringar' });
    expect(email).toHaveAccessibleDescription(expect.stringContaining(error));
    expect(sent[0]).toEqual({
      email: null,
      locale: 'sv',
      newCases: true,
      assignedToMe: false,
      citizenReplies: false,
    });

    await userEvent.type(email, 'vera@region.se');
    await userEvent.click(screen.getByRole('radio', { name: 'Engelska' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Aviseringarna är sparade.');
    expect(screen.queryByRole('link', { name: error })).toBeNull();
    expect(sent[1]).toEqual({
      email: 'vera@region.se',
      locale: 'en',
      newCases: true,
      assignedToMe: false,
      citizenReplies: false,
    });
  });

  it('offers only the switches the API says apply, in English too', async () => {
    renderStaffApp({
      path: '/settings/alerts?lang=en',
      mocks: [
        signedInViewer(),
        activeSession,
        settingsAnswer({ mayAlertNewCases: false, email: 'vera@region.se' }),
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Notifications' });
    expect(
      await screen.findByRole('checkbox', { name: 'A case is assigned to me' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: 'A patient answers my counter-question' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('checkbox', { name: 'New cases arrive in the clinic queue' }),
    ).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Email address for notifications' })).toHaveValue(
      'vera@region.se',
    );
  });

  it('in a region session offers no switch but keeps address and language', async () => {
    renderStaffApp({
      path: '/settings/alerts',
      mocks: [
        signedInViewer({ currentUnit: regionUnit }),
        activeSession,
        settingsAnswer({
          clinicId: null,
          mayAlertNewCases: false,
          mayAlertAssignments: false,
          mayAlertReplies: false,
        }),
      ],
    });
    expect(
      await screen.findByText(/Med dina roller på den här arbetsplatsen finns inga aviseringar/),
    ).toBeInTheDocument();
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.getByRole('textbox', { name: 'E-postadress för aviseringar' })).toBeEnabled();
  });
});
