import { type MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  type AddDraftAttachmentInput,
  CitizenAddDraftAttachmentDocument,
  CitizenCaseDraftDocument,
  CitizenDraftAttachmentsDocument,
  CitizenRemoveDraftAttachmentDocument,
} from '../../gql/graphql.ts';
import {
  activeSession,
  errorAnswer,
  renderCitizenApp,
  signedInViewer,
} from '../../test/render-app.tsx';
import { caseTypeFormAnswer, TEST_FORM_PATH } from './test-forms.ts';

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
        answers: {},
        revision: 1,
        updatedAt: '2026-03-02T09:30:00.000Z',
        deletesAt: '2026-04-01T08:30:00.000Z',
      },
    },
  },
};

const noAttachments: MockLink.MockedResponse = {
  request: { query: CitizenDraftAttachmentsDocument, variables: { draftId: 'draft-1' } },
  result: { data: { draftAttachments: [] } },
};

function addAnswers(sent: AddDraftAttachmentInput[], answer: Record<string, unknown>) {
  return {
    request: { query: CitizenAddDraftAttachmentDocument, variables: () => true },
    result: ({ input }: { input: AddDraftAttachmentInput }) => {
      sent.push(input);
      return answer;
    },
    maxUsageCount: 2,
  };
}

const pdf = (name = 'remiss.pdf', content = '%PDF-1.4 test') =>
  new File([content], name, { type: 'application/pdf' });

async function renderDraftForm(mocks: MockLink.MockedResponse[], language: 'sv' | 'en' = 'sv') {
  renderCitizenApp({
    path: `${TEST_FORM_PATH}?draft=draft-1${language === 'en' ? '&lang=en' : ''}`,
    mocks: [
      signedInViewer(),
      activeSession,
      caseTypeFormAnswer({ attachmentsAllowed: true }),
      draftAnswer,
      noAttachments,
      ...mocks,
    ],
  });
  await screen.findByRole('heading', {
    level: 1,
    name: language === 'en' ? 'Test form' : 'Testformulär',
  });
  return screen.findByLabelText(language === 'en' ? 'Attach a file' : 'Bifoga fil');
}

describe('attachments on the form', () => {
  it('before the first save asks for a save first', async () => {
    renderCitizenApp({
      path: TEST_FORM_PATH,
      mocks: [signedInViewer(), activeSession, caseTypeFormAnswer({ attachmentsAllowed: true })],
    });
    expect(
      await screen.findByText('Spara utkastet först, sedan kan du bifoga filer.'),
    ).toBeVisible();
    expect(screen.queryByLabelText('Bifoga fil')).toBeNull();
  });

  it('shows nothing about files when the case type takes none', async () => {
    renderCitizenApp({
      path: TEST_FORM_PATH,
      mocks: [signedInViewer(), activeSession, caseTypeFormAnswer()],
    });
    await screen.findByRole('heading', { level: 1, name: 'Testformulär' });
    expect(screen.queryByRole('heading', { name: 'Bifoga filer' })).toBeNull();
  });

  it('sends the file as base64, lists it and removes it again', async () => {
    const sent: AddDraftAttachmentInput[] = [];
    const input = await renderDraftForm([
      addAnswers(sent, {
        data: {
          addDraftAttachment: {
            __typename: 'AttachmentInfo',
            id: 'file-1',
            fileName: 'remiss.pdf',
            mediaType: 'application/pdf',
            sizeBytes: 13,
          },
        },
      }),
      {
        request: { query: CitizenRemoveDraftAttachmentDocument, variables: { id: 'file-1' } },
        result: { data: { removeDraftAttachment: true } },
      },
    ]);
    expect(screen.getByText('Du har inte bifogat några filer.')).toBeVisible();
    expect(input).toHaveAccessibleDescription(
      'PDF, PNG, JPEG eller GIF, högst 5 MB per fil, högst 5 filer.',
    );
    await userEvent.upload(input, pdf());

    expect(await screen.findByRole('link', { name: 'remiss.pdf (1 kB)' })).toHaveAttribute(
      'href',
      '/api/citizen/attachments/file-1',
    );
    expect(sent).toEqual([
      { draftId: 'draft-1', fileName: 'remiss.pdf', contentBase64: btoa('%PDF-1.4 test') },
    ]);
    expect(screen.getByText('remiss.pdf är bifogad.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Ta bort remiss.pdf' }));
    expect(await screen.findByText('remiss.pdf är borttagen.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /remiss\.pdf/ })).toBeNull();
  });

  it.each([
    [
      {
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'contentBase64', code: 'ATTACHMENT_TYPE_NOT_ALLOWED' }],
      },
      'Filen kan inte bifogas. Du kan bifoga filer av typen PDF, PNG, JPEG eller GIF.',
    ],
    [
      {
        code: 'BAD_USER_INPUT',
        fields: [
          { path: 'contentBase64', code: 'ATTACHMENT_TOO_LARGE', params: { maxBytes: 5242880 } },
        ],
      },
      'Filen är för stor. Den får vara högst 5 MB.',
    ],
    [
      {
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'contentBase64', code: 'TOO_MANY_ATTACHMENTS', params: { max: 5 } }],
      },
      'Du kan bifoga högst 5 filer. Ta bort en fil om du vill bifoga en annan.',
    ],
    [
      { code: 'BAD_USER_INPUT', fields: [{ path: 'contentBase64', code: 'ATTACHMENT_EMPTY' }] },
      'Filen är tom. Välj en annan fil.',
    ],
    [
      { code: 'CONFLICT', reason: 'ATTACHMENTS_NOT_ALLOWED' },
      'Det går inte att bifoga filer till den här typen av ärende.',
    ],
  ])('says why the API refused a file (%j)', async (extensions, message) => {
    const input = await renderDraftForm([addAnswers([], errorAnswer(extensions))]);
    await userEvent.upload(input, pdf());
    expect(await screen.findByText(message)).toBeVisible();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
  });

  it('refuses a file over 5 MB without sending it, in English too', async () => {
    const sent: AddDraftAttachmentInput[] = [];
    const input = await renderDraftForm([addAnswers(sent, {})], 'en');
    const big = new File([new Uint8Array(5_242_881)], 'scan.pdf', { type: 'application/pdf' });
    await userEvent.upload(input, big);
    expect(await screen.findByText('The file is too large. It can be at most 5 MB.')).toBeVisible();
    expect(sent).toEqual([]);
  });
});
