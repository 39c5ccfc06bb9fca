import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { CONFIG, type AppConfig } from '@invataxi/config';
import {
  addDaysToLocalDate,
  localDateOf,
  localDateTimeToUtc,
  occurrencesBetween,
  type LocalDate,
  type Occurrence,
  type Reason,
  type Weekday,
  CLOCK,
  type Clock,
} from '@invataxi/domain';
import {
  InjectDataSource,
  BookingSeriesEntity,
  BookingSeriesRepository,
  transact,
  SYSTEM_ACTOR,
  type BeneficiaryEntity,
  type BookingEntity,
  type UnitOfWork,
  BeneficiariesRepository,
} from '@invataxi/persistence';
import { PolicyReader, type PolicyInForce } from './policy-reader';
import type { PlaceInput } from './booking.command';
import { BookingWriter, type TripSpec } from './booking-writer';

/** What a series keeps in booking_series.template: the ride of every occurrence. */
export interface SeriesTemplate {
  pickup: PlaceInput;
  dropoff: PlaceInput;
  timeAnchor: TripSpec['timeAnchor'];
  purpose: TripSpec['purpose'];
  companions: number;
  mobility: TripSpec['mobility'];
  notes: string | null;
  channel: BookingEntity['channel'];
  returnTrip: { timeAnchor: TripSpec['timeAnchor']; localTime: string; notes: string | null } | null;
  /** Single occurrences cancelled before they were materialised. */
  skipDates: LocalDate[];
}

export type OccurrenceOutcome =
  | { kind: 'created'; bookings: BookingEntity[] }
  | { kind: 'exists' }
  /** Too close to now to book under the lead time: not a failure of the series. */
  | { kind: 'too-soon' }
  | { kind: 'rejected'; details: Reason[] };

/** Rolls back an occurrence's transaction while keeping what the caller needs to record. */
class OccurrenceRejected extends Error {
  constructor(readonly details: Reason[]) {
    super('occurrence rejected');
  }
}

export function templateOf(s: BookingSeriesEntity): SeriesTemplate {
  return s.template as unknown as SeriesTemplate;
}

/**
 * Recurring series become bookings a rolling number of days ahead (SERIES_HORIZON_DAYS, never
 * beyond the policy's horizon). Every occurrence passes the same checks as a single booking;
 * the dispatcher's repeatable MaterialiseSeries job calls runAll, booking creation calls
 * occurrence() for the first days. Idempotent: materialised_until only moves forward and an
 * occurrence with a booking is never booked again.
 */
@Injectable()
export class SeriesMaterialiser {
  constructor(
    private readonly beneficiaries: BeneficiariesRepository,
    @InjectDataSource() private readonly ds: DataSource,
    private readonly writer: BookingWriter,
    private readonly policies: PolicyReader,
    private readonly seriesRows: BookingSeriesRepository,
    @Inject(CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The last local date materialised now. */
  horizonEnd(now: Date, policy: PolicyInForce): LocalDate {
    return addDaysToLocalDate(
      localDateOf(now),
      Math.min(this.config.SERIES_HORIZON_DAYS, policy.rules.maxHorizonDays),
    );
  }

  /** Occurrences after `after` (exclusive) up to `until` (inclusive). */
  pending(s: BookingSeriesEntity, after: LocalDate | null, until: LocalDate): Occurrence[] {
    const from = after ? addDaysToLocalDate(after, 1) : s.fromDate;
    return occurrencesBetween(
      {
        weekdays: s.weekdays.map((d) => (d - 1) as Weekday),
        time: s.localTime,
        startDate: s.fromDate,
        endDate: s.toDate,
        skipDates: templateOf(s).skipDates,
      },
      from,
      addDaysToLocalDate(until, 1),
    );
  }

  /** Books one occurrence (and its return) in the caller's transaction. */
  async occurrence(
    uow: UnitOfWork,
    s: BookingSeriesEntity,
    person: BeneficiaryEntity,
    policy: PolicyInForce,
    occ: Occurrence,
    now: Date,
  ): Promise<OccurrenceOutcome> {
    if (await this.seriesRows.occurrenceBooked(uow.manager, s.id, occ.date)) return { kind: 'exists' };
    const t = templateOf(s);
    const base = {
      beneficiary: person,
      policy,
      channel: t.channel,
      bookedByUserId: s.bookedByUserId,
      seriesId: s.id,
      seriesDate: occ.date,
      now,
    };
    const trip: TripSpec = {
      pickup: t.pickup,
      dropoff: t.dropoff,
      timeAnchor: t.timeAnchor,
      time: occ.at,
      purpose: t.purpose,
      companions: t.companions,
      mobility: t.mobility,
      notes: t.notes,
    };
    const out = await this.writer.place(uow, { ...base, trip, tripsRequested: t.returnTrip ? 2 : 1 });
    if (!out.ok) {
      if (out.details.every((d) => d.code === 'LEAD_TIME_TOO_SHORT')) return { kind: 'too-soon' };
      return { kind: 'rejected', details: out.details };
    }
    if (!t.returnTrip) return { kind: 'created', bookings: [out.booking] };
    const back = await this.writer.place(uow, {
      ...base,
      trip: {
        ...trip,
        pickup: t.dropoff,
        dropoff: t.pickup,
        timeAnchor: t.returnTrip.timeAnchor,
        time: localDateTimeToUtc(occ.date, t.returnTrip.localTime),
        notes: t.returnTrip.notes,
      },
      returnOfBookingId: out.booking.id,
    });
    if (!back.ok) return { kind: 'rejected', details: back.details };
    return { kind: 'created', bookings: [out.booking, back.booking] };
  }

  /**
   * The repeatable job: every active series up to its horizon, one transaction per occurrence
   * (a refused occurrence is audited and passed over; the others still happen).
   */
  async runAll(now = this.clock.now()): Promise<{ series: number; created: number; rejected: number }> {
    const ids = await this.seriesRows.activeSeriesBehind(
      addDaysToLocalDate(localDateOf(now), this.config.SERIES_HORIZON_DAYS),
    );
    let created = 0;
    let rejected = 0;
    for (const id of ids) {
      const r = await this.runSeries(id, now);
      created += r.created;
      rejected += r.rejected;
    }
    return { series: ids.length, created, rejected };
  }

  async runSeries(seriesId: string, now: Date): Promise<{ created: number; rejected: number }> {
    let created = 0;
    let rejected = 0;
    for (;;) {
      let refusal: { date: LocalDate; details: Reason[] } | null = null;
      let more = false;
      try {
        more = await transact(this.ds, SYSTEM_ACTOR, async (uow) => {
          const s = await this.seriesRows.lockUnlessBusy(uow.manager, seriesId);
          if (!s || s.status !== 'ACTIVE') return false;
          const person = await this.beneficiaries.findById(uow.manager, s.beneficiaryId, 'no-key-update');
          if (!person) return false;
          const policy = await this.policies.inForce(uow.manager, person.residenceKato, now);
          const until = this.horizonEnd(now, policy);
          const after =
            s.materialisedUntil && s.materialisedUntil > addDaysToLocalDate(localDateOf(now), -1)
              ? s.materialisedUntil
              : addDaysToLocalDate(localDateOf(now), -1);
          const next = this.pending(s, after, until)[0];
          if (!next) {
            await this.advance(uow, s, until);
            return false;
          }
          const out = await this.occurrence(uow, s, person, policy, next, now);
          if (out.kind === 'rejected') {
            refusal = { date: next.date, details: out.details };
            throw new OccurrenceRejected(out.details);
          }
          if (out.kind === 'created') created += out.bookings.length;
          if (out.kind === 'too-soon')
            uow.audit({
              action: 'series.occurrence_skipped',
              entityType: 'booking_series',
              entityId: s.id,
              after: { date: next.date, reason: 'LEAD_TIME_TOO_SHORT' },
            });
          await this.advance(uow, s, next.date);
          return true;
        });
      } catch (e) {
        if (!(e instanceof OccurrenceRejected) || refusal === null) throw e;
        const r: { date: LocalDate; details: Reason[] } = refusal;
        rejected += 1;
        // The refused occurrence's work was rolled back; record the refusal and move past it.
        await transact(this.ds, SYSTEM_ACTOR, async (uow) => {
          const s = await uow.manager.getRepository(BookingSeriesEntity).findOne({
            where: { id: seriesId },
            lock: { mode: 'pessimistic_write' },
          });
          if (!s) return;
          uow.audit({
            action: 'series.occurrence_rejected',
            entityType: 'booking_series',
            entityId: s.id,
            after: { date: r.date, reasons: r.details.map((d) => d.code) },
          });
          await this.advance(uow, s, r.date);
        });
        more = true;
      }
      if (!more) return { created, rejected };
    }
  }

  /** Moves materialised_until forward (never back) and ends a series past its last date. */
  async advance(uow: UnitOfWork, s: BookingSeriesEntity, through: LocalDate): Promise<void> {
    const until = s.materialisedUntil && s.materialisedUntil > through ? s.materialisedUntil : through;
    const ended = until >= s.toDate;
    await uow.manager.update(
      BookingSeriesEntity,
      { id: s.id },
      { materialisedUntil: until, ...(ended ? { status: 'ENDED' as const } : {}) },
    );
    s.materialisedUntil = until;
    if (ended && s.status !== 'ENDED') {
      s.status = 'ENDED';
      uow.audit({
        action: 'series.ended',
        entityType: 'booking_series',
        entityId: s.id,
        after: { materialisedUntil: until },
      });
    }
  }
}
