import { useLanguage } from '@etj/spa';
import { localize } from '@etj/domain';
import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { formatDateTime, formatFileSize, formatLongDateTime } from '@etj/ui';
import { useTranslation } from 'react-i18next';
import { type CaseMessage, type StaffCaseDetail } from './use-staff-case.ts';

type Attachment = StaffCaseDetail['attachments'][number];

/** Where the API serves a case's file to staff (logged as READ_ATTACHMENT). */
export const attachmentHref = (id: string) => `/api/staff/attachments/${encodeURIComponent(id)}`;

const fileType = (mediaType: string) => (mediaType.split('/')[1] ?? mediaType).toUpperCase();

/** Files as download links: name, type and size. */
export function AttachmentLinks({ attachments }: { attachments: readonly Attachment[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ul className="etj-link-list">
      {attachments.map((file) => (
        <li key={file.id}>
          <Link href={attachmentHref(file.id)}>
            {t('caseWork.attachments.link', {
              name: file.fileName,
              type: fileType(file.mediaType),
              size: formatFileSize(file.sizeBytes, language),
            })}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The messages of the case, oldest first, each with its outcomes and files. */
export function CaseThread({ messages }: { messages: readonly CaseMessage[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="case-thread-heading" className="etj-panel">
      <Heading level={2} data-size="sm" id="case-thread-heading">
        {t('caseWork.thread.title')}
      </Heading>
      <ol className="etj-thread">
        {messages.map((message) => (
          <li key={message.id}>
            <MessageCard message={message} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function MessageCard({ message }: { message: CaseMessage }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const fromStaff = message.authorKind === 'STAFF';
  return (
    <article
      aria-labelledby={`message-${message.id}`}
      className={fromStaff ? 'etj-message etj-message--staff' : 'etj-message'}
    >
      <Heading level={3} data-size="2xs" id={`message-${message.id}`}>
        {t('caseWork.thread.heading', {
          kind: t(`caseWork.thread.kinds.${message.kind}`),
          at: formatDateTime(message.createdAt, language),
        })}
      </Heading>
      <Paragraph data-size="sm">
        {message.authorName
          ? t('caseWork.thread.from', {
              name: localize(
                { sv: message.authorName.sv, en: message.authorName.en ?? undefined },
                language,
              ),
            })
          : t('caseWork.thread.fromSystem')}
      </Paragraph>
      {message.text ? (
        <Paragraph className="etj-message__text">{message.text}</Paragraph>
      ) : message.kind === 'CASE_SUBMITTED' ? (
        <Paragraph>{t('caseWork.thread.submitted')}</Paragraph>
      ) : null}
      {message.outcomes.length > 0 ? (
        <>
          <Heading level={4} data-size="2xs">
            {t('caseWork.thread.outcomes')}
          </Heading>
          <ul>
            {message.outcomes.map((outcome, index) => (
              <li key={`${outcome.kind}-${String(index)}`}>
                {outcome.kind === 'APPOINTMENT_BOOKED'
                  ? t('caseWork.thread.appointment', {
                      at: outcome.appointmentAt
                        ? formatLongDateTime(outcome.appointmentAt, language)
                        : '',
                      place: outcome.place ?? '',
                    })
                  : outcome.kind === 'PLEASE_CALL_US'
                    ? t('caseWork.thread.call', { phone: outcome.phone ?? '' })
                    : t('caseWork.thread.prescription')}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {message.attachments.length > 0 ? (
        <>
          <Heading level={4} data-size="2xs">
            {t('caseWork.thread.files')}
          </Heading>
          <AttachmentLinks attachments={message.attachments} />
        </>
      ) : null}
      {fromStaff ? (
        <Tag data-color={message.readAt ? 'success' : 'neutral'} data-size="sm">
          {message.readAt
            ? t('caseWork.thread.read', { at: formatDateTime(message.readAt, language) })
            : t('caseWork.thread.unread')}
        </Tag>
      ) : null}
    </article>
  );
}
