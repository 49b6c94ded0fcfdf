import { AppPage } from '@etj/spa';
import { Checkbox, Field, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { LoadingState, ProblemNotice } from '@etj/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CaseListOrder } from '../../gql/graphql.ts';
import { CaseListShortcuts } from '../shortcuts/CaseListShortcuts.tsx';
import { CaseTable } from './CaseTable.tsx';
import { CASE_LIST_ORDERS } from './queue-filter.ts';
import { useMyAssignedCases } from './use-my-assigned-cases.ts';

/** "Mina ärenden": the caregiver's assigned cases, closed ones on request. */
export function WorkListPage() {
  const { t } = useTranslation();
  const [includeClosed, setIncludeClosed] = useState(false);
  const [order, setOrder] = useState<CaseListOrder>('STANDARD');
  const list = useMyAssignedCases(includeClosed, order);
  return (
    <AppPage title={t('myCases.title')} width="wide">
      <Paragraph className="etj-lead">{t('myCases.lead')}</Paragraph>
      <CaseListShortcuts kind="myCases" cases={list.cases} />
      <div className="etj-filter-fields">
        <Field>
          <Label htmlFor="my-cases-order">{t('caseList.sortLabel')}</Label>
          <Field.Description>{t('caseList.sortHint')}</Field.Description>
          <Select
            id="my-cases-order"
            value={order}
            onChange={(event) => {
              setOrder(event.target.value as CaseListOrder);
            }}
          >
            {CASE_LIST_ORDERS.map((value) => (
              <Select.Option key={value} value={value}>
                {t(`caseList.sort.${value === 'STANDARD' ? 'STANDARD_WORK' : value}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      {/* Closed cases have been answered, so they never have time left to sort by. */}
      {order === 'STANDARD' ? (
        <Checkbox
          id="my-cases-include-closed"
          label={t('myCases.includeClosed')}
          checked={includeClosed}
          onChange={(event) => {
            setIncludeClosed(event.target.checked);
          }}
        />
      ) : null}
      {list.problem ? <ProblemNotice problem={list.problem} /> : null}
      {list.cases === null && !list.problem ? <LoadingState /> : null}
      {list.cases ? (
        <CaseTable
          caption={t('myCases.caption')}
          empty={t('myCases.empty')}
          cases={list.cases}
          hasMore={list.hasMore}
          loadingMore={list.loadingMore}
          onMore={list.loadMore}
        />
      ) : null}
    </AppPage>
  );
}
