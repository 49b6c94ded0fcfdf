import { useSyncExternalStore } from 'react';

/**
 * What the shortcuts remember for the rest of the page visit, in memory only (a reload forgets
 * it; nothing goes to the browser's storage): whether the single-character keys are on, and the
 * case list the person last looked at, so "next case" on a case page follows that list.
 */

/** A case list's cases in the order shown: the queue or the person's own cases. */
export type RememberedList = {
  kind: 'queue' | 'myCases';
  cases: readonly { id: string; reference: string }[];
};

type Memory = { singleKeys: boolean; list: RememberedList | null };

let memory: Memory = { singleKeys: true, list: null };
const listeners = new Set<() => void>();

function update(change: Partial<Memory>) {
  memory = { ...memory, ...change };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Whether the single-character keys are on, and a way to turn them on or off. */
export function useSingleKeys(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(subscribe, () => memory.singleKeys);
  return [
    on,
    (next) => {
      update({ singleKeys: next });
    },
  ];
}

/** Whether the single-character keys are on now (for a key handler). */
export const singleKeysOn = () => memory.singleKeys;

/** Remembers the list shown, as the one "next case" follows. */
export function rememberList(list: RememberedList): void {
  const current = memory.list;
  const same =
    current?.kind === list.kind &&
    current.cases.length === list.cases.length &&
    current.cases.every((item, index) => item.id === list.cases[index]?.id);
  if (!same)
    update({
      list: { kind: list.kind, cases: list.cases.map(({ id, reference }) => ({ id, reference })) },
    });
}

/** The list the person came from, if they came from one this visit. */
export function useRememberedList(): RememberedList | null {
  return useSyncExternalStore(subscribe, () => memory.list);
}

/** Forgets everything (tests start each render afresh). */
export function forgetShortcutMemory(): void {
  update({ singleKeys: true, list: null });
}
