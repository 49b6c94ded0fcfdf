import { useState, useSyncExternalStore } from 'react';
import { SessionClock, type SessionPhase } from './session-clock.ts';

/** One SessionClock for the component's lifetime, and its current phase. */
export function useSessionPhase(): { clock: SessionClock; phase: SessionPhase } {
  const [clock] = useState(() => new SessionClock());
  const phase = useSyncExternalStore(clock.subscribe, clock.getSnapshot);
  return { clock, phase };
}
