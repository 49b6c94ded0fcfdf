import { TERMS_VERSIONS } from '@etj/domain';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CitizenAcceptTermsDocument } from '../../gql/graphql.ts';
import {
  activeSession,
  noDrafts,
  noProxyChildren,
  noUnreadMessages,
  renderCitizenApp,
  signedInViewer,
} from '../../test/render-app.tsx';

function acceptTermsMock(onAccept: (version: string) => void) {
  return {
    request: { query: CitizenAcceptTermsDocument, variables: { version: TERMS_VERSIONS.CITIZEN } },
    result: (variables: { version: string }) => {
      onAccept(variables.version);
      return {
        data: {
          acceptCitizenTerms: {
            __typename: 'CitizenViewer' as const,
            id: 'citizen-1',
            mustAcceptTerms: false,
            acceptedTermsVersion: variables.version,
            actingFor: null,
          },
        },
      };
    },
  };
}

// Ticking and the error summary are tested once in @etj/spa; this is the citizen wiring.
describe('terms acceptance', () => {
  it('accepts the current version once ticked and moves on to the start page', async () => {
    const onAccept = vi.fn();
    renderCitizenApp({
      mocks: [
        signedInViewer({ mustAcceptTerms: true }),
        activeSession,
        acceptTermsMock(onAccept),
        noDrafts,
        noUnreadMessages,
        noProxyChildren,
      ],
    });
    await userEvent.click(
      await screen.findByRole('checkbox', { name: 'Jag har läst och godkänner användarvillkoren' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Godkänn och fortsätt' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Översikt' })).toBeInTheDocument();
    expect(onAccept).toHaveBeenCalledWith(TERMS_VERSIONS.CITIZEN);
    expect(screen.getByText('20000101-2384')).toBeInTheDocument();
  });
});
