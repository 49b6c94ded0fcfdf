import { Link } from '@digdir/designsystemet-react';
import { formatFileSize } from '@etj/ui';
import { useLanguage } from '@etj/spa';
import { useTranslation } from 'react-i18next';

/** Where the citizen downloads a file (the API checks that it is mine). */
export const attachmentHref = (id: string) => `/api/citizen/attachments/${encodeURIComponent(id)}`;

type AttachmentLinkProps = { id: string; fileName: string; sizeBytes: number };

/** A file as a download link with its size, e.g. "remiss.pdf (120 kB)". */
export function AttachmentLink({ attachment }: { attachment: AttachmentLinkProps }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Link href={attachmentHref(attachment.id)}>
      {t('casePage.file', {
        fileName: attachment.fileName,
        size: formatFileSize(attachment.sizeBytes, language),
      })}
    </Link>
  );
}

/** Files as download links, each with its size. */
export function AttachmentList({ attachments }: { attachments: readonly AttachmentLinkProps[] }) {
  return (
    <ul className="etj-attachment-list">
      {attachments.map((attachment) => (
        <li key={attachment.id}>
          <AttachmentLink attachment={attachment} />
        </li>
      ))}
    </ul>
  );
}
