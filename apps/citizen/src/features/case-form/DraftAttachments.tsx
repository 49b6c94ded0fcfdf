import {
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useLanguage } from '@etj/spa';
import { type Language, ProblemNotice, formatFileSize } from '@etj/ui';
import { type TFunction } from 'i18next';
import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AttachmentLink } from '../inbox/AttachmentList.tsx';
import { type AttachmentRefusal, useDraftAttachments } from './use-draft-attachments.ts';

const FILE_INPUT_ID = 'draft-attachment';
const ACCEPT = '.pdf,.png,.jpg,.jpeg,.gif,application/pdf,image/png,image/jpeg,image/gif';

/** A refused file in words; null for an API problem (shown as a notice instead). */
function refusalText(refusal: AttachmentRefusal, t: TFunction, language: Language): string | null {
  switch (refusal.kind) {
    case 'ATTACHMENT_TOO_LARGE':
      return t('attachments.errors.ATTACHMENT_TOO_LARGE', {
        size: formatFileSize(refusal.maxBytes, language),
      });
    case 'TOO_MANY_ATTACHMENTS':
      return t('attachments.errors.TOO_MANY_ATTACHMENTS', { max: refusal.max });
    case 'ATTACHMENT_TYPE_NOT_ALLOWED':
    case 'ATTACHMENT_EMPTY':
    case 'ATTACHMENTS_NOT_ALLOWED':
    case 'UNREADABLE':
      return t(`attachments.errors.${refusal.kind}`);
    case 'problem':
      return null;
  }
}

/** "Bifoga filer" on the form: once the draft is saved, files to add to it and remove again. */
export function DraftAttachments({ draftId }: { draftId: string | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const files = useDraftAttachments(draftId);
  const [announcement, setAnnouncement] = useState('');
  const error = files.refusal ? refusalText(files.refusal, t, language) : null;

  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setAnnouncement(t('attachments.adding', { fileName: file.name }));
    void files.add(file).then((added) => {
      // Cleared so that the same file can be chosen again after a refusal.
      input.value = '';
      setAnnouncement(added ? t('attachments.added', { fileName: added.fileName }) : '');
    });
  };

  return (
    <section aria-labelledby="draft-attachments" className="etj-panel">
      <Heading level={2} data-size="sm" id="draft-attachments">
        {t('attachments.title')}
      </Heading>
      {draftId === null ? (
        <>
          <Paragraph>{t('attachments.saveFirst')}</Paragraph>
          <Paragraph data-size="sm" className="etj-muted">
            {t('attachments.hint')}
          </Paragraph>
        </>
      ) : (
        <>
          <Field>
            <Label htmlFor={FILE_INPUT_ID}>{t('attachments.label')}</Label>
            <Field.Description>{t('attachments.hint')}</Field.Description>
            <input
              id={FILE_INPUT_ID}
              type="file"
              accept={ACCEPT}
              disabled={files.adding}
              aria-invalid={error ? true : undefined}
              onChange={chosen}
            />
            {error ? <ValidationMessage>{error}</ValidationMessage> : null}
          </Field>
          {files.refusal?.kind === 'problem' ? (
            <ProblemNotice problem={files.refusal.problem} />
          ) : null}
          {files.problem ? <ProblemNotice problem={files.problem} /> : null}
          <Heading level={3} data-size="xs">
            {t('attachments.listTitle')}
          </Heading>
          {files.attachments && files.attachments.length > 0 ? (
            <ul className="etj-link-list etj-attached-files">
              {files.attachments.map((attachment) => (
                <li key={attachment.id}>
                  <AttachmentLink attachment={attachment} />
                  <Button
                    type="button"
                    variant="tertiary"
                    data-size="sm"
                    aria-label={t('attachments.removeLabel', { fileName: attachment.fileName })}
                    onClick={() => {
                      void files.remove(attachment.id).then((removed) => {
                        if (removed)
                          setAnnouncement(
                            t('attachments.removed', { fileName: attachment.fileName }),
                          );
                      });
                    }}
                  >
                    {t('attachments.remove')}
                  </Button>
                </li>
              ))}
            </ul>
          ) : (
            <Paragraph>{t('attachments.none')}</Paragraph>
          )}
        </>
      )}
      <p role="status" className="etj-visually-hidden">
        {announcement}
      </p>
    </section>
  );
}
