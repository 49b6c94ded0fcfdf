import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** Asks before publishing: a published version never changes. */
export function PublishDialog({
  open,
  name,
  version,
  busy,
  onConfirm,
  onClose,
}: {
  open: boolean;
  name: string;
  version: number;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      modal
      closedby="any"
      closeButton={false}
      aria-labelledby="publish-title"
      aria-describedby="publish-body"
      onClose={onClose}
    >
      <Heading level={2} data-size="sm" id="publish-title">
        {t('customCaseTypes.publish.title', { name, version })}
      </Heading>
      <div id="publish-body">
        <Paragraph>{t('customCaseTypes.publish.never')}</Paragraph>
        <Paragraph>{t('customCaseTypes.publish.later')}</Paragraph>
      </div>
      <div className="etj-actions">
        <Button
          type="button"
          ref={(element) => {
            if (open) element?.focus();
          }}
          loading={busy}
          onClick={onConfirm}
        >
          {t('customCaseTypes.publish.confirm')}
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          {t('customCaseTypes.publish.cancel')}
        </Button>
      </div>
    </Dialog>
  );
}
