import { useEffect, useRef } from 'react';

/** How long the answers must rest before they are saved on their own. */
export const AUTOSAVE_DELAY_MS = 1_500;

/**
 * A debounce: each `changed()` restarts the wait, and `save` runs once the changes have paused
 * for `delayMs` (never while someone is still typing). The latest `save` is the one run; nothing
 * runs after unmount.
 */
export function useAutosaveTimer(
  save: () => void,
  delayMs = AUTOSAVE_DELAY_MS,
): { changed: () => void; cancel: () => void } {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(save);
  useEffect(() => {
    latest.current = save;
  });
  const cancel = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };
  useEffect(() => cancel, []);
  return {
    changed: () => {
      cancel();
      timer.current = setTimeout(() => {
        timer.current = null;
        latest.current();
      }, delayMs);
    },
    cancel,
  };
}
