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
  /** Where the offset lives once shared with clocks of other threads (follow()); null: in this object. */
  private shared: BigInt64Array | null = null;

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
    const offset = this.shared ? Number(Atomics.load(this.shared, 0)) : this.offsetMs;
    return new Date(real + offset + (real - this.epochMs) * (this.speed - 1));
  }

  /** Moves this clock (and those following the same memory) to `instant`; it runs on from there. */
  setTo(instant: Date): void {
    const real = Date.now();
    const offset = instant.getTime() - real - (real - this.epochMs) * (this.speed - 1);
    if (this.shared) Atomics.store(this.shared, 0, BigInt(Math.round(offset)));
    else this.offsetMs = offset;
  }

  /**
   * From now on the offset is read from (and set in) `memory`, 8 bytes shared with clocks of other
   * threads: a setTo on any of them moves them all at once (the demo's history runs the api and
   * the dispatcher in worker threads on the history's clock, issue 22). The one that creates the
   * memory puts its offset there first (`memory` from sharedOffset()).
   */
  follow(memory: SharedArrayBuffer): void {
    this.shared = new BigInt64Array(memory, 0, 1);
  }

  /** New memory for follow(), holding this clock's present offset. */
  sharedOffset(): SharedArrayBuffer {
    const memory = new SharedArrayBuffer(8);
    const offset = this.shared ? Atomics.load(this.shared, 0) : BigInt(Math.round(this.offsetMs));
    Atomics.store(new BigInt64Array(memory, 0, 1), 0, offset);
    return memory;
  }
}
