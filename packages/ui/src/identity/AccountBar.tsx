import { useTranslation } from 'react-i18next';
import { LogoutForm } from './LogoutForm.tsx';

/** The header's compact account area: the user's name and a logout button. */
export function AccountBar({ name, logoutAction }: { name: string; logoutAction: string }) {
  const { t } = useTranslation('common');
  return (
    <div className="etj-account">
      <p className="etj-account__name">
        <span className="etj-visually-hidden">{t('identity.loggedInAs')} </span>
        {name}
      </p>
      <LogoutForm action={logoutAction} variant="tertiary" />
    </div>
  );
}
