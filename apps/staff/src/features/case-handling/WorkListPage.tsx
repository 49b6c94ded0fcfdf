import { AppPage } from '@etj/spa';
import { Checkbox, Paragraph } from '@digdir/designsystemet-react';
import { LoadingState, ProblemNotice } from '@etj/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseTable } from './CaseTable.tsx';
import { useMyAssignedCases } from './use-my-assigned-cases.ts';

/** "Mina ärenden": the caregiver's assigned cases, closed ones on request. */
export function WorkListPage() {
  const { t } = useTranslation();
  const [includeClosed, setIncludeClosed] = useState(false);
  const list = useMyAssignedCases(includeClosed);
  return (
    <AppPage title={t('myCases.title')}>
      <Paragraph className="etj-lead">{t('myCases.lead')}</Paragraph>
      <Checkbox
        id="my-cases-include-closed"
        label={t('myCases.includeClosed')}
        checked={includeClosed}
        onChange={(event) => {
          setIncludeClosed(event.target.checked);
        }}
      />
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
