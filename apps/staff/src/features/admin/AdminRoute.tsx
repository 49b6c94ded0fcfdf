import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RoleRoute } from '../identity/RoleRoute.tsx';
import { type AdminAccess, adminAccess } from './admin-access.ts';

/**
 * An administration page for someone whose chosen workplace gives the role; everyone else is
 * sent to the start page (login, terms, workplace) or told the page is not theirs.
 */
export function AdminRoute({ need, children }: { need: keyof AdminAccess; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <RoleRoute
      allowed={(viewer) => adminAccess(viewer)[need]}
      refusal={{
        title: t('admin.notAllowed.title'),
        body: t('admin.notAllowed.body'),
        backToStart: t('admin.backToStart'),
      }}
    >
      {children}
    </RoleRoute>
  );
}
