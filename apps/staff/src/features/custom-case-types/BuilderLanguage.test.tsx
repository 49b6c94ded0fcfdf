import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderBuilder } from './builder.test-support.tsx';

/** An own form as new ones start: the emergency text first, then a subject and a message. */
const definition = {
  formatVersion: 1,
  key: 'resevaccination-abc123',
  version: 1,
  title: { sv: 'Resevaccination', en: 'Travel vaccination' },
  clinicOptions: [],
  items: [
    {
      linkId: 'notForEmergencies',
      type: 'display',
      text: {
        sv: 'Tjänsten är inte till för akuta ärenden. Ring 112 vid akut fara för liv, eller 1177 för sjukvårdsrådgivning.',
        en: 'This service is not for emergencies. Call 112 if a life is in danger, or 1177 for medical advice.',
      },
    },
    {
      linkId: 'subject',
      type: 'string',
      required: true,
      maxLength: 100,
      text: { sv: 'Ämne', en: 'Subject' },
    },
    { linkId: 'message', type: 'text', required: true, text: { sv: 'Meddelande', en: 'Message' } },
  ],
};

describe('the builder in English', () => {
  it('heads the items and previews the form with the English texts', async () => {
    renderBuilder(definition, { language: 'en' });
    await screen.findByRole('heading', { level: 1, name: /^Build form/ });
    expect(
      screen.getByRole('heading', {
        level: 3,
        name: 'Text 1: This service is not for emergencies. Call 112 if a life is in danger, or 1177 for medical advice.',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 3, name: 'Question 2: Subject' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 3, name: 'Question 3: Message' }),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(
      within(preview).getByText(
        'This service is not for emergencies. Call 112 if a life is in danger, or 1177 for medical advice.',
      ),
    ).toBeInTheDocument();
    expect(within(preview).queryByText(/Ring 112/)).not.toBeInTheDocument();
    expect(within(preview).getByRole('textbox', { name: /Subject/ })).toBeInTheDocument();
  });

  it('keeps the Swedish texts on the Swedish page', async () => {
    renderBuilder(definition);
    await screen.findByRole('heading', { level: 1, name: /Resevaccination/ });
    expect(
      screen.getByRole('heading', { level: 3, name: /^Text 1: Tjänsten är inte till för akuta/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Fråga 2: Ämne' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Förhandsgranska' }));
    expect(
      within(screen.getByRole('region', { name: 'Förhandsgranskning' })).getByText(
        /^Tjänsten är inte till för akuta ärenden\. Ring 112/,
      ),
    ).toBeInTheDocument();
  });
});
