import { message, riderConsequences } from '@invataxi/domain';
import type { Violation } from '@invataxi/routing';
import type { LoadedRoute, TripRow } from '@invataxi/dispatch';
import { describeViolation, type ConflictContext } from './override-preview';

describe('describeViolation: a late stop in minutes past the promised window (walk t23 M3)', () => {
  // Astana (UTC+5) on 8 Dec 2026; the check counts seconds from 00:00 local.
  const day0 = Date.parse('2026-12-08T00:00:00+05:00');
  const at = (hhmm: string) => new Date(`2026-12-08T${hhmm}:00+05:00`);
  const sec = (hhmm: string) => (at(hhmm).getTime() - day0) / 1000;
  // Данияр К.: picked up 12:25–12:40, to arrive by 13:36. His route was already late (the live
  // estimate 12:55, arrival 13:49), so the check's own limits are those times (allowLateness).
  const trip = {
    id: 'd',
    pickupEarliest: at('12:25'),
    pickupLatest: at('12:40'),
    dropoffLatest: at('13:36'),
  } as TripRow;
  const ctx: ConflictContext = {
    target: { shift: { id: 's1' } } as LoadedRoute,
    plates: new Map([['s1', '201BBB01']]),
    trips: new Map([['d', trip]]),
    stops: [
      { bookingId: 'd', kind: 'PICKUP' },
      { bookingId: 'd', kind: 'DROPOFF' },
    ],
    plan: [],
    toDate: (s) => new Date(day0 + s * 1000),
  };
  const late = (stopIndex: number, start: string, limit: string): Violation => ({
    kind: 'time-window',
    stopIndex,
    requestId: 'd',
    serviceStart: sec(start),
    latest: sec(limit),
    message: '',
  });
  const said = (v: Violation) => {
    const c = describeViolation(v, ctx);
    return message(c.say.key, 'en', c.say.params);
  };

  it('the pick-up: 13:33 against 12:40 is 53 min, as the table says, not 38 against the late limit 12:55', () => {
    expect(said(late(0, '13:33', '12:55'))).toBe(
      'Vehicle 201BBB01 would pick up the rider of the ride 12:25–12:40 only at 13:33, 53 min after the window.',
    );
    const [row] = riderConsequences(
      new Map([['d', { pickupAt: at('12:33'), dropoffAt: at('13:20') }]]),
      new Map([['d', { pickupAt: at('13:33'), dropoffAt: at('14:27') }]]),
      new Map([['d', { pickupLatest: trip.pickupLatest, dropoffLatest: trip.dropoffLatest }]]),
    );
    expect(row).toMatchObject({ pickupMinutesLate: 53, dropoffMinutesLate: 51 });
  });

  it('the drop-off: 14:27 against the latest arrival 13:36 is 51 min, and names that time', () => {
    expect(said(late(1, '14:27', '13:49'))).toBe(
      'Vehicle 201BBB01 would bring the rider of the ride 12:25–12:40 only at 14:27, 51 min after 13:36.',
    );
  });
});
