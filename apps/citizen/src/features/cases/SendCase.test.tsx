import { type MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  CitizenCaseDraftDocument,
  CitizenSubmitCaseDocument,
  type SubmitCaseInput,
} from '../../gql/graphql.ts';
import {
  activeSession,
  currentLocation,
  errorAnswer,
  renderCitizenApp,
  signedInViewer,
} from '../../test/render-app.tsx';
import { caseTypeFormAnswer } from '../case-form/test-forms.ts';

const REVIEW_PATH = '/drafts/draft-1/review';

const draftAnswer: MockLink.MockedResponse = {
  request: { query: CitizenCaseDraftDocument, variables: { id: 'draft-1' } },
  result: {
    data: {
      caseDraft: {
        __typename: 'CaseDraft',
        id: 'draft-1',
        clinicId: 'clinic-farsta',
        clinicName: 'Farsta vårdcentral',
        caseTypeId: 'type-test',
        caseTypeName: { __typename: 'LocalizedText', sv: 'Testformulär', en: 'Test form' },
        answers: { medicines: [{ name: 'Levaxin' }], hasPain: false },
        revision: 1,
        updatedAt: '2026-03-02T09:30:00.000Z',
        deletesAt: '2026-04-01T08:30:00.000Z',
      },
    },
  },
};

const receipt = {
  __typename: 'CaseReceipt' as const,
  caseId: 'case-1',
  reference: 'E-2026-7F3A9C21',
  submittedAt: '2026-03-02T09:45:00.000Z',
  clinicName: 'Farsta vårdcentral',
  caseTypeName: { __typename: 'LocalizedText' as const, sv: 'Testformulär', en: 'Test form' },
  expectedResponseDays: 3,
};

function submitAnswers(sent: SubmitCaseInput[], answers: ReadonlyArray<Record<string, unknown>>) {
  return {
    request: { query: CitizenSubmitCaseDocument, variables: () => true },
    result: ({ input }: { input: SubmitCaseInput }) => {
      sent.push(input);
      return answers[sent.length - 1] ?? answers[answers.length - 1]!;
    },
    delay: 50,
    maxUsageCount: answers.length + 1,
  };
}

async function renderReview(submit: MockLink.MockedResponse) {
  renderCitizenApp({
    path: REVIEW_PATH,
    mocks: [signedInViewer(), activeSession, draftAnswer, caseTypeFormAnswer(), submit],
  });
  await screen.findByRole('heading', { level: 1, name: 'Granska ditt ärende' });
}

describe('sending a reviewed case', () => {
  it('shows the emergency notice and the response time before Skicka', async () => {
    await renderReview(submitAnswers([], [{ data: { submitCase: receipt } }]));
    expect(screen.getByText(/Vid akuta ärenden: ring 112. Behöver du råd/)).toBeInTheDocument();
    expect(
      screen.getByText('Farsta vårdcentral svarar normalt inom 3 arbetsdagar.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Ärendet är inte skickat till mottagningen än/)).toBeInTheDocument();
  });

  it('clicking Skicka twice sends one case with one key and shows the receipt', async () => {
    const sent: SubmitCaseInput[] = [];
    await renderReview(submitAnswers(sent, [{ data: { submitCase: receipt } }]));
    await userEvent.dblClick(screen.getByRole('button', { name: 'Skicka' }));

    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Ditt ärende är skickat',
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ draftId: 'draft-1' });
    expect(sent[0]!.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(currentLocation()).toBe('/cases/case-1/receipt');
    expect(heading).toHaveFocus();
    expect(screen.getByText('E-2026-7F3A9C21')).toBeInTheDocument();
    expect(screen.getByText('Testformulär')).toBeInTheDocument();
    expect(screen.getByText('2 mars 2026 10:45')).toBeInTheDocument();
    expect(
      screen.getByText('Farsta vårdcentral svarar normalt inom 3 arbetsdagar.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/inte skickat/)).toBeNull();
  });

  it('a retry after a lost answer reuses the key', async () => {
    const sent: SubmitCaseInput[] = [];
    await renderReview(
      submitAnswers(sent, [
        errorAnswer({ code: 'INTERNAL_SERVER_ERROR' }),
        { data: { submitCase: receipt } },
      ]),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Skicka' }));
    await screen.findByText('Något gick fel hos oss. Försök igen om en stund.');
    await userEvent.click(screen.getByRole('button', { name: 'Skicka' }));
    await screen.findByRole('heading', { level: 1, name: 'Ditt ärende är skickat' });
    expect(sent).toHaveLength(2);
    expect(sent[1]!.idempotencyKey).toBe(sent[0]!.idempotencyKey);
  });

  it('when the case type has closed, says so with a link back to the form', async () => {
    await renderReview(
      submitAnswers([], [errorAnswer({ code: 'CONFLICT', reason: 'CASE_TYPE_CLOSED' })]),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Skicka' }));
    const alert = await screen.findByText(/Mottagningen tar inte emot den här typen av ärenden/);
    expect(alert.closest('[role="alert"]')).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Tillbaka till formuläret' })).toHaveAttribute(
      'href',
      '/clinics/clinic-farsta/case-types/type-test?draft=draft-1',
    );
  });

  it('when the answers no longer pass, says so with a link back to the form', async () => {
    await renderReview(
      submitAnswers(
        [],
        [
          errorAnswer({
            code: 'BAD_USER_INPUT',
            fields: [{ path: 'answers.hasPain', code: 'REQUIRED' }],
          }),
        ],
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Skicka' }));
    expect(await screen.findByText(/Dina svar behöver ändras/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tillbaka till formuläret' })).toBeInTheDocument();
  });

  it('after a reload the receipt page only says the case was sent', async () => {
    renderCitizenApp({
      path: '/cases/case-1/receipt',
      mocks: [signedInViewer(), activeSession],
    });
    await screen.findByRole('heading', { level: 1, name: 'Ditt ärende är skickat' });
    expect(screen.getByText('Ärendet är skickat till mottagningen.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Till startsidan' })).toHaveAttribute('href', '/');
  });
});
