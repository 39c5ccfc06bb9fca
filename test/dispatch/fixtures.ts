// Rows for dispatch tests, written straight into the test database: providers, fleet, shifts,
// beneficiaries and ACCEPTED bookings (through transitionBooking, so the outbox carries the
// dispatch job exactly as in production).
import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  addDaysToLocalDate,
  localDateOf,
  localDateTimeToUtc,
  mobilityNeedsOf,
  NO_MOBILITY_NEEDS,
  vehicleRequirement,
  type MobilityInput,
  type MobilityNeeds,
  type TripPurpose,
} from '@invataxi/domain';
import { greatCircleMetres } from '@invataxi/routing';
import { SYSTEM_ACTOR, transact, transitionBooking } from '@invataxi/persistence';
import { testNow } from '../support/clock';

export const ALMATY = '750000000';
/** A settlement-level code inside Almaty city, for pickups. */
export const ALMATY_PLACE = '751110000';
export const CENTRE = { lat: 43.2389, lon: 76.8897 };

/** A local time `days` days from today (tests use separate days so their routes never meet). */
export function dayAt(days: number, hhmm: string): Date {
  return localDateTimeToUtc(addDaysToLocalDate(localDateOf(testNow()), days), hhmm);
}

export function tomorrowAt(hhmm: string): Date {
  return dayAt(1, hhmm);
}

export function tomorrow(): string {
  return addDaysToLocalDate(localDateOf(testNow()), 1);
}

function digits(n: number): string {
  let s = '';
  while (s.length < n) s += String(randomBytes(1)[0] % 10);
  return s;
}

export class Fixtures {
  constructor(readonly ds: DataSource) {}

  async provider(area: string[] = [ALMATY], regionKato = ALMATY): Promise<string> {
    const [{ id }] = await this.ds.query(
      `INSERT INTO provider (bin, legal_name, origin, region_kato, status, version) VALUES ($1, 'Test Invataxi LLP', 'LOCAL_REGISTRY', $2, 'ACTIVE', 1) RETURNING id`,
      [digits(12), regionKato],
    );
    for (const k of area)
      await this.ds.query(`INSERT INTO provider_service_area (provider_id, kato_code) VALUES ($1, $2)`, [
        id,
        k,
      ]);
    return id;
  }

  async vehicle(
    providerId: string,
    v: {
      seats?: number;
      wheelchairPlaces?: number;
      ramp?: boolean;
      lift?: boolean;
      restraints?: boolean;
    } = {},
  ): Promise<string> {
    const [{ id }] = await this.ds.query(
      `INSERT INTO vehicle (provider_id, plate, model, seats, wheelchair_places, has_ramp, has_lift, has_restraints, version)
       VALUES ($1, $2, 'Test van', $3, $4, $5, $6, $7, 1) RETURNING id`,
      [
        providerId,
        `T${digits(6)}`,
        v.seats ?? 3,
        v.wheelchairPlaces ?? 0,
        v.ramp ?? false,
        v.lift ?? false,
        v.restraints ?? false,
      ],
    );
    return id;
  }

  async driver(providerId: string): Promise<string> {
    const [{ id }] = await this.ds.query(
      `INSERT INTO driver (provider_id, full_name, licence_number, phone) VALUES ($1, 'Test Driver', $2, '+77000000000') RETURNING id`,
      [providerId, `L${digits(9)}`],
    );
    return id;
  }

  /** A shift of a new vehicle and driver, starting and ending at the depot. */
  async shift(
    providerId: string,
    o: {
      startsAt?: Date;
      endsAt?: Date;
      depot?: { lat: number; lon: number };
      vehicle?: Parameters<Fixtures['vehicle']>[1];
    } = {},
  ): Promise<{ shiftId: string; vehicleId: string; driverId: string }> {
    const vehicleId = await this.vehicle(providerId, o.vehicle);
    const driverId = await this.driver(providerId);
    const depot = o.depot ?? CENTRE;
    const [{ id }] = await this.ds.query(
      `INSERT INTO shift (provider_id, vehicle_id, driver_id, starts_at, ends_at, start_lat, start_lon, end_lat, end_lon, start_kato, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $6, $7, $8, 1) RETURNING id`,
      [
        providerId,
        vehicleId,
        driverId,
        o.startsAt ?? tomorrowAt('07:00'),
        o.endsAt ?? tomorrowAt('19:00'),
        depot.lat,
        depot.lon,
        ALMATY_PLACE,
      ],
    );
    return { shiftId: id, vehicleId, driverId };
  }

  async beneficiary(mobility: MobilityNeeds = NO_MOBILITY_NEEDS): Promise<string> {
    const [{ id }] = await this.ds.query(
      `INSERT INTO beneficiary (iin_ciphertext, iin_key_id, iin_hash, iin_masked, full_name, birth_date, sex,
         residence_kato, residence_address, residence_lat, residence_lon, disability_category, mobility, version)
       VALUES ($1, 'k1', $2, '90********11', 'Test Person', '1990-01-01', 'F', $3, 'Test street 1', $4, $5, 'ADULT_GROUP_1', $6, 1)
       RETURNING id`,
      [
        randomBytes(16),
        randomBytes(32).toString('hex'),
        ALMATY,
        CENTRE.lat,
        CENTRE.lon,
        JSON.stringify(mobility),
      ],
    );
    return id;
  }

  /**
   * An ACCEPTED booking "pick me up at" `pickupAt`, with the policy defaults' windows (15 min
   * after, ride time 1.5 x direct + 15 min) and travel at 25 km/h x 1.3 detour.
   */
  async accepted(o: {
    pickup: { lat: number; lon: number };
    dropoff: { lat: number; lon: number };
    pickupAt: Date;
    wheelchair?: boolean;
    /**
     * The stored profile (default: from `wheelchair`); may be in an older shape such as the
     * Portal's `needsRamp`, as rows written before issue 18 are.
     */
    mobility?: MobilityInput;
    companions?: number;
    purpose?: TripPurpose;
    pickupKato?: string;
    regionKato?: string;
    beneficiaryId?: string;
  }): Promise<{ id: string; version: number }> {
    const mobility: MobilityInput =
      o.mobility ?? (o.wheelchair ? { ...NO_MOBILITY_NEEDS, wheelchair: 'MANUAL' } : NO_MOBILITY_NEEDS);
    const requirement = vehicleRequirement(mobility);
    const inChair = mobilityNeedsOf(mobility).wheelchair !== 'NONE';
    const beneficiaryId = o.beneficiaryId ?? (await this.beneficiary(mobilityNeedsOf(mobility)));
    const metres = greatCircleMetres(o.pickup, o.dropoff) * 1.3;
    const direct = Math.round(metres / (25 / 3.6));
    const maxRide = Math.round(1.5 * direct + 15 * 60);
    const pe = o.pickupAt;
    const pl = new Date(pe.getTime() + 15 * 60000);
    const id = randomUUID();
    await this.ds.query(
      `INSERT INTO booking (id, beneficiary_id, channel, region_kato, pickup_address, pickup_lat, pickup_lon, pickup_kato,
         dropoff_address, dropoff_lat, dropoff_lon, dropoff_kato, time_anchor, requested_time, purpose, companions,
         mobility, load_seats, load_wheelchair_places, step_free, needs_lift, boarding_seconds, status,
         pickup_earliest, pickup_latest, dropoff_earliest, dropoff_latest, max_ride_seconds, direct_seconds, direct_metres, version)
       VALUES ($1, $2, 'APP', $3, 'Pickup address', $4, $5, $6, 'Dropoff address', $7, $8, $6, 'PICKUP', $9, $10, $11,
         $12, $13, $14, $22, $23, $15, 'REQUESTED', $9, $16, $17, $18, $19, $20, $21, 1)`,
      [
        id,
        beneficiaryId,
        o.regionKato ?? ALMATY,
        o.pickup.lat,
        o.pickup.lon,
        o.pickupKato ?? ALMATY_PLACE,
        o.dropoff.lat,
        o.dropoff.lon,
        pe,
        o.purpose ?? 'MEDICAL',
        o.companions ?? 0,
        JSON.stringify(mobility),
        (inChair ? 0 : 1) + (o.companions ?? 0),
        inChair ? 1 : 0,
        inChair ? 300 : 120,
        pl,
        new Date(pe.getTime() + direct * 1000),
        new Date(pl.getTime() + maxRide * 1000),
        maxRide,
        direct,
        Math.round(metres),
        requirement.stepFree,
        requirement.allOf.includes('LIFT'),
      ],
    );
    const b = await transact(this.ds, SYSTEM_ACTOR, (uow) =>
      transitionBooking(uow, { bookingId: id, to: 'ACCEPTED', expectedVersion: 1 }),
    );
    return { id, version: b.version };
  }

  async booking(id: string): Promise<{
    status: string;
    version: number;
    shift_id: string | null;
    status_reason: string | null;
    planned_pickup_at: Date | null;
    planned_dropoff_at: Date | null;
  }> {
    const [row] = await this.ds.query(
      `SELECT status, version, shift_id, status_reason, planned_pickup_at, planned_dropoff_at FROM booking WHERE id = $1`,
      [id],
    );
    return row;
  }

  async stops(
    shiftId: string,
  ): Promise<{ booking_id: string; kind: string; sequence: number; planned_at: Date }[]> {
    return this.ds.query(
      `SELECT booking_id, kind, sequence, planned_at FROM route_stop WHERE shift_id = $1 ORDER BY sequence`,
      [shiftId],
    );
  }
}
