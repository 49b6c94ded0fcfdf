import { Button, Paragraph } from '@digdir/designsystemet-react';
import { AppPage, useLanguage } from '@etj/spa';
import { AppLink, LoadingState, ProblemNotice, formatDate, formatDateTime } from '@etj/ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inLanguage } from '../../common/localized.ts';
import { type InboxFolder } from '../../gql/graphql.ts';
import { ARCHIVE_PATH, casePath, INBOX_PATH } from './inbox-paths.ts';
import { EntryTag } from './EntryTag.tsx';
import { NoticeItem } from './NoticeItem.tsx';
import { type InboxCase, type InboxEntry, useInbox } from './use-inbox.ts';

/**
 * `/inbox` (Inkorg) and `/inbox/archive` (Arkiv): my cases, each by its newest message, and the
 * notices from the service, newest first, a page at a time. What wants me (a new answer, a
 * question waiting for my answer, a new notice) carries a tag with a word and a mark, is bold,
 * and is said first in the link's name; the unread count is in the h1 and the document title.
 */
export function InboxPage({ folder }: { folder: InboxFolder }) {
  const { t } = useTranslation();
  const inbox = useInbox(folder);
  const [announcement, setAnnouncement] = useState('');
  const archive = folder === 'ARCHIVE';
  const list = useRef<HTMLUListElement>(null);
  /** The first entry of the page being fetched, to move focus to once it is rendered. */
  const focusAt = useRef<number | null>(null);
  const shown = inbox.entries?.length ?? 0;
  useEffect(() => {
    const first = focusAt.current;
    if (first === null || shown <= first) return;
    focusAt.current = null;
    // The button may go away with the last page: focus moves on to the first new entry.
    const targets = list.current?.querySelectorAll<HTMLElement>(
      ':scope > li > a, :scope > li > details > summary',
    );
    targets?.[first]?.focus();
  }, [shown]);
  const showMore = async () => {
    focusAt.current = shown;
    const count = await inbox.showMore();
    if (count === 0) {
      focusAt.current = null;
      return;
    }
    setAnnouncement(t('inbox.moreShown', { count }));
  };
  const unread = !archive && inbox.entries !== null ? inbox.unreadCount : 0;
  const title = archive ? t('inbox.archiveTitle') : t('inbox.title');
  return (
    <AppPage
      title={title}
      titleDetail={unread > 0 ? t('inbox.headingUnread', { count: unread }) : undefined}
      documentTitle={
        unread > 0 ? `${title} (${t('inbox.titleUnread', { count: unread })})` : undefined
      }
    >
      <Paragraph className="etj-lead">
        {archive ? t('inbox.archiveLead') : t('inbox.lead')}
      </Paragraph>
      <Paragraph>
        {archive ? (
          <AppLink href={INBOX_PATH}>{t('inbox.toInbox')}</AppLink>
        ) : (
          <AppLink href={ARCHIVE_PATH}>{t('inbox.toArchive')}</AppLink>
        )}
      </Paragraph>
      {inbox.problem ? <ProblemNotice problem={inbox.problem} /> : null}
      {inbox.entries === null ? (
        inbox.problem ? null : (
          <LoadingState />
        )
      ) : (
        <>
          {inbox.entries.length === 0 ? (
            <Paragraph>{archive ? t('inbox.archiveEmpty') : t('inbox.empty')}</Paragraph>
          ) : (
            <ul className="etj-link-list etj-inbox" ref={list}>
              {inbox.entries.map((entry) => (
                <Entry
                  key={entry.id}
                  entry={entry}
                  onFiled={(text) => {
                    setAnnouncement(text);
                    document.querySelector<HTMLElement>('h1')?.focus();
                  }}
                />
              ))}
            </ul>
          )}
          {inbox.hasMore ? (
            <div className="etj-actions">
              <Button
                type="button"
                variant="secondary"
                loading={inbox.loadingMore}
                onClick={() => {
                  void showMore();
                }}
              >
                {t('inbox.more')}
              </Button>
            </div>
          ) : null}
        </>
      )}
      <p role="status" className="etj-visually-hidden">
        {announcement}
      </p>
    </AppPage>
  );
}

function Entry({ entry, onFiled }: { entry: InboxEntry; onFiled: (announcement: string) => void }) {
  if (entry.message?.notice)
    return <NoticeItem message={entry.message} notice={entry.message.notice} onFiled={onFiled} />;
  return entry.case ? <CaseItem item={entry.case} /> : null;
}

/** What a case wants from me, most pressing first; null when nothing. */
function caseFlag(item: InboxCase): 'WAITING' | 'NEW_ANSWER' | null {
  if (item.waitingForReply) return 'WAITING';
  if (item.unreadCount > 0) return 'NEW_ANSWER';
  return null;
}

function CaseItem({ item }: { item: InboxCase }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const flag = caseFlag(item);
  const latest = item.latestMessage;
  // A case whose only message is the receipt says when it was sent, not "Ärendet är skickat".
  const sentOnly = latest === null || latest.kind === 'CASE_SUBMITTED';
  const kind = latest ? t(`messageKind.${latest.kind}`) : '';
  const author = latest?.authorName ? inLanguage(latest.authorName, language) : null;
  return (
    <li className={flag ? 'etj-inbox-item etj-inbox-item--unread' : 'etj-inbox-item'}>
      <AppLink href={casePath(item.id)}>
        {flag === 'WAITING' ? (
          <EntryTag label={t('inbox.waitingLabel')} text={t('inbox.waiting')} variant="waiting" />
        ) : flag === 'NEW_ANSWER' ? (
          <EntryTag
            label={t('inbox.newAnswer', { count: item.unreadCount })}
            text={t('inbox.newAnswer', { count: item.unreadCount })}
            variant="new"
          />
        ) : null}
        {inLanguage(item.caseTypeName, language)}
      </AppLink>
      <span className="etj-muted">
        {[item.clinicName, t('inbox.reference', { reference: item.reference })].join(' · ')}
      </span>
      <span>{t('inbox.status', { status: t(`caseStatus.${item.status}`) })}</span>
      {sentOnly ? (
        <span className="etj-muted">
          {t('inbox.sentOn', { date: formatDate(item.submittedAt, language) })}
        </span>
      ) : (
        <span className="etj-muted">
          {author ? t('inbox.latestFrom', { kind, name: author }) : kind} ·{' '}
          <time dateTime={latest.createdAt}>{formatDateTime(latest.createdAt, language)}</time>
        </span>
      )}
      {item.deletionNoticeAt ? (
        <span className="etj-muted">
          {t('inbox.deletesOn', { date: formatDate(item.deletionNoticeAt, language) })}
        </span>
      ) : null}
    </li>
  );
}
