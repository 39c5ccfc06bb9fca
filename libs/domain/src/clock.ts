/**
 * "Now", for every rule that depends on it (lead time, horizon, late cancellation, the month of
 * a quota, dispatch, reminders, deadlines). Read through an injected clock rather than
 * `new Date()`, so a test can run the rules at a pinned local time of day: a rule that only
 * holds in the afternoon then fails in every run, not only in the night's.
 */
export interface Clock {
  now(): Date;
}

/** The DI token of the process's clock (the platform provides it). */
export const CLOCK = Symbol('CLOCK');

export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }
}

/**
 * The system clock moved by an offset: it runs at real speed from a pinned instant, so timeouts
 * and the order of events behave as in production while the time of day is the test's choice.
 * Every process of one test run gets the same offset, hence the same "now".
 */
export class OffsetClock implements Clock {
  /**
   * `speed` (the demo's DEMO_SPEED): from the real instant `epochMs` on, this clock runs `speed`
   * times as fast as the system's. Every process given the same three values reads the same "now".
   */
  constructor(
    private offsetMs: number,
    private readonly speed = 1,
    private readonly epochMs = Date.now(),
  ) {}

  now(): Date {
    const real = Date.now();
    return new Date(real + this.offsetMs + (real - this.epochMs) * (this.speed - 1));
  }

  /** Moves this clock (only this process's) to `instant`; it runs on from there. */
  setTo(instant: Date): void {
    const real = Date.now();
    this.offsetMs = instant.getTime() - real - (real - this.epochMs) * (this.speed - 1);
  }
}
