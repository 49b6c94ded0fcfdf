import { AppPage, useLanguage } from '@etj/spa';
import { Checkbox, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { localize } from '@etj/domain';
import { LoadingState, ProblemNotice } from '@etj/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type RegionOfferingEntry, useRegionOffering } from './use-region-offering.ts';
import { useSetRegionOffering } from './use-set-region-offering.ts';

type Announcement = { key: 'savedOn' | 'savedOff' | 'failed'; name: string } | null;

/** "Regionens utbud": one checkbox per national case type, each change saved at once. */
export function RegionOfferingPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const state = useRegionOffering();
  const offering = useSetRegionOffering();
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const [announcement, setAnnouncement] = useState<Announcement>(null);

  const nameOf = (entry: RegionOfferingEntry) =>
    localize({ sv: entry.name.sv, en: entry.name.en ?? undefined }, language);

  const change = (entry: RegionOfferingEntry, offered: boolean) => {
    setPending((current) => ({ ...current, [entry.caseTypeId]: offered }));
    setAnnouncement(null);
    void offering.set(entry.caseTypeId, offered).then((problem) => {
      setPending(({ [entry.caseTypeId]: _done, ...rest }) => rest);
      setAnnouncement({
        key: problem ? 'failed' : offered ? 'savedOn' : 'savedOff',
        name: nameOf(entry),
      });
    });
  };

  return (
    <AppPage title={t('regionOffering.title')}>
      <Paragraph className="etj-lead">{t('regionOffering.lead')}</Paragraph>
      {state.status === 'loading' ? <LoadingState /> : null}
      {state.status === 'failed' ? <ProblemNotice problem={state.problem} /> : null}
      {state.status === 'ready' ? (
        <div className="etj-panel">
          <Fieldset>
            <Fieldset.Legend>{t('regionOffering.legend')}</Fieldset.Legend>
            {state.entries.map((entry) => {
              const saving = entry.caseTypeId in pending;
              return (
                <Checkbox
                  key={entry.caseTypeId}
                  id={`offering-${entry.caseTypeId}`}
                  label={nameOf(entry)}
                  description={saving ? t('regionOffering.saving') : undefined}
                  checked={pending[entry.caseTypeId] ?? entry.offered}
                  aria-busy={saving || undefined}
                  onChange={(event) => {
                    if (!saving) change(entry, event.target.checked);
                  }}
                />
              );
            })}
          </Fieldset>
        </div>
      ) : null}
      <div role="status" className="etj-status">
        {announcement ? (
          <Paragraph data-color={announcement.key === 'failed' ? 'danger' : undefined}>
            {t(`regionOffering.${announcement.key}`, { name: announcement.name })}
          </Paragraph>
        ) : null}
      </div>
    </AppPage>
  );
}
