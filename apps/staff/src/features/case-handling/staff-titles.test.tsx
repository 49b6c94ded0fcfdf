import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  StaffCaseDetailDocument,
  StaffClinicCaregiversDocument,
  StaffStandardAnswersDocument,
} from '../../gql/graphql.ts';
import { activeSession, renderStaffApp, signedInViewer } from '../../test/render-app.tsx';
import { caregivers, staffCase } from './test-cases.ts';

const anna = caregivers[0]!;
const bo = caregivers[1]!;

const answers = [
  signedInViewer(),
  activeSession,
  {
    request: { query: StaffClinicCaregiversDocument },
    result: { data: { clinicCaregivers: caregivers } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: StaffStandardAnswersDocument, variables: () => true },
    result: { data: { standardAnswers: [] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: StaffCaseDetailDocument, variables: () => true },
    result: {
      data: {
        staffCase: staffCase({
          status: 'ASSIGNED',
          assignee: bo,
          messages: [
            {
              __typename: 'CaseMessageView',
              id: 'msg-2',
              kind: 'PARTIAL_ANSWER',
              authorKind: 'STAFF',
              authorName: {
                __typename: 'LocalizedText',
                sv: 'Anna Andersson, Läkare',
                en: 'Anna Andersson, Physician',
              },
              text: 'Vi tittar på det.',
              createdAt: '2026-11-20T09:00:00.000Z',
              readAt: null,
              outcomes: [],
              attachments: [],
            },
          ],
          notes: [
            {
              __typename: 'InternalNoteView',
              id: 'note-1',
              text: 'Ring apoteket först.',
              createdAt: '2026-11-25T10:00:00.000Z',
              author: { ...anna, id: 'staff-8', title: '  SJUKSKÖTERSKA ' },
            },
            {
              __typename: 'InternalNoteView',
              id: 'note-2',
              text: 'Klart.',
              createdAt: '2026-11-25T11:00:00.000Z',
              author: { ...bo, id: 'staff-9', title: 'Hälsopedagog' },
            },
          ],
        } as never),
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

describe('staff job titles on the case page', () => {
  it('shows the handler’s, the writers’ and the caregivers’ titles in English on the English page', async () => {
    renderStaffApp({ path: '/cases/case-1?lang=en', mocks: answers as never[] });
    const details = await screen.findByRole('region', { name: 'About the request' });
    expect(within(details).getByText('Handled by').closest('div')).toHaveTextContent(
      'Handled byBo Berg, Nurse',
    );
    expect(screen.getByText('From: Anna Andersson, Physician')).toBeInTheDocument();
    const notes = screen.getAllByRole('article', {
      name: 'Internal note – not visible to the patient',
    });
    expect(notes[0]).toHaveTextContent('Anna Andersson, Nurse,');
    // A title the catalogue does not know stays as the HSA catalogue writes it.
    expect(notes[1]).toHaveTextContent('Bo Berg, Hälsopedagog,');
    expect(
      await screen.findByRole('option', { name: 'Anna Andersson, Physician' }),
    ).toBeInTheDocument();
  });

  it('shows the HSA titles as they are on the Swedish page', async () => {
    renderStaffApp({ path: '/cases/case-1', mocks: answers as never[] });
    const details = await screen.findByRole('region', { name: 'Om ärendet' });
    expect(within(details).getByText('Handläggare').closest('div')).toHaveTextContent(
      'HandläggareBo Berg, Sjuksköterska',
    );
    expect(screen.getByText('Från: Anna Andersson, Läkare')).toBeInTheDocument();
  });
});
