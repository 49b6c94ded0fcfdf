import { AppPage, useLanguage } from '@etj/spa';
import { Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { localize } from '@etj/domain';
import {
  AppLink,
  ErrorSummary,
  LoadingState,
  ProblemNotice,
  type ApiProblem,
  withLanguage,
  CardTable,
} from '@etj/ui';
import { type SubmitEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { customCaseTypePath } from '../../routing/paths.ts';
import { useCreateCustomCaseType } from './use-create-custom-case-type.ts';
import { type CustomCaseTypeSummary, useCustomCaseTypes } from './use-custom-case-types.ts';

/** "Egna e-tjänster": the clinic's own case types and a form to start a new one. */
export function CustomCaseTypesPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const state = useCustomCaseTypes();

  const statusOf = (caseType: CustomCaseTypeSummary) => {
    const published = caseType.versions.find((v) => v.status === 'PUBLISHED');
    const parts = [];
    if (published) parts.push(t('customCaseTypes.list.published', { version: published.version }));
    if (caseType.hasDraft) parts.push(t('customCaseTypes.list.draft'));
    return parts.join(', ');
  };

  return (
    <AppPage title={t('customCaseTypes.list.title')}>
      <Paragraph className="etj-lead">{t('customCaseTypes.list.lead')}</Paragraph>
      {state.status === 'loading' ? <LoadingState /> : null}
      {state.status === 'failed' ? <ProblemNotice problem={state.problem} /> : null}
      {state.status === 'ready' && state.caseTypes.length === 0 ? (
        <Paragraph>{t('customCaseTypes.list.empty')}</Paragraph>
      ) : null}
      {state.status === 'ready' && state.caseTypes.length > 0 ? (
        <CardTable className="etj-admin-table">
          <caption className="etj-visually-hidden">{t('customCaseTypes.list.title')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('customCaseTypes.list.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('customCaseTypes.list.status')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {state.caseTypes.map((caseType) => (
              <Table.Row key={caseType.id}>
                <Table.Cell>
                  <AppLink href={customCaseTypePath(caseType.id)}>
                    {localize(
                      { sv: caseType.name.sv, en: caseType.name.en ?? undefined },
                      language,
                    )}
                  </AppLink>
                </Table.Cell>
                <Table.Cell>{statusOf(caseType)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </CardTable>
      ) : null}
      <CreateCustomCaseTypeForm />
    </AppPage>
  );
}

function CreateCustomCaseTypeForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const language = useLanguage();
  const creator = useCreateCustomCaseType();
  const [nameSv, setNameSv] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const missing = attempt > 0 && nameSv.trim() === '';

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    if (nameSv.trim() === '') return;
    void creator.create(nameSv.trim(), nameEn.trim()).then((result) => {
      if (result.ok) void navigate(withLanguage(customCaseTypePath(result.id), language));
      else setProblem(result.problem);
    });
  };

  return (
    <section aria-labelledby="create-heading" className="etj-panel">
      <Heading level={2} data-size="sm" id="create-heading">
        {t('customCaseTypes.create.title')}
      </Heading>
      <ErrorSummary
        attempt={attempt}
        problems={
          missing
            ? [{ targetId: 'create-nameSv', message: t('customCaseTypes.problems.nameRequired') }]
            : []
        }
      />
      {problem ? <ProblemNotice problem={problem} /> : null}
      <form onSubmit={submit} noValidate>
        <Textfield
          id="create-nameSv"
          label={t('customCaseTypes.fields.nameSv')}
          value={nameSv}
          error={missing ? t('customCaseTypes.problems.nameRequired') : undefined}
          onChange={(event) => {
            setNameSv(event.target.value);
          }}
        />
        <Textfield
          id="create-nameEn"
          label={t('customCaseTypes.fields.nameEn')}
          value={nameEn}
          onChange={(event) => {
            setNameEn(event.target.value);
          }}
        />
        <div className="etj-actions">
          <Button type="submit" loading={creator.creating}>
            {t('customCaseTypes.create.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
