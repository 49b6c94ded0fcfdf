import { useLanguage } from '@etj/spa';
import { Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { localize } from '@etj/domain';
import { AppLink, formatDateTime, CardTable } from '@etj/ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CaseStatus, type StaffCaseRowFragment } from '../../gql/graphql.ts';
import { staffCasePath } from '../../routing/paths.ts';
import { caseAgeParts } from './case-age.ts';
import { timeLeftWords } from './time-left.ts';

const STATUS_COLOURS: Record<CaseStatus, 'info' | 'warning' | 'success' | 'neutral' | 'accent'> = {
  NEW: 'info',
  ASSIGNED: 'accent',
  WAITING_FOR_CITIZEN: 'warning',
  ANSWERED: 'success',
  CLOSED: 'neutral',
};

/** A case's status as a tag, in words. */
export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return <Tag data-color={STATUS_COLOURS[status]}>{t(`caseStatus.${status}`)}</Tag>;
}

/**
 * The working time left to the first answer in words; near and late also as a tag, so the
 * flag is text as well as colour. The due time below it.
 */
export function TimeLeft({ due }: { due: StaffCaseRowFragment['firstAnswerDue'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!due)
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="etj-visually-hidden">{t('caseList.noTimeLeft')}</span>
      </>
    );
  const words = timeLeftWords(due);
  const time = [
    words.hours > 0 ? t('caseList.hours', { count: words.hours }) : null,
    words.minutes > 0 || words.hours === 0 ? t('caseList.minutes', { count: words.minutes }) : null,
  ]
    .filter(Boolean)
    .join(' ');
  const text = t(`caseList.due.${words.key}`, { time });
  return (
    <>
      {due.state === 'ON_TRACK' ? (
        <span className="etj-nowrap">{text}</span>
      ) : (
        <Tag data-color={due.state === 'OVERDUE' ? 'danger' : 'warning'}>{text}</Tag>
      )}
      <br />
      <span className="etj-nowrap">
        {t('caseList.dueAt', { at: formatDateTime(due.dueAt, language) })}
      </span>
    </>
  );
}

/**
 * How long ago the case was sent ("för 2 dygn 3 tim sedan", in full words for a screen reader)
 * and, below it, when.
 */
export function CaseAge({ submittedAt, nowMs }: { submittedAt: string; nowMs: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const parts = caseAgeParts(submittedAt, nowMs);
  const short = parts
    .map(({ unit, count }) => t(`caseList.age.short.${unit}`, { count }))
    .join(' ');
  const [first, second] = parts.map(({ unit, count }) => t(`caseList.age.long.${unit}`, { count }));
  const long = second ? t('caseList.age.long.and', { first, second }) : first;
  return (
    <>
      {parts.length === 0 ? (
        <span className="etj-nowrap">{t('caseList.age.justNow')}</span>
      ) : (
        <span className="etj-nowrap">
          <span aria-hidden="true">{t('caseList.age.ago', { age: short })}</span>
          <span className="etj-visually-hidden">{t('caseList.age.ago', { age: long })}</span>
        </span>
      )}
      <br />
      <time dateTime={submittedAt} className="etj-nowrap etj-muted">
        {formatDateTime(submittedAt, language)}
      </time>
    </>
  );
}

/** The clock's time now, read again every minute while shown (the queue stays open all day). */
function useMinuteClock(now: () => number): number {
  const [nowMs, setNowMs] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => {
      setNowMs(now());
    }, 60_000);
    return () => {
      clearInterval(timer);
    };
  }, [now]);
  return nowMs;
}

/**
 * Cases as rows: reference (a link to the case), type, patient, sent (how long ago and when),
 * status, time left to the first answer, assignee; cards on a narrow screen (CardTable). Below,
 * "Visa fler" while the API has another page, or the empty text. `now` is the clock the age is
 * counted by.
 */
export function CaseTable({
  caption,
  empty,
  cases,
  hasMore,
  loadingMore,
  onMore,
  now = Date.now,
}: {
  caption: string;
  empty: string;
  cases: StaffCaseRowFragment[];
  hasMore: boolean;
  loadingMore: boolean;
  onMore: () => void;
  now?: () => number;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const nowMs = useMinuteClock(now);
  const body = useRef<HTMLTableSectionElement>(null);
  // After "Visa fler", focus moves to the first new row's link so keyboard users go on from there.
  const firstNewRow = useRef<number | null>(null);
  useEffect(() => {
    const index = firstNewRow.current;
    if (index === null || cases.length <= index) return;
    firstNewRow.current = null;
    body.current?.querySelectorAll('tr')[index]?.querySelector('a')?.focus();
  }, [cases.length]);
  if (cases.length === 0) return <Paragraph role="status">{empty}</Paragraph>;
  return (
    <>
      {/* Scrolls sideways on narrow screens instead of overflowing the page (WCAG 1.4.10); browsers make a scrolling box keyboard-focusable themselves. */}
      <div className="etj-table-scroll" role="region" aria-label={caption}>
        <CardTable className="etj-admin-table etj-case-table" cards="medium">
          <caption className="etj-visually-hidden">{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('caseList.reference')}</Table.HeaderCell>
              <Table.HeaderCell>{t('caseList.type')}</Table.HeaderCell>
              <Table.HeaderCell>{t('caseList.patient')}</Table.HeaderCell>
              <Table.HeaderCell>{t('caseList.sent')}</Table.HeaderCell>
              <Table.HeaderCell>{t('caseList.status')}</Table.HeaderCell>
              <Table.HeaderCell>{t('caseList.timeLeft')}</Table.HeaderCell>
              <Table.HeaderCell>{t('caseList.assignee')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body ref={body}>
            {cases.map((row) => (
              <Table.Row key={row.id}>
                <Table.Cell>
                  <AppLink href={staffCasePath(row.id)} className="etj-nowrap">
                    {row.reference}
                  </AppLink>
                </Table.Cell>
                <Table.Cell>
                  {localize(
                    { sv: row.caseTypeName.sv, en: row.caseTypeName.en ?? undefined },
                    language,
                  )}
                </Table.Cell>
                <Table.Cell>
                  <span className="etj-nowrap">{row.patientName}</span>
                  <br />
                  <span className="etj-nowrap">{row.patientIdentityNumber}</span>
                </Table.Cell>
                <Table.Cell>
                  <CaseAge submittedAt={row.submittedAt} nowMs={nowMs} />
                </Table.Cell>
                <Table.Cell>
                  <CaseStatusTag status={row.status} />
                </Table.Cell>
                <Table.Cell>
                  <TimeLeft due={row.firstAnswerDue} />
                </Table.Cell>
                <Table.Cell>
                  <span className="etj-nowrap">
                    {row.assignee ? row.assignee.name : t('caseList.unassigned')}
                  </span>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </CardTable>
      </div>
      {hasMore ? (
        <div className="etj-actions">
          <Button
            type="button"
            variant="secondary"
            loading={loadingMore}
            onClick={() => {
              firstNewRow.current = cases.length;
              onMore();
            }}
          >
            {t('caseList.more')}
          </Button>
        </div>
      ) : null}
    </>
  );
}
