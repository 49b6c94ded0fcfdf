import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { staffTitleIn } from '@etj/domain/staff-titles';
import { useLanguage } from '@etj/spa';
import { useTranslation } from 'react-i18next';
import { useCasePresence } from './use-case-presence.ts';

/**
 * Who else has the case open, looking or writing an answer, so two people do not answer the
 * same patient. A polite live region that is there from the start: a screen reader hears it
 * when someone comes, goes or starts writing, not on every poll (the text stays the same).
 */
export function CasePresenceNotice({ caseId, writing }: { caseId: string; writing: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const others = useCasePresence(caseId, writing);
  return (
    <div role="status" className="etj-case-presence">
      {others.length > 0 ? (
        <Alert data-color="warning">
          {others.map((person, index) => (
            <Paragraph key={`${person.name}-${person.title}-${String(index)}`}>
              {t(person.state === 'WRITING' ? 'presence.writing' : 'presence.looking', {
                name: person.name,
                title: staffTitleIn(person.title, language),
              })}
            </Paragraph>
          ))}
        </Alert>
      ) : null}
    </div>
  );
}
