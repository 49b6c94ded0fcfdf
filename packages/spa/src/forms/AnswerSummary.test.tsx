import { createI18n, type Language } from '@etj/ui';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { rendererTestDefinition } from '../testing/renderer-test-definition.ts';
import { AnswerSummary } from './AnswerSummary.tsx';
import { type Answers } from './form-answers.ts';

function renderSummary(
  answers: Answers,
  language: Language = 'sv',
  definition: unknown = rendererTestDefinition,
) {
  render(
    <I18nextProvider i18n={createI18n(language, { sv: {}, en: {} })}>
      <MemoryRouter initialEntries={[language === 'en' ? '/?lang=en' : '/']}>
        <AnswerSummary definition={definition} clinicOptions={{}} answers={answers} />
      </MemoryRouter>
    </I18nextProvider>,
  );
}

const pairs = () =>
  Array.from(document.querySelectorAll('dl > div')).map((row) => [
    row.querySelector('dt')?.textContent,
    row.querySelector(':scope > dd')?.textContent,
  ]);

describe('answer summary', () => {
  it('lists enabled questions with their answers in words; repeats are numbered', () => {
    renderSummary({ medicines: [{ name: 'Levaxin' }, { name: 'Alvedon' }], hasPain: true });
    expect(screen.getByText('Läkemedel 1')).toBeVisible();
    expect(screen.getByText('Läkemedel 2')).toBeVisible();
    expect(screen.getByText('Alvedon')).toBeVisible();
    expect(pairs()).toContainEqual(['Har du ont?', 'Ja']);
    // Enabled by "Ja" but left empty.
    expect(pairs()).toContainEqual(['Var har du ont?', 'Inte besvarad']);
    expect(pairs()).toContainEqual(['Meddelande', 'Inte besvarad']);
    expect(screen.queryByText('Fyll i formuläret.')).toBeNull();
  });

  it('leaves out questions the answers did not enable, and speaks English', () => {
    renderSummary({ medicines: [{ name: 'Levaxin' }], hasPain: false }, 'en');
    expect(pairs()).toContainEqual(['Are you in pain?', 'No']);
    expect(pairs()).toContainEqual(['Message', 'Not answered']);
    expect(screen.queryByText('Where does it hurt?')).toBeNull();
  });

  it('shows nothing for a definition it cannot read', () => {
    renderSummary({}, 'sv', { nonsense: true });
    expect(document.querySelector('dl')).toBeNull();
  });
});
