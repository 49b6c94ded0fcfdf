import { useLanguage } from '@etj/spa';
import { Heading, Table } from '@digdir/designsystemet-react';
import { formatDateTime, CardTable } from '@etj/ui';
import { useTranslation } from 'react-i18next';
import { type CustomCaseType } from './use-custom-case-type.ts';

const STATUSES = ['DRAFT', 'PUBLISHED', 'RETIRED'] as const;

/** The versions of an own case type, newest first: number, status and when it was published. */
export function VersionHistory({ versions }: { versions: CustomCaseType['versions'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby="versions-heading" className="etj-panel">
      <Heading level={2} data-size="sm" id="versions-heading">
        {t('customCaseTypes.versions.title')}
      </Heading>
      <CardTable className="etj-admin-table">
        <caption className="etj-visually-hidden">{t('customCaseTypes.versions.title')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('customCaseTypes.versions.version')}</Table.HeaderCell>
            <Table.HeaderCell>{t('customCaseTypes.versions.status')}</Table.HeaderCell>
            <Table.HeaderCell>{t('customCaseTypes.versions.published')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {versions.map((version) => {
            const status = STATUSES.find((known) => known === version.status) ?? 'DRAFT';
            return (
              <Table.Row key={version.id}>
                <Table.Cell>{version.version}</Table.Cell>
                <Table.Cell>{t(`customCaseTypes.versions.statuses.${status}`)}</Table.Cell>
                <Table.Cell>
                  {version.publishedAt ? formatDateTime(version.publishedAt, language) : '–'}
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </CardTable>
    </section>
  );
}
