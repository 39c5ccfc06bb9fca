import { liveEventInScope, type ConsoleScope } from './console-scope';

describe('liveEventInScope (walk t22 m2: a provider heard another provider breakdown)', () => {
  const mine: ConsoleScope = { kind: 'provider', providerId: 'p1', areas: ['711210000'] };
  const region: ConsoleScope = { kind: 'region', regionKato: '711000000' };
  const owners = (o: Partial<Parameters<typeof liveEventInScope>[2]>) => ({
    alertProvider: null,
    shiftProvider: null,
    pickupKato: null,
    ...o,
  });

  it("a provider hears its own vehicles' alerts, positions and routes, and its area's rides; not another provider's", () => {
    expect(liveEventInScope(mine, { type: 'alert', alertId: 'a' }, owners({ alertProvider: 'p1' }))).toBe(
      true,
    );
    expect(liveEventInScope(mine, { type: 'alert', alertId: 'a' }, owners({ alertProvider: 'p2' }))).toBe(
      false,
    );
    expect(liveEventInScope(mine, { type: 'position', shiftId: 's' }, owners({ shiftProvider: 'p2' }))).toBe(
      false,
    );
    expect(liveEventInScope(mine, { type: 'position', shiftId: 's' }, owners({ shiftProvider: 'p1' }))).toBe(
      true,
    );
    const ride = { type: 'status', bookingId: 'b', shiftId: 's' };
    expect(liveEventInScope(mine, ride, owners({ shiftProvider: 'p2', pickupKato: '711210001' }))).toBe(true);
    expect(liveEventInScope(mine, ride, owners({ shiftProvider: 'p2', pickupKato: '711410001' }))).toBe(
      false,
    );
    expect(liveEventInScope(mine, { type: 'route' }, owners({}))).toBe(true);
  });

  it("the region's dispatcher hears the region", () => {
    expect(liveEventInScope(region, { type: 'alert', alertId: 'a' }, owners({ alertProvider: 'p2' }))).toBe(
      true,
    );
  });
});
