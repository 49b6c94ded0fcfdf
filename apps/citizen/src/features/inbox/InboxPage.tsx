import { Button, Paragraph } from '@digdir/designsystemet-react';
import { AppPage, useLanguage } from '@etj/spa';
import { AppLink, LoadingState, ProblemNotice, formatDate, formatDateTime } from '@etj/ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inLanguage } from '../../common/localized.ts';
import { type InboxFolder } from '../../gql/graphql.ts';
import { ARCHIVE_PATH, casePath, INBOX_PATH } from './inbox-paths.ts';
import { NoticeItem } from './NoticeItem.tsx';
import { type InboxMessage, useInbox } from './use-inbox.ts';

/** `/inbox` (Inkorg) and `/inbox/archive` (Arkiv): my messages, newest first, a page at a time. */
export function InboxPage({ folder }: { folder: InboxFolder }) {
  const { t } = useTranslation();
  const inbox = useInbox(folder);
  const [announcement, setAnnouncement] = useState('');
  const archive = folder === 'ARCHIVE';
  const list = useRef<HTMLUListElement>(null);
  /** The first message of the page being fetched, to move focus to once it is rendered. */
  const focusAt = useRef<number | null>(null);
  const shown = inbox.messages?.length ?? 0;
  useEffect(() => {
    const first = focusAt.current;
    if (first === null || shown <= first) return;
    focusAt.current = null;
    // The button may go away with the last page: focus moves on to the first new message.
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
  return (
    <AppPage title={archive ? t('inbox.archiveTitle') : t('inbox.title')}>
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
      {inbox.messages === null ? (
        inbox.problem ? null : (
          <LoadingState />
        )
      ) : (
        <>
          {!archive && inbox.unreadCount > 0 ? (
            <Paragraph>{t('inbox.unreadCount', { count: inbox.unreadCount })}</Paragraph>
          ) : null}
          {inbox.messages.length === 0 ? (
            <Paragraph>{archive ? t('inbox.archiveEmpty') : t('inbox.empty')}</Paragraph>
          ) : (
            <ul className="etj-link-list etj-inbox" ref={list}>
              {inbox.messages.map((message) =>
                message.notice ? (
                  <NoticeItem
                    key={message.id}
                    message={message}
                    notice={message.notice}
                    onFiled={(text) => {
                      setAnnouncement(text);
                      document.querySelector<HTMLElement>('h1')?.focus();
                    }}
                  />
                ) : (
                  <InboxItem key={message.id} message={message} />
                ),
              )}
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

function InboxItem({ message }: { message: InboxMessage }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const unread = message.readAt === null;
  const kind = t(`messageKind.${message.kind}`);
  const title = message.caseTypeName
    ? t('inbox.item', { kind, caseType: inLanguage(message.caseTypeName, language) })
    : kind;
  const content = (
    <>
      {unread ? (
        <>
          {/* The tag is a box, so screen readers get the word and colon as text of their own
              ("Oläst: Svar: …"), not split around it ("Oläst : Svar: …"). */}
          <span className="etj-visually-hidden">{`${t('inbox.unread')}:`}</span>
          <span className="etj-unread-tag" aria-hidden="true">
            {t('inbox.unread')}
          </span>{' '}
        </>
      ) : null}
      {title}
    </>
  );
  return (
    <li className={unread ? 'etj-inbox-item etj-inbox-item--unread' : 'etj-inbox-item'}>
      {message.caseId ? (
        <AppLink href={casePath(message.caseId)}>{content}</AppLink>
      ) : (
        <span className="etj-inbox-item__title">{content}</span>
      )}
      <span className="etj-muted">
        {[
          message.clinicName,
          message.caseReference ? t('inbox.reference', { reference: message.caseReference }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </span>
      <span className="etj-muted">
        {message.authorName ? (
          <>{t('inbox.from', { name: inLanguage(message.authorName, language) })} · </>
        ) : null}
        <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, language)}</time>
      </span>
      {message.deletionNoticeAt ? (
        <span className="etj-muted">
          {t('inbox.deletesOn', { date: formatDate(message.deletionNoticeAt, language) })}
        </span>
      ) : null}
    </li>
  );
}
