/**
 * STAND-IN BEHAVIOUR: a day in the life of the demo city (issue 22). Riders, a guardian, the
 * dispatcher taking phone calls and the Social Services Portal place requests at the hour's
 * rhythm (rhythm.ts); each shift's driver phone follows its planned route (route.ts), sends its
 * position along the travel-time model and reports its progress; a share of riders do not come
 * out or cancel late, one driver a day runs late, and one vehicle a day breaks down (the
 * dispatcher's breakdown path re-assigns its rides). Everything goes through the platform's
 * public interfaces: the API, the Portal's signed endpoint (through the Portal stand-in) and the
 * driver API. It acts as people who signed in: it signs their access tokens with the demo's
 * JWT secret, as `npm run token` does.
 */
import { randomUUID } from 'node:crypto';
import { signToken, type Principal } from '@invataxi/auth';
import {
  addDaysToLocalDate,
  localDateOf,
  localDateTimeToUtc,
  localMinutesOf,
  localTimeOf,
  type Clock,
  type GeoPoint,
} from '@invataxi/domain';
import type { TravelTimeProvider } from '@invataxi/routing';
import { RiderCalendar, type RiderAsk } from './calendar';
import { breakdownOrder } from './day';
import { drawTrip, requestsIn, type Random } from './rhythm';
import { decide, nextStop, positionOf, type DriverState, type Stop } from './route';

export interface CityPlace {
  address: string;
  lat: number;
  lon: number;
  kato: string;
}

/** Who the city's people are: what the demo's seed made (ids), handed over when the city starts. */
export interface CityCast {
  regionKato: string;
  officerUserId: string;
  dispatcherUserId: string;
  guardian: {
    userId: string;
    wardBeneficiaryId: string;
    wardHome: CityPlace;
    /** The ward travels with a companion now and then (entitled to one). */
    wardCompanionEntitled?: boolean;
  } | null;
  riders: {
    beneficiaryId: string;
    userId: string;
    portalIndex: number | null;
    home: CityPlace;
    /** Entitled to a companion (a personal assistant): some of their rides take one along. */
    companionEntitled?: boolean;
  }[];
  providers: {
    providerId: string;
    adminUserId: string;
    depot: GeoPoint & { kato: string };
    fleet: { vehicleId: string; driverId: string; driverUserId: string }[];
  }[];
  /** Where rides go, by purpose. */
  places: Partial<Record<string, CityPlace[]>>;
}

export interface CityOptions {
  apiUrl: string;
  /** The Portal stand-in's prefix (its /_control/orders signs and sends an order); null: no Portal orders. */
  portalUrl: string | null;
  jwt: { secret: string; issuer: string; ttlSeconds: number };
  clock: Clock;
  travel: TravelTimeProvider;
  random: Random;
  /** The region's minimum lead time, minutes (same-day rides are booked at least this far ahead). */
  leadMinutes: number;
  /** Service hours of the shifts the city keeps for each day (local times). */
  shiftHours: [string, string];
  /** Shares of the riders' behaviour. */
  noShowShare: number;
  lateCancelShare: number;
  /** Share of the rides of a rider entitled to a companion that take one along. */
  companionShare: number;
  /**
   * Share of the requests the region's rules refuse (refusedAsk: too short notice, outside the
   * service hours, beyond the booking horizon): people ask for what the service does not give.
   */
  refusedShare: number;
  /**
   * Share of pick-ups the vehicle misses on the provider's side: stuck on the way, the driver
   * records "vehicle late" through the driver API instead of arriving (a provider-caused miss).
   */
  providerMissShare: number;
  /**
   * Share of pick-ups the driver reaches a few minutes (earlyArrivalMinutes) before the window
   * opens: the on-time figure's early arrivals.
   */
  earlyArrivalShare: number;
  /**
   * Share of the riders who, their vehicle at the door over 10 minutes after the window closed
   * (the day's late driver, a plan running late), have gone: the driver's no-show is refused as
   * arrived late and the driver records the provider's miss, vehicle late (the figures'
   * provider-caused no-show).
   */
  goneWhenLateShare: number;
  /** Positions sent at most this often (ms of the clock's time) per vehicle. */
  pingEveryMs: number;
  /**
   * 'live': people book at the hour's rhythm and every step re-reads each manifest (the
   * dispatcher inserts rides at any moment). 'replay' (the demo's history): bookings are placed
   * by the caller, manifests are re-read only after something moved rides (a cancellation, a
   * breakdown: `settle` waits for the dispatcher first).
   */
  mode: 'live' | 'replay';
  settle?: () => Promise<void>;
  log: (line: string) => void;
}

export interface CityCounts {
  requests: number;
  accepted: number;
  refused: number;
  /** The reasons the refusals gave, by code. */
  refusedBy: Record<string, number>;
  /** Rides asked for with a companion. */
  withCompanion: number;
  reports: Record<string, number>;
  pings: number;
  lateCancels: number;
  breakdowns: number;
}

/** How the city's people and vehicles behave, live and in the history alike. */
export const CITY_SHARES = {
  noShowShare: 0.06,
  lateCancelShare: 0.05,
  providerMissShare: 0.03,
  earlyArrivalShare: 0.12,
  goneWhenLateShare: 0.3,
  companionShare: 0.4,
  refusedShare: 0.05,
} as const satisfies Partial<CityOptions>;

/**
 * The driver's reason for a pick-up the vehicle misses (a share of those fixed by the ride):
 * mostly the vehicle late, now and then the address out of reach or a problem with the vehicle.
 */
export function providerMissReason(
  bookingId: string,
): 'MISSED_VEHICLE_LATE' | 'MISSED_ADDRESS_UNREACHABLE' | 'MISSED_VEHICLE_PROBLEM' {
  const r = shareOf(bookingId, 'miss-reason');
  return r < 0.5 ? 'MISSED_VEHICLE_LATE' : r < 0.75 ? 'MISSED_ADDRESS_UNREACHABLE' : 'MISSED_VEHICLE_PROBLEM';
}

/**
 * Minutes before the window opens that the driver reaches this pick-up: for a share of the rides
 * (fixed by the ride) 2 to 8 minutes early, else 0 (the planned time). Within
 * DRIVER_STATUS_EARLY_FLAG_MINUTES, so the API takes it as a plain early arrival.
 */
export function earlyArrivalMinutes(bookingId: string, share: number): number {
  const u = shareOf(bookingId, 'early');
  if (u >= share) return 0;
  return 2 + Math.floor((u / share) * 7);
}

/**
 * Whether the n-th occasion (from 1) is one of a `share` of them, spread evenly: the share is
 * kept exactly over any run, not left to chance (a short history still has its refusal).
 */
export function nthOfShare(n: number, share: number): boolean {
  return Math.floor(n * share + 1e-9) > Math.floor((n - 1) * share + 1e-9);
}

/** A stable share in [0, 1) from an id: each booking's fate (no-show, late cancel) is fixed. */
export function shareOf(id: string, salt: string): number {
  let h = 2166136261;
  for (const c of `${salt}:${id}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return (h >>> 0) / 4294967296;
}

/** What a person asks for that the rules refuse. */
export type RefusedAsk = 'TOO_SOON' | 'AFTER_HOURS' | 'TOO_FAR_AHEAD';
export const REFUSED_ASKS: readonly RefusedAsk[] = ['TOO_SOON', 'AFTER_HOURS', 'TOO_FAR_AHEAD'];

/**
 * The pick-up time of a request the rules refuse, asked at `now`: in ten minutes (the region
 * wants `leadMinutes`' notice), at 22:30 tomorrow (after the service hours of the demo's policy,
 * 07:00-21:00), or at 10:00 in 45 days (beyond any booking horizon of the policies).
 */
export function refusedAskTime(ask: RefusedAsk, now: Date): Date {
  const day = localDateOf(now);
  switch (ask) {
    case 'TOO_SOON':
      return new Date(Math.ceil((now.getTime() + 10 * 60_000) / (5 * 60_000)) * (5 * 60_000));
    case 'AFTER_HOURS':
      return localDateTimeToUtc(addDaysToLocalDate(day, 1), '22:30');
    case 'TOO_FAR_AHEAD':
      return localDateTimeToUtc(addDaysToLocalDate(day, 45), '10:00');
  }
}

interface Manifest {
  shiftId: string | null;
  stops: Stop[];
}

interface DriverSim {
  principal: Principal;
  state: DriverState;
  lastPingAt: number;
  /** The last manifest read (replay mode keeps it until rides move), and when (the clock's ms). */
  manifest: Manifest | null;
  manifestAt: number;
  brokenOn: string | null;
}

interface OwnBooking {
  id: string;
  principal: Principal;
  anchorAt: number;
}

/**
 * A ride whose fate a story fixes rather than the hash share (the demo's no-show story, issue
 * 23): its rider books it in the app, the driver comes on time and waits, the rider does not come
 * out; with `dispute`, the rider disputes the no-show in the app in these words a while later.
 */
export interface FatedRide {
  rider: { beneficiaryId: string; userId: string; home: CityPlace };
  place: CityPlace;
  purpose: string;
  /** The pick-up time (local, HH:MM) on the ride's day. */
  time: string;
  dispute: string | null;
}

/** Minutes before the window opens that the story's driver means to be at the door (unflagged, as earlyArrivalMinutes). */
const STORY_EARLY_MINUTES = 5;

/** Minutes of the clock after the no-show that the rider disputes it (they got the message, then act). */
const DISPUTE_AFTER_MS = 45 * 60_000;

const BOARDING_MS = 90_000;
const ALIGHTING_MS = 60_000;

export class City {
  readonly counts: CityCounts = {
    requests: 0,
    accepted: 0,
    refused: 0,
    refusedBy: {},
    withCompanion: 0,
    reports: {},
    pings: 0,
    lateCancels: 0,
    breakdowns: 0,
  };
  /** Requests made, by method and path, with the time they took (the history reports them). */
  readonly calls: Record<string, { n: number; ms: number }> = {};
  private readonly drivers: DriverSim[];
  private readonly own: OwnBooking[] = [];
  /** The story's rides (booking id): no-shows by rule; with the words their rider disputes them in. */
  private readonly fated = new Map<string, { principal: Principal; dispute: string | null }>();
  /** Disputes the riders will file, and from when (the clock's ms). */
  private readonly disputes: { bookingId: string; principal: Principal; text: string; at: number }[] = [];
  /** What each rider has asked for: nobody is booked twice for one time (t22 M5). */
  private readonly calendar = new RiderCalendar();
  /** Requests made, and those of riders entitled to a companion (nthOfShare counts them). */
  private asked = 0;
  private entitledAsked = 0;
  private lastTick: number | null = null;
  private shiftsDoneFor: string | null = null;
  /** Shifts this city made or found (vehicle and day): not asked for again. */
  private readonly shiftsKnown = new Set<string>();
  /**
   * The last day a vehicle is known to have broken down: the dispatch board's record (a
   * VEHICLE_BREAKDOWN alert of that day), read before breaking another, so the one-a-day rule
   * holds across restarts of the demo and beside breakdowns a person reports.
   */
  private brokenDownOn: string | null = null;
  private lateDriverOn: { day: string; index: number; minutes: number } | null = null;
  private readonly tokens = new Map<string, { token: string; renewAt: number }>();

  constructor(
    private readonly cast: CityCast,
    private readonly o: CityOptions,
  ) {
    this.drivers = cast.providers.flatMap((p) =>
      p.fleet.map((f) => ({
        principal: {
          userId: f.driverUserId,
          role: 'DRIVER' as const,
          driverId: f.driverId,
          providerId: p.providerId,
          regionKato: cast.regionKato,
        },
        state: { position: { lat: p.depot.lat, lon: p.depot.lon }, leg: null, busyUntil: 0 },
        lastPingAt: 0,
        manifest: null,
        manifestAt: 0,
        brokenOn: null,
      })),
    );
  }

  /**
   * A person's access token, signed again when half its life has passed (real time, as its exp):
   * signing one for every request was a tenth of the history's CPU.
   */
  private token(p: Principal): string {
    const key = `${p.role} ${p.userId} ${p.beneficiaryId ?? ''} ${p.regionKato ?? ''}`;
    const held = this.tokens.get(key);
    if (held && Date.now() < held.renewAt) return held.token;
    const token = signToken(this.o.jwt, p, this.o.jwt.ttlSeconds);
    this.tokens.set(key, { token, renewAt: Date.now() + (this.o.jwt.ttlSeconds * 1000) / 2 });
    return token;
  }

  private async call<T>(
    p: Principal | null,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const started = Date.now();
    const key = `${method} ${path.replace(/[0-9a-f-]{36}/g, ':id').replace(/\?.*$/, '')}`;
    const res = await fetch(`${p ? this.o.apiUrl : ''}${path}`, {
      method,
      headers: {
        ...(p ? { authorization: `Bearer ${this.token(p)}` } : {}),
        'content-type': 'application/json',
        'accept-language': 'en',
        ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(15_000),
    });
    const text = await res.text();
    const stat = (this.calls[key] ??= { n: 0, ms: 0 });
    stat.n++;
    stat.ms += Date.now() - started;
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    return { status: res.status, body: parsed as T };
  }

  /** One step of the city at the clock's now: demand, shifts, drivers, the dispatcher. */
  async tick(): Promise<void> {
    const now = this.o.clock.now();
    const t = now.getTime();
    const day = localDateOf(now);
    if (this.shiftsDoneFor !== day) {
      await this.ensureShifts(day);
      this.shiftsDoneFor = day;
      // A new day: each driver's shift (and manifest) is another one.
      this.ridesMoved();
    }
    if (this.lateDriverOn?.day !== day && this.drivers.length)
      this.lateDriverOn = {
        day,
        index: Math.floor(this.o.random() * this.drivers.length),
        minutes: 15 + Math.floor(this.o.random() * 15),
      };
    const minutes = this.lastTick === null ? 0 : Math.min(30, (t - this.lastTick) / 60_000);
    this.lastTick = t;
    const n =
      minutes > 0 && this.o.mode === 'live' ? requestsIn(localMinutesOf(now), minutes, this.o.random) : 0;
    for (let i = 0; i < n; i++)
      await this.request(now).catch((e: unknown) => this.o.log(`city: request failed: ${String(e)}`));
    await Promise.all(
      this.drivers.map((d, i) =>
        this.drive(d, i, now).catch((e: unknown) => this.o.log(`city: driver step failed: ${String(e)}`)),
      ),
    );
    await this.lateCancels(t).catch((e: unknown) => this.o.log(`city: cancel failed: ${String(e)}`));
    await this.fileDisputes(t).catch((e: unknown) => this.o.log(`city: dispute failed: ${String(e)}`));
    await this.breakdown(now).catch((e: unknown) => this.o.log(`city: breakdown failed: ${String(e)}`));
  }

  /** Today's and tomorrow's shifts, one per vehicle and driver (a shift already there is kept: 409). */
  async ensureShifts(day: string): Promise<void> {
    const [from, to] = this.o.shiftHours;
    for (const p of this.cast.providers) {
      const admin: Principal = {
        userId: p.adminUserId,
        role: 'PROVIDER_ADMIN',
        providerId: p.providerId,
        regionKato: this.cast.regionKato,
      };
      for (const d of [day, addDaysToLocalDate(day, 1)]) {
        const startsAt = localDateTimeToUtc(d, from);
        const endsAt = localDateTimeToUtc(d, to);
        if (endsAt.getTime() <= this.o.clock.now().getTime()) continue;
        for (const f of p.fleet) {
          if (this.shiftsKnown.has(`${f.vehicleId} ${d}`)) continue;
          this.shiftsKnown.add(`${f.vehicleId} ${d}`);
          await this.call(admin, 'POST', '/fleet/shifts', {
            vehicleId: f.vehicleId,
            driverId: f.driverId,
            startsAt: startsAt.toISOString(),
            endsAt: endsAt.toISOString(),
            start: { lat: p.depot.lat, lon: p.depot.lon },
            end: { lat: p.depot.lat, lon: p.depot.lon },
            startKato: p.depot.kato,
          });
        }
      }
    }
  }

  /** Every driver re-reads the manifest at the next step. */
  private ridesMoved(): void {
    for (const d of this.drivers) d.manifest = null;
  }

  /** One person asks for a ride: in the app, by phone to the dispatcher, or on the Portal. */
  async request(now: Date): Promise<void> {
    if (nthOfShare(++this.asked, this.o.refusedShare)) {
      await this.refusedRequest(now);
      return;
    }
    const trip = drawTrip(localMinutesOf(now), this.o.leadMinutes + 10, this.o.random);
    const day = addDaysToLocalDate(localDateOf(now), trip.dayOffset);
    const hhmm = (m: number): string =>
      `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    const time = localDateTimeToUtc(day, hhmm(trip.minute));
    const places = this.cast.places[trip.kind.purpose] ?? this.cast.places.MEDICAL ?? [];
    const place = places[Math.floor(this.o.random() * places.length)];
    if (!place) return;
    const channel = this.o.random();
    const guardian = this.cast.guardian;
    const back = trip.kind.returnAfterMinutes;
    // Dialysis is a standing appointment: one request in four is a fortnight's recurring series.
    const series = trip.kind.purpose === 'HAEMODIALYSIS' && trip.dayOffset === 1 && this.o.random() < 0.25;
    const returnMinute = back === null ? null : trip.minute + back;
    const withReturn = returnMinute !== null && returnMinute <= 20 * 60;
    const seriesRule = { weekdays: [1, 3, 5], toDate: addDaysToLocalDate(day, 13) };
    const portal = channel < 0.12 && !!this.o.portalUrl;
    // What the person asks for, as their calendar sees it (a Portal order is one way).
    const ask: RiderAsk = {
      purpose: trip.kind.purpose,
      outing: { day, minute: trip.minute, returnMinute: withReturn && !portal ? returnMinute : null },
      ...(series && !portal ? { series: seriesRule } : {}),
    };
    // The one who asks: someone free then (a person does not book a second ride for a time
    // already taken, t22 M5); nobody free, no request.
    const start = Math.floor(this.o.random() * this.cast.riders.length);
    const free = (id: string): boolean => this.calendar.free(id, ask);
    const ward = guardian && !portal && channel < 0.2 && free(guardian.wardBeneficiaryId) ? guardian : null;
    let rider: CityCast['riders'][number] | undefined;
    for (let i = 0; i < this.cast.riders.length && !ward && !rider; i++) {
      const r = this.cast.riders[(start + i) % this.cast.riders.length]!;
      if (free(r.beneficiaryId) && (!portal || r.portalIndex !== null)) rider = r;
    }
    if (!ward && !rider) return;
    this.counts.requests++;
    this.calendar.book(ward ? ward.wardBeneficiaryId : rider!.beneficiaryId, ask);
    // About one request in eight comes from the Social Services Portal (signed, through its stand-in).
    if (portal && rider) {
      const r = await this.call<{ responses?: { status: number }[] }>(
        null,
        'POST',
        `${this.o.portalUrl}/_control/orders`,
        {
          personIndex: rider.portalIndex,
          requestedTime: time.toISOString(),
          purpose: trip.kind.purpose,
        },
      );
      const ok = (r.body.responses ?? []).some((x) => x.status < 300);
      if (ok) this.counts.accepted++;
      else this.counts.refused++;
      return;
    }
    const viaGuardian = ward;
    const viaPhone = !viaGuardian && channel < 0.45;
    const principal: Principal = viaGuardian
      ? { userId: viaGuardian.userId, role: 'GUARDIAN' }
      : viaPhone
        ? { userId: this.cast.dispatcherUserId, role: 'DISPATCHER', regionKato: this.cast.regionKato }
        : {
            userId: rider!.userId,
            role: 'BENEFICIARY',
            beneficiaryId: rider!.beneficiaryId,
            regionKato: this.cast.regionKato,
          };
    const beneficiaryId = viaGuardian ? viaGuardian.wardBeneficiaryId : rider!.beneficiaryId;
    const home = viaGuardian ? viaGuardian.wardHome : rider!.home;
    const entitled = viaGuardian ? viaGuardian.wardCompanionEntitled : rider!.companionEntitled;
    const companions = entitled && nthOfShare(++this.entitledAsked, this.o.companionShare) ? 1 : 0;
    const body = {
      beneficiaryId,
      pickup: home,
      dropoff: place,
      timeAnchor: trip.kind.anchor,
      purpose: trip.kind.purpose,
      companions,
      ...(series
        ? {
            recurrence: {
              weekdays: seriesRule.weekdays,
              localTime: hhmm(trip.minute),
              fromDate: day,
              toDate: seriesRule.toDate,
            },
          }
        : { time: time.toISOString() }),
      ...(withReturn
        ? {
            returnTrip: series
              ? { timeAnchor: 'PICKUP', localTime: hhmm(returnMinute) }
              : { timeAnchor: 'PICKUP', time: localDateTimeToUtc(day, hhmm(returnMinute)).toISOString() },
          }
        : {}),
    };
    const r = await this.call<{ bookings?: { id: string }[]; reasons?: { code: string }[] }>(
      principal,
      'POST',
      '/bookings',
      body,
    );
    if (r.status >= 300) {
      this.refused(r.body);
      return;
    }
    this.counts.accepted++;
    if (companions > 0) this.counts.withCompanion++;
    const first = r.body.bookings?.[0];
    if (first && !series) this.own.push({ id: first.id, principal, anchorAt: time.getTime() });
  }

  /**
   * The story's rider books a ride in the app for `day` (the history's evening before), its fate
   * fixed: a no-show (disputed when the story says so). Returns the booking's id, or null when
   * refused.
   */
  async bookFated(ride: FatedRide, day: string): Promise<string | null> {
    const principal: Principal = {
      userId: ride.rider.userId,
      role: 'BENEFICIARY',
      beneficiaryId: ride.rider.beneficiaryId,
      regionKato: this.cast.regionKato,
    };
    this.counts.requests++;
    const r = await this.call<{ bookings?: { id: string }[]; reasons?: { code: string }[] }>(
      principal,
      'POST',
      '/bookings',
      {
        beneficiaryId: ride.rider.beneficiaryId,
        pickup: ride.rider.home,
        dropoff: ride.place,
        timeAnchor: 'PICKUP',
        purpose: ride.purpose,
        companions: 0,
        time: localDateTimeToUtc(day, ride.time).toISOString(),
      },
    );
    const id = r.status < 300 ? r.body.bookings?.[0]?.id : undefined;
    if (!id) {
      this.refused(r.body);
      return null;
    }
    this.counts.accepted++;
    this.fated.set(id, { principal, dispute: ride.dispute });
    return id;
  }

  /** A rider who will not come out: the story's, or a share of them fixed by the ride. */
  private noShow(bookingId: string): boolean {
    return this.fated.has(bookingId) || shareOf(bookingId, 'no-show') < this.o.noShowShare;
  }

  /** The story's riders dispute their no-shows in the app (as its dispute form does). */
  private async fileDisputes(t: number): Promise<void> {
    for (const d of this.disputes.filter((x) => x.at <= t)) {
      this.disputes.splice(this.disputes.indexOf(d), 1);
      const r = await this.call(d.principal, 'POST', `/bookings/${d.bookingId}/no-show-dispute`, {
        text: d.text,
      });
      if (r.status >= 300) this.o.log(`city: the dispute of ${d.bookingId} was refused (${r.status})`);
    }
  }

  private refused(body: { reasons?: { code: string }[] } | null): void {
    this.counts.refused++;
    for (const r of body?.reasons ?? [])
      this.counts.refusedBy[r.code] = (this.counts.refusedBy[r.code] ?? 0) + 1;
  }

  /** A rider asks in the app for what the rules refuse (the API says why; nothing is booked). */
  private async refusedRequest(now: Date): Promise<void> {
    const rider = this.cast.riders[Math.floor(this.o.random() * this.cast.riders.length)];
    const places = this.cast.places.MEDICAL ?? [];
    const place = places[Math.floor(this.o.random() * places.length)];
    if (!rider || !place) return;
    const ask = REFUSED_ASKS[Math.floor(this.o.random() * REFUSED_ASKS.length)]!;
    this.counts.requests++;
    const r = await this.call<{ reasons?: { code: string }[] }>(
      {
        userId: rider.userId,
        role: 'BENEFICIARY',
        beneficiaryId: rider.beneficiaryId,
        regionKato: this.cast.regionKato,
      },
      'POST',
      '/bookings',
      {
        beneficiaryId: rider.beneficiaryId,
        pickup: rider.home,
        dropoff: place,
        timeAnchor: 'PICKUP',
        purpose: 'MEDICAL',
        companions: 0,
        time: refusedAskTime(ask, now).toISOString(),
      },
    );
    if (r.status >= 300) this.refused(r.body);
    else this.counts.accepted++;
  }

  /** A few riders cancel late: within the hour before the ride, once it is planned. */
  private async lateCancels(t: number): Promise<void> {
    for (const b of [...this.own]) {
      if (b.anchorAt - t > 60 * 60_000) continue;
      this.own.splice(this.own.indexOf(b), 1);
      if (b.anchorAt < t || shareOf(b.id, 'late-cancel') >= this.o.lateCancelShare) continue;
      const cur = await this.call<{ status: string; version: number }>(
        b.principal,
        'GET',
        `/bookings/${b.id}`,
      );
      if (cur.status !== 200 || cur.body.status !== 'SCHEDULED') continue;
      const r = await this.call(b.principal, 'POST', `/bookings/${b.id}/cancel`, {
        version: cur.body.version,
      });
      if (r.status < 300) {
        this.counts.lateCancels++;
        this.ridesMoved();
      }
    }
  }

  /** One vehicle a day breaks down late in the morning: the dispatcher's breakdown path re-assigns its rides. */
  private async breakdown(now: Date): Promise<void> {
    const day = localDateOf(now);
    const minute = localMinutesOf(now);
    if (this.brokenDownOn === day || minute < 11 * 60 || minute > 17 * 60) return;
    // The day's vehicle (a different one each day, by the date) with rides still to pick up and none on board.
    let best: { d: DriverSim; waiting: number } | null = null;
    for (const i of breakdownOrder(day, this.drivers.length)) {
      const d = this.drivers[i];
      if (!d.manifest?.shiftId || d.brokenOn === day) continue;
      const m = await this.manifestOf(d);
      if (m.stops.some((s) => s.bookingStatus === 'ON_BOARD' || s.bookingStatus === 'ARRIVED')) continue;
      const waiting = m.stops.filter((s) => s.kind === 'PICKUP' && s.bookingStatus === 'SCHEDULED').length;
      if (waiting >= 2) {
        best = { d, waiting };
        break;
      }
    }
    if (!best) return;
    const dispatcher: Principal = {
      userId: this.cast.dispatcherUserId,
      role: 'DISPATCHER',
      regionKato: this.cast.regionKato,
    };
    // What is recorded decides, not this process's memory: a vehicle of the day may have broken
    // down before this city started (the history, an earlier start, a dispatcher at the console).
    const board = await this.call<{ alerts?: { kind: string }[] }>(
      dispatcher,
      'GET',
      `/dispatch/board?date=${day}`,
    );
    if (board.status !== 200) return;
    if ((board.body.alerts ?? []).some((a) => a.kind === 'VEHICLE_BREAKDOWN')) {
      this.brokenDownOn = day;
      return;
    }
    const r = await this.call(dispatcher, 'POST', `/dispatch/shifts/${best.d.manifest!.shiftId}/breakdown`, {
      kind: 'BREAKDOWN',
      note: 'simulated breakdown (demo city)',
    });
    if (r.status < 300) {
      this.brokenDownOn = day;
      best.d.brokenOn = day;
      this.counts.breakdowns++;
      this.o.log(
        `city ${localTimeOf(now)}: a vehicle broke down; its ${best.waiting} rides go back to dispatch`,
      );
      await this.o.settle?.();
      this.ridesMoved();
    }
  }

  private async manifestOf(d: DriverSim): Promise<Manifest> {
    const t = this.o.clock.now().getTime();
    // Replay: kept until rides move; no shift open yet is asked again five minutes on.
    if (d.manifest && this.o.mode === 'replay' && (d.manifest.shiftId || t - d.manifestAt < 5 * 60_000))
      return d.manifest;
    d.manifest = await this.fetchManifest(d);
    d.manifestAt = t;
    return d.manifest;
  }

  private async fetchManifest(d: DriverSim): Promise<{ shiftId: string | null; stops: Stop[] }> {
    const r = await this.call<{
      shiftId: string | null;
      stops: (Omit<Stop, 'plannedAt' | 'windowFrom' | 'windowTo'> & {
        plannedAt: string;
        windowFrom: string;
        windowTo: string;
      })[];
    }>(d.principal, 'GET', '/driver/manifest');
    if (r.status !== 200) return { shiftId: null, stops: [] };
    return {
      shiftId: r.body.shiftId,
      stops: r.body.stops.map((s) => ({
        ...s,
        plannedAt: new Date(s.plannedAt),
        windowFrom: new Date(s.windowFrom),
        windowTo: new Date(s.windowTo),
      })),
    };
  }

  /** One driver's step: follow the manifest, report, send the position. */
  private async drive(d: DriverSim, index: number, now: Date): Promise<void> {
    const t = now.getTime();
    const day = localDateOf(now);
    if (d.brokenOn === day) return;
    const m = await this.manifestOf(d);
    // No shift open now (before its start, or between days).
    if (!m.shiftId) return;
    const hour = Math.floor(localMinutesOf(now) / 60);
    const here = positionOf(d.state, t);
    // The stop the driver works on, as decide() reads it: the drive to a drop-off is timed from
    // here to it (the first stop not final was the ride's own pick-up, the one just left: a 0 s
    // drive, so every completion was refused as too soon and asked again every two minutes).
    const target = nextStop(m.stops);
    let seconds = 0;
    if (target) {
      const mx = await this.o.travel.matrix([here, { lat: target.lat, lon: target.lon }], hour);
      seconds = mx.durations[1] ?? 0;
    }
    // The story's no-show has the vehicle at the door in time: one there after the window is
    // the provider's miss, not the rider's no-show (the API refuses it). So the day's late driver
    // keeps time until a story's pick-up on their route is done (late at the earlier ones, the
    // vehicle came to it 19 minutes late in a test run).
    const storyAhead = m.stops.some(
      (s) =>
        s.kind === 'PICKUP' &&
        this.fated.has(s.bookingId) &&
        (s.bookingStatus === 'SCHEDULED' || s.bookingStatus === 'EN_ROUTE'),
    );
    const late =
      this.lateDriverOn?.day === day && this.lateDriverOn.index === index && !storyAhead
        ? this.lateDriverOn.minutes
        : 0;
    const decision = decide(d.state, m.stops, t, () => seconds, {
      lateMinutes: late,
      noShow: (id) => this.noShow(id),
      goneWhenLate: (id) => shareOf(id, 'gone-when-late') < this.o.goneWhenLateShare,
      boardingSeconds: BOARDING_MS / 1000,
      // At the story's door before its window opens where the route lets them (planned late in
      // the window, a few minutes' slip made it the provider's miss).
      earlyMinutes: (id) =>
        this.fated.has(id)
          ? STORY_EARLY_MINUTES
          : late > 0
            ? 0
            : earlyArrivalMinutes(id, this.o.earlyArrivalShare),
    });
    if (decision.kind === 'report') {
      // The phone's position is fresh when the driver says "arrived" (the API checks it against the pick-up).
      // A no-show is taken only with the vehicle's pings at the pick-up for the whole wait (issue 23).
      if (decision.status === 'ARRIVED' || decision.status === 'NO_SHOW') await this.ping(d, t);
      // A share of pick-ups the vehicle does not make: the driver records the provider's miss.
      const providerMiss =
        decision.status === 'ARRIVED' &&
        !this.fated.has(decision.bookingId) &&
        shareOf(decision.bookingId, 'provider-miss') < this.o.providerMissShare;
      let r = await this.call<{
        retryAfterSeconds?: number;
        status?: string;
        version?: number;
        code?: string;
      }>(
        d.principal,
        'POST',
        `/driver/bookings/${decision.bookingId}/${providerMiss ? 'missed' : 'status'}`,
        providerMiss
          ? { reason: providerMissReason(decision.bookingId), expectedVersion: decision.version }
          : { status: decision.status, expectedVersion: decision.version },
      );
      // Reached the door after the window closed: not the rider's no-show, the API says; the
      // driver records the provider's miss instead (issue 23), or the ride stayed ARRIVED for good.
      if (r.body?.code === 'NO_SHOW_ARRIVED_LATE')
        r = await this.call(d.principal, 'POST', `/driver/bookings/${decision.bookingId}/missed`, {
          reason: 'MISSED_VEHICLE_LATE',
          expectedVersion: decision.version,
        });
      if (r.status < 300) {
        const status = r.body.status ?? decision.status;
        this.counts.reports[status] = (this.counts.reports[status] ?? 0) + 1;
        // The ride's two stops carry its new status and version (what a re-read would say).
        for (const s of m.stops)
          if (s.bookingId === decision.bookingId) {
            s.bookingStatus = status;
            s.version = r.body.version ?? s.version + 1;
          }
        if (decision.status === 'ARRIVED' && !providerMiss) d.state.busyUntil = t + BOARDING_MS;
        if (decision.status === 'COMPLETED') d.state.busyUntil = t + ALIGHTING_MS;
        const fate = this.fated.get(decision.bookingId);
        if (status === 'NO_SHOW' && fate?.dispute)
          this.disputes.push({
            bookingId: decision.bookingId,
            principal: fate.principal,
            text: fate.dispute,
            at: t + DISPUTE_AFTER_MS,
          });
      } else {
        // Not yet (a no-show before the wait time is over: the API says how long; too early to leave:
        // two minutes on), or the ride changed meanwhile (the manifest is read again).
        d.state.busyUntil = t + (r.body?.retryAfterSeconds ?? 120) * 1000;
        // "Not yet" (the API says how long) leaves the ride as it was: no need to read it again.
        if (r.body?.retryAfterSeconds === undefined) d.manifest = null;
      }
    }
    // A replayed day records the vehicle's trail while it drives; the live city also shows it parked.
    const moving = !!d.state.leg && t <= d.state.leg.arriveAt;
    // Waiting at a pick-up, the trail is a no-show's evidence: it is recorded in a replay too
    // (at least a ping a minute: NO_SHOW_PING_GAP_MS breaks a stay with longer gaps), for a rider
    // who will not come out; one who boards within the minute and a half needs no trail of it.
    const waiting =
      target?.kind === 'PICKUP' &&
      target.bookingStatus === 'ARRIVED' &&
      (this.o.mode === 'live' || this.noShow(target.bookingId));
    const every = waiting ? Math.min(this.o.pingEveryMs, 60_000) : this.o.pingEveryMs;
    if (t - d.lastPingAt >= every && (this.o.mode === 'live' || moving || waiting)) await this.ping(d, t);
  }

  private async ping(d: DriverSim, t: number): Promise<void> {
    const at = positionOf(d.state, t);
    const r = await this.call(d.principal, 'POST', '/driver/location', { lat: at.lat, lon: at.lon });
    if (r.status < 300) {
      d.lastPingAt = t;
      this.counts.pings++;
    }
  }
}

/** Runs the city until `stop()`: a tick every `everyMs` of real time; a summary line each simulated hour. */
export function runCity(
  city: City,
  clock: Clock,
  everyMs: number,
  log: (line: string) => void,
): { stop: () => Promise<void> } {
  let running = true;
  let lastHour = -1;
  const loop = (async () => {
    while (running) {
      const started = Date.now();
      await city.tick().catch((e: unknown) => log(`city: ${String(e)}`));
      const now = clock.now();
      const hour = Math.floor(localMinutesOf(now) / 60);
      if (hour !== lastHour) {
        lastHour = hour;
        const c = city.counts;
        log(
          `city ${localDateOf(now)} ${localTimeOf(now)}: ${c.requests} requests (${c.accepted} taken, ${c.refused} refused), ` +
            `${c.reports.COMPLETED ?? 0} rides completed, ${c.reports.NO_SHOW ?? 0} no-shows, ${c.lateCancels} late cancellations, ` +
            `${c.breakdowns} breakdowns, ${c.pings} positions`,
        );
      }
      await new Promise((r) => setTimeout(r, Math.max(100, everyMs - (Date.now() - started))));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
    },
  };
}
