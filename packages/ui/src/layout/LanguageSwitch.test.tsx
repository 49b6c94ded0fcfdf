import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { withLanguage } from '../i18n/language.ts';
import { renderWithI18n } from '../test/render.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';

describe('LanguageSwitch', () => {
  it('offers both languages, each named in its own language, and marks the current one', () => {
    renderWithI18n(
      <LanguageSwitch
        current="sv"
        hrefFor={(language) => withLanguage('/terms', language)}
        onSelect={vi.fn()}
      />,
    );
    const nav = screen.getByRole('navigation', { name: 'Språk' });
    expect(nav).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Svenska' })).toHaveAttribute('aria-current', 'true');
    const english = screen.getByRole('link', { name: 'English' });
    expect(english).toHaveAttribute('href', '/terms?lang=en');
    expect(english).toHaveAttribute('lang', 'en');
    expect(english).not.toHaveAttribute('aria-current');
  });

  it('lets the app switch without following the link', async () => {
    const onSelect = vi.fn();
    renderWithI18n(<LanguageSwitch current="sv" hrefFor={() => '/'} onSelect={onSelect} />);
    await userEvent.click(screen.getByRole('link', { name: 'English' }));
    expect(onSelect).toHaveBeenCalledWith('en');
  });
});
