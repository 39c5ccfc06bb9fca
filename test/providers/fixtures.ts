// Rows the provider tests write straight into their own database: a beneficiary and bookings
// already planned on a shift (SCHEDULED, with route_stop rows), as dispatch would leave them.
import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { LightMyRequestResponse } from 'fastify';

export async function insertBeneficiary(ds: DataSource, kato: string): Promise<string> {
  const [{ id }] = (await ds.query(
    `INSERT INTO beneficiary (iin_ciphertext, iin_key_id, iin_hash, iin_masked, full_name, birth_date, sex,
       residence_kato, residence_address, residence_lat, residence_lon, disability_category, mobility, version)
     VALUES ($1, 'k1', $2, '90********11', 'Test Person', '1990-01-01', 'F', $3, 'Test street 1', 51.2, 51.37,
       'ADULT_GROUP_1', '{"wheelchair":"MANUAL"}', 1)
     RETURNING id`,
    [randomBytes(16), randomBytes(32).toString('hex'), kato],
  )) as { id: string }[];
  return id;
}

/** A booking in `status` on `shiftId` (null: unassigned), with its two stops when planned. */
export async function insertBooking(
  ds: DataSource,
  o: {
    beneficiaryId: string;
    regionKato: string;
    pickupKato: string;
    status: string;
    shiftId: string | null;
    pickupAt: Date;
    withStops?: boolean;
    completedAt?: Date;
  },
): Promise<string> {
  const id = randomUUID();
  const pe = o.pickupAt;
  const pl = new Date(pe.getTime() + 15 * 60_000);
  const planned = o.shiftId ? new Date(pe.getTime() + 5 * 60_000) : null;
  const plannedDrop = o.shiftId ? new Date(pe.getTime() + 25 * 60_000) : null;
  await ds.query(
    `INSERT INTO booking (id, beneficiary_id, channel, region_kato, pickup_address, pickup_lat, pickup_lon, pickup_kato,
       dropoff_address, dropoff_lat, dropoff_lon, dropoff_kato, time_anchor, requested_time, purpose, companions,
       mobility, load_seats, load_wheelchair_places, step_free, needs_lift, boarding_seconds, status,
       pickup_earliest, pickup_latest, dropoff_earliest, dropoff_latest, max_ride_seconds, direct_seconds,
       direct_metres, shift_id, planned_pickup_at, planned_dropoff_at, actual_dropoff_at, version)
     VALUES ($1, $2, 'APP', $3, 'Pickup', 51.2, 51.37, $4, 'Dropoff', 51.21, 51.4, $4, 'PICKUP', $5, 'MEDICAL', 0,
       '{"wheelchair":"MANUAL"}', 0, 1, false, false, 300, $6, $5, $7, $7, $8, 2700, 900, 4000, $9, $10, $11, $12, 3)`,
    [
      id,
      o.beneficiaryId,
      o.regionKato,
      o.pickupKato,
      pe,
      o.status,
      pl,
      new Date(pl.getTime() + 60 * 60_000),
      o.shiftId,
      planned,
      plannedDrop,
      o.completedAt ?? null,
    ],
  );
  if (o.shiftId && o.withStops !== false) {
    await ds.query(
      `INSERT INTO route_stop (shift_id, booking_id, kind, sequence, planned_at)
       VALUES ($1, $2, 'PICKUP', 1, $3), ($1, $2, 'DROPOFF', 2, $4)`,
      [o.shiftId, id, planned, plannedDrop],
    );
  }
  return id;
}

export interface BookingRow {
  status: string;
  version: number;
  shift_id: string | null;
  status_reason: string | null;
  planned_pickup_at: Date | null;
  planned_dropoff_at: Date | null;
}

export async function bookingRow(ds: DataSource, id: string): Promise<BookingRow> {
  const [row] = (await ds.query(
    `SELECT status, version, shift_id, status_reason, planned_pickup_at, planned_dropoff_at FROM booking WHERE id = $1`,
    [id],
  )) as BookingRow[];
  return row as BookingRow;
}

/** The fields a 400 names. */
export function fieldsOf(r: LightMyRequestResponse): string[] {
  return (r.json() as { errors?: { field: string }[] }).errors?.map((e) => e.field) ?? [];
}
