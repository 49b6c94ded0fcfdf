import { type ApolloClient, ApolloLink } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { currentLocation, renderSpa } from '@etj/spa/testing';
import { eagerI18nInstances } from '@etj/ui';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { CitizenApp } from '../../App.tsx';
import { CitizenCaseDraftDocument } from '../../gql/graphql.ts';
import { en } from '../../i18n/catalogue-en.ts';
import { sv } from '../../i18n/catalogue.ts';
import { activeSession, signedInViewer } from '../../test/render-app.tsx';
import { caseTypeFormAnswer, TEST_FORM_PATH } from './test-forms.ts';

function draft(revision: number, name: string) {
  return {
    __typename: 'CaseDraft' as const,
    id: 'draft-1',
    clinicId: 'clinic-farsta',
    clinicName: 'Farsta vårdcentral',
    caseTypeId: 'type-test',
    caseTypeName: { __typename: 'LocalizedText' as const, sv: 'Testformulär', en: 'Test form' },
    answers: { medicines: [{ name }] },
    revision,
    updatedAt: '2026-03-02T09:30:00.000Z',
    deletesAt: '2026-04-01T08:30:00.000Z',
  };
}

/**
 * A link that, once `hold()` is called, keeps every answer to the draft query back until
 * `release()`: the draft the form asks for arrives only when the test says so.
 */
function draftHolder() {
  let holding = false;
  let waiting: (() => void)[] = [];
  const link = new ApolloLink(
    (operation, forward) =>
      new Observable((observer) => {
        let inner: { unsubscribe: () => void } | null = null;
        const go = () => {
          inner = forward(operation).subscribe(observer);
        };
        if (holding && operation.operationName === 'CitizenCaseDraft') waiting.push(go);
        else go();
        return () => inner?.unsubscribe();
      }),
  );
  return {
    link,
    hold: () => {
      holding = true;
    },
    held: () => waiting.length,
    release: () => {
      holding = false;
      const go = waiting;
      waiting = [];
      go.forEach((run) => {
        run();
      });
    },
  };
}

const medicineName = () => screen.getByRole('textbox', { name: 'Läkemedlets namn' });

/** The review page of draft-1 ("Levaxin"); the draft asked again answers "Levaxin", then "Alvedon". */
function renderReview(holder: ReturnType<typeof draftHolder>): () => ApolloClient {
  let client: ApolloClient | null = null;
  function ClientProbe() {
    client = useApolloClient();
    return null;
  }
  renderSpa({
    path: '/drafts/draft-1/review',
    before: [holder.link],
    mocks: [
      signedInViewer(),
      activeSession,
      caseTypeFormAnswer(),
      {
        request: { query: CitizenCaseDraftDocument, variables: { id: 'draft-1' } },
        result: { data: { caseDraft: draft(1, 'Levaxin') } },
      },
      {
        request: { query: CitizenCaseDraftDocument, variables: { id: 'draft-1' } },
        result: { data: { caseDraft: draft(1, 'Levaxin') } },
      },
      // Saved elsewhere meanwhile: a later answer to the same question differs.
      {
        request: { query: CitizenCaseDraftDocument, variables: { id: 'draft-1' } },
        result: { data: { caseDraft: draft(2, 'Alvedon') } },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ],
    app: (
      <>
        <CitizenApp i18n={eagerI18nInstances({ sv, en })} />
        <ClientProbe />
      </>
    ),
  });
  return () => client!;
}

describe('back from the review page to the form', () => {
  it('offers no field until the draft has answered, and an answer after that never replaces what is typed', async () => {
    const holder = draftHolder();
    const client = renderReview(holder);
    await screen.findByRole('heading', { level: 1, name: 'Granska ditt ärende' });

    holder.hold();
    await userEvent.click(screen.getByRole('link', { name: 'Ändra dina svar' }));
    // The draft is on its way: nothing to type into yet that it could overwrite.
    await waitFor(() => {
      expect(holder.held()).toBe(1);
    });
    expect(screen.queryByRole('textbox', { name: 'Läkemedlets namn' })).not.toBeInTheDocument();
    expect(currentLocation()).toBe(`${TEST_FORM_PATH}?draft=draft-1`);

    act(() => {
      holder.release();
    });
    await screen.findByRole('heading', { level: 1, name: 'Testformulär' });
    const field = medicineName();
    expect(field).toHaveValue('Levaxin');

    // The draft asked again (a refetch) answers only after the citizen has typed and clicked.
    holder.hold();
    const refetched = client().refetchObservableQueries();
    await waitFor(() => {
      expect(holder.held()).toBe(1);
    });
    await userEvent.type(field, ' 50');
    await userEvent.click(screen.getByRole('textbox', { name: 'Läkemedlets namn' }));
    await act(async () => {
      holder.release();
      await refetched;
    });

    expect(medicineName()).toBe(field);
    expect(field).toHaveValue('Levaxin 50');
  });
});
