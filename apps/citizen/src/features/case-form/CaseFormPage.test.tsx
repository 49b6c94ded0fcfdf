import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { type MockLink } from '@apollo/client/testing';
import {
  CitizenCaseDraftDocument,
  CitizenSaveCaseDraftDocument,
  type SaveCaseDraftInput,
} from '../../gql/graphql.ts';
import {
  activeSession,
  currentLocation,
  errorAnswer,
  renderCitizenApp,
  signedInViewer,
} from '../../test/render-app.tsx';
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

const draftAnswer = (revision: number, name: string): MockLink.MockedResponse => ({
  request: { query: CitizenCaseDraftDocument, variables: { id: 'draft-1' } },
  result: { data: { caseDraft: draft(revision, name) } },
});

async function renderForm() {
  renderCitizenApp({
    path: TEST_FORM_PATH,
    mocks: [signedInViewer(), activeSession, caseTypeFormAnswer()],
  });
  await screen.findByRole('heading', { level: 1, name: 'Testformulär' });
}

// The renderer itself (fields, groups, enableWhen, inline errors) is tested in @etj/spa.
describe('case form page', () => {
  it('shows the emergency notice and the expected response time', async () => {
    await renderForm();
    expect(screen.getByText(/Vid akuta ärenden: ring 112/)).toBeInTheDocument();
    expect(
      screen.getByText('Farsta vårdcentral svarar normalt inom 3 arbetsdagar.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Fyll i formuläret.')).toBeInTheDocument();
  });

  it('on Granska shows an error summary that takes focus and links to each field', async () => {
    await renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Granska' }));

    const summary = await screen.findByText('Du behöver rätta följande innan du kan gå vidare:');
    const region = summary.closest('[tabindex="-1"]')!;
    expect(region).toHaveFocus();
    const links = within(region as HTMLElement).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Läkemedlets namn (Läkemedel 1): Du behöver fylla i det här.', '#q-medicines-0-name'],
      ['Har du ont?: Du behöver fylla i det här.', '#q-hasPain'],
    ]);
    expect(document.getElementById('q-medicines-0-name')).toBe(
      screen.getByRole('textbox', { name: 'Läkemedlets namn' }),
    );
    expect(document.getElementById('q-hasPain')).toBe(screen.getByRole('radio', { name: 'Ja' }));
    // Inline errors show at the fields too.
    expect(screen.getAllByText('Du behöver fylla i det här.')).toHaveLength(2);
  });

  it('tells that a draft is kept 30 days after its latest change, with the date once saved', async () => {
    await renderForm();
    const hint = screen.getByText(/^Utkastet sparas i 30 dagar/);
    expect(hint).toHaveTextContent(/^Utkastet sparas i 30 dagar efter den senaste ändringen\.$/);
  });

  it('gives a saved draft its deletion date, in English too', async () => {
    renderCitizenApp({
      path: `${TEST_FORM_PATH}?draft=draft-1&lang=en`,
      mocks: [signedInViewer(), activeSession, caseTypeFormAnswer(), draftAnswer(1, 'Levaxin')],
    });
    await screen.findByRole('heading', { level: 1, name: 'Test form' });
    expect(
      screen.getByText(
        'The draft is kept for 30 days after the latest change. If you do not change it, it will be deleted on 1 April 2026.',
      ),
    ).toBeInTheDocument();
  });

  it('after the first save keeps the form and puts the draft in the address, language kept', async () => {
    const sent: SaveCaseDraftInput[] = [];
    renderCitizenApp({
      path: `${TEST_FORM_PATH}?lang=en`,
      mocks: [
        signedInViewer(),
        activeSession,
        caseTypeFormAnswer(),
        {
          request: { query: CitizenSaveCaseDraftDocument, variables: () => true },
          result: ({ input }: { input: SaveCaseDraftInput }) => {
            sent.push(input);
            return { data: { saveCaseDraft: draft(1, 'Levaxin') } };
          },
          maxUsageCount: 2,
        },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Test form' });
    const name = screen.getByRole('textbox', { name: 'Name of the medicine' });
    await userEvent.type(name, 'Levaxin');
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(await screen.findByText(/The draft was saved at/)).toBeInTheDocument();
    expect(
      screen.getByText(/If you do not change it, it will be deleted on 1 April 2026\./),
    ).toBeInTheDocument();
    await vi.waitFor(() => {
      expect(currentLocation()).toBe(`${TEST_FORM_PATH}?lang=en&draft=draft-1`);
    });
    // The same field, not a new form: nothing was fetched again.
    expect(screen.getByRole('textbox', { name: 'Name of the medicine' })).toBe(name);
    expect(name).toHaveValue('Levaxin');

    // The next save goes to the same draft.
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await vi.waitFor(() => {
      expect(sent).toHaveLength(2);
    });
    expect(sent[0]).not.toHaveProperty('draftId');
    expect(sent[1]).toMatchObject({ draftId: 'draft-1', revision: 1 });
  });

  it('when the draft was changed elsewhere, says so and fetches the latest version', async () => {
    renderCitizenApp({
      path: `${TEST_FORM_PATH}?draft=draft-1`,
      mocks: [
        signedInViewer(),
        activeSession,
        caseTypeFormAnswer(),
        draftAnswer(1, 'Levaxin'),
        draftAnswer(2, 'Alvedon'),
        {
          request: { query: CitizenSaveCaseDraftDocument, variables: () => true },
          result: errorAnswer({ code: 'CONFLICT', reason: 'DRAFT_CHANGED' }),
        },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Testformulär' });
    expect(screen.getByRole('textbox', { name: 'Läkemedlets namn' })).toHaveValue('Levaxin');
    await userEvent.click(screen.getByRole('button', { name: 'Spara utkast' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Någon annan ändring har sparats. Hämta senaste versionen.');
    expect(alert).toHaveFocus();
    await userEvent.click(within(alert).getByRole('button', { name: 'Hämta senaste versionen' }));

    await vi.waitFor(() => {
      expect(screen.getByRole('textbox', { name: 'Läkemedlets namn' })).toHaveValue('Alvedon');
    });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(/Du ser den senaste versionen/)).toBeInTheDocument();
  });
});
