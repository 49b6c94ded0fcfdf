import { Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** A polite loading message with a spinner, shown while the first answer is on its way. */
export function LoadingState() {
  const { t } = useTranslation('common');
  return (
    <div className="etj-loading" role="status">
      <Spinner aria-hidden data-size="md" />
      <span>{t('layout.loading')}</span>
    </div>
  );
}
