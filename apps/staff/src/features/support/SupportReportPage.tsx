import { AppPage, useLanguage } from '@etj/spa';
import {
  Button,
  Field,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import {
  AppLink,
  ErrorSummary,
  FactList,
  LoadingState,
  ProblemNotice,
  type ApiProblem,
  formatDateTime,
} from '@etj/ui';
import { type ReactNode, type SubmitEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { type SupportStatus } from '../../gql/graphql.ts';
import { PATHS } from '../../routing/paths.ts';
import { FAULT_LIMITS, SUPPORT_STATUSES } from './fault-form.ts';
import { SupportStatusTag } from './SupportReportTable.tsx';
import {
  type SupportReportView,
  useSupportReport,
  useSupportReportActions,
} from './use-support-report.ts';

/** Where the API serves a report's screenshot (to its reporter and the administration). */
export const screenshotHref = (reportId: string) =>
  `/api/staff/support-reports/${encodeURIComponent(reportId)}/screenshot`;

/**
 * `/support/reports/:reportId`: one fault report with its replies, for its reporter and for the
 * service administration, who also sets its status.
 */
export function SupportReportPage() {
  const { t } = useTranslation();
  const { reportId = '' } = useParams();
  const state = useSupportReport(reportId);
  if (state.status === 'failed')
    return (
      <AppPage title={t('support.title')}>
        {state.problem.code === 'NOT_FOUND' ? (
          <Paragraph>{t('support.report.notFound')}</Paragraph>
        ) : (
          <ProblemNotice problem={state.problem} />
        )}
        <Paragraph>
          <AppLink href={PATHS.support}>{t('support.report.back')}</AppLink>
        </Paragraph>
      </AppPage>
    );
  if (state.status === 'loading')
    return (
      <AppPage title={t('support.title')}>
        <LoadingState />
      </AppPage>
    );
  return <ReportView report={state.report} />;
}

function ReportView({ report }: { report: SupportReportView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const details: [string, ReactNode][] = [
    [t('support.report.status'), <SupportStatusTag key="status" status={report.status} />],
    [t('support.report.severity'), t(`support.severities.${report.severity}`)],
    [t('support.report.area'), t(`support.areas.${report.area}`)],
    ...(report.location
      ? [[t('support.report.location'), report.location] as [string, string]]
      : []),
    [t('support.report.occurredAt'), formatDateTime(report.occurredAt, language)],
    [t('support.report.reported'), formatDateTime(report.createdAt, language)],
    [t('support.report.reporter'), report.reporterName],
    [t('support.report.workplace'), report.reporterWorkplace],
  ];
  return (
    <AppPage title={t('support.report.title', { number: report.number })}>
      <Paragraph className="etj-lead">{report.summary}</Paragraph>
      <section aria-labelledby="support-details-heading" className="etj-panel">
        <Heading level={2} data-size="sm" id="support-details-heading">
          {t('support.report.details')}
        </Heading>
        <FactList facts={details} />
        <Heading level={3} data-size="xs">
          {t('support.report.description')}
        </Heading>
        <Paragraph className="etj-message__text">{report.description}</Paragraph>
        {report.screenshot ? (
          <Paragraph>
            <Link href={screenshotHref(report.id)}>
              {t('support.report.openScreenshot', { name: report.screenshot.fileName })}
            </Link>
          </Paragraph>
        ) : null}
      </section>
      {report.viewerMayChangeStatus ? <StatusForm report={report} /> : null}
      <section aria-labelledby="support-replies-heading" className="etj-panel">
        <Heading level={2} data-size="sm" id="support-replies-heading">
          {t('support.report.replies')}
        </Heading>
        {report.replies.length === 0 ? (
          <Paragraph>{t('support.report.noReplies')}</Paragraph>
        ) : (
          <ol className="etj-thread">
            {report.replies.map((reply) => (
              <li key={reply.id}>
                <article className="etj-message">
                  <Heading level={3} data-size="2xs">
                    {t(
                      reply.fromServiceAdmin
                        ? 'support.report.fromSupport'
                        : 'support.report.fromReporter',
                      { name: reply.authorName },
                    )}
                  </Heading>
                  <Paragraph data-size="sm" className="etj-muted">
                    {formatDateTime(reply.createdAt, language)}
                  </Paragraph>
                  <Paragraph className="etj-message__text">{reply.text}</Paragraph>
                </article>
              </li>
            ))}
          </ol>
        )}
        {report.viewerMayReply ? (
          <ReplyForm reportId={report.id} />
        ) : (
          <Paragraph>{t('support.report.closed')}</Paragraph>
        )}
      </section>
      <Paragraph>
        <AppLink href={report.viewerMayChangeStatus ? PATHS.supportQueue : PATHS.support}>
          {t(report.viewerMayChangeStatus ? 'support.report.backToQueue' : 'support.report.back')}
        </AppLink>
      </Paragraph>
    </AppPage>
  );
}

const REPLY_ID = 'support-reply-text';

function ReplyForm({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const actions = useSupportReportActions();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [sent, setSent] = useState(false);
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    setFailure(null);
    setSent(false);
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.length > FAULT_LIMITS.reply) {
      setError(
        trimmed === ''
          ? t('support.report.replyRequired')
          : t('support.form.problems.tooLong', { max: FAULT_LIMITS.reply }),
      );
      return;
    }
    setError(null);
    const result = await actions.reply(reportId, trimmed);
    switch (result.outcome) {
      case 'done':
        setText('');
        setSent(true);
        return;
      case 'invalid':
        setError(t('support.report.replyRequired'));
        return;
      case 'conflict':
        setFailure({ code: 'CONFLICT' });
        return;
      case 'failed':
        setFailure(result.problem);
        return;
    }
  };
  return (
    <>
      <Heading level={3} data-size="xs" id="support-reply-heading">
        {t('support.report.reply')}
      </Heading>
      <ErrorSummary
        attempt={attempt}
        problems={error ? [{ targetId: REPLY_ID, message: error }] : []}
      />
      {failure ? <ProblemNotice problem={failure} /> : null}
      <form
        noValidate
        className="etj-settings-form"
        aria-labelledby="support-reply-heading"
        onSubmit={(event) => {
          void submit(event);
        }}
      >
        <Textfield
          id={REPLY_ID}
          multiline
          rows={4}
          label={t('support.report.replyText')}
          description={t('support.report.replyHint', { max: FAULT_LIMITS.reply })}
          value={text}
          error={error ?? undefined}
          onChange={(event) => {
            setText(event.target.value);
          }}
        />
        <div className="etj-actions">
          <Button type="submit" loading={actions.replying} disabled={actions.replying}>
            {t('support.report.sendReply')}
          </Button>
        </div>
      </form>
      <Paragraph role="status">{sent ? t('support.report.replySent') : ''}</Paragraph>
    </>
  );
}

function StatusForm({ report }: { report: SupportReportView }) {
  const { t } = useTranslation();
  const actions = useSupportReportActions();
  const [status, setStatus] = useState<SupportStatus>(report.status);
  const [failure, setFailure] = useState<ApiProblem | null>(null);
  const [saved, setSaved] = useState<SupportStatus | null>(null);
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    setSaved(null);
    const result = await actions.setStatus(report.id, status);
    if (result.outcome === 'done') setSaved(status);
    else setFailure(result.outcome === 'failed' ? result.problem : { code: 'BAD_USER_INPUT' });
  };
  return (
    <section aria-labelledby="support-status-heading" className="etj-panel">
      <Heading level={2} data-size="sm" id="support-status-heading">
        {t('support.report.changeStatus')}
      </Heading>
      {failure ? <ProblemNotice problem={failure} /> : null}
      <form
        noValidate
        className="etj-settings-form"
        onSubmit={(event) => {
          void submit(event);
        }}
      >
        <Field>
          <Label htmlFor="support-new-status">{t('support.report.newStatus')}</Label>
          <Select
            id="support-new-status"
            value={status}
            onChange={(event) => {
              setStatus(event.target.value as SupportStatus);
            }}
          >
            {SUPPORT_STATUSES.map((option) => (
              <Select.Option key={option} value={option}>
                {t(`support.statuses.${option}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <div className="etj-actions">
          <Button type="submit" loading={actions.settingStatus} disabled={actions.settingStatus}>
            {t('support.report.saveStatus')}
          </Button>
        </div>
      </form>
      <Paragraph role="status">
        {saved ? t('support.report.statusSaved', { status: t(`support.statuses.${saved}`) }) : ''}
      </Paragraph>
    </section>
  );
}
