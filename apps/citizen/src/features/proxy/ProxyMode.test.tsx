import { type MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CitizenActForChildDocument,
  CitizenAddProxyChildDocument,
  CitizenMeDocument,
  CitizenStopActingForChildDocument,
} from '../../gql/graphql.ts';
import { caseTypeFormAnswer, TEST_FORM_PATH } from '../case-form/test-forms.ts';
import { clinicAnswer } from '../clinics/test-clinics.ts';
import { caseAnswer, citizenCase } from '../inbox/test-cases.ts';
import {
  activeSession,
  currentLocation,
  errorAnswer,
  noDrafts,
  noProxyChildren,
  noUnreadMessages,
  proxyChild,
  proxyChildrenAnswer,
  renderCitizenApp,
  signedInViewer,
} from '../../test/render-app.tsx';

afterEach(() => {
  document.title = '';
});

const noah = proxyChild();
const actingForNoah = signedInViewer({ actingFor: noah });

/** The viewer query answering from `state`, so a switch of mode shows on the next ask. */
function switchableViewer(state: { actingFor: ReturnType<typeof proxyChild> | null }) {
  return {
    request: { query: CitizenMeDocument },
    result: () => ({
      data: {
        citizenMe: {
          __typename: 'CitizenViewer' as const,
          id: 'citizen-1',
          displayName: 'Sara Ekström',
          personnummer: '19850101-2380',
          mustAcceptTerms: false,
          acceptedTermsVersion: '2026-11-01',
          actingFor: state.actingFor,
          mayActAsGuardian: true,
        },
      },
    }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** A mutation that answers with the viewer in the mode `state` is switched to. */
function switchAnswer(
  query: typeof CitizenActForChildDocument | typeof CitizenStopActingForChildDocument,
  field: 'actForChild' | 'stopActingForChild',
  state: { actingFor: ReturnType<typeof proxyChild> | null },
  next: ReturnType<typeof proxyChild> | null,
  calls: string[],
): MockLink.MockedResponse {
  return {
    request: { query, variables: () => true },
    result: (variables: { personId?: string }) => {
      calls.push(variables.personId ? `${field} ${variables.personId}` : field);
      state.actingFor = next;
      return {
        data: {
          [field]: { __typename: 'CitizenViewer', id: 'citizen-1', actingFor: next },
        },
      };
    },
  };
}

describe('proxy banner', () => {
  it.each([
    '/',
    '/inbox',
    '/clinics',
    '/clinics/clinic-farsta',
    '/settings/notifications',
    '/terms',
  ])('says whom the guardian acts for on %s, with a way out', async (path) => {
    renderCitizenApp({
      path,
      mocks: [actingForNoah, activeSession, noDrafts, noUnreadMessages, clinicAnswer()],
    });
    const banner = await screen.findByRole('region', { name: 'Du agerar för ett barn' });
    expect(
      within(banner).getByText('Du agerar nu för Noah Ekström, 20220315-2384'),
    ).toBeInTheDocument();
    expect(within(banner).getByRole('button', { name: 'Sluta agera för Noah' })).toBeEnabled();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('is not there when the citizen acts for themselves', async () => {
    renderCitizenApp({
      mocks: [signedInViewer(), activeSession, noDrafts, noUnreadMessages, noProxyChildren],
    });
    await screen.findByRole('heading', { level: 1, name: 'Översikt' });
    expect(screen.queryByRole('region', { name: 'Du agerar för ett barn' })).toBeNull();
  });

  it('names a newborn without a name by personnummer', async () => {
    renderCitizenApp({
      mocks: [
        signedInViewer({ actingFor: proxyChild({ givenName: null, familyName: null }) }),
        activeSession,
        noDrafts,
        noUnreadMessages,
      ],
    });
    const banner = await screen.findByRole('region', { name: 'Du agerar för ett barn' });
    expect(
      within(banner).getByText('Du agerar nu för barnet med personnummer 20220315-2384'),
    ).toBeInTheDocument();
    expect(
      within(banner).getByRole('button', { name: 'Sluta agera för 20220315-2384' }),
    ).toBeInTheDocument();
  });

  it('stops acting for the child: the server says so, everything is asked again, start page', async () => {
    const state = { actingFor: noah as ReturnType<typeof proxyChild> | null };
    const calls: string[] = [];
    renderCitizenApp({
      path: '/inbox/archive',
      mocks: [
        switchableViewer(state),
        activeSession,
        noDrafts,
        noUnreadMessages,
        noProxyChildren,
        switchAnswer(CitizenStopActingForChildDocument, 'stopActingForChild', state, null, calls),
      ],
    });
    const banner = await screen.findByRole('region', { name: 'Du agerar för ett barn' });
    await userEvent.click(within(banner).getByRole('button', { name: 'Sluta agera för Noah' }));

    await waitFor(() => {
      expect(screen.queryByRole('region', { name: 'Du agerar för ett barn' })).toBeNull();
    });
    expect(calls).toEqual(['stopActingForChild']);
    await waitFor(() => {
      expect(currentLocation()).toBe('/');
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Ombud för barn' })).toBeVisible();
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });
});

describe('Ombud för barn on the start page', () => {
  it('is not offered to a citizen under 13', async () => {
    renderCitizenApp({
      mocks: [
        signedInViewer({ mayActAsGuardian: false }),
        activeSession,
        noDrafts,
        noUnreadMessages,
        noProxyChildren,
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();
    expect(await screen.findByRole('heading', { level: 2, name: 'Aviseringar' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Ombud för barn' })).toBeNull();
  });

  it('lists the children with the last day, and acting for one shows the banner', async () => {
    const state = { actingFor: null as ReturnType<typeof proxyChild> | null };
    const calls: string[] = [];
    renderCitizenApp({
      mocks: [
        switchableViewer(state),
        activeSession,
        noDrafts,
        noUnreadMessages,
        proxyChildrenAnswer([
          noah,
          proxyChild({
            personId: 'child-newborn',
            givenName: null,
            familyName: null,
            personnummer: '20261101-2388',
            birthDate: '2026-11-01',
            proxyEndsOn: '2039-11-01',
          }),
        ]),
        switchAnswer(CitizenActForChildDocument, 'actForChild', state, noah, calls),
      ],
    });
    const section = await screen.findByRole('region', { name: 'Ombud för barn' });
    expect(await within(section).findByText('Noah Ekström')).toBeInTheDocument();
    expect(
      within(section).getByText('Ombudet gäller till och med 14 mars 2035.'),
    ).toBeInTheDocument();
    expect(within(section).getByText('20261101-2388')).toBeInTheDocument();
    expect(
      within(section).getByRole('button', { name: 'Agera för 20261101-2388' }),
    ).toBeInTheDocument();
    expect(
      within(section).getByRole('button', { name: 'Ta bort Noah Ekström från listan' }),
    ).toBeInTheDocument();

    await userEvent.click(within(section).getByRole('button', { name: 'Agera för Noah' }));

    await screen.findByRole('region', { name: 'Du agerar för ett barn' });
    expect(calls).toEqual(['actForChild child-noah']);
    await waitFor(() => {
      expect(screen.getByRole('region', { name: 'Du agerar för ett barn' })).toHaveFocus();
    });
    // In proxy mode the start page is the child's: no list of children to act for.
    expect(screen.queryByRole('region', { name: 'Ombud för barn' })).toBeNull();
    expect(
      screen.getByText('Här samlas ärenden och meddelanden från vården för Noah Ekström.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Barnets ärenden och meddelanden' }),
    ).toBeInTheDocument();
  });

  it('refuses a child in words that do not reveal whether the child exists', async () => {
    renderCitizenApp({
      mocks: [
        signedInViewer(),
        activeSession,
        noDrafts,
        noUnreadMessages,
        noProxyChildren,
        {
          request: {
            query: CitizenAddProxyChildDocument,
            variables: { input: { personnummer: '20100101-1234' } },
          },
          result: errorAnswer({
            code: 'BAD_USER_INPUT',
            fields: [{ path: 'personnummer', code: 'PROXY_NOT_POSSIBLE' }],
          }),
        },
      ],
    });
    const field = await screen.findByRole('textbox', { name: 'Barnets personnummer' });
    expect(screen.getByText('ÅÅÅÅMMDD-NNNN, till exempel 20220315-2384.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Lägg till barn' }));
    expect(screen.getByRole('link', { name: 'Skriv barnets personnummer.' })).toHaveAttribute(
      'href',
      '#proxy-child-personnummer',
    );

    await userEvent.type(field, '20100101-1234');
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till barn' }));
    const refusal =
      'Det går inte att lägga till barnet. Du kan bara lägga till barn under 13 år som du är vårdnadshavare för enligt folkbokföringen.';
    expect(await screen.findByRole('link', { name: refusal })).toHaveAttribute(
      'href',
      '#proxy-child-personnummer',
    );
    expect(field).toHaveAccessibleDescription(expect.stringContaining(refusal));
    expect(field).toHaveValue('20100101-1234');
  });
});

describe('case types not adapted for proxy', () => {
  it('show a padlock and no link on the contact card in proxy mode', async () => {
    const answer = clinicAnswer();
    const [renew, ...others] = answer.result.data.clinic.caseTypes;
    answer.result.data.clinic.caseTypes = [{ ...renew!, availableForProxy: false }, ...others];
    renderCitizenApp({
      path: '/clinics/clinic-farsta',
      mocks: [actingForNoah, activeSession, answer],
    });
    const caseTypes = await screen.findByRole('region', { name: 'Det här kan du göra här' });
    expect(within(caseTypes).queryByRole('link', { name: 'Förnya recept' })).toBeNull();
    expect(within(caseTypes).getByText('Förnya recept')).toBeInTheDocument();
    expect(within(caseTypes).getByText('Ej tillgänglig för ombud')).toBeInTheDocument();
  });

  it('keep their link when the citizen acts for themselves', async () => {
    const answer = clinicAnswer();
    const [renew, ...others] = answer.result.data.clinic.caseTypes;
    answer.result.data.clinic.caseTypes = [{ ...renew!, availableForProxy: false }, ...others];
    renderCitizenApp({
      path: '/clinics/clinic-farsta',
      mocks: [signedInViewer(), activeSession, answer],
    });
    const caseTypes = await screen.findByRole('region', { name: 'Det här kan du göra här' });
    expect(within(caseTypes).getByRole('link', { name: 'Förnya recept' })).toBeInTheDocument();
    expect(within(caseTypes).queryByText('Ej tillgänglig för ombud')).toBeNull();
  });

  it('are not offered on the form page reached by address', async () => {
    renderCitizenApp({
      path: TEST_FORM_PATH,
      mocks: [actingForNoah, activeSession, caseTypeFormAnswer({ availableForProxy: false })],
    });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Ärendet kan inte skickas för barnet' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Granska' })).toBeNull();
  });

  it('are refused by the API with a clear message when the form is asked for', async () => {
    renderCitizenApp({
      path: TEST_FORM_PATH,
      mocks: [
        actingForNoah,
        activeSession,
        {
          request: caseTypeFormAnswer().request,
          result: errorAnswer({ code: 'CONFLICT', reason: 'NOT_AVAILABLE_FOR_PROXY' }),
        },
      ],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ärendet kan inte skickas för barnet' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/inte anpassad för ombud/)).toBeInTheDocument();
  });
});

describe('Skickat av', () => {
  it('shows who sent a case for the child', async () => {
    renderCitizenApp({
      path: '/cases/case-1',
      mocks: [actingForNoah, activeSession, caseAnswer(citizenCase({ sentBy: 'Sara Ekström' }))],
    });
    const term = await screen.findByText('Skickat av');
    expect(term.nextElementSibling).toHaveTextContent('Sara Ekström');
  });
});
