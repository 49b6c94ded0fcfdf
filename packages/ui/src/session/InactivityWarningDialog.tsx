import {
  Button,
  Dialog,
  Heading,
  Paragraph,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LogoutForm } from '../identity/LogoutForm.tsx';

export type InactivityWarningDialogProps = {
  open: boolean;
  minutesLeft: number;
  /** "Fortsätt vara inloggad": the app calls keepSessionAlive. */
  onContinue: () => void;
  continuing: boolean;
  continueFailed: boolean;
  /** Where the logout form posts, e.g. /api/citizen/auth/logout. */
  logoutAction: string;
};

/**
 * The "you will soon be logged out" alert dialog. It is modal, cannot be dismissed by accident,
 * and takes focus to "continue" when it opens, so a keyboard or screen reader user lands in it.
 */
export function InactivityWarningDialog({
  open,
  minutesLeft,
  onContinue,
  continuing,
  continueFailed,
  logoutAction,
}: InactivityWarningDialogProps) {
  const { t } = useTranslation('common');
  const titleId = useId();
  const bodyId = useId();
  const continueButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) continueButton.current?.focus();
  }, [open]);
  return (
    <Dialog
      open={open}
      modal
      closeButton={false}
      closedby="none"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      className="etj-session-dialog"
    >
      <Heading level={2} data-size="sm" id={titleId}>
        {t('session.warningTitle')}
      </Heading>
      <Paragraph id={bodyId}>{t('session.warningBody', { count: minutesLeft })}</Paragraph>
      {continueFailed ? <ValidationMessage>{t('session.continueFailed')}</ValidationMessage> : null}
      <div className="etj-actions">
        <Button
          ref={continueButton}
          type="button"
          onClick={onContinue}
          aria-disabled={continuing || undefined}
          loading={continuing}
        >
          {t('session.continue')}
        </Button>
        <LogoutForm action={logoutAction} variant="secondary" />
      </div>
    </Dialog>
  );
}
