import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useLanguage } from '@etj/spa';
import { DRAFT_RETENTION_DAYS } from '@etj/domain';
import { AppLink, ProblemNotice, formatDate, formatDateTime } from '@etj/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inLanguage } from '../../common/localized.ts';
import { caseFormPath } from './CaseFormPage.tsx';
import { type CaseDraft } from './use-case-draft.ts';
import { useDeleteCaseDraft } from './use-delete-case-draft.ts';
import { useMyCaseDrafts } from './use-my-case-drafts.ts';

const HEADING_ID = 'my-drafts';

/** "Mina utkast": my forms in progress, to open again or delete. */
export function MyDrafts() {
  const { t } = useTranslation();
  const { drafts, problem } = useMyCaseDrafts();
  const deleter = useDeleteCaseDraft();
  const [announcement, setAnnouncement] = useState('');
  const language = useLanguage();
  const names = (draft: CaseDraft) => ({
    caseType: inLanguage(draft.caseTypeName, language),
    clinic: draft.clinicName,
  });
  return (
    <section aria-labelledby={HEADING_ID} className="etj-panel">
      <Heading level={2} data-size="sm" id={HEADING_ID} tabIndex={-1}>
        {t('drafts.title')}
      </Heading>
      <Paragraph>{t('drafts.lead')}</Paragraph>
      <Paragraph data-size="sm" className="etj-muted">
        {t('caseForm.draftKept', { days: DRAFT_RETENTION_DAYS })}
      </Paragraph>
      {problem ? <ProblemNotice problem={problem} /> : null}
      {deleter.problem ? <ProblemNotice problem={deleter.problem} /> : null}
      {drafts && drafts.length === 0 ? <Paragraph>{t('drafts.empty')}</Paragraph> : null}
      {drafts && drafts.length > 0 ? (
        <ul className="etj-link-list etj-draft-list">
          {drafts.map((draft) => (
            <li key={draft.id}>
              <div>
                <AppLink href={caseFormPath(draft.clinicId, draft.caseTypeId, draft.id)}>
                  {t('drafts.open', names(draft))}
                </AppLink>
                <Paragraph data-size="sm" className="etj-muted">
                  {t('drafts.savedAt', { date: formatDateTime(draft.updatedAt, language) })}
                  {' · '}
                  {t('drafts.deletesOn', { date: formatDate(draft.deletesAt, language) })}
                </Paragraph>
              </div>
              <Button
                variant="tertiary"
                data-size="sm"
                aria-label={t('drafts.deleteLabel', names(draft))}
                onClick={() => {
                  void deleter.remove(draft.id).then((deleted) => {
                    if (!deleted) return;
                    setAnnouncement(t('drafts.deleted', names(draft)));
                    document.getElementById(HEADING_ID)?.focus();
                  });
                }}
              >
                {t('drafts.delete')}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <p role="status" className="etj-visually-hidden">
        {announcement}
      </p>
    </section>
  );
}
