import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BookingStatus, StatusReason } from '@invataxi/domain';
import { transitionBooking } from '../booking-transition';
import type { UnitOfWork } from '../unit-of-work';

export interface ScheduledRide {
  id: string;
  pickupKato: string;
}

/**
 * Whose planned work goes back: one or more shifts, every running or future shift of a vehicle,
 * or every running or future shift of a provider.
 */
export type PlannedWorkScope =
  | { kind: 'shifts'; shiftIds: readonly string[] }
  | { kind: 'vehicle'; vehicleId: string }
  | { kind: 'provider'; providerId: string }
  | { kind: 'driver'; driverId: string }
  /** Single bookings (e.g. a dispatcher unassigns one, a service area shrinks under it). */
  | { kind: 'bookings'; bookingIds: readonly string[] };

export interface SendBackOptions {
  /** Why, as the booking's status reason: e.g. PROVIDER_SUSPENDED, SHIFT_CANCELLED. */
  reason: StatusReason;
  /**
   * Which planned statuses go back. SCHEDULED by default (not started). A breakdown on the way
   * may add EN_ROUTE: the state machine allows EN_ROUTE -> ACCEPTED.
   */
  statuses?: readonly Extract<BookingStatus, 'SCHEDULED' | 'EN_ROUTE'>[];
}

export interface SentBack {
  bookingId: string;
  /** The shift it was planned on. */
  fromShiftId: string | null;
  /** Its version after the move back to ACCEPTED. */
  version: number;
}

function shiftFilter(scope: PlannedWorkScope): { sql: string; param: unknown } {
  switch (scope.kind) {
    case 'shifts':
      return { sql: 's.id = ANY($1::uuid[])', param: [...scope.shiftIds] };
    case 'vehicle':
      return { sql: `s.vehicle_id = $1 AND s.status IN ('PLANNED', 'ACTIVE')`, param: scope.vehicleId };
    case 'provider':
      return { sql: `s.provider_id = $1 AND s.status IN ('PLANNED', 'ACTIVE')`, param: scope.providerId };
    case 'driver':
      return { sql: `s.driver_id = $1 AND s.status IN ('PLANNED', 'ACTIVE')`, param: scope.driverId };
    case 'bookings':
      return {
        sql: `s.id IN (SELECT shift_id FROM booking WHERE id = ANY($1::uuid[])
                       UNION SELECT shift_id FROM route_stop WHERE booking_id = ANY($1::uuid[]))`,
        param: [...scope.bookingIds],
      };
  }
}

/** Work planned on shifts, and what goes back to dispatch when its shift cannot serve it. */
@Injectable()
export class PlannedWorkRepository {
  /**
   * Changes never drop work: every booking planned on the scope's shifts goes back to dispatch in
   * the caller's transaction. Its route_stop rows are removed, its shift and planned times
   * cleared, and it moves SCHEDULED -> ACCEPTED with the reason, so transitionBooking's fan-out
   * puts a DispatchBooking job in the outbox (and the dispatcher sees why in status_reason).
   *
   * The shift rows are locked first, as the dispatcher does while it rewrites a route, so a
   * concurrent insertion waits and then sees the shift without these stops. Call it after the
   * status change that makes the shifts unusable (cancelled shift, suspended provider, vehicle
   * out of service) so the re-dispatch cannot land on them again.
   */
  async sendBackToDispatch(
    uow: UnitOfWork,
    scope: PlannedWorkScope,
    options: SendBackOptions,
  ): Promise<SentBack[]> {
    const m = uow.manager;
    const statuses = options.statuses ?? ['SCHEDULED'];
    const f = shiftFilter(scope);
    const shiftRows = (await m.query(`SELECT s.id FROM shift s WHERE ${f.sql} ORDER BY s.id FOR UPDATE`, [
      f.param,
    ])) as { id: string }[];
    if (shiftRows.length === 0) return [];
    const shiftIds = shiftRows.map((r) => r.id);
    // Assigned by shift_id or standing on the route: both are looked at, so a half-written
    // assignment is not left behind either.
    const only = scope.kind === 'bookings' ? [...scope.bookingIds] : null;
    const bookings = (await m.query(
      `SELECT b.id, b.shift_id
         FROM booking b
        WHERE b.status = ANY($2::text[])
          AND ($3::uuid[] IS NULL OR b.id = ANY($3::uuid[]))
          AND (b.shift_id = ANY($1::uuid[])
               OR b.id IN (SELECT rs.booking_id FROM route_stop rs WHERE rs.shift_id = ANY($1::uuid[])))
        ORDER BY b.id
        FOR UPDATE`,
      [shiftIds, [...statuses], only],
    )) as { id: string; shift_id: string | null }[];
    const out: SentBack[] = [];
    for (const { id, shift_id } of bookings) {
      await m.query(`DELETE FROM route_stop WHERE booking_id = $1`, [id]);
      const updated = await transitionBooking(uow, {
        bookingId: id,
        to: 'ACCEPTED',
        expectedVersion: null,
        reason: options.reason,
        patch: {
          shiftId: null,
          plannedPickupAt: null,
          plannedDropoffAt: null,
          confirmedToDriver: false,
        },
      });
      out.push({ bookingId: id, fromShiftId: shift_id, version: updated.version });
    }
    return out;
  }

  /** The provider's rides planned and not yet started, with their pickup places. */
  scheduledRidesOfProvider(m: EntityManager, providerId: string): Promise<ScheduledRide[]> {
    return m.query(
      `SELECT b.id, b.pickup_kato AS "pickupKato" FROM booking b JOIN shift s ON s.id = b.shift_id
        WHERE s.provider_id = $1 AND b.status = 'SCHEDULED'`,
      [providerId],
    );
  }

  /** Cancels the provider's shifts that have not started; returns how many. */
  async cancelPlannedShiftsOfProvider(m: EntityManager, providerId: string, reason: string): Promise<number> {
    const [, count] = (await m.query(
      `UPDATE shift SET status = 'CANCELLED', status_reason = $2, version = version + 1
        WHERE provider_id = $1 AND status = 'PLANNED' RETURNING id`,
      [providerId, reason],
    )) as [unknown[], number];
    return count;
  }
}
