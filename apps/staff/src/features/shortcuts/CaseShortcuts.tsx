import { useLanguage } from '@etj/spa';
import { withLanguage } from '@etj/ui';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { staffCasePath } from '../../routing/paths.ts';
import { neighbour } from './shortcut-keys.ts';
import { type RememberedList, useRememberedList } from './shortcut-memory.ts';
import { type ShortcutHandler, Shortcuts } from './Shortcuts.tsx';

type Neighbours = {
  /** The list the person opened the case from, if this visit showed it one. */
  kind: RememberedList['kind'] | null;
  previous: RememberedList['cases'][number] | null;
  next: RememberedList['cases'][number] | null;
};

/** The cases before and after this one in the list the person came from. */
export function useCaseNeighbours(caseId: string): Neighbours {
  const list = useRememberedList();
  if (!list?.cases.some((item) => item.id === caseId)) {
    return { kind: null, previous: null, next: null };
  }
  return {
    kind: list.kind,
    previous: neighbour(list.cases, caseId, -1),
    next: neighbour(list.cases, caseId, 1),
  };
}

/**
 * The case page's shortcuts: `j` and `k` open the next and previous case of the list the
 * person came from, `a` assigns, `r` goes to the answer, Ctrl+Enter sends from a field.
 */
export function CaseShortcuts({
  caseId,
  assign,
  chooseAssignee,
  answer,
}: {
  caseId: string;
  assign?: ShortcutHandler;
  chooseAssignee: boolean;
  answer?: ShortcutHandler;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const neighbours = useCaseNeighbours(caseId);
  const go = (step: 1 | -1) => () => {
    if (!neighbours.kind) return t('shortcuts.said.noList');
    const target = step === 1 ? neighbours.next : neighbours.previous;
    if (!target) return t(step === 1 ? 'shortcuts.said.noNext' : 'shortcuts.said.noPrevious');
    void navigate(withLanguage(staffCasePath(target.id), language));
    return t('shortcuts.said.opening', { reference: target.reference });
  };
  return (
    <Shortcuts
      commands={{
        next: go(1),
        previous: go(-1),
        ...(assign ? { assign } : {}),
        ...(answer ? { answer } : {}),
      }}
      send
      chooseAssignee={chooseAssignee}
    />
  );
}
