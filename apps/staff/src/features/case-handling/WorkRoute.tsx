import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RoleRoute } from '../identity/RoleRoute.tsx';
import { type WorkAccess, workAccess } from './work-access.ts';

/**
 * A case-work page (queue, work list, case, access log) for someone whose chosen workplace gives
 * the role; everyone else goes to the start page or is told the page is not theirs.
 */
export function WorkRoute({ need, children }: { need: keyof WorkAccess; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <RoleRoute
      allowed={(viewer) => workAccess(viewer)[need]}
      refusal={{
        title: t('work.notAllowed.title'),
        body: t(`work.notAllowed.${need}`),
        backToStart: t('work.backToStart'),
      }}
    >
      {children}
    </RoleRoute>
  );
}
