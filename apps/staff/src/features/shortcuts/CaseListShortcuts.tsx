import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { staffCasePath } from '../../routing/paths.ts';
import { rememberList, type RememberedList } from './shortcut-memory.ts';
import { Shortcuts } from './Shortcuts.tsx';

type ListedCase = RememberedList['cases'][number];

/** The link to a case on the page: the first one shown where a list shows a case twice. */
function caseLink(id: string): HTMLAnchorElement | null {
  const path = staffCasePath(id);
  const links = [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].filter((link) =>
    link.getAttribute('href')?.endsWith(path),
  );
  return links.find((link) => link.getClientRects().length > 0) ?? links[0] ?? null;
}

/**
 * A case list's shortcuts (the queue, my cases): `j` and `k` move to the next and previous
 * case's link, which Enter opens; the list is remembered so the case page's `j` and `k` go on
 * through it.
 */
export function CaseListShortcuts({
  kind,
  cases,
}: {
  kind: RememberedList['kind'];
  cases: readonly ListedCase[] | null;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    if (cases) rememberList({ kind, cases });
  }, [kind, cases]);

  const move = (step: 1 | -1) => () => {
    if (!cases || cases.length === 0) return null;
    const focused = cases.findIndex((item) => caseLink(item.id) === document.activeElement);
    const index = focused < 0 ? (step === 1 ? 0 : cases.length - 1) : focused + step;
    const target = cases[index];
    if (!target) return t(step === 1 ? 'shortcuts.said.noNext' : 'shortcuts.said.noPrevious');
    caseLink(target.id)?.focus();
    return t('shortcuts.said.row', { position: index + 1, count: cases.length });
  };
  return <Shortcuts commands={{ next: move(1), previous: move(-1) }} />;
}
