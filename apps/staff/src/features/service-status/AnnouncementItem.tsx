import {
  Alert,
  Button,
  Fieldset,
  Heading,
  Paragraph,
  Textfield,
} from '@digdir/designsystemet-react';
import { useLanguage } from '@etj/spa';
import { type ApiProblem, formatDateTime, ProblemNotice } from '@etj/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ServiceStatusFieldProblem } from './service-status-problems.ts';
import {
  type StaffServiceAnnouncement,
  type useServiceAnnouncementChanges,
} from './use-service-announcements.ts';

/**
 * One announcement in the administration's list: when and where it applies, its updates, and
 * (until it has ended) a form to post an update in Swedish and English or to end it.
 */
export function AnnouncementItem({
  announcement,
  busy,
  update,
  end,
  onDone,
}: {
  announcement: StaffServiceAnnouncement;
  busy: boolean;
  update: ReturnType<typeof useServiceAnnouncementChanges>['update'];
  end: ReturnType<typeof useServiceAnnouncementChanges>['end'];
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [textSv, setTextSv] = useState('');
  const [textEn, setTextEn] = useState('');
  const [problems, setProblems] = useState<ServiceStatusFieldProblem[]>([]);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  // When the page was opened: an announcement that ends while it is open stays offered, and the
  // API refuses an update of what has ended.
  const [openedAt] = useState(() => Date.now());
  const ended = announcement.endsAt !== null && new Date(announcement.endsAt).getTime() <= openedAt;
  const title = `${t(`serviceStatusAdmin.kinds.${announcement.kind}`)}: ${announcement.title.sv}`;
  const idBase = `announcement-${announcement.id}`;
  const errorFor = (path: 'textSv' | 'textEn') => {
    const found = problems.find((p) => p.path === path);
    return found ? t(`serviceStatusAdmin.problems.${found.code}`) : undefined;
  };
  const run = async (action: typeof update, done: string) => {
    const outcome = await action({ id: announcement.id, textSv, textEn });
    if (outcome.ok) {
      setTextSv('');
      setTextEn('');
      setProblems([]);
      setProblem(null);
      onDone(done);
    } else {
      setProblems(outcome.fields);
      setProblem(outcome.problem);
    }
  };
  return (
    <article aria-labelledby={`${idBase}-title`}>
      <Heading level={3} data-size="sm" id={`${idBase}-title`}>
        {title}
      </Heading>
      <Paragraph>
        {formatDateTime(announcement.startsAt, language)} –{' '}
        {announcement.endsAt
          ? formatDateTime(announcement.endsAt, language)
          : t('serviceStatusAdmin.untilFurther')}
        {ended ? ` (${t('serviceStatusAdmin.ended')})` : ''}
      </Paragraph>
      <Paragraph>
        {announcement.affected.map((s) => t(`serviceStatusAdmin.surfaces.${s}`)).join(', ')}
      </Paragraph>
      {announcement.updates.length > 0 ? (
        <ul>
          {announcement.updates.map((u) => (
            <li key={u.id}>
              {formatDateTime(u.at, language)}: {u.text.sv}
            </li>
          ))}
        </ul>
      ) : null}
      {ended ? null : (
        <Fieldset>
          <Fieldset.Legend>{t('serviceStatusAdmin.updateLegend', { title })}</Fieldset.Legend>
          {problems.some((p) => p.path === 'id') ? (
            <Alert data-color="warning">
              <Paragraph>{t('serviceStatusAdmin.problems.ALREADY_ENDED')}</Paragraph>
            </Alert>
          ) : null}
          <Textfield
            id={`${idBase}-sv`}
            multiline
            rows={2}
            label={t('serviceStatusAdmin.fields.textSv')}
            value={textSv}
            error={errorFor('textSv')}
            onChange={(event) => {
              setTextSv(event.target.value);
            }}
          />
          <Textfield
            id={`${idBase}-en`}
            multiline
            rows={2}
            label={t('serviceStatusAdmin.fields.textEn')}
            value={textEn}
            error={errorFor('textEn')}
            onChange={(event) => {
              setTextEn(event.target.value);
            }}
          />
          <div className="etj-actions">
            <Button
              type="button"
              variant="secondary"
              disabled={busy}
              onClick={() => {
                void run(update, t('serviceStatusAdmin.updated'));
              }}
            >
              {t('serviceStatusAdmin.postUpdate')}
            </Button>
            <Button
              type="button"
              variant="secondary"
              data-color="danger"
              disabled={busy}
              onClick={() => {
                void run(end, t('serviceStatusAdmin.endedMessage'));
              }}
            >
              {t('serviceStatusAdmin.end')}
            </Button>
          </div>
          {problem ? <ProblemNotice problem={problem} /> : null}
        </Fieldset>
      )}
    </article>
  );
}
