import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import {
  DomainError,
  NON_FINAL_STATUSES,
  CHANGEABLE_STATUSES,
  QUOTA_COUNTED_STATUSES,
  AWAITING_VEHICLE_STATUSES,
  addDaysToLocalDate,
  endOfLocalMonth,
  isLateCancellation,
  isStaffChangeReason,
  isValidKato,
  isValidLocalDate,
  katoLevel,
  katoPrefix,
  localDateOf,
  localDateTimeToUtc,
  startOfLocalMonth,
  validateRecurrenceRule,
  isReplayableRefusal,
  type BookingChannel,
  type BookingStatus,
  type Reason,
  type RideNeedFilter,
  type Weekday,
  CLOCK,
  type Clock,
  type StaffCancelReason,
  type StaffChangeReason,
} from '@invataxi/domain';
import { forbid, inRegion, type Principal } from '@invataxi/auth';
import {
  InjectDataSource,
  BookingEntity,
  BookingQueriesRepository,
  BookingSeriesEntity,
  BookingSeriesRepository,
  IdempotencyKeysRepository,
  PersonBookingsChanged,
  RefusedRequestsRepository,
  transact,
  transactAnswering,
  transactInOneStatement,
  transitionBooking,
  type Actor,
  type BeneficiaryEntity,
  type JsonObject,
  type RidePage,
  type RiderScope,
  type RideSearch,
  type KeyedRequest,
  type UnitOfWork,
  BeneficiariesRepository,
  CoverageRepository,
} from '@invataxi/persistence';
import { PolicyReader } from './policy-reader';
import { BeneficiaryAccess } from './beneficiary-access';
import {
  bookingView,
  channelFor,
  seriesView,
  withRiders,
  type BookedRideView,
  type BookingView,
  type CreateBookingCommand,
  type CreateBookingResult,
  type PlaceInput,
  type SeriesView,
} from './booking.command';
import { BookingWriter, type RefusedAsk, type TripSpec } from './booking-writer';
import {
  ELIGIBILITY_PENDING,
  EligibilityService,
  applyPortalEligibility,
  type EligibilityLookup,
  eligibilityRecheckMessage,
} from '@invataxi/portal';
import { SeriesMaterialiser, type SeriesTemplate } from './series-materialiser';

/** Optimistic attempts of a booking before it waits for the person's row lock (BookingService.create). */
const OPTIMISTIC_ATTEMPTS = 2;

/**
 * The error of a refused booking. A clash with another active ride of the same person alone is
 * a conflict with what is already booked (409 OVERLAPPING_BOOKING, naming that ride's date and
 * time: a guardian or the desk sending the same order twice is told which ride is there); any
 * rule the request breaks (hours, notice, quota...) is BOOKING_REJECTED (422) with every reason.
 */
function refusalError(details: readonly Reason[]): DomainError {
  const reasons = details.map((d) => ({ code: d.code, ...(d.params ? { params: d.params } : {}) }));
  const clash = details.find((d) => d.code === 'OVERLAPPING_BOOKING');
  if (clash && details.every((d) => d.code === 'OVERLAPPING_BOOKING'))
    return new DomainError('CONFLICT', { reason: 'OVERLAPPING_BOOKING', ...clash.params, reasons });
  return new DomainError('BOOKING_REJECTED', { reasons });
}

/** A refusal that rolls the booking transaction back; the attempt is audited afterwards. */
class BookingRefused extends Error {
  /** `asked`: the outbound single ride's check (what the what-if keeps of a replayable refusal). */
  constructor(
    readonly details: Reason[],
    readonly asked?: RefusedAsk,
  ) {
    super('booking refused');
  }
}

export interface CancelCommand {
  actor: Principal;
  requestId?: string;
  bookingId: string;
  /** The version the caller saw (409 when it changed since). */
  expectedVersion: number;
  /** THIS_AND_FOLLOWING on an occurrence of a series: ends the series before its date too. */
  scope?: 'THIS' | 'THIS_AND_FOLLOWING';
  /** Why staff cancel on the person's behalf (recorded as the ride's status reason); staff only. */
  reason?: StaffCancelReason;
  /** The request's Idempotency-Key (checked, and the answer recorded, in the cancel's transaction). */
  keyed?: KeyedRequest;
}

/** Change a ride's time or places on the person's behalf (the phone desk, issue 21). */
export interface ChangeCommand {
  actor: Principal;
  requestId?: string;
  bookingId: string;
  /** The version the caller saw (409 when it changed since). */
  expectedVersion: number;
  /** The new time for the ride's own anchor (pick-up or arrival); unchanged when absent. */
  time?: Date;
  pickup?: PlaceInput;
  dropoff?: PlaceInput;
  /** Staff only, and required from staff: why the ride is changed (kept in the audit entry). */
  reason?: StaffChangeReason;
  keyed?: KeyedRequest;
}

/** What a change answers: the ride as it was (now cancelled) and the ride that replaces it. */
export interface ChangeResult {
  replaced: BookingView;
  booking: BookingView;
}

export interface SearchQuery {
  day?: string;
  status?: BookingStatus[];
  region?: string;
  provider?: string;
  /** One person's rides (within the caller's scope). */
  beneficiaryId?: string;
  /** By pickup window; `desc`: latest first. */
  order?: 'asc' | 'desc';
  /** Part of the rider's name, digits of their phone, the booking's number. */
  q?: string;
  needs?: RideNeedFilter[];
  cursor?: string;
  limit?: number;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Allowance {
  beneficiaryId: string;
  month: string;
  /** Null: no monthly limit in this region. */
  limit: number | null;
  used: number;
  left: number | null;
  policyId: string | null;
}

interface Cursor {
  t: string;
  id: string;
}

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function decodeCursor(raw: string | undefined): Cursor | null {
  if (!raw) return null;
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor;
    if (typeof c.t === 'string' && typeof c.id === 'string' && !Number.isNaN(Date.parse(c.t))) return c;
  } catch {
    // fall through
  }
  throw DomainError.validation([{ field: 'cursor', code: 'MALFORMED' }]);
}

/** The page of views from rows fetched one longer than the page (RidePage). */
function pageFrom(
  rows: BookingEntity[],
  limit: number,
  by: 'requestedTime' | 'pickupEarliest',
): Page<BookingView> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items: items.map(bookingView),
    nextCursor: rows.length > limit && last ? encodeCursor({ t: last[by].toISOString(), id: last.id }) : null,
  };
}

function pageOf(q: { cursor?: string; limit?: number }): RidePage {
  return { after: decodeCursor(q.cursor), limit: q.limit ?? 50 };
}

function actorOf(p: Principal, requestId?: string): Actor {
  return { userId: p.userId, role: p.role, requestId: requestId ?? null };
}

/**
 * Bookings (issue 3): create (single, with return, recurring), cancel, read. Controllers and
 * the Portal adapter map their input to these commands; everything is checked here.
 */
@Injectable()
export class BookingService {
  constructor(
    private readonly beneficiaries: BeneficiariesRepository,
    @InjectDataSource() private readonly ds: DataSource,
    private readonly writer: BookingWriter,
    private readonly series: SeriesMaterialiser,
    private readonly policies: PolicyReader,
    private readonly access: BeneficiaryAccess,
    private readonly eligibility: EligibilityService,
    private readonly bookings: BookingQueriesRepository,
    private readonly seriesRows: BookingSeriesRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly keys: IdempotencyKeysRepository,
    private readonly refusedRequests: RefusedRequestsRepository,
    private readonly coverage: CoverageRepository,
  ) {}

  /**
   * Checks and books; all-or-nothing (a ride and its return, or a series' first days). A
   * refusal throws BOOKING_REJECTED with the reasons, writes nothing but the audit of the attempt.
   * `keyed`: the request's Idempotency-Key, taken with the answer (POST /bookings): the answer is
   * recorded under it by the booking's own write.
   */
  async create(cmd: CreateBookingCommand, keyed?: KeyedRequest): Promise<CreateBookingResult> {
    const now = this.clock.now();
    const channel = cmd.channel ?? channelFor(cmd.actor.role);
    if ((cmd.time === undefined) === (cmd.recurrence === undefined))
      throw DomainError.validation([{ field: 'time', code: 'TIME_OR_RECURRENCE' }]);
    if (cmd.recurrence) {
      const errors = validateRecurrenceRule({
        weekdays: cmd.recurrence.weekdays.map((d) => (d - 1) as Weekday),
        time: cmd.recurrence.localTime,
        startDate: cmd.recurrence.fromDate,
        endDate: cmd.recurrence.toDate,
      });
      if (errors.length)
        throw DomainError.validation(errors.map((e) => ({ ...e, field: `recurrence.${e.field}` })));
      if (cmd.returnTrip && !cmd.returnTrip.localTime)
        throw DomainError.validation([{ field: 'returnTrip.localTime', code: 'REQUIRED' }]);
    } else if (cmd.returnTrip && !cmd.returnTrip.time)
      throw DomainError.validation([{ field: 'returnTrip.time', code: 'REQUIRED' }]);

    const actor = actorOf(cmd.actor, cmd.requestId);
    const booked = await this.bookedRides(cmd);
    let policyId: string | null = null;
    // issue 8, 21: one rule for the rider's app and the phone desk (portalEffect). The app asks
    // the Portal; the desk uses its answer while remembered, never waiting for it (a slow Portal
    // must not hold up the phone line). The Portal's own orders carry its answer; a series does
    // not ask. null: no Portal configured or nothing remembered: the local record decides.
    const portal =
      cmd.recurrence || channel === 'PORTAL'
        ? null
        : await this.eligibility.forBeneficiary(cmd.beneficiaryId, { cachedOnly: channel !== 'APP' });
    try {
      for (let attempt = 1; ; attempt++) {
        // Optimistic first: the person is read without a lock and BookingsRepository.insertNew's guard catches
        // a booking for them made meanwhile (PersonBookingsChanged: read and check again). After
        // OPTIMISTIC_ATTEMPTS such misses the person's row is locked, so the request gets its turn.
        // Applying the Portal's answer to the profile also wants the row locked.
        const lock = attempt > OPTIMISTIC_ATTEMPTS || portal !== null;
        try {
          return await this.book(
            cmd,
            actor,
            channel,
            now,
            portal,
            lock,
            keyed,
            booked,
            (id) => (policyId = id),
          );
        } catch (e) {
          if (!(e instanceof PersonBookingsChanged) || lock) throw e;
        }
      }
    } catch (e) {
      if (!(e instanceof BookingRefused)) throw e;
      // A retry of a request that was booked is refused for its own booking: it is answered
      // with that booking, not refused.
      if (!(await this.keys.answeredByAnotherCopy(this.ds.manager, keyed)))
        await this.auditRefusal(actor, cmd, channel, policyId, e, now);
      throw refusalError(e.details);
    }
  }

  /**
   * The answer's view of a ride booked by `cmd`, with whether a provider covers its pickup place
   * (its pickup, or its return's: the drop-off). Read before the booking's write, outside it, so
   * the answer recorded with an Idempotency-Key carries it and a single ride stays one statement.
   */
  private async bookedRides(cmd: CreateBookingCommand): Promise<(b: BookingEntity) => BookedRideView> {
    const places = [...new Set([cmd.pickup.kato, ...(cmd.returnTrip ? [cmd.dropoff.kato] : [])])];
    const uncovered = new Set<string>();
    for (const kato of places)
      if (
        isValidKato(kato) &&
        (await this.coverage.providersCovering(this.ds.manager, { kato })).length === 0
      )
        uncovered.add(kato);
    return (b) => ({ ...bookingView(b), awaitingProvider: uncovered.has(b.pickupKato) });
  }

  /** One attempt of create(); BookingRefused and PersonBookingsChanged leave nothing written. */
  private book(
    cmd: CreateBookingCommand,
    actor: Actor,
    channel: BookingChannel,
    now: Date,
    portal: EligibilityLookup | null,
    lock: boolean,
    keyed: KeyedRequest | undefined,
    booked: (b: BookingEntity) => BookedRideView,
    notePolicy: (id: string | null) => void,
  ): Promise<CreateBookingResult> {
    // POST /bookings returns this result as it is: with an Idempotency-Key the response is
    // recorded with the booking (the refusal's audit in create() records none). A single ride
    // read without a lock writes one statement (BookingsRepository.insertNew), run alone: two
    // round trips in all. More than one write (a series, a return, a held ride's re-check) or
    // the person's row lock: one transaction.
    const single = cmd.time !== undefined && !cmd.recurrence && !cmd.returnTrip;
    const alone = single && !lock;
    const work = async (uow: UnitOfWork): Promise<CreateBookingResult> => {
      const read = single
        ? await this.writer.readPerson(uow.manager, cmd.beneficiaryId, cmd.time as Date, lock)
        : null;
      const person =
        read?.person ??
        (await this.beneficiaries.findById(uow.manager, cmd.beneficiaryId, lock ? 'no-key-update' : 'none'));
      if (!person) throw new DomainError('NOT_FOUND', { entity: 'beneficiary', id: cmd.beneficiaryId });
      await this.access.assertMayActFor(uow.manager, cmd.actor, person);
      const gate = portal ? await applyPortalEligibility(uow, person, portal) : 'CHECKED';
      // The Portal could not be asked: booked, but held in REQUESTED until it answers.
      const hold = gate === 'HOLD' ? ELIGIBILITY_PENDING : null;
      const mobility = cmd.mobility ?? person.mobility;
      const base: Omit<TripSpec, 'time'> = {
        pickup: cmd.pickup,
        dropoff: cmd.dropoff,
        timeAnchor: cmd.timeAnchor,
        purpose: cmd.purpose,
        companions: cmd.companions,
        mobility,
        notes: cmd.notes ?? null,
      };
      if (cmd.recurrence) return this.createSeries(uow, cmd, person, base, channel, now, booked, notePolicy);
      const time = cmd.time as Date;
      const policy = await this.policies.inForce(uow.manager, person.residenceKato, time);
      notePolicy(policy.id);
      const back = cmd.returnTrip?.time;
      const valid = (d: Date | undefined): d is Date => d !== undefined && Number.isFinite(d.getTime());
      const sameMonth =
        valid(back) && valid(time) && startOfLocalMonth(back).getTime() === startOfLocalMonth(time).getTime();
      const out = await this.writer.place(uow, {
        beneficiary: person,
        load: read?.load,
        policy,
        channel,
        bookedByUserId: cmd.actor.userId,
        portalOrderId: cmd.portalOrderId ?? null,
        hold,
        trip: { ...base, time },
        tripsRequested: sameMonth ? 2 : 1,
        now,
        // A single ride's response follows from its row: recorded in the ride's own INSERT.
        answer: keyed && {
          keyed,
          respond: (b: BookingEntity): CreateBookingResult => ({ bookings: [booked(b)], series: null }),
        },
      });
      if (!out.ok) throw new BookingRefused(out.details, out.asked);
      const bookings = [out.booking];
      if (cmd.returnTrip && back) {
        const backPolicy = await this.policies.inForce(uow.manager, person.residenceKato, back);
        const ret = await this.writer.place(uow, {
          beneficiary: person,
          policy: backPolicy,
          channel,
          bookedByUserId: cmd.actor.userId,
          trip: {
            ...base,
            pickup: cmd.dropoff,
            dropoff: cmd.pickup,
            timeAnchor: cmd.returnTrip.timeAnchor,
            time: back,
            notes: cmd.returnTrip.notes ?? null,
          },
          returnOfBookingId: out.booking.id,
          hold,
          now,
        });
        if (!ret.ok)
          throw new BookingRefused(
            ret.details.map((d) => ({ ...d, params: { ...d.params, leg: 'return' } })),
          );
        bookings.push(ret.booking);
      }
      if (hold) uow.enqueue(...bookings.map(eligibilityRecheckMessage));
      return { bookings: bookings.map(booked), series: null };
    };
    return alone
      ? transactInOneStatement(this.ds, actor, work, keyed)
      : transact(this.ds, actor, work, { keyed, answersRequest: true });
  }

  private async createSeries(
    uow: UnitOfWork,
    cmd: CreateBookingCommand,
    person: BeneficiaryEntity,
    base: Omit<TripSpec, 'time'>,
    channel: SeriesTemplate['channel'],
    now: Date,
    booked: (b: BookingEntity) => BookedRideView,
    notePolicy: (id: string | null) => void,
  ): Promise<CreateBookingResult> {
    const r = cmd.recurrence as NonNullable<CreateBookingCommand['recurrence']>;
    const template: SeriesTemplate = {
      pickup: base.pickup,
      dropoff: base.dropoff,
      timeAnchor: base.timeAnchor,
      purpose: base.purpose,
      companions: base.companions,
      mobility: base.mobility,
      notes: base.notes,
      channel,
      returnTrip: cmd.returnTrip
        ? {
            timeAnchor: cmd.returnTrip.timeAnchor,
            localTime: cmd.returnTrip.localTime as string,
            notes: cmd.returnTrip.notes ?? null,
          }
        : null,
      skipDates: [],
    };
    const repo = uow.manager.getRepository(BookingSeriesEntity);
    const s = await repo.save(
      repo.create({
        beneficiaryId: person.id,
        bookedByUserId: cmd.actor.userId,
        weekdays: [...r.weekdays].sort((a, b) => a - b),
        localTime: r.localTime,
        fromDate: r.fromDate,
        toDate: r.toDate,
        template: template as unknown as JsonObject,
        status: 'ACTIVE',
        materialisedUntil: null,
      }),
    );
    uow.audit({
      action: 'series.created',
      entityType: 'booking_series',
      entityId: s.id,
      after: {
        beneficiaryId: person.id,
        weekdays: s.weekdays,
        fromDate: s.fromDate,
        toDate: s.toDate,
        channel,
      },
    });
    const policy = await this.policies.inForce(uow.manager, person.residenceKato, now);
    notePolicy(policy.id);
    // The first days are booked now, so a refusal (not eligible, outside hours...) is told at once.
    const until = this.series.horizonEnd(now, policy);
    const bookings: BookingEntity[] = [];
    for (const occ of this.series.pending(s, addDaysToLocalDate(localDateOf(now), -1), until)) {
      const out = await this.series.occurrence(uow, s, person, policy, occ, now);
      if (out.kind === 'rejected')
        throw new BookingRefused(out.details.map((d) => ({ ...d, params: { ...d.params, date: occ.date } })));
      if (out.kind === 'created') bookings.push(...out.bookings);
    }
    await this.series.advance(uow, s, until < s.fromDate ? addDaysToLocalDate(s.fromDate, -1) : until);
    return { bookings: bookings.map(booked), series: seriesView(s) };
  }

  /**
   * The attempt's trace: reason codes and ids, no places or trip times (personal data).
   * `at`: when it was asked, on the rules' clock (a demo's history plays on a moved one): the
   * operations figures count the refusal on that local day (refused by reason).
   * A single ride refused only for service hours, notice or horizon (isReplayableRefusal) also
   * keeps its asked trip for the what-if replay, in the same transaction (refused_request, no
   * personal data: RefusedRequestEntity); the audit names it (refusedRequestId).
   */
  private async auditRefusal(
    actor: Actor,
    cmd: CreateBookingCommand,
    channel: string,
    policyId: string | null,
    refused: BookingRefused,
    now: Date,
  ): Promise<void> {
    const reasons = [...new Set(refused.details.map((d) => d.code))];
    // Only the outbound single ride's own refusal carries `asked` (not a series, not a return).
    const asked =
      refused.asked && cmd.time !== undefined && isReplayableRefusal(reasons)
        ? { ...refused.asked, time: cmd.time }
        : null;
    await transact(this.ds, actor, async (uow) => {
      const refusedRequestId =
        asked &&
        (await this.refusedRequests.keep(uow.manager, {
          beneficiaryId: cmd.beneficiaryId,
          policyId,
          askedAt: now,
          timeAnchor: cmd.timeAnchor,
          requestedTime: asked.time,
          purpose: cmd.purpose,
          pickup: cmd.pickup,
          dropoff: cmd.dropoff,
          direct: asked.direct,
          companions: cmd.companions,
          mobility: asked.mobility,
          reasons,
        }));
      uow.audit({
        action: 'booking.rejected_attempt',
        entityType: 'beneficiary',
        entityId: cmd.beneficiaryId,
        after: {
          channel,
          policyId,
          at: now.toISOString(),
          reasons,
          recurring: cmd.recurrence !== undefined,
          withReturn: cmd.returnTrip !== undefined,
          ...(refusedRequestId ? { refusedRequestId } : {}),
        },
      });
    });
  }

  async cancel(cmd: CancelCommand): Promise<BookingView[]> {
    const now = this.clock.now();
    const actor = actorOf(cmd.actor, cmd.requestId);
    return transactAnswering(
      this.ds,
      actor,
      async (uow) => {
        const b = await uow.manager.getRepository(BookingEntity).findOneBy({ id: cmd.bookingId });
        if (!b) throw new DomainError('NOT_FOUND', { entity: 'booking', id: cmd.bookingId });
        const person = await this.beneficiaries.findById(uow.manager, b.beneficiaryId);
        if (!person) throw new DomainError('NOT_FOUND', { entity: 'beneficiary', id: b.beneficiaryId });
        await this.access.assertMayActFor(uow.manager, cmd.actor, person);
        if (cmd.reason && cmd.actor.role !== 'DISPATCHER' && cmd.actor.role !== 'LEB_OFFICER')
          throw DomainError.validation([{ field: 'reason', code: 'STAFF_ONLY' }]);
        const first = await this.cancelOne(uow, b, cmd.expectedVersion, cmd.actor.userId, now, cmd.reason);
        const out = [first];
        if (cmd.scope === 'THIS_AND_FOLLOWING') {
          if (!b.seriesId || !b.seriesDate)
            throw DomainError.validation([{ field: 'scope', code: 'NOT_A_SERIES_OCCURRENCE' }]);
          out.push(...(await this.endSeries(uow, b.seriesId, b.seriesDate, cmd.actor.userId, now, b.id)));
        }
        return out.map(bookingView);
      },
      cmd.keyed,
    );
  }

  /**
   * Changes a ride's time or places (issue 21): the ride is cancelled (REPLACED_BY_CHANGE, not a
   * late cancellation: the person still rides) and a new one is booked in the same transaction
   * under the same checks as any booking (lead time, horizon, hours, quota, overlap), so either
   * both happen or neither; a refusal answers 422 with the same reasons as a new booking. The new
   * ride keeps the old one's purpose, companions, needs, notes and return link; it leaves a
   * series (the series' other days are not changed). Channel and booked-by are the caller's.
   */
  async change(cmd: ChangeCommand): Promise<ChangeResult> {
    const now = this.clock.now();
    const actor = actorOf(cmd.actor, cmd.requestId);
    try {
      return await transactAnswering(
        this.ds,
        actor,
        async (uow) => {
          const b = await uow.manager.getRepository(BookingEntity).findOneBy({ id: cmd.bookingId });
          if (!b) throw new DomainError('NOT_FOUND', { entity: 'booking', id: cmd.bookingId });
          // The person's row lock: no other booking for them is checked against the same month meanwhile.
          const person = await this.beneficiaries.findById(uow.manager, b.beneficiaryId, 'no-key-update');
          if (!person) throw new DomainError('NOT_FOUND', { entity: 'beneficiary', id: b.beneficiaryId });
          await this.access.assertMayActFor(uow.manager, cmd.actor, person);
          const staff = cmd.actor.role === 'DISPATCHER' || cmd.actor.role === 'LEB_OFFICER';
          if (cmd.reason && !staff) throw DomainError.validation([{ field: 'reason', code: 'STAFF_ONLY' }]);
          if (!cmd.reason && staff) throw DomainError.validation([{ field: 'reason', code: 'REQUIRED' }]);
          if (b.version !== cmd.expectedVersion)
            throw new DomainError('STALE_VERSION', {
              entity: 'booking',
              expected: cmd.expectedVersion,
              actual: b.version,
            });
          if (!CHANGEABLE_STATUSES.includes(b.status))
            throw new DomainError('CONFLICT', { reason: 'RIDE_NOT_CHANGEABLE', status: b.status });
          const was = {
            pickup: { address: b.pickupAddress, lat: b.pickupLat, lon: b.pickupLon, kato: b.pickupKato },
            dropoff: { address: b.dropoffAddress, lat: b.dropoffLat, lon: b.dropoffLon, kato: b.dropoffKato },
          };
          const samePlace = (x: PlaceInput | undefined, y: PlaceInput): boolean =>
            !x || (x.address === y.address && x.lat === y.lat && x.lon === y.lon && x.kato === y.kato);
          const changed = [
            ...(cmd.time && cmd.time.getTime() !== b.requestedTime.getTime() ? ['time'] : []),
            ...(samePlace(cmd.pickup, was.pickup) ? [] : ['pickup']),
            ...(samePlace(cmd.dropoff, was.dropoff) ? [] : ['dropoff']),
          ];
          if (!changed.length) throw new DomainError('CONFLICT', { reason: 'NOTHING_CHANGED' });
          const old = await transitionBooking(uow, {
            bookingId: b.id,
            to: 'CANCELLED',
            expectedVersion: cmd.expectedVersion,
            reason: 'REPLACED_BY_CHANGE',
            patch: { cancelledAt: now, cancelledByUserId: cmd.actor.userId, lateCancellation: false },
          });
          const time = cmd.time ?? b.requestedTime;
          const policy = await this.policies.inForce(uow.manager, person.residenceKato, time);
          const out = await this.writer.place(uow, {
            beneficiary: person,
            policy,
            channel: channelFor(cmd.actor.role),
            bookedByUserId: cmd.actor.userId,
            trip: {
              pickup: cmd.pickup ?? was.pickup,
              dropoff: cmd.dropoff ?? was.dropoff,
              timeAnchor: b.timeAnchor,
              time,
              purpose: b.purpose,
              companions: b.companions,
              mobility: b.mobility,
              notes: b.notes,
            },
            returnOfBookingId: b.returnOfBookingId,
            now,
          });
          if (!out.ok) throw new BookingRefused(out.details);
          uow.audit({
            action: 'booking.changed',
            entityType: 'booking',
            entityId: out.booking.id,
            // Which fields, never their values (places and times are personal data).
            after: {
              replaces: b.id,
              fields: changed,
              channel: out.booking.channel,
              ...(cmd.reason ? { reason: cmd.reason } : {}),
            },
          });
          return { replaced: bookingView(old), booking: bookingView(out.booking) };
        },
        cmd.keyed,
      );
    } catch (e) {
      if (!(e instanceof BookingRefused)) throw e;
      throw refusalError(e.details);
    }
  }

  /** Cancels a series from a date on (that date included). */
  async cancelSeries(
    p: Principal,
    seriesId: string,
    fromDate: string,
    requestId?: string,
    keyed?: KeyedRequest,
  ): Promise<{ series: SeriesView; cancelled: BookingView[] }> {
    if (!isValidLocalDate(fromDate))
      throw DomainError.validation([{ field: 'fromDate', code: 'NOT_A_DATE' }]);
    return transactAnswering(
      this.ds,
      actorOf(p, requestId),
      async (uow) => {
        const s = await uow.manager.getRepository(BookingSeriesEntity).findOneBy({ id: seriesId });
        if (!s) throw new DomainError('NOT_FOUND', { entity: 'booking_series', id: seriesId });
        const person = await this.beneficiaries.findById(uow.manager, s.beneficiaryId);
        if (!person) throw new DomainError('NOT_FOUND', { entity: 'beneficiary', id: s.beneficiaryId });
        await this.access.assertMayActFor(uow.manager, p, person);
        const cancelled = await this.endSeries(uow, seriesId, fromDate, p.userId, this.clock.now(), null);
        const after = await uow.manager.getRepository(BookingSeriesEntity).findOneByOrFail({ id: seriesId });
        return { series: seriesView(after), cancelled: cancelled.map(bookingView) };
      },
      keyed,
    );
  }

  private async cancelOne(
    uow: UnitOfWork,
    b: BookingEntity,
    expectedVersion: number | null,
    userId: string | null,
    now: Date,
    reason?: StaffCancelReason,
  ): Promise<BookingEntity> {
    const policy = await this.policies.byId(uow.manager, b.policyId, b.regionKato);
    return transitionBooking(uow, {
      bookingId: b.id,
      to: 'CANCELLED',
      expectedVersion,
      ...(reason ? { reason } : {}),
      patch: {
        cancelledAt: now,
        cancelledByUserId: userId,
        lateCancellation: isLateCancellation(b.pickupEarliest, now, policy.rules),
      },
    });
  }

  /** Ends the series the day before `fromDate` and cancels its live bookings from that date. */
  private async endSeries(
    uow: UnitOfWork,
    seriesId: string,
    fromDate: string,
    userId: string | null,
    now: Date,
    skipId: string | null,
  ): Promise<BookingEntity[]> {
    const s = await uow.manager
      .getRepository(BookingSeriesEntity)
      .findOne({ where: { id: seriesId }, lock: { mode: 'pessimistic_write' } });
    if (!s) throw new DomainError('NOT_FOUND', { entity: 'booking_series', id: seriesId });
    if (s.status === 'ACTIVE' || s.status === 'ENDED') {
      const lastKept = addDaysToLocalDate(fromDate, -1);
      const patch: { status?: BookingSeriesEntity['status']; toDate?: string } =
        lastKept < s.fromDate
          ? { status: 'CANCELLED' }
          : {
              toDate: lastKept < s.toDate ? lastKept : s.toDate,
              ...(s.materialisedUntil && s.materialisedUntil >= lastKept ? { status: 'ENDED' as const } : {}),
            };
      await uow.manager.update(BookingSeriesEntity, { id: s.id }, patch as never);
      uow.audit({
        action: 'series.cancelled_from',
        entityType: 'booking_series',
        entityId: s.id,
        after: { fromDate, status: patch.status ?? s.status },
      });
    }
    const live = await this.seriesRows.ridesFrom(
      uow.manager,
      seriesId,
      fromDate,
      NON_FINAL_STATUSES.filter((x) => x !== 'ON_BOARD'),
    );
    const out: BookingEntity[] = [];
    for (const b of live) if (b.id !== skipId) out.push(await this.cancelOne(uow, b, null, userId, now));
    return out;
  }

  /** One booking, within the caller's scope. */
  async get(p: Principal, id: string): Promise<BookingView> {
    const b = await this.ds.getRepository(BookingEntity).findOneBy({ id });
    if (!b) throw new DomainError('NOT_FOUND', { entity: 'booking', id });
    await this.assertMayRead(p, b);
    return bookingView(b);
  }

  private async assertMayRead(p: Principal, b: BookingEntity): Promise<void> {
    switch (p.role) {
      case 'BENEFICIARY':
        if (p.beneficiaryId === b.beneficiaryId) return;
        break;
      case 'GUARDIAN':
        if (await this.access.isGuardianOf(this.ds.manager, p.userId, b.beneficiaryId)) return;
        break;
      case 'PORTAL':
        if (b.channel === 'PORTAL') return;
        break;
      case 'LEB_OFFICER':
      case 'DISPATCHER':
      case 'PROVIDER_ADMIN':
        if (p.regionKato && !p.providerId && inRegion(p, b.pickupKato)) return;
        if (p.providerId && b.shiftId) {
          if (await this.bookings.isShiftOfProvider(b.shiftId, p.providerId)) return;
        }
        if (
          p.role === 'DISPATCHER' &&
          p.providerId &&
          (await this.access.providerCovers(this.ds.manager, p.providerId, b.pickupKato))
        )
          return;
        break;
      default:
        break;
    }
    forbid('booking');
  }

  /** The rider's own rides, or a guardian's wards' rides: newest trip first, keyset by (time, id). */
  async mine(p: Principal, q: { cursor?: string; limit?: number }): Promise<Page<BookingView>> {
    let scope: RiderScope;
    if (p.role === 'BENEFICIARY') {
      if (!p.beneficiaryId) forbid('own');
      scope = { beneficiaryId: p.beneficiaryId };
    } else if (p.role === 'GUARDIAN') scope = { guardianUserId: p.userId };
    else forbid('role');
    const page = pageOf(q);
    return pageFrom(await this.bookings.ridesOfRider(scope, page), page.limit, 'requestedTime');
  }

  /**
   * Operators' search (dispatcher, LEB officer, provider admin) by local day, status, region
   * and provider, within scope; keyset pagination by (pickup window start, id).
   */
  async search(p: Principal, q: SearchQuery): Promise<Page<BookingView>> {
    const filter: RideSearch = {};
    // A provider's staff see the provider's work even when their token also names a region:
    // only the region's centre (no provider) sees the whole region (issue 18, strict scope).
    const providerScoped = (p.role === 'DISPATCHER' || p.role === 'PROVIDER_ADMIN') && !!p.providerId;
    const regionScoped =
      !providerScoped && (p.role === 'LEB_OFFICER' || p.role === 'DISPATCHER') && !!p.regionKato;
    if (regionScoped) {
      const area = q.region ?? (p.regionKato as string);
      if (!isValidKato(area)) throw DomainError.validation([{ field: 'region', code: 'NOT_A_KATO_CODE' }]);
      if (!inRegion(p, area)) forbid('region');
      if (katoLevel(area) === 'REGION') filter.regionKato = area;
      else filter.pickupKatoPrefix = katoPrefix(area);
      if (q.provider) await this.byProvider(filter, q.provider);
    } else if (providerScoped && p.providerId) {
      if (q.provider && q.provider !== p.providerId) forbid('provider');
      await this.byProvider(filter, p.providerId);
      if (q.region) {
        if (!isValidKato(q.region))
          throw DomainError.validation([{ field: 'region', code: 'NOT_A_KATO_CODE' }]);
        filter.pickupKatoPrefix = katoPrefix(q.region);
      }
    } else forbid('scope');
    if (q.day) {
      if (!isValidLocalDate(q.day)) throw DomainError.validation([{ field: 'day', code: 'NOT_A_DATE' }]);
      filter.pickupWindowOpens = {
        from: localDateTimeToUtc(q.day, '00:00'),
        to: localDateTimeToUtc(q.day, '24:00'),
      };
    }
    if (q.status?.length) filter.statuses = q.status;
    if (q.beneficiaryId) filter.beneficiaryId = q.beneficiaryId;
    if (q.order === 'desc') filter.newestFirst = true;
    if (q.q) filter.text = q.q;
    if (q.needs?.length) filter.needs = q.needs;
    const page = pageOf(q);
    const out = pageFrom(await this.bookings.searchRides(filter, page), page.limit, 'pickupEarliest');
    if (p.role === 'DISPATCHER') {
      // The dispatcher calls and places them (walk F3, issue 23): name and phone, in scope only.
      withRiders(out.items, await this.bookings.ridersOf(out.items.map((b) => b.id)));
    }
    if (q.beneficiaryId) {
      // The desk's history says why staff changed a ride (issue 21).
      const replaced = out.items.filter((b) => b.statusReason === 'REPLACED_BY_CHANGE').map((b) => b.id);
      const why = await this.bookings.changeReasonsOf(q.beneficiaryId, replaced);
      for (const b of out.items) {
        const r = why.get(b.id);
        if (isStaffChangeReason(r)) b.changeReason = r;
      }
    }
    return out;
  }

  /**
   * A provider's rides: those on its shifts, and those waiting for a vehicle (on no shift) in its
   * service area, which its dispatcher can take (issue 18: a waitlisted ride has no provider).
   */
  private async byProvider(filter: RideSearch, providerId: string): Promise<void> {
    filter.providerId = providerId;
    filter.providerArea = {
      prefixes: await this.access.providerAreaPrefixes(this.ds.manager, providerId),
      awaitingStatuses: AWAITING_VEHICLE_STATUSES,
    };
  }

  /** "Trips left this month" for the rider (or a guardian, or staff in scope). */
  async allowance(p: Principal, beneficiaryId: string, month?: string): Promise<Allowance> {
    const person = await this.beneficiaries.findById(this.ds.manager, beneficiaryId);
    if (!person) throw new DomainError('NOT_FOUND', { entity: 'beneficiary', id: beneficiaryId });
    await this.access.assertMayActFor(this.ds.manager, p, person);
    if (month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
      throw DomainError.validation([{ field: 'month', code: 'NOT_A_MONTH' }]);
    // The policy that governs the month: in force now for this month, at its start for a later
    // month, at its end for a past one.
    const now = this.clock.now();
    const start = month ? localDateTimeToUtc(`${month}-01`, '00:00') : startOfLocalMonth(now);
    const end = endOfLocalMonth(start);
    const at = new Date(Math.min(Math.max(now.getTime(), start.getTime()), end.getTime() - 1));
    const policy = await this.policies.inForce(this.ds.manager, person.residenceKato, at);
    const used = await this.bookings.countRequestedBetween(
      beneficiaryId,
      QUOTA_COUNTED_STATUSES,
      startOfLocalMonth(at),
      endOfLocalMonth(at),
    );
    const limit = policy.rules.tripsPerMonth;
    return {
      beneficiaryId,
      month: localDateOf(at).slice(0, 7),
      limit,
      used,
      left: limit === null ? null : Math.max(0, limit - used),
      policyId: policy.id,
    };
  }
}
