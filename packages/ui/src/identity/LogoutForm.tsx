import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { parseLanguage } from '../i18n/language.ts';

export type LogoutFormProps = {
  /** The API's logout route, e.g. /api/citizen/auth/logout. */
  action: string;
  variant?: 'primary' | 'secondary' | 'tertiary';
};

/**
 * Logging out is a real form POST (not a GraphQL call): the API revokes the session, clears the
 * cookie and redirects to the logged-out page in the language sent along.
 */
export function LogoutForm({ action, variant = 'secondary' }: LogoutFormProps) {
  const { t, i18n } = useTranslation('common');
  return (
    <form method="post" action={action} className="etj-logout-form">
      <input type="hidden" name="lang" value={parseLanguage(i18n.language)} />
      <Button type="submit" variant={variant} data-size="sm">
        {t('identity.logout')}
      </Button>
    </form>
  );
}
