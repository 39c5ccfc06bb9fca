// The what-if replay (issue 25, item 1): a demand base replayed through the live service's own
// steps on a copy held in memory, never on the live rows. Each request, at the moment it was
// made, is judged by the booking rules (checkBookingRequest, the API's check) under the policy
// variant, then placed by the real-time insertion (placeInMemory: the worker's ranking and
// exact insertion); each day is re-planned the evening before by the evening job's search
// (partitionDay, searchParts) under the live acceptance rules. The result is read with the
// operations figures (rollUpDay, summarise): the same definitions as the akimat's reports.
import {
  addDaysToLocalDate,
  bookedSpan,
  checkBookingRequest,
  expectedOnTimeShare,
  katoCovers,
  localDateOf,
  localDateTimeToUtc,
  localMonthOf,
  plannedOnBoardAt,
  rideLoad,
  rollUpDay,
  summarise,
  type DisabilityRecord,
  type FigureSummary,
  type LocalDate,
  type LocalTime,
  type MobilityNeeds,
  type NeedEvidence,
  type ProviderTariff,
  type ReasonCode,
  type RefusalFact,
  type ServicePolicyRules,
  type ShiftFact,
  type TimeAnchor,
  type TripFact,
  type TripPurpose,
} from '@invataxi/domain';
import type { TravelTimeProvider } from '@invataxi/routing';
import { toStopPlans, type LoadedRoute, type ShiftRow, type TripRow } from '@invataxi/dispatch';
import { placeInMemory, setPendingStops } from '../dispatch/in-memory-placement';
import { partitionDay } from '../planning/partition';
import { MAX_REQUESTS_PER_PART, searchParts } from '../planning/day-planner';
import { combineFigures } from '../planning/plan-figures';

/** One request of the demand base: a recorded booking as it was asked for. */
export interface WhatIfRequest {
  id: string;
  /** The rider (quota and overlapping rides count per person, as live). */
  beneficiaryId: string;
  /** When the request was made: the order of the replay and the "now" of its booking checks. */
  requestedAt: Date;
  anchor: TimeAnchor;
  time: Date;
  purpose: TripPurpose;
  pickup: { lat: number; lon: number; kato: string };
  dropoff: { lat: number; lon: number; kato: string };
  /** The district of the pickup (the reports' one KATO convention). */
  districtKato: string;
  directSeconds: number;
  directMetres: number;
  companions: number;
  mobility: MobilityNeeds;
  /**
   * The rider as the eligibility checks read them; null: a request the rules refused at the time
   * for hours, notice or horizon only (refused_request: no person is kept), which passed the
   * person's checks then and is judged again by the variant's time rules only.
   */
  person: {
    birthDate: LocalDate;
    disability: DisabilityRecord | null;
    needs: readonly NeedEvidence[];
    companionsEntitled: number | boolean;
  } | null;
  /**
   * A request refused at the time (refused_request): refused again, it is counted as the reports
   * count a refusal (RefusalFact, every reason), so a variant with the rules as they were
   * ("as now") gives the reports' figures; accepted, it is placed like any other.
   */
  refusedThen?: true;
}

/** One shift of the fleet variant: a vehicle's capacity and features for a period. */
export interface WhatIfShift extends Pick<
  ShiftRow,
  | 'id'
  | 'providerId'
  | 'startsAt'
  | 'endsAt'
  | 'startLat'
  | 'startLon'
  | 'endLat'
  | 'endLon'
  | 'startKato'
  | 'seats'
  | 'wheelchairPlaces'
  | 'alternativeLayouts'
  | 'hasRamp'
  | 'hasLift'
  | 'hasRestraints'
> {
  /** The vehicle (a fleet variant takes vehicles away by it); a shift of its own when absent. */
  vehicleId?: string;
  /** The provider's service area (KATO codes): the pickups this shift may take. */
  serviceArea: readonly string[];
  /** The district the shift starts in (the reports' convention). */
  districtKato: string;
}

export interface WhatIfInput {
  requests: readonly WhatIfRequest[];
  /**
   * The requests the booking rules refused at the time whose asked trip was not kept (the
   * attempts' audit: when asked, the rider's home district, the reasons): requested and refused
   * by those reasons, as the reports count them; not replayed. Those refused for hours, notice or
   * horizon only are in `requests` (refusedThen) and replayed.
   */
  refused?: readonly RefusalFact[];
  shifts: readonly WhatIfShift[];
  /**
   * The pickup delays observed in the base period, seconds, ascending (observedPickupDelays: its
   * completed rides' actual minus planned pickup): the expected on-time share applies them to
   * the simulated schedule. Absent or empty: no expected on-time share.
   */
  observedDelays?: readonly number[];
  /** The policy variant: the rules every request is judged by and every ride planned under. */
  policy: ServicePolicyRules;
  /** The tariffs rides are priced at (cost figures). */
  tariffs: readonly ProviderTariff[];
  travel: TravelTimeProvider;
  /** The evening re-plan: local time the day before, and its search budget per day; null: none. */
  replan: { at: LocalTime; timeLimitMs: number } | null;
  /** Share done, 0..100, as requests are replayed. */
  onProgress?: (percent: number) => void | Promise<void>;
}

/** What became of one request. */
export type WhatIfOutcome =
  | { id: string; status: 'REJECTED'; reason: ReasonCode; params?: { [key: string]: string | number } }
  | { id: string; status: 'SCHEDULED'; shiftId: string; plannedPickupAt: Date; plannedDropoffAt: Date }
  /** Left on the waitlist until its window passed: no vehicle, even after the re-plans. */
  | { id: string; status: 'EXPIRED'; reason: 'WAITLIST_WINDOW_PASSED' };

export interface WhatIfResult {
  outcomes: WhatIfOutcome[];
  /** The operations figures of the replayed period (README "Operations figures"). */
  figures: FigureSummary;
  /** Served share of the requests (those refused at the time too): scheduled / requested; null when none. */
  servedShare: number | null;
  /** Requests first waitlisted by the real-time insertion and then placed by a re-plan. */
  servedByReplan: number;
  /**
   * The expected on-time share (expectedOnTimeShare): each planned pickup on time with the share
   * of the observed delays within its slack (its window's end minus its planned time); null
   * with no pickup planned or no delay observed. The figures' on-time share is against the
   * simulated plan itself (pickups planned inside the window: 100% by construction).
   */
  expectedOnTimeShare: number | null;
  /** Re-plans run, and those whose result was applied. */
  replans: { run: number; applied: number };
  /** The parameters of each refusal reason's message ({ minutes } of LEAD_TIME_TOO_SHORT...). */
  reasonParams: { [reason: string]: { [key: string]: string | number } };
}

interface Placed {
  trip: TripRow;
  request: WhatIfRequest;
  maxRideSeconds: number;
}

/** The shift as the route model holds it: a planned shift of an active vehicle and driver. */
function shiftRow(s: WhatIfShift): ShiftRow {
  return {
    ...s,
    vehicleId: s.vehicleId ?? s.id,
    driverId: s.id,
    status: 'PLANNED',
    statusReason: null,
    vehicleStatus: 'ACTIVE',
    vehicleStatusReason: null,
    driverStatus: 'ACTIVE',
  };
}

/**
 * Replays the requests in the order they were made. Nothing is read or written but the input:
 * the routes, the waitlist and the riders' bookings live in this call.
 */
export async function replayWhatIf(input: WhatIfInput): Promise<WhatIfResult> {
  const { policy, travel } = input;
  const routes: LoadedRoute[] = input.shifts.map((s) => ({ shift: shiftRow(s), served: [], pending: [] }));
  // Shifts by the local day they start: a ride is offered those of its day and the day before
  // (a night shift), as the candidate query's time overlap would find them, without scanning a month.
  const routesByDay = new Map<LocalDate, LoadedRoute[]>();
  for (const r of routes) {
    const day = localDateOf(r.shift.startsAt);
    routesByDay.set(day, [...(routesByDay.get(day) ?? []), r]);
  }
  const candidatesOf = (t: TripRow): LoadedRoute[] => {
    const day = localDateOf(t.pickupEarliest);
    return [...(routesByDay.get(addDaysToLocalDate(day, -1)) ?? []), ...(routesByDay.get(day) ?? [])];
  };
  const areaOf = new Map(input.shifts.map((s) => [s.id, s.serviceArea]));
  const covers = (shiftId: string, kato: string): boolean =>
    (areaOf.get(shiftId) ?? []).some((a) => katoCovers(a, kato));
  const trips = new Map<string, TripRow>();
  const waiting = new Map<string, Placed>();
  const placed = new Map<string, Placed>();
  const outcomes = new Map<string, WhatIfOutcome>();
  /** Each rider's accepted rides: the quota month and the nominal intervals they hold. */
  const booked = new Map<string, { month: string; start: Date; end: Date; at: Date }[]>();
  let servedByReplan = 0;
  const replans = { run: 0, applied: 0 };
  /** The requests refused at the time and refused again: counted as the reports count refusals. */
  const refusedAgain: RefusalFact[] = [];

  const requests = [...input.requests].sort(
    (a, b) => a.requestedAt.getTime() - b.requestedAt.getTime() || (a.id < b.id ? -1 : 1),
  );
  // The evening re-plan of each day with rides, the day before at `replan.at`, in time order.
  const days = [...new Set(requests.map((r) => localDateOf(r.time)))].sort();
  const evenings = input.replan
    ? days.map((day) => ({ day, at: localDateTimeToUtc(addDaysToLocalDate(day, -1), input.replan!.at) }))
    : [];

  const replanDay = async (day: LocalDate): Promise<void> => {
    const from = localDateTimeToUtc(day, '00:00').getTime();
    const to = from + 86_400_000;
    const dayRoutes = routes.filter(
      (r) => r.shift.startsAt.getTime() < to && r.shift.endsAt.getTime() > from,
    );
    const waitlisted = [...waiting.values()]
      .map((w) => w.trip)
      .filter((t) => t.pickupEarliest.getTime() >= from && t.pickupEarliest.getTime() < to);
    const onRoutes = dayRoutes.some((r) => r.pending.length > 0);
    if (!onRoutes && waitlisted.length === 0) return;
    replans.run++;
    const parts = partitionDay(dayRoutes, trips, waitlisted, MAX_REQUESTS_PER_PART);
    const solved = await searchParts(parts, trips, travel, {
      timeLimitMs: input.replan!.timeLimitMs,
      seed: 1,
      coverage: covers,
      rideFactor: policy.maxRideTime.factor,
      // Nothing in a replay is confirmed to a driver or placed by hand.
      lockConfirmed: false,
    });
    // The evening job's rules (DayPlanner.plan): a ride already on a route must stay on one, and
    // a plan is worth applying when it serves someone from the waitlist or drives less.
    if (solved.some((x) => x.solution.unassigned.some((id) => trips.has(id)))) return;
    const before = combineFigures(solved.map((x) => x.before));
    const after = combineFigures(solved.map((x) => x.after));
    const newlyServed = new Set(
      solved.flatMap((x) => x.solution.routes.flatMap((r) => r.stops.map((s) => s.requestId))),
    );
    const serves = waitlisted.filter((t) => newlyServed.has(t.id));
    if (serves.length === 0 && after.km >= before.km) return;
    replans.applied++;
    for (const t of serves) {
      const w = waiting.get(t.id) as Placed;
      waiting.delete(t.id);
      trips.set(t.id, t);
      t.status = 'SCHEDULED';
      placed.set(t.id, w);
      servedByReplan++;
    }
    for (const x of solved) {
      const byVehicle = new Map(x.solution.routes.map((r) => [r.vehicleId, r]));
      for (const route of x.part.routes) {
        const r = byVehicle.get(route.shift.id);
        setPendingStops(route, r ? toStopPlans(r.stops, x.built.toDate) : [], trips);
      }
    }
  };

  let next = 0;
  for (const [i, r] of requests.entries()) {
    while (next < evenings.length && evenings[next]!.at.getTime() <= r.requestedAt.getTime())
      await replanDay(evenings[next++]!.day);
    const month = localMonthOf(r.time);
    const mine = booked.get(r.beneficiaryId) ?? [];
    const check = checkBookingRequest({
      now: r.requestedAt,
      policy,
      beneficiary: r.person && { ...r.person, suspendedUntil: null },
      trip: {
        anchor: r.anchor,
        time: r.time,
        purpose: r.purpose,
        pickup: { kato: r.pickup.kato, point: { lat: r.pickup.lat, lon: r.pickup.lon } },
        dropoff: { kato: r.dropoff.kato, point: { lat: r.dropoff.lat, lon: r.dropoff.lon } },
        companions: r.companions,
        mobility: r.mobility,
        directTravelSeconds: r.directSeconds,
      },
      tripsInMonth: mine.filter((b) => b.month === month).length,
      otherBookings: mine,
    });
    if (!check.ok) {
      const first = check.details[0]!;
      outcomes.set(r.id, { id: r.id, status: 'REJECTED', reason: first.code, params: first.params });
      if (r.refusedThen)
        refusedAgain.push({
          at: r.requestedAt,
          districtKato: r.districtKato,
          reasons: [first.code],
        });
    } else {
      mine.push({ month, ...bookedSpan(check.windows), at: r.time });
      booked.set(r.beneficiaryId, mine);
      const load = rideLoad(r.mobility, r.companions);
      const trip: TripRow = {
        id: r.id,
        status: 'ACCEPTED',
        version: 1,
        regionKato: r.pickup.kato,
        shiftId: null,
        purpose: r.purpose,
        createdAt: r.requestedAt,
        pickupLat: r.pickup.lat,
        pickupLon: r.pickup.lon,
        pickupKato: r.pickup.kato,
        dropoffLat: r.dropoff.lat,
        dropoffLon: r.dropoff.lon,
        ...check.windows,
        maxRideSeconds: check.maxRideSeconds,
        directSeconds: r.directSeconds,
        loadSeats: load.seats,
        loadWheelchairPlaces: load.wheelchairPlaces,
        stepFree: r.mobility.stepFree,
        needsLift: r.mobility.needsLift,
        mobility: r.mobility,
        boardingSeconds: check.boardingSeconds,
        confirmedToDriver: false,
        actualPickupAt: null,
        plannedPickupAt: null,
        plannedDropoffAt: null,
      };
      const entry: Placed = { trip, request: r, maxRideSeconds: check.maxRideSeconds };
      if (await placeInMemory(candidatesOf(trip), trips, trip, travel, covers)) {
        trip.status = 'SCHEDULED';
        placed.set(r.id, entry);
      } else {
        trip.status = 'WAITLISTED';
        waiting.set(r.id, entry);
      }
    }
    await input.onProgress?.(Math.floor(((i + 1) * 100) / Math.max(1, requests.length)));
  }
  while (next < evenings.length) await replanDay(evenings[next++]!.day);

  for (const [id, p] of placed)
    outcomes.set(id, {
      id,
      status: 'SCHEDULED',
      shiftId: p.trip.shiftId as string,
      plannedPickupAt: p.trip.plannedPickupAt as Date,
      plannedDropoffAt: p.trip.plannedDropoffAt as Date,
    });
  for (const id of waiting.keys())
    outcomes.set(id, { id, status: 'EXPIRED', reason: 'WAITLIST_WINDOW_PASSED' });

  const providerOf = new Map(input.shifts.map((s) => [s.id, s.providerId]));
  const facts = requests
    .filter((r) => !(r.refusedThen && outcomes.get(r.id)?.status === 'REJECTED'))
    .map((r) =>
      tripFact(
        r,
        outcomes.get(r.id) as WhatIfOutcome,
        placed.get(r.id) ?? waiting.get(r.id),
        policy,
        providerOf,
      ),
    );
  const shiftFacts: ShiftFact[] = input.shifts.map((s) => ({
    id: s.id,
    providerId: s.providerId,
    districtKato: s.districtKato,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    start: { lat: s.startLat, lon: s.startLon },
    end: { lat: s.endLat, lon: s.endLon },
  }));
  // Each refusal under its first reason only (walk t25 M2): the reports count a request refused
  // for two reasons under each (the audit's rule), so the reasons summed past "Refused by the
  // rules" (85 against 77); a scenario's reasons break its refusals down. The first reason is the
  // one the rider was told first (checkBookingRequest's order), as the replayed ones carry.
  const refused = [...(input.refused ?? []), ...refusedAgain].map((x) => ({
    ...x,
    reasons: x.reasons.slice(0, 1),
  }));
  const allDays = [
    ...new Set([
      ...facts.map((f) => localDateOf(f.pickupEarliest)),
      ...shiftFacts.map((s) => localDateOf(s.startsAt)),
      ...refused.map((x) => localDateOf(x.at)),
    ]),
  ];
  // A scenario's period ends by yesterday: every shift is over and counts its whole service time.
  const over = new Date(8.64e15);
  const cells = allDays.flatMap((day) => rollUpDay(day, facts, shiftFacts, input.tariffs, refused, over));
  const scheduled = [...outcomes.values()].filter((o) => o.status === 'SCHEDULED').length;
  const asked = facts.length + refused.length;
  return {
    outcomes: requests.map((r) => outcomes.get(r.id) as WhatIfOutcome),
    figures: summarise(cells),
    servedShare: asked ? scheduled / asked : null,
    servedByReplan,
    expectedOnTimeShare: expectedOnTimeShare(
      input.observedDelays ?? [],
      [...placed.values()].map(
        (p) => (p.trip.pickupLatest.getTime() - (p.trip.plannedPickupAt as Date).getTime()) / 1000,
      ),
    ),
    replans,
    reasonParams: Object.fromEntries(
      [...outcomes.values()].flatMap((o) =>
        o.status === 'REJECTED' && o.params ? [[o.reason, o.params]] : [],
      ),
    ),
  };
}

/**
 * The request as the figures read a recorded ride: a scheduled one as driven to plan (arrived
 * at its planned pickup, on board when its boarding time is over, dropped off at its planned
 * drop-off: on time against the simulated schedule, its ride time the limit's), a refused one with its reason, a waitlisted one expired.
 */
function tripFact(
  r: WhatIfRequest,
  o: WhatIfOutcome,
  p: Placed | undefined,
  policy: ServicePolicyRules,
  providerOf: ReadonlyMap<string, string>,
): TripFact {
  const served = o.status === 'SCHEDULED';
  const shiftId = served ? o.shiftId : null;
  return {
    id: r.id,
    beneficiaryId: r.beneficiaryId,
    districtKato: r.districtKato,
    providerId: served ? (providerOf.get(o.shiftId) ?? null) : null,
    shiftId,
    status: served ? 'COMPLETED' : o.status,
    statusReason: served ? null : o.reason,
    pickupEarliest: p?.trip.pickupEarliest ?? r.time,
    pickupLatest: p?.trip.pickupLatest ?? r.time,
    arrivedAt: served ? o.plannedPickupAt : null,
    // On board once boarded, where the ride-time limit counts from (the reports' measure).
    actualPickupAt: served && p ? plannedOnBoardAt(o.plannedPickupAt, p.trip.boardingSeconds) : null,
    actualDropoffAt: served ? o.plannedDropoffAt : null,
    noShowAt: null,
    cancelledAt: null,
    lateCancellation: false,
    directSeconds: r.directSeconds,
    directMetres: r.directMetres,
    actualMetres: null,
    maxRideSeconds: p?.maxRideSeconds ?? 0,
    companions: r.companions,
    wheelchair: r.mobility.wheelchair !== 'NONE',
    pickup: { lat: r.pickup.lat, lon: r.pickup.lon },
    dropoff: { lat: r.dropoff.lat, lon: r.dropoff.lon },
    noShowWaitMinutes: policy.noShowWaitMinutes,
  };
}
