import { render, type RenderResult } from '@testing-library/react';
import { type ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n/create-i18n.ts';
import { type Language } from '../i18n/language.ts';

/** Renders `ui` with a fresh i18n instance in `language`. */
export function renderWithI18n(ui: ReactElement, language: Language = 'sv'): RenderResult {
  const i18n = createI18n(language, { sv: {}, en: {} });
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}
