/**
 * STAND-IN BEHAVIOUR: how a simulated driver follows the route the dispatcher planned. Pure:
 * given the manifest the driver API answers, where the vehicle is and the time, it says what the
 * driver does next (report a status, or keep driving / waiting) and where the vehicle is on its
 * way. The simulator (city.ts) does what it says through the driver API.
 */
import type { GeoPoint } from '@invataxi/domain';

/** A manifest stop as the driver API gives it (times as instants). */
export interface Stop {
  bookingId: string;
  kind: 'PICKUP' | 'DROPOFF';
  bookingStatus: string;
  version: number;
  plannedAt: Date;
  windowFrom: Date;
  /** The promised pickup window's end: a vehicle at the door after it has come late. */
  windowTo: Date;
  lat: number;
  lon: number;
}

/** A drive from one point to a stop, timed by the travel-time model. */
export interface Leg {
  from: GeoPoint;
  to: GeoPoint;
  departAt: number;
  arriveAt: number;
  bookingId: string;
  kind: 'PICKUP' | 'DROPOFF';
}

/** What the simulated driver keeps in mind between ticks. */
export interface DriverState {
  position: GeoPoint;
  leg: Leg | null;
  /** Until then the driver is busy at a stop (helping the rider in, waiting for them). */
  busyUntil: number;
  /** The pick-up the driver last reported reaching, and when. */
  arrived?: { bookingId: string; at: number };
}

/** The driver's and the riders' character for the day. */
export interface Behaviour {
  /** Minutes the driver leaves late for every pick-up (the day's "running late" driver). */
  lateMinutes: number;
  /** True for a rider who will not come out (a no-show, reported after the wait time). */
  noShow(bookingId: string): boolean;
  /**
   * True for a rider who, the vehicle at the door well after the window closed
   * (RIDER_WAITS_PAST_WINDOW_MS), has gone (made other arrangements): the driver finds nobody,
   * and the app takes it as the provider's miss.
   */
  goneWhenLate?(bookingId: string): boolean;
  /** Seconds at the door before the rider is on board. */
  boardingSeconds: number;
  /**
   * Minutes before the pick-up window opens that the driver means to be at this rider's door (an
   * early arrival, inside the minutes the API takes unflagged); 0: at the planned time.
   */
  earlyMinutes?(bookingId: string): number;
}

export type Decision =
  | {
      kind: 'report';
      bookingId: string;
      status: 'EN_ROUTE' | 'ARRIVED' | 'ON_BOARD' | 'COMPLETED' | 'NO_SHOW';
      version: number;
    }
  | { kind: 'wait' };

/**
 * How long past the window's end a rider still waits at the door for a late vehicle; a rider
 * gone (goneWhenLate) has left by the time one comes later still.
 */
export const RIDER_WAITS_PAST_WINDOW_MS = 10 * 60_000;

const FINAL = new Set(['COMPLETED', 'NO_SHOW', 'CANCELLED', 'EXPIRED', 'REJECTED']);

/** The stop the driver works on: the first in the planned order not yet served. */
export function nextStop(stops: readonly Stop[]): Stop | null {
  for (const s of stops) {
    if (FINAL.has(s.bookingStatus)) continue;
    if (s.kind === 'PICKUP' && s.bookingStatus === 'ON_BOARD') continue;
    return s;
  }
  return null;
}

/** Where the vehicle is on its leg at `t`: along the straight line, at the leg's even pace. */
export function positionOnLeg(leg: Leg, t: number): GeoPoint {
  const span = leg.arriveAt - leg.departAt;
  const f = span <= 0 ? 1 : Math.min(1, Math.max(0, (t - leg.departAt) / span));
  return {
    lat: leg.from.lat + (leg.to.lat - leg.from.lat) * f,
    lon: leg.from.lon + (leg.to.lon - leg.from.lon) * f,
  };
}

/** Where the vehicle is now. */
export function positionOf(state: DriverState, t: number): GeoPoint {
  return state.leg ? positionOnLeg(state.leg, t) : state.position;
}

/**
 * The driver's next move at `t`. `travelSeconds(from, to)` is the travel-time model's drive.
 * Leaves for a pick-up so as to be there at its planned time (plus the day's lateness; an early
 * driver a few minutes before the window opens), reports
 * "en route" on leaving, "arrived" on reaching it, "on board" after boarding (or "no-show" for a
 * rider who does not come: the API tells how long to wait first), and drives each rider on
 * board to their drop-off. Moves `state` along (legs, position).
 */
export function decide(
  state: DriverState,
  stops: readonly Stop[],
  t: number,
  travelSeconds: (from: GeoPoint, to: GeoPoint) => number,
  behaviour: Behaviour,
): Decision {
  if (state.leg && t >= state.leg.arriveAt) state.position = state.leg.to;
  if (t < state.busyUntil) return { kind: 'wait' };
  const stop = nextStop(stops);
  if (!stop) {
    if (state.leg && t >= state.leg.arriveAt) state.leg = null;
    return { kind: 'wait' };
  }
  const place = { lat: stop.lat, lon: stop.lon };
  const onLegTo = state.leg?.bookingId === stop.bookingId && state.leg.kind === stop.kind;
  const startLeg = (): void => {
    const from = positionOf(state, t);
    state.position = from;
    state.leg = {
      from,
      to: place,
      departAt: t,
      arriveAt: t + travelSeconds(from, place) * 1000,
      bookingId: stop.bookingId,
      kind: stop.kind,
    };
  };
  const report = (status: Extract<Decision, { kind: 'report' }>['status']): Decision => ({
    kind: 'report',
    bookingId: stop.bookingId,
    status,
    version: stop.version,
  });

  if (stop.kind === 'PICKUP') {
    if (stop.bookingStatus === 'SCHEDULED') {
      const from = positionOf(state, t);
      const early = behaviour.earlyMinutes?.(stop.bookingId) ?? 0;
      const at =
        early > 0
          ? Math.min(stop.plannedAt.getTime(), stop.windowFrom.getTime() - early * 60_000)
          : stop.plannedAt.getTime();
      const leaveAt = at - travelSeconds(from, place) * 1000 + behaviour.lateMinutes * 60_000;
      if (t < leaveAt) return { kind: 'wait' };
      startLeg();
      return report('EN_ROUTE');
    }
    if (stop.bookingStatus === 'EN_ROUTE') {
      if (!onLegTo) startLeg();
      if (t < state.leg!.arriveAt) return { kind: 'wait' };
      state.position = place;
      state.arrived = { bookingId: stop.bookingId, at: t };
      return report('ARRIVED');
    }
    if (stop.bookingStatus === 'ARRIVED') {
      state.position = place;
      state.leg = null;
      const cameLate =
        state.arrived?.bookingId === stop.bookingId &&
        state.arrived.at > stop.windowTo.getTime() + RIDER_WAITS_PAST_WINDOW_MS;
      if (behaviour.noShow(stop.bookingId) || (cameLate && behaviour.goneWhenLate?.(stop.bookingId)))
        return report('NO_SHOW');
      return report('ON_BOARD');
    }
    return { kind: 'wait' };
  }
  // A drop-off: its rider is on board (an earlier pick-up not yet done keeps it waiting).
  if (stop.bookingStatus !== 'ON_BOARD') return { kind: 'wait' };
  if (!onLegTo) startLeg();
  if (t < state.leg!.arriveAt) return { kind: 'wait' };
  state.position = place;
  return report('COMPLETED');
}
