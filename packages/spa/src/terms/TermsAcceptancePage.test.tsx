import { TERMS_VERSIONS } from '@etj/domain';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  activeSession,
  FIXTURE_ACCEPT_TERMS,
  renderFixtureApp,
  signedInViewer,
} from '../test/fixture-app.tsx';

function acceptTermsMock(onAccept: (version: string) => void) {
  return {
    request: { query: FIXTURE_ACCEPT_TERMS, variables: { version: TERMS_VERSIONS.CITIZEN } },
    result: (variables: { version: string }) => {
      onAccept(variables.version);
      return {
        data: {
          acceptFixtureTerms: {
            __typename: 'FixtureViewer' as const,
            id: 'viewer-1',
            mustAcceptTerms: false,
          },
        },
      };
    },
  };
}

describe('terms acceptance', () => {
  it('cannot be accepted without ticking the box', async () => {
    const onAccept = vi.fn();
    renderFixtureApp({
      mocks: [signedInViewer({ mustAcceptTerms: true }), activeSession, acceptTermsMock(onAccept)],
    });
    await screen.findByRole('heading', { level: 1, name: 'Godkänn användarvillkoren' });

    await userEvent.click(screen.getByRole('button', { name: 'Godkänn och fortsätt' }));

    const summary = await screen.findByRole('group', { name: /Du behöver rätta följande/ });
    expect(
      within(summary).getByRole('link', {
        name: 'Kryssa i att du har läst och godkänner användarvillkoren',
      }),
    ).toHaveAttribute('href', '#accept-terms');
    expect(summary).toHaveFocus();
    expect(screen.getByRole('checkbox')).toHaveAccessibleDescription(/Kryssa i/);
    expect(onAccept).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Godkänn användarvillkoren',
    );
  });
});
