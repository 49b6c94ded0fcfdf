import { stockholmDate, type CalendarDate } from '@etj/domain';

/** The one source of time for every rule; tests and the test-only clock door move it. */
export type Clock = {
  now(): Date;
  today(): CalendarDate;
};

/** A clock that follows the system time plus an offset that only test doors may change. */
export class AdjustableClock implements Clock {
  private offsetMs = 0;
  private frozenAt: number | null = null;

  now(): Date {
    return new Date((this.frozenAt ?? Date.now()) + this.offsetMs);
  }

  /** Stops the clock at `instant` (tests that count milliseconds); `advance` still moves it. */
  freeze(instant: Date): void {
    this.frozenAt = instant.getTime();
    this.offsetMs = 0;
  }

  today(): CalendarDate {
    return stockholmDate(this.now());
  }

  set(instant: Date): void {
    this.offsetMs = instant.getTime() - (this.frozenAt ?? Date.now());
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  reset(): void {
    this.offsetMs = 0;
    this.frozenAt = null;
  }
}
