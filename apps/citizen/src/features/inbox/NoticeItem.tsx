import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useLanguage } from '@etj/spa';
import { AppLink, ProblemNotice, formatCalendarDate, formatDateTime } from '@etj/ui';
import { useTranslation } from 'react-i18next';
import { NOTIFICATION_SETTINGS_PATH } from '../notifications/notification-settings-path.ts';
import { EntryTag } from './EntryTag.tsx';
import { type InboxMessage } from './use-inbox.ts';
import { useNoticeActions } from './use-notice-actions.ts';

type Notice = NonNullable<InboxMessage['notice']>;

/** The catalogue key of a notice's words: by key, and for the proxy notices by recipient. */
export function noticeTextKey(notice: Notice): string {
  if (notice.key === 'CONTACT_DETAILS_REMOVED') return notice.key;
  return `${notice.key}_${notice.recipientRole ?? 'CHILD'}`;
}

/**
 * A notice from the service in the inbox list: its title opens it in place (which marks it read),
 * and it can be archived or moved back.
 */
export function NoticeItem({
  message,
  notice,
  onFiled,
}: {
  message: InboxMessage;
  notice: Notice;
  /** After archiving or moving back: the announcement to make. */
  onFiled: (announcement: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const actions = useNoticeActions();
  const unread = message.readAt === null;
  const key = noticeTextKey(notice);
  const words = {
    name: notice.childName ?? t('notice.someChild'),
    date: notice.endsOn ? formatCalendarDate(notice.endsOn, language) : '',
  };
  return (
    <li className={unread ? 'etj-inbox-item etj-inbox-item--unread' : 'etj-inbox-item'}>
      <details
        className="etj-notice"
        onToggle={(event) => {
          if (event.currentTarget.open && message.readAt === null) {
            void actions.markRead(message.id);
          }
        }}
      >
        <summary className="etj-inbox-item__title">
          {unread ? (
            <EntryTag label={t('inbox.newNotice')} text={t('inbox.newNotice')} variant="notice" />
          ) : (
            <EntryTag label={t('inbox.notice')} text={t('inbox.notice')} variant="notice" />
          )}
          {t(`notice.titles.${key}`, words)}
        </summary>
        <Paragraph>{t(`notice.bodies.${key}`, words)}</Paragraph>
        {notice.key === 'CONTACT_DETAILS_REMOVED' ? (
          <Paragraph>
            <AppLink href={NOTIFICATION_SETTINGS_PATH}>{t('notice.toSettings')}</AppLink>
          </Paragraph>
        ) : null}
        {actions.problem ? <ProblemNotice problem={actions.problem} /> : null}
        <div className="etj-actions">
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            loading={actions.busy}
            disabled={actions.busy}
            onClick={() => {
              const archived = !message.archived;
              void actions.setArchived(message.id, archived).then((done) => {
                if (done) onFiled(archived ? t('notice.archived') : t('notice.unarchived'));
              });
            }}
          >
            {message.archived ? t('notice.unarchive') : t('notice.archive')}
          </Button>
        </div>
      </details>
      <span className="etj-muted">
        <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, language)}</time>
      </span>
    </li>
  );
}
