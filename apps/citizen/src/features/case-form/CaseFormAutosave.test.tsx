import { type ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { type MockLink } from '@apollo/client/testing';
import { BEFORE_LOGOUT_LEAD_MS, expiredUrl, SESSION_POLL_MS } from '@etj/spa';
import { currentLocation, renderSpa, sessionStatusAnswer } from '@etj/spa/testing';
import { eagerI18nInstances } from '@etj/ui';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CitizenApp } from '../../App.tsx';
import {
  CitizenCaseDraftDocument,
  CitizenSaveCaseDraftDocument,
  type SaveCaseDraftInput,
} from '../../gql/graphql.ts';
import { CITIZEN_SESSION_DOCUMENTS } from '../session/citizen-session-documents.ts';
import { en } from '../../i18n/catalogue-en.ts';
import { sv } from '../../i18n/catalogue.ts';
import {
  activeSession,
  errorAnswer,
  proxyChild,
  renderCitizenApp,
  signedInViewer,
} from '../../test/render-app.tsx';
import { caseTypeFormAnswer, TEST_FORM_PATH } from './test-forms.ts';
import { AUTOSAVE_DELAY_MS } from './use-autosave-timer.ts';

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

/** Every save is recorded in `sent` and answered with the next revision of draft-1. */
function savesInto(sent: SaveCaseDraftInput[]): MockLink.MockedResponse {
  return {
    request: { query: CitizenSaveCaseDraftDocument, variables: () => true },
    result: ({ input }: { input: SaveCaseDraftInput }) => {
      sent.push(input);
      return { data: { saveCaseDraft: draft(sent.length, 'saved') } };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const medicineName = () => screen.getByRole('textbox', { name: 'Läkemedlets namn' });

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the case form saves the draft on its own', () => {
  it('once the typing pauses, never while typing, and not again when nothing changed', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const sent: SaveCaseDraftInput[] = [];
    renderCitizenApp({
      path: TEST_FORM_PATH,
      mocks: [signedInViewer(), activeSession, caseTypeFormAnswer(), savesInto(sent)],
    });
    await screen.findByRole('heading', { level: 1, name: 'Testformulär' });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime, delay: 400 });

    // Seven keystrokes 400 ms apart: well past the pause, yet no pause between them.
    await user.type(medicineName(), 'Levaxin');
    expect(sent).toHaveLength(0);

    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS));
    await vi.waitFor(() => {
      expect(sent).toHaveLength(1);
    });
    expect(sent[0]).toMatchObject({ answers: { medicines: [{ name: 'Levaxin' }] } });
    expect(sent[0]).not.toHaveProperty('draftId');
    // Said once, quietly, in the form's status line (09:30 UTC is 10.30 in Stockholm).
    expect(await screen.findByText('Utkastet sparades 10.30.')).toHaveAttribute('role', 'status');

    await act(() => vi.advanceTimersByTimeAsync(10 * AUTOSAVE_DELAY_MS));
    expect(sent).toHaveLength(1);

    // The next pause saves to the draft the first save made, at the revision it answered.
    await user.type(medicineName(), ' 50');
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS));
    await vi.waitFor(() => {
      expect(sent).toHaveLength(2);
    });
    expect(sent[1]).toMatchObject({
      draftId: 'draft-1',
      revision: 1,
      answers: { medicines: [{ name: 'Levaxin 50' }] },
    });
  });

  it('saves what is unsaved right before the inactivity logout, then ends the session', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const logout = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(new Response(null, { status: 200 }));
    const sent: SaveCaseDraftInput[] = [];
    const warnAt = '2026-11-25T10:55:00.000Z';
    const expiresAt = '2026-11-25T11:00:00.000Z';
    const { leave } = renderCitizenApp({
      path: TEST_FORM_PATH,
      mocks: [
        signedInViewer(),
        sessionStatusAnswer(CITIZEN_SESSION_DOCUMENTS.status, {
          now: '2026-11-25T10:30:00.000Z',
          warnAt,
          expiresAt,
        }),
        // The next poll: half a minute before the logout, nobody having done anything since.
        sessionStatusAnswer(
          CITIZEN_SESSION_DOCUMENTS.status,
          { now: '2026-11-25T10:59:30.000Z', warnAt, expiresAt },
          Number.POSITIVE_INFINITY,
        ),
        caseTypeFormAnswer(),
        // The automatic save fails (the network, say); the one before the logout goes through.
        {
          request: { query: CitizenSaveCaseDraftDocument, variables: () => true },
          result: errorAnswer({ code: 'INTERNAL_SERVER_ERROR' }),
        },
        savesInto(sent),
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Testformulär' });
    await userEvent.type(medicineName(), 'Levaxin');
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS));
    expect(
      await screen.findByText(
        'Utkastet kunde inte sparas automatiskt. Välj Spara utkast för att försöka igen.',
      ),
    ).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await act(() => vi.advanceTimersByTimeAsync(SESSION_POLL_MS));
    await screen.findByRole('alertdialog', { name: 'Du loggas snart ut' });
    expect(sent).toHaveLength(0);

    // 30 s were left at the poll; the work starts BEFORE_LOGOUT_LEAD_MS before the end.
    await act(() => vi.advanceTimersByTimeAsync(30_000 - BEFORE_LOGOUT_LEAD_MS));
    await vi.waitFor(() => {
      expect(sent).toHaveLength(1);
    });
    expect(sent[0]).toMatchObject({ answers: { medicines: [{ name: 'Levaxin' }] } });
    // The save counted as activity on the server; the announced logout happens all the same.
    await vi.waitFor(() => {
      expect(leave).toHaveBeenCalledWith(expiredUrl('citizen', 'sv'));
    });
    expect(logout).toHaveBeenCalledWith(
      '/api/citizen/auth/logout',
      expect.objectContaining({ method: 'POST' }),
    );
  });

  it('leaves the session to expire on its own when everything was saved already', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const logout = vi.spyOn(globalThis, 'fetch');
    const sent: SaveCaseDraftInput[] = [];
    const warnAt = '2026-11-25T10:55:00.000Z';
    const expiresAt = '2026-11-25T11:00:00.000Z';
    const { leave } = renderCitizenApp({
      path: TEST_FORM_PATH,
      mocks: [
        signedInViewer(),
        sessionStatusAnswer(
          CITIZEN_SESSION_DOCUMENTS.status,
          {
            now: '2026-11-25T10:59:00.000Z',
            warnAt,
            expiresAt,
          },
          Number.POSITIVE_INFINITY,
        ),
        caseTypeFormAnswer(),
        savesInto(sent),
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Testformulär' });
    await act(() => vi.advanceTimersByTimeAsync(60_000 - BEFORE_LOGOUT_LEAD_MS));
    expect(sent).toHaveLength(0);
    expect(logout).not.toHaveBeenCalled();
    expect(leave).not.toHaveBeenCalled();
  });
});

describe('a draft answered late', () => {
  it('never replaces what the citizen typed after the form opened', async () => {
    let client: ApolloClient | null = null;
    function ClientProbe() {
      client = useApolloClient();
      return null;
    }
    renderSpa({
      path: `${TEST_FORM_PATH}?draft=draft-1`,
      mocks: [
        signedInViewer(),
        activeSession,
        caseTypeFormAnswer(),
        {
          request: { query: CitizenCaseDraftDocument, variables: { id: 'draft-1' } },
          result: { data: { caseDraft: draft(1, 'Levaxin') } },
        },
        // The same draft asked again, answered only after the citizen has typed.
        {
          request: { query: CitizenCaseDraftDocument, variables: { id: 'draft-1' } },
          result: { data: { caseDraft: draft(2, 'Alvedon') } },
          delay: 300,
        },
      ],
      app: (
        <>
          <CitizenApp i18n={eagerI18nInstances({ sv, en })} />
          <ClientProbe />
        </>
      ),
    });
    await screen.findByRole('heading', { level: 1, name: 'Testformulär' });
    const field = medicineName();
    expect(field).toHaveValue('Levaxin');

    const refetched = client!.refetchObservableQueries();
    await userEvent.type(field, ' 50');
    await act(async () => {
      await refetched;
    });

    expect(medicineName()).toBe(field);
    expect(field).toHaveValue('Levaxin 50');
  });

  it('names whom the form is for, and stops saving, answers kept, once the API acts for someone else', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const refusedInput: SaveCaseDraftInput[] = [];
    const sent: SaveCaseDraftInput[] = [];
    renderCitizenApp({
      path: TEST_FORM_PATH,
      mocks: [
        signedInViewer({ actingFor: proxyChild({ personId: 'child-a' }) }),
        activeSession,
        caseTypeFormAnswer(),
        // Another tab switched to another child: the session acts for that one now.
        {
          request: { query: CitizenSaveCaseDraftDocument, variables: () => true },
          result: ({ input }: { input: SaveCaseDraftInput }) => {
            refusedInput.push(input);
            return errorAnswer({ code: 'CONFLICT', reason: 'SUBJECT_CHANGED' });
          },
        },
        savesInto(sent),
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Testformulär' });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.type(medicineName(), 'Levaxin');
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(sv.caseForm.subjectChanged);
    expect(refusedInput).toEqual([
      expect.objectContaining({
        subjectPersonId: 'child-a',
        answers: { medicines: [{ name: 'Levaxin' }] },
      }),
    ]);
    expect(medicineName()).toHaveValue('Levaxin');

    await user.type(medicineName(), ' 50');
    await act(() => vi.advanceTimersByTimeAsync(10 * AUTOSAVE_DELAY_MS));
    expect(sent).toHaveLength(0);
    expect(medicineName()).toHaveValue('Levaxin 50');
  });
});

describe('the address of a draft made while the language changes', () => {
  it('keeps the language chosen while the first save was on its way', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const sent: SaveCaseDraftInput[] = [];
    renderCitizenApp({
      path: TEST_FORM_PATH,
      mocks: [
        signedInViewer(),
        activeSession,
        caseTypeFormAnswer(),
        { ...savesInto(sent), delay: 3_000 },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Testformulär' });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.type(medicineName(), 'Levaxin');
    // The save goes out now and is answered 3 s later; meanwhile the person picks English.
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS));
    await user.click(screen.getByRole('link', { name: 'English' }));
    await screen.findByRole('heading', { level: 1, name: 'Test form' });
    await act(() => vi.advanceTimersByTimeAsync(3_000));
    await vi.waitFor(() => {
      expect(currentLocation()).toBe(`${TEST_FORM_PATH}?lang=en&draft=draft-1`);
    });
    expect(sent).toHaveLength(1);
  });
});
