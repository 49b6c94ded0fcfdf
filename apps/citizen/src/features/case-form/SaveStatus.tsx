import { useLanguage } from '@etj/spa';
import { formatAppointment, formatDateTime } from '@etj/ui';
import { useTranslation } from 'react-i18next';

/**
 * The form's quiet status line, a polite live region: when the draft was last saved (briefly,
 * by the clock, after an automatic save), that an automatic save failed, or which version a
 * reload shows. It changes once per save, not per keystroke.
 */
export function SaveStatus({
  savedAt,
  automatic,
  autosaveFailed,
  reloadedAt,
}: {
  savedAt: string | null;
  automatic: boolean;
  autosaveFailed: boolean;
  reloadedAt: string | null;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  let text: string | null = null;
  if (autosaveFailed) text = t('caseForm.autosaveFailed');
  else if (savedAt && automatic)
    text = t('caseForm.autosaved', { time: formatAppointment(savedAt, language).time });
  else if (savedAt) text = t('caseForm.saved', { time: formatDateTime(savedAt, language) });
  else if (reloadedAt)
    text = t('caseForm.reloaded', { time: formatDateTime(reloadedAt, language) });
  return (
    <p role="status" className="etj-muted">
      {text}
    </p>
  );
}
