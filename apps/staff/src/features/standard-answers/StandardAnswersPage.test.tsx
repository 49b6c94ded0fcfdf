import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  StaffClinicStandardAnswersDocument,
  StaffCreateStandardAnswerDocument,
  StaffMoveStandardAnswerDocument,
  type CreateStandardAnswerInput,
} from '../../gql/graphql.ts';
import {
  activeSession,
  clinicAdminUnit,
  errorAnswer,
  renderStaffApp,
  signedInViewer,
} from '../../test/render-app.tsx';

const text = (sv: string, en: string | null = null) => ({
  __typename: 'LocalizedText' as const,
  sv,
  en,
});
const answer = (id: string, caseTypeId: string | null, title: string, position: number) => ({
  __typename: 'ClinicStandardAnswer' as const,
  id,
  caseTypeId,
  title: text(title),
  text: text(`${title}.`),
  position,
  retiredAt: null as string | null,
});

const listAnswer = {
  request: { query: StaffClinicStandardAnswersDocument },
  result: {
    data: {
      clinicStandardAnswers: [
        answer('a-1', null, 'Återkommer', 1),
        answer('a-2', null, 'Ring oss', 2),
        { ...answer('a-3', null, 'Gammalt svar', 3), retiredAt: '2026-11-01T10:00:00.000Z' },
        answer('a-4', 'ct-1', 'Recept förnyat', 1),
      ],
      clinicCaseTypes: [
        {
          __typename: 'ClinicCaseTypeSettings' as const,
          caseTypeId: 'ct-1',
          name: text('Förnya recept'),
        },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function mutationMock<Vars>(query: unknown, answerWith: (vars: Vars) => object) {
  const sent: Vars[] = [];
  return {
    sent,
    mock: {
      request: { query, variables: () => true },
      result: (vars: Vars) => {
        sent.push(vars);
        return answerWith(vars);
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
  };
}

async function openPage(mocks: object[]) {
  renderStaffApp({
    path: '/admin/standard-answers',
    mocks: [
      signedInViewer({ currentUnit: clinicAdminUnit, units: [clinicAdminUnit] }),
      activeSession,
      listAnswer,
      ...(mocks as never[]),
    ],
  });
  await screen.findByRole('heading', { level: 1, name: 'Standardsvar' });
}

describe('standard answers page', () => {
  it('is reached from the clinic administrator’s administration links', async () => {
    renderStaffApp({
      mocks: [
        signedInViewer({ currentUnit: clinicAdminUnit, units: [clinicAdminUnit] }),
        activeSession,
        listAnswer,
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Översikt' });
    const nav = screen.getByRole('navigation', { name: 'Administration' });
    await userEvent.click(within(nav).getByRole('link', { name: 'Standardsvar' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Standardsvar' })).toBeVisible();
  });

  it('lists the live answers of the chosen case type in order, the retired ones apart', async () => {
    await openPage([]);
    const live = screen.getByRole('region', { name: 'Standardsvar i bruk: Alla ärendetyper' });
    expect(
      within(live)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Återkommer', 'Ring oss']);
    expect(within(live).getByRole('button', { name: 'Flytta upp Återkommer' })).toBeDisabled();
    expect(within(live).getByRole('button', { name: 'Flytta ned Ring oss' })).toBeDisabled();
    const retired = screen.getByRole('region', { name: 'Används inte längre' });
    expect(within(retired).getByText('Gammalt svar')).toBeInTheDocument();

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Visa standardsvar för' }),
      'ct-1',
    );
    const typeList = screen.getByRole('region', { name: 'Standardsvar i bruk: Förnya recept' });
    expect(
      within(typeList)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Recept förnyat']);
  });

  it('moves an answer up with its own button and says so', async () => {
    const move = mutationMock<{ id: string; direction: string }>(
      StaffMoveStandardAnswerDocument,
      () => ({ data: { moveStandardAnswer: [{ __typename: 'ClinicStandardAnswer', id: 'a-2' }] } }),
    );
    await openPage([move.mock]);
    await userEvent.click(screen.getByRole('button', { name: 'Flytta upp Ring oss' }));
    expect(await screen.findByText('Ring oss är flyttat.')).toBeInTheDocument();
    expect(move.sent).toEqual([{ id: 'a-2', direction: 'UP' }]);
  });

  it('checks the form before sending, then adds the answer to the chosen case type', async () => {
    const create = mutationMock<{ input: CreateStandardAnswerInput }>(
      StaffCreateStandardAnswerDocument,
      () => ({ data: { createStandardAnswer: { __typename: 'ClinicStandardAnswer', id: 'a-9' } } }),
    );
    await openPage([create.mock]);
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Visa standardsvar för' }),
      'ct-1',
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Rubrik på engelska (frivilligt)' }),
      'Renewed',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till' }));
    const summary = await screen.findByRole('group', { name: /Du behöver rätta följande/ });
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Skriv en rubrik på svenska.', '#standard-answer-titleSv'],
      ['Skriv texten på svenska.', '#standard-answer-textSv'],
      ['Skriv texten på engelska till den engelska rubriken.', '#standard-answer-textEn'],
    ]);
    expect(create.sent).toHaveLength(0);

    await userEvent.type(screen.getByRole('textbox', { name: 'Rubrik på svenska' }), ' Förnyat ');
    await userEvent.type(screen.getByRole('textbox', { name: 'Text på svenska' }), 'Klart.');
    await userEvent.clear(screen.getByRole('textbox', { name: 'Rubrik på engelska (frivilligt)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till' }));
    expect(await screen.findByText('Förnyat är tillagt.')).toBeInTheDocument();
    expect(create.sent).toEqual([
      {
        input: {
          caseTypeId: 'ct-1',
          titleSv: 'Förnyat',
          textSv: 'Klart.',
          titleEn: null,
          textEn: null,
        },
      },
    ]);
  });

  it('shows a refusal from the API', async () => {
    const create = mutationMock<{ input: CreateStandardAnswerInput }>(
      StaffCreateStandardAnswerDocument,
      () => errorAnswer({ code: 'FORBIDDEN' }),
    );
    await openPage([create.mock]);
    await userEvent.type(screen.getByRole('textbox', { name: 'Rubrik på svenska' }), 'Svar');
    await userEvent.type(screen.getByRole('textbox', { name: 'Text på svenska' }), 'Text.');
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(create.sent).toHaveLength(1);
  });
});
