import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  StaffClinicCaseTypesDocument,
  StaffUpdateClinicCaseTypeDocument,
  type UpdateClinicCaseTypeInput,
} from '../../gql/graphql.ts';
import {
  activeSession,
  clinicAdminUnit,
  errorAnswer,
  renderStaffApp,
  signedInViewer,
} from '../../test/render-app.tsx';

const settings = {
  __typename: 'ClinicCaseTypeSettings' as const,
  caseTypeId: 'ct-1',
  kind: 'REQUEST_CERTIFICATE',
  name: { __typename: 'LocalizedText' as const, sv: 'Begära intyg', en: 'Request a certificate' },
  custom: false,
  active: true,
  options: {
    furtherInfo: false,
    questions: ['fever'],
    kinds: [{ code: 'korkort', display: { sv: 'Körkortsintyg' } }],
  },
  optionDeclarations: {
    declarations: [
      {
        key: 'furtherInfo',
        kind: 'flag',
        label: { sv: 'Fält för övrig information' },
        default: false,
      },
      {
        key: 'questions',
        kind: 'selection',
        label: { sv: 'Hälsofrågor som ställs' },
        choices: [
          { code: 'fever', display: { sv: 'Feber' } },
          { code: 'pain', display: { sv: 'Smärta' } },
          { code: 'medication', display: { sv: 'Aktuella läkemedel' } },
        ],
        default: ['fever'],
      },
      { key: 'kinds', kind: 'options', label: { sv: 'Intygstyper' }, default: [] },
    ],
  },
  terms: null,
  availableForProxy: true,
  attachmentsAllowed: false,
  expectedResponseDays: 3,
  responseTargetHours: 16,
  notice: null,
  closedFrom: null,
  closedTo: null,
  sortOrder: 2,
  revision: 4,
};

const viewer = signedInViewer({ currentUnit: clinicAdminUnit, units: [clinicAdminUnit] });

const listAnswer = {
  request: { query: StaffClinicCaseTypesDocument },
  result: { data: { clinicCaseTypes: [settings] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function updateMock(answer: (input: UpdateClinicCaseTypeInput) => object) {
  const sent: UpdateClinicCaseTypeInput[] = [];
  return {
    sent,
    mock: {
      request: { query: StaffUpdateClinicCaseTypeDocument, variables: () => true },
      result: ({ input }: { input: UpdateClinicCaseTypeInput }) => {
        sent.push(input);
        return answer(input);
      },
    },
  };
}

const savedAnswer = () => ({
  data: {
    updateClinicCaseType: {
      __typename: 'ClinicCaseTypeSettings' as const,
      caseTypeId: 'ct-1',
      revision: 5,
    },
  },
});

async function openSettings(mocks: object[]) {
  renderStaffApp({
    path: '/admin/case-types/ct-1',
    mocks: [viewer, activeSession, listAnswer, ...(mocks as never[])],
  });
  await screen.findByRole('heading', { level: 1, name: 'Inställningar för Begära intyg' });
}

describe('clinic options editor', () => {
  it('edits a flag as a checkbox, a selection as a checkbox group and a list row by row', async () => {
    const update = updateMock(savedAnswer);
    await openSettings([update.mock]);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Fält för övrig information' }));

    const questions = screen.getByRole('group', { name: 'Hälsofrågor som ställs' });
    expect(within(questions).getByRole('checkbox', { name: 'Feber' })).toBeChecked();
    await userEvent.click(within(questions).getByRole('checkbox', { name: 'Aktuella läkemedel' }));
    await userEvent.click(within(questions).getByRole('checkbox', { name: 'Smärta' }));

    const kinds = screen.getByRole('group', { name: /^Intygstyper/ });
    await userEvent.click(within(kinds).getByRole('button', { name: 'Lägg till alternativ' }));
    const codes = within(kinds).getAllByRole('textbox', { name: 'Kod' });
    expect(codes[1]).toHaveFocus();
    await userEvent.type(codes[1] as HTMLElement, 'sjofart');
    await userEvent.type(
      within(kinds).getAllByRole('textbox', { name: 'Text på svenska' })[1] as HTMLElement,
      'Sjöfartsintyg',
    );
    await userEvent.type(
      within(kinds).getAllByRole('textbox', { name: 'Text på engelska' })[1] as HTMLElement,
      'Seafarer certificate',
    );
    await userEvent.click(within(kinds).getByRole('button', { name: 'Ta bort Körkortsintyg' }));

    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Inställningarna för Begära intyg är sparade.',
    );
    expect(update.sent).toHaveLength(1);
    expect(update.sent[0]?.options).toEqual({
      furtherInfo: true,
      questions: ['fever', 'pain', 'medication'],
      kinds: [{ code: 'sjofart', display: { sv: 'Sjöfartsintyg', en: 'Seafarer certificate' } }],
    });
    expect(update.sent[0]?.revision).toBe(4);
    expect(update.sent[0]?.sortOrder).toBe(2);
  });

  it('refuses an empty row before sending anything', async () => {
    const update = updateMock(savedAnswer);
    await openSettings([update.mock]);
    const kinds = screen.getByRole('group', { name: /^Intygstyper/ });
    await userEvent.click(within(kinds).getByRole('button', { name: 'Lägg till alternativ' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));

    const summary = await screen.findByRole('group', { name: /Du behöver rätta följande/ });
    expect(summary).toHaveFocus();
    expect(
      within(summary).getByRole('link', { name: 'Skriv en kod för alternativet.' }),
    ).toHaveAttribute('href', '#option-kinds-1-code');
    expect(update.sent).toHaveLength(0);
  });
});

describe('clinic case type settings', () => {
  it('shows the API’s field errors in the summary and at each field', async () => {
    const update = updateMock(() =>
      errorAnswer({
        code: 'BAD_USER_INPUT',
        fields: [
          { path: 'closedTo', code: 'BEFORE_START' },
          { path: 'options.kinds.0.code', code: 'INVALID_OPTION' },
          { path: 'noticeSv', code: 'SOMETHING_NEW' },
        ],
      }),
    );
    await openSettings([update.mock]);
    await userEvent.type(screen.getByLabelText('Meddelande på svenska'), 'Stängt i jul.');
    await userEvent.type(screen.getByLabelText('Stängd från och med'), '2026-12-24');
    await userEvent.type(screen.getByLabelText('Stängd till och med'), '2026-12-27');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));

    const summary = await screen.findByRole('group', { name: /Du behöver rätta följande/ });
    expect(summary).toHaveFocus();
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '#settings-closedTo',
      '#option-kinds-0-code',
    ]);
    expect(screen.getByLabelText('Stängd till och med')).toHaveAccessibleDescription(
      'Slutdatumet kan inte vara före startdatumet.',
    );
    expect(screen.getByRole('textbox', { name: 'Kod' })).toHaveAccessibleDescription(
      /Koden måste vara unik/,
    );
    expect(update.sent[0]).toMatchObject({
      noticeSv: 'Stängt i jul.',
      closedFrom: '2026-12-24',
      closedTo: '2026-12-27',
    });
  });

  it('checks the response time before sending', async () => {
    const update = updateMock(savedAnswer);
    await openSettings([update.mock]);
    const days = screen.getByRole('textbox', { name: /Förväntad svarstid/ });
    await userEvent.clear(days);
    await userEvent.type(days, '45');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(
      await screen.findByRole('link', { name: 'Skriv ett antal dagar mellan 1 och 30.' }),
    ).toHaveAttribute('href', '#settings-expectedResponseDays');
    expect(update.sent).toHaveLength(0);
  });

  it('shows the target to first answer, refuses one out of range, and sends it in hours or as none', async () => {
    const update = updateMock(savedAnswer);
    await openSettings([update.mock]);
    const target = screen.getByRole('textbox', { name: /Mål för tid till första svar/ });
    expect(target).toHaveValue('16');
    expect(target).toHaveAccessibleDescription(/Arbetstimmar räknade på mottagningens öppettider/);
    await userEvent.clear(target);
    await userEvent.type(target, '0');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    const message = 'Skriv ett antal timmar som ett heltal mellan 1 och 500, eller lämna tomt.';
    expect(await screen.findByRole('link', { name: message })).toHaveAttribute(
      'href',
      '#settings-responseTargetHours',
    );
    expect(update.sent).toHaveLength(0);

    await userEvent.clear(target);
    await userEvent.type(target, '24');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => {
      expect(update.sent).toHaveLength(1);
    });
    expect(update.sent[0]?.responseTargetHours).toBe(24);
  });

  it('sends no target when the field is left empty', async () => {
    const update = updateMock(savedAnswer);
    await openSettings([update.mock]);
    await userEvent.clear(screen.getByRole('textbox', { name: /Mål för tid till första svar/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => {
      expect(update.sent).toHaveLength(1);
    });
    expect(update.sent[0]?.responseTargetHours).toBeNull();
  });

  it('says clearly when someone else changed the settings meanwhile', async () => {
    const update = updateMock(() => errorAnswer({ code: 'CONFLICT', reason: 'SETTINGS_CHANGED' }));
    await openSettings([update.mock]);
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(
      await screen.findByRole('heading', { name: 'Någon annan har ändrat inställningarna' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ladda om' })).toBeInTheDocument();
  });
});
