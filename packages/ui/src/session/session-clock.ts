// The SPA's view of the server's session clock. The server's `now` is the authority (tests move
// it), so the clock keeps the offset between server time and the browser's Date.now() and
// extrapolates from there between polls.

/** The times `sessionStatus` and `keepSessionAlive` answer with (ISO strings). */
export type SessionTimes = { now: string; warnAt: string; expiresAt: string };

/** Where the session stands at a moment: the warning carries whole minutes left, rounded up. */
export type SessionPhase =
  | { kind: 'unknown' }
  | { kind: 'active' }
  | { kind: 'warning'; minutesLeft: number }
  | { kind: 'expired' };

/** The phase at server time `serverNowMs`, given the last reported warn and expiry times. */
export function sessionPhase(times: SessionTimes, serverNowMs: number): SessionPhase {
  const expiresAt = Date.parse(times.expiresAt);
  if (serverNowMs >= expiresAt) return { kind: 'expired' };
  if (serverNowMs < Date.parse(times.warnAt)) return { kind: 'active' };
  return {
    kind: 'warning',
    minutesLeft: Math.max(1, Math.ceil((expiresAt - serverNowMs) / 60_000)),
  };
}

function samePhase(a: SessionPhase, b: SessionPhase): boolean {
  if (a.kind === 'warning' && b.kind === 'warning') return a.minutesLeft === b.minutesLeft;
  return a.kind === b.kind;
}

type Listener = () => void;

/**
 * An external store (for `useSyncExternalStore`) that turns the latest server times into a
 * phase, re-evaluated every `tickMs` while someone listens.
 */
export class SessionClock {
  private times: SessionTimes | null = null;
  private offsetMs = 0;
  private phase: SessionPhase = { kind: 'unknown' };
  private readonly listeners = new Set<Listener>();
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly tickMs = 1_000,
    private readonly clientNow: () => number = Date.now,
  ) {}

  /** Records a fresh answer from the server; `now` in it is the server's clock right now. */
  readonly update = (times: SessionTimes): void => {
    this.times = times;
    this.offsetMs = Date.parse(times.now) - this.clientNow();
    this.evaluate();
  };

  /** The server's time as best known: the browser's clock plus the last measured offset. */
  readonly serverNow = (): number => this.clientNow() + this.offsetMs;

  readonly getSnapshot = (): SessionPhase => this.phase;

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    this.timer ??= setInterval(this.evaluate, this.tickMs);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.timer !== null) {
        clearInterval(this.timer);
        this.timer = null;
      }
    };
  };

  private readonly evaluate = (): void => {
    if (this.times === null) return;
    const next = sessionPhase(this.times, this.serverNow());
    if (samePhase(next, this.phase)) return;
    this.phase = next;
    for (const listener of this.listeners) listener();
  };
}
