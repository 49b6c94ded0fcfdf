import {
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Textfield,
} from '@digdir/designsystemet-react';
import { AppPage } from '@etj/spa';
import { type ApiProblem, ErrorSummary, LoadingState, ProblemNotice } from '@etj/ui';
import { type SubmitEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ServiceAnnouncementKind, type ServiceSurface } from '../../gql/graphql.ts';
import { type ServiceStatusFieldProblem } from './service-status-problems.ts';
import { stockholmDateTimeLocal } from '../../common/stockholm-time.ts';
import { AnnouncementItem } from './AnnouncementItem.tsx';
import {
  type ChangeOutcome,
  useServiceAnnouncementChanges,
  useServiceAnnouncements,
} from './use-service-announcements.ts';

const KINDS: ServiceAnnouncementKind[] = ['DISTURBANCE', 'MAINTENANCE'];
const SURFACES: ServiceSurface[] = ['CITIZEN', 'STAFF', 'NOTIFICATIONS'];

/** The form's fields, by the API's input paths, and their element ids. */
const PUBLISH_FIELDS = {
  kind: 'publish-kind-DISTURBANCE',
  affected: 'publish-affected-CITIZEN',
  titleSv: 'publish-title-sv',
  titleEn: 'publish-title-en',
  bodySv: 'publish-body-sv',
  bodyEn: 'publish-body-en',
  startsAt: 'publish-starts-at',
  endsAt: 'publish-ends-at',
} as const;
type PublishField = keyof typeof PUBLISH_FIELDS;

/**
 * "Driftstatus" for the national service administration: publish a disturbance or planned
 * maintenance, post updates and end it. Each is mailed by the API to every confirmed subscriber
 * and shown on the public status page and in both SPAs' banners.
 */
export function ServiceStatusAdminPage() {
  const { t } = useTranslation();
  const state = useServiceAnnouncements();
  const changes = useServiceAnnouncementChanges();
  const [message, setMessage] = useState('');
  return (
    <AppPage title={t('serviceStatusAdmin.title')}>
      <Paragraph className="etj-lead">{t('serviceStatusAdmin.lead')}</Paragraph>
      <PublishForm
        busy={changes.busy}
        publish={changes.publish}
        onDone={() => {
          setMessage(t('serviceStatusAdmin.published'));
        }}
      />
      <Paragraph role="status">{message}</Paragraph>
      <section aria-labelledby="service-status-list">
        <Heading level={2} data-size="md" id="service-status-list">
          {t('serviceStatusAdmin.listTitle')}
        </Heading>
        {state.problem ? <ProblemNotice problem={state.problem} /> : null}
        {state.announcements === null ? (
          state.problem ? null : (
            <LoadingState />
          )
        ) : state.announcements.length === 0 ? (
          <Paragraph>{t('serviceStatusAdmin.listEmpty')}</Paragraph>
        ) : (
          <ul className="etj-link-list">
            {state.announcements.map((announcement) => (
              <li key={announcement.id}>
                <AnnouncementItem
                  announcement={announcement}
                  busy={changes.busy}
                  update={changes.update}
                  end={changes.end}
                  onDone={setMessage}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </AppPage>
  );
}

type PublishFormState = {
  kind: ServiceAnnouncementKind;
  affected: ServiceSurface[];
  titleSv: string;
  titleEn: string;
  bodySv: string;
  bodyEn: string;
  startsAt: string;
  endsAt: string;
};

const EMPTY_FORM: PublishFormState = {
  kind: 'DISTURBANCE',
  affected: [],
  titleSv: '',
  titleEn: '',
  bodySv: '',
  bodyEn: '',
  startsAt: '',
  endsAt: '',
};

function PublishForm({
  busy,
  publish,
  onDone,
}: {
  busy: boolean;
  publish: ReturnType<typeof useServiceAnnouncementChanges>['publish'];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<PublishFormState>(EMPTY_FORM);
  const [problems, setProblems] = useState<ServiceStatusFieldProblem[]>([]);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const set = <K extends keyof PublishFormState>(key: K, value: PublishFormState[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
  };
  const errorFor = (field: PublishField) => {
    const found = problems.find((p) => p.path === field);
    return found ? t(`serviceStatusAdmin.problems.${found.code}`) : undefined;
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const local: ServiceStatusFieldProblem[] = [];
    const startsAt = form.startsAt === '' ? null : stockholmDateTimeLocal(form.startsAt);
    const endsAt = form.endsAt === '' ? null : stockholmDateTimeLocal(form.endsAt);
    if (form.kind === 'MAINTENANCE' && form.startsAt === '')
      local.push({ path: 'startsAt', code: 'REQUIRED' });
    let outcome: ChangeOutcome;
    if (local.length > 0) outcome = { ok: false, fields: local, problem: null };
    else
      outcome = await publish({
        kind: form.kind,
        affected: form.affected,
        titleSv: form.titleSv,
        titleEn: form.titleEn,
        bodySv: form.bodySv,
        bodyEn: form.bodyEn,
        startsAt,
        endsAt,
      });
    setAttempt((count) => count + 1);
    if (outcome.ok) {
      setProblems([]);
      setProblem(null);
      setForm(EMPTY_FORM);
      onDone();
    } else {
      setProblems(outcome.fields);
      setProblem(outcome.problem);
    }
  };

  return (
    <section aria-labelledby="service-status-publish" className="etj-panel">
      <Heading level={2} data-size="md" id="service-status-publish">
        {t('serviceStatusAdmin.publishTitle')}
      </Heading>
      <ErrorSummary
        attempt={attempt}
        problems={problems.flatMap((p) =>
          p.path in PUBLISH_FIELDS
            ? [
                {
                  targetId: PUBLISH_FIELDS[p.path as PublishField],
                  message: `${t(`serviceStatusAdmin.fields.${p.path as PublishField}`)}: ${t(`serviceStatusAdmin.problems.${p.code}`)}`,
                },
              ]
            : [],
        )}
      />
      <form
        noValidate
        className="etj-form"
        onSubmit={(event) => {
          void submit(event);
        }}
      >
        <Fieldset>
          <Fieldset.Legend>{t('serviceStatusAdmin.fields.kind')}</Fieldset.Legend>
          {KINDS.map((kind) => (
            <Radio
              key={kind}
              id={`publish-kind-${kind}`}
              name="publish-kind"
              value={kind}
              label={t(`serviceStatusAdmin.kinds.${kind}`)}
              checked={form.kind === kind}
              onChange={() => {
                set('kind', kind);
              }}
            />
          ))}
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{t('serviceStatusAdmin.fields.affected')}</Fieldset.Legend>
          {SURFACES.map((surface) => (
            <Checkbox
              key={surface}
              id={`publish-affected-${surface}`}
              label={t(`serviceStatusAdmin.surfaces.${surface}`)}
              checked={form.affected.includes(surface)}
              onChange={(event) => {
                set(
                  'affected',
                  event.target.checked
                    ? [...form.affected, surface]
                    : form.affected.filter((s) => s !== surface),
                );
              }}
            />
          ))}
          {errorFor('affected') ? (
            <Paragraph data-color="danger">{errorFor('affected')}</Paragraph>
          ) : null}
        </Fieldset>
        {(['titleSv', 'titleEn'] as const).map((field) => (
          <Textfield
            key={field}
            id={PUBLISH_FIELDS[field]}
            label={t(`serviceStatusAdmin.fields.${field}`)}
            value={form[field]}
            error={errorFor(field)}
            onChange={(event) => {
              set(field, event.target.value);
            }}
          />
        ))}
        {(['bodySv', 'bodyEn'] as const).map((field) => (
          <Textfield
            key={field}
            id={PUBLISH_FIELDS[field]}
            multiline
            rows={4}
            label={t(`serviceStatusAdmin.fields.${field}`)}
            value={form[field]}
            error={errorFor(field)}
            onChange={(event) => {
              set(field, event.target.value);
            }}
          />
        ))}
        <Textfield
          id={PUBLISH_FIELDS.startsAt}
          type="datetime-local"
          label={t('serviceStatusAdmin.fields.startsAt')}
          description={t('serviceStatusAdmin.startsAtHint')}
          value={form.startsAt}
          error={errorFor('startsAt')}
          onChange={(event) => {
            set('startsAt', event.target.value);
          }}
        />
        <Textfield
          id={PUBLISH_FIELDS.endsAt}
          type="datetime-local"
          label={t('serviceStatusAdmin.fields.endsAt')}
          description={t('serviceStatusAdmin.endsAtHint')}
          value={form.endsAt}
          error={errorFor('endsAt')}
          onChange={(event) => {
            set('endsAt', event.target.value);
          }}
        />
        <div className="etj-actions">
          <Button type="submit" loading={busy} disabled={busy}>
            {t('serviceStatusAdmin.publish')}
          </Button>
        </div>
      </form>
      {problem ? <ProblemNotice problem={problem} /> : null}
    </section>
  );
}
