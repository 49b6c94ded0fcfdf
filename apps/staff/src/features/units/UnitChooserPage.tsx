import { AppPage, useLanguage } from '@etj/spa';
import {
  Button,
  Fieldset,
  Paragraph,
  Radio,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { AppLink, ErrorSummary, ProblemNotice, withLanguage } from '@etj/ui';
import { type SubmitEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PATHS } from '../../routing/paths.ts';
import { type StaffUnit, type StaffViewer } from '../identity/use-staff-viewer.ts';
import { useSelectStaffUnit } from './use-select-staff-unit.ts';

const radioId = (unit: StaffUnit) => `unit-${unit.id}`;
const ERROR_ID = 'unit-error';

/**
 * The staff member picks the clinic or region to work for in this session: right after login
 * when none is chosen, or later through "Byt arbetsplats".
 */
export function UnitChooserPage({
  viewer,
  mode,
}: {
  viewer: StaffViewer;
  mode: 'initial' | 'switch';
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const language = useLanguage();
  const unit = useSelectStaffUnit();
  const [chosen, setChosen] = useState<string | null>(viewer.currentUnit?.id ?? null);
  const [attempt, setAttempt] = useState(0);
  const missingChoice = attempt > 0 && chosen === null;
  const firstUnit = viewer.units[0];

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    if (chosen === null) return;
    void unit.select(chosen).then((ok) => {
      if (ok && mode === 'switch') void navigate(withLanguage(PATHS.start, language));
    });
  };

  const describe = (option: StaffUnit) =>
    t(option.regionName === null ? 'units.descriptionNational' : 'units.description', {
      kind: t(`unitKinds.${option.kind}`),
      region: option.regionName,
      roles: option.roles.map((role) => t(`roles.${role}`)).join(', '),
    });

  return (
    <AppPage title={mode === 'initial' ? t('units.title') : t('units.switchTitle')}>
      <ErrorSummary
        attempt={attempt}
        problems={
          missingChoice && firstUnit
            ? [{ targetId: radioId(firstUnit), message: t('units.choose') }]
            : []
        }
      />
      <Paragraph className="etj-lead">{t('units.lead')}</Paragraph>
      {firstUnit ? (
        <form onSubmit={submit} noValidate className="etj-panel">
          <Fieldset aria-describedby={missingChoice ? ERROR_ID : undefined}>
            <Fieldset.Legend>{t('units.legend')}</Fieldset.Legend>
            {viewer.units.map((option) => (
              <Radio
                key={option.id}
                id={radioId(option)}
                name="unit"
                value={option.id}
                label={option.name}
                description={describe(option)}
                checked={chosen === option.id}
                aria-invalid={missingChoice || undefined}
                onChange={() => {
                  setChosen(option.id);
                }}
              />
            ))}
            {missingChoice ? (
              <ValidationMessage id={ERROR_ID}>{t('units.choose')}</ValidationMessage>
            ) : null}
          </Fieldset>
          {unit.problem ? <ProblemNotice problem={unit.problem} /> : null}
          <div className="etj-actions">
            <Button type="submit" loading={unit.selecting}>
              {t('units.submit')}
            </Button>
            {mode === 'switch' ? <AppLink href={PATHS.start}>{t('units.cancel')}</AppLink> : null}
          </div>
        </form>
      ) : (
        <Paragraph>{t('units.noUnits')}</Paragraph>
      )}
    </AppPage>
  );
}
