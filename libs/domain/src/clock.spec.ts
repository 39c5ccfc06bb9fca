import { OffsetClock, SystemClock } from './clock';

describe('clocks', () => {
  it('the system clock reads the system time', () => {
    const before = Date.now();
    const now = new SystemClock().now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('an offset clock runs at real speed from its offset, and can be moved', () => {
    const hour = 3_600_000;
    const clock = new OffsetClock(5 * hour);
    const ahead = clock.now().getTime() - Date.now();
    expect(ahead).toBeGreaterThan(5 * hour - 1000);
    expect(ahead).toBeLessThanOrEqual(5 * hour);
    const at = new Date('2026-12-07T22:30:00Z');
    clock.setTo(at);
    expect(Math.abs(clock.now().getTime() - at.getTime())).toBeLessThan(1000);
  });

  it('a sped-up clock runs `speed` times as fast from its epoch, and can still be moved', () => {
    const epoch = Date.now() - 10_000;
    const clock = new OffsetClock(0, 6, epoch);
    // 10 s of real time since the epoch are a minute of the demo's.
    const ahead = clock.now().getTime() - Date.now();
    expect(ahead).toBeGreaterThanOrEqual(50_000);
    expect(ahead).toBeLessThan(51_000);
    const at = new Date('2026-12-07T04:00:00Z');
    clock.setTo(at);
    expect(Math.abs(clock.now().getTime() - at.getTime())).toBeLessThan(1000);
  });

  it('clocks following one shared memory move together, whichever is moved', () => {
    const hour = 3_600_000;
    const main = new OffsetClock(2 * hour);
    const memory = main.sharedOffset();
    main.follow(memory);
    // A clock of another thread starts from its own configuration, then follows the memory.
    const other = new OffsetClock(0);
    other.follow(memory);
    expect(Math.abs(other.now().getTime() - Date.now() - 2 * hour)).toBeLessThan(1000);
    const at = new Date('2026-11-10T03:00:00Z');
    main.setTo(at);
    expect(Math.abs(other.now().getTime() - at.getTime())).toBeLessThan(1000);
    other.setTo(new Date(at.getTime() + hour));
    expect(Math.abs(main.now().getTime() - at.getTime() - hour)).toBeLessThan(1000);
    // One not following keeps its own time.
    expect(Math.abs(new OffsetClock(0).now().getTime() - Date.now())).toBeLessThan(1000);
  });
});
