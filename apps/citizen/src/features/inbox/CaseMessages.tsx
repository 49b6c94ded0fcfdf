import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useLanguage } from '@etj/spa';
import { type Language, formatAppointment, formatDateTime } from '@etj/ui';
import { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { inLanguage } from '../../common/localized.ts';
import { AttachmentList } from './AttachmentList.tsx';
import { type CaseMessage } from './use-citizen-case.ts';

type Outcome = CaseMessage['outcomes'][number];

/** An outcome of an answer in words, e.g. "Tid bokad: torsdag 3 december 2026 kl. 09.30, Farsta vårdcentral". */
export function outcomeText(outcome: Outcome, t: TFunction, language: Language): string {
  switch (outcome.kind) {
    case 'APPOINTMENT_BOOKED': {
      const when = outcome.appointmentAt
        ? t('outcome.when', formatAppointment(outcome.appointmentAt, language))
        : '';
      return t('outcome.APPOINTMENT_BOOKED', { when, place: outcome.place ?? '' });
    }
    case 'PRESCRIPTION_RENEWED':
      return t('outcome.PRESCRIPTION_RENEWED');
    case 'PLEASE_CALL_US':
      return t('outcome.PLEASE_CALL_US', { phone: outcome.phone ?? '' });
  }
}

/** The messages of a case, oldest first, with who wrote them, outcomes and files. */
export function CaseMessages({
  messages,
  reference,
}: {
  messages: readonly CaseMessage[];
  reference: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (messages.length === 0) return <Paragraph>{t('casePage.noMessages')}</Paragraph>;
  return (
    <ol className="etj-thread">
      {messages.map((message) => {
        const author =
          message.authorKind === 'CITIZEN'
            ? t('casePage.you')
            : message.authorName
              ? inLanguage(message.authorName, language)
              : null;
        return (
          <li
            key={message.id}
            className={`etj-message etj-message--${message.authorKind.toLowerCase()}`}
          >
            <Heading level={3} data-size="xs">
              {t(`messageKind.${message.kind}`)}
            </Heading>
            <Paragraph data-size="sm" className="etj-muted">
              {author ? <>{author} · </> : null}
              <time dateTime={message.createdAt}>
                {formatDateTime(message.createdAt, language)}
              </time>
            </Paragraph>
            {message.kind === 'CASE_SUBMITTED' ? (
              <Paragraph>{t('casePage.caseSubmitted', { reference })}</Paragraph>
            ) : message.text ? (
              <Paragraph className="etj-message__text">{message.text}</Paragraph>
            ) : null}
            {message.outcomes.length > 0 ? (
              <ul className="etj-outcomes">
                {message.outcomes.map((outcome, index) => (
                  <li key={index}>{outcomeText(outcome, t, language)}</li>
                ))}
              </ul>
            ) : null}
            {message.attachments.length > 0 ? (
              <AttachmentList attachments={message.attachments} />
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
