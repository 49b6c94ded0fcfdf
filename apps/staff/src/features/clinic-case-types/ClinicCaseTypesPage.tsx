import { AppPage, useLanguage } from '@etj/spa';
import { Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { localize } from '@etj/domain';
import { AppLink, LoadingState, ProblemNotice, CardTable } from '@etj/ui';
import { useTranslation } from 'react-i18next';
import { PATHS, clinicCaseTypePath } from '../../routing/paths.ts';
import { useClinicCaseTypes } from './use-clinic-case-types.ts';

/** "E-tjänster på mottagningen": every type the clinic may offer, active or not. */
export function ClinicCaseTypesPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const state = useClinicCaseTypes();
  return (
    <AppPage title={t('clinicCaseTypes.list.title')}>
      <Paragraph className="etj-lead">{t('clinicCaseTypes.list.lead')}</Paragraph>
      {state.status === 'loading' ? <LoadingState /> : null}
      {state.status === 'failed' ? <ProblemNotice problem={state.problem} /> : null}
      {state.status === 'ready' ? (
        <CardTable className="etj-admin-table">
          <caption className="etj-visually-hidden">{t('clinicCaseTypes.list.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('clinicCaseTypes.list.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('clinicCaseTypes.list.status')}</Table.HeaderCell>
              <Table.HeaderCell>{t('clinicCaseTypes.list.notice')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {state.caseTypes.map((caseType) => {
              const name = localize(
                { sv: caseType.name.sv, en: caseType.name.en ?? undefined },
                language,
              );
              return (
                <Table.Row key={caseType.caseTypeId}>
                  <Table.Cell>
                    <AppLink href={clinicCaseTypePath(caseType.caseTypeId)}>{name}</AppLink>
                    {caseType.custom ? (
                      <>
                        {' '}
                        <Tag data-color="info">{t('clinicCaseTypes.list.custom')}</Tag>
                      </>
                    ) : null}
                  </Table.Cell>
                  <Table.Cell>
                    {caseType.active ? (
                      <Tag data-color="success">{t('clinicCaseTypes.list.active')}</Tag>
                    ) : (
                      <Tag data-color="neutral">{t('clinicCaseTypes.list.inactive')}</Tag>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    {caseType.closedFrom
                      ? t('clinicCaseTypes.list.closed', {
                          from: caseType.closedFrom,
                          to: caseType.closedTo ?? '…',
                        })
                      : caseType.notice
                        ? t('clinicCaseTypes.list.hasNotice')
                        : ''}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </CardTable>
      ) : null}
      <Paragraph>
        <AppLink href={PATHS.customCaseTypes}>{t('clinicCaseTypes.list.customLink')}</AppLink>
      </Paragraph>
    </AppPage>
  );
}
