import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../test/render.tsx';
import { InactivityWarningDialog } from './InactivityWarningDialog.tsx';

const props = {
  minutesLeft: 4,
  continuing: false,
  continueFailed: false,
  logoutAction: '/api/citizen/auth/logout',
};

describe('InactivityWarningDialog', () => {
  it('is an alert dialog that takes focus to "continue" when it opens', () => {
    renderWithI18n(<InactivityWarningDialog {...props} open onContinue={vi.fn()} />);
    const dialog = screen.getByRole('alertdialog', { name: 'Du loggas snart ut' });
    expect(dialog).toHaveAccessibleDescription(/loggas du ut om 4 minuter/);
    expect(screen.getByRole('button', { name: 'Fortsätt vara inloggad' })).toHaveFocus();
  });

  it('calls back on continue and logs out through a form POST with the language', async () => {
    const onContinue = vi.fn();
    renderWithI18n(<InactivityWarningDialog {...props} open onContinue={onContinue} />, 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Stay logged in' }));
    expect(onContinue).toHaveBeenCalledOnce();
    const logout = screen.getByRole('button', { name: 'Log out' });
    const form = logout.closest('form')!;
    expect(form).toHaveAttribute('method', 'post');
    expect(form).toHaveAttribute('action', '/api/citizen/auth/logout');
    expect(form).toHaveFormValues({ lang: 'en' });
  });

  it('shows nothing while closed', () => {
    renderWithI18n(<InactivityWarningDialog {...props} open={false} onContinue={vi.fn()} />);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});
