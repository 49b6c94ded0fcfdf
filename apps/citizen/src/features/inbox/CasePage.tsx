import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { AnswerSummary, AppPage, useLanguage } from '@etj/spa';
import { AppLink, LoadingState, ProblemNotice, formatDate, formatDateTime } from '@etj/ui';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { inLanguage } from '../../common/localized.ts';
import { AttachmentList } from './AttachmentList.tsx';
import { INBOX_PATH } from './inbox-paths.ts';
import { CaseMessages } from './CaseMessages.tsx';
import { ReplyForm } from './ReplyForm.tsx';
import { type CitizenCase, useCitizenCase } from './use-citizen-case.ts';
import { useMarkCaseRead } from './use-mark-case-read.ts';
import { useReplyToCase } from './use-reply-to-case.ts';
import { useSetCaseArchived } from './use-set-case-archived.ts';

/** `/cases/:caseId`: one of my cases with the sent form and its messages; opening it reads it. */
export function CasePage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const { caseRecord, problem } = useCitizenCase(caseId);
  useMarkCaseRead(caseId, caseRecord !== null);
  if (problem?.code === 'NOT_FOUND')
    return (
      <AppPage title={t('casePage.notFoundTitle')}>
        <Alert data-color="warning">
          <Paragraph>{t('casePage.notFound')}</Paragraph>
        </Alert>
        <Paragraph>
          <AppLink href={INBOX_PATH}>{t('casePage.toInbox')}</AppLink>
        </Paragraph>
      </AppPage>
    );
  if (problem) return <ProblemNotice problem={problem} />;
  if (!caseRecord) return <LoadingState />;
  return <CaseView caseRecord={caseRecord} />;
}

function CaseView({ caseRecord }: { caseRecord: CitizenCase }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const replier = useReplyToCase(caseRecord.id);
  const archiver = useSetCaseArchived(caseRecord.id);
  const [replied, setReplied] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const takeFocus = useCallback((element: HTMLElement | null) => {
    element?.focus();
  }, []);
  const caseType = inLanguage(caseRecord.caseTypeName, language);
  return (
    <AppPage title={caseType}>
      <Paragraph className="etj-eyebrow">{caseRecord.clinicName}</Paragraph>
      {caseRecord.deletionNoticeAt ? (
        <Alert data-color="warning">
          <Paragraph>
            {t('casePage.deletionNotice', {
              date: formatDate(caseRecord.deletionNoticeAt, language),
            })}
          </Paragraph>
        </Alert>
      ) : null}
      <dl className="etj-answers etj-case-facts">
        <div>
          <dt>{t('casePage.reference')}</dt>
          <dd>{caseRecord.reference}</dd>
        </div>
        <div>
          <dt>{t('casePage.status')}</dt>
          <dd>{t(`caseStatus.${caseRecord.status}`)}</dd>
        </div>
        <div>
          <dt>{t('casePage.clinic')}</dt>
          <dd>{caseRecord.clinicName}</dd>
        </div>
        <div>
          <dt>{t('casePage.caseType')}</dt>
          <dd>{caseType}</dd>
        </div>
        <div>
          <dt>{t('casePage.submittedAt')}</dt>
          <dd>{formatDateTime(caseRecord.submittedAt, language)}</dd>
        </div>
        {caseRecord.sentBy ? (
          <div>
            <dt>{t('casePage.sentBy')}</dt>
            <dd>{caseRecord.sentBy}</dd>
          </div>
        ) : null}
      </dl>
      {caseRecord.archived ? <Paragraph>{t('casePage.inArchive')}</Paragraph> : null}
      <section aria-labelledby="case-messages" className="etj-panel">
        <Heading level={2} data-size="sm" id="case-messages">
          {t('casePage.messagesTitle')}
        </Heading>
        <CaseMessages messages={caseRecord.messages} reference={caseRecord.reference} />
      </section>
      {replied && !caseRecord.canReply ? (
        <Alert
          data-color="success"
          role="status"
          tabIndex={-1}
          ref={takeFocus}
          className="etj-focus-target"
        >
          <Paragraph>{t('reply.sent')}</Paragraph>
        </Alert>
      ) : null}
      {caseRecord.canReply ? (
        <ReplyForm
          sending={replier.sending}
          refusal={replier.refusal}
          onSend={async (text) => {
            const accepted = await replier.send(text);
            if (accepted) setReplied(true);
            return accepted;
          }}
        />
      ) : null}
      <section aria-labelledby="case-form" className="etj-panel">
        <Heading level={2} data-size="sm" id="case-form">
          {t('casePage.formTitle')}
        </Heading>
        <AnswerSummary
          definition={caseRecord.form.definition}
          clinicOptions={caseRecord.form.clinicOptions}
          answers={caseRecord.form.answers}
        />
        {caseRecord.attachments.length > 0 ? (
          <>
            <Heading level={3} data-size="xs">
              {t('casePage.attachmentsTitle')}
            </Heading>
            <AttachmentList attachments={caseRecord.attachments} />
          </>
        ) : null}
      </section>
      <div className="etj-actions">
        <Button
          type="button"
          variant="secondary"
          loading={archiver.busy}
          onClick={() => {
            const archived = !caseRecord.archived;
            void archiver.setArchived(archived).then((done) => {
              if (done) setAnnouncement(t(archived ? 'casePage.archived' : 'casePage.unarchived'));
            });
          }}
        >
          {caseRecord.archived ? t('casePage.unarchive') : t('casePage.archive')}
        </Button>
      </div>
      <Paragraph data-size="sm" className="etj-muted">
        {t('casePage.archiveHint')}
      </Paragraph>
      <Paragraph>
        <AppLink href={`/cases/${encodeURIComponent(caseRecord.id)}/access-log`}>
          {t('caseAccessLog.link')}
        </AppLink>
      </Paragraph>
      {archiver.problem ? <ProblemNotice problem={archiver.problem} /> : null}
      <p role="status" className="etj-visually-hidden">
        {announcement}
      </p>
      <Paragraph>
        <AppLink href={INBOX_PATH}>{t('casePage.toInbox')}</AppLink>
      </Paragraph>
    </AppPage>
  );
}
