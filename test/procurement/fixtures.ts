// Test data for the procurement fallback, written straight into the test database (the
// bookings and fleet APIs have their own tests; here the story starts from rows that exist).
// Only identifiers and figures matter to procurement: names and IINs are obviously fake.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  ALL_DAY_SERVICE_HOURS,
  NATIONAL_DEFAULT_POLICY,
  type ServicePolicyRules,
  type TripPurpose,
} from '@invataxi/domain';
import { SYSTEM_ACTOR, transact } from '@invataxi/persistence';
import { JobName, jobId, message } from '@invataxi/queue';
import { testNow } from '../support/clock';

export async function insertBeneficiary(
  ds: DataSource,
  residenceRegion: string,
  wheelchair = false,
): Promise<string> {
  const id = randomUUID();
  const serial = randomBytes(4).toString('hex');
  await ds.query(
    `INSERT INTO beneficiary (id, iin_ciphertext, iin_key_id, iin_hash, iin_masked, full_name, birth_date, sex,
                              residence_kato, residence_address, residence_lat, residence_lon,
                              disability_category, mobility, version)
     VALUES ($1, $2, 'k1', $3, $4, 'Test Person', '1980-01-01', 'F', $5, 'test address', 49.05, 83.35,
             'ADULT_GROUP_1', $6::jsonb, 1)`,
    [
      id,
      randomBytes(16),
      createHash('sha256').update(id).digest('hex'),
      `80010******${serial.slice(0, 1)}`.slice(0, 12),
      residenceRegion,
      JSON.stringify({
        wheelchair: wheelchair ? 'MANUAL' : 'NONE',
        stepFree: wheelchair,
        needsLift: false,
        visual: false,
        hearing: false,
        intellectual: false,
        guideDog: false,
      }),
    ],
  );
  return id;
}

export interface BookingSpec {
  beneficiaryId: string;
  regionKato: string;
  pickupKato: string;
  purpose: TripPurpose;
  /** Pickup time. */
  at: Date;
  /** When the booking was made (the first-come order). */
  createdAt: Date;
  directMetres: number;
  wheelchair?: boolean;
  seriesId?: string | null;
  status: 'ACCEPTED' | 'AWAITING_PROCUREMENT';
}

/** A booking near Samar (East Kazakhstan); pickup window 15 min, drop-off within 90 min. */
export async function insertBooking(ds: DataSource, b: BookingSpec): Promise<string> {
  const id = randomUUID();
  const minutes = (n: number): Date => new Date(b.at.getTime() + n * 60_000);
  const wheelchair = b.wheelchair ?? false;
  await ds.query(
    `INSERT INTO booking (id, beneficiary_id, channel, region_kato, pickup_address, pickup_lat, pickup_lon, pickup_kato,
                          dropoff_address, dropoff_lat, dropoff_lon, dropoff_kato, time_anchor, requested_time, purpose,
                          mobility, load_seats, load_wheelchair_places, step_free, series_id, series_date, status,
                          pickup_earliest, pickup_latest, dropoff_earliest, dropoff_latest,
                          max_ride_seconds, direct_seconds, direct_metres, created_at, updated_at, version)
     VALUES ($1, $2, 'APP', $3, 'pickup', 49.050, 83.350, $4, 'drop-off', 49.080, 83.390, $4, 'PICKUP', $5, $6,
             $7::jsonb, $8, $9, $10, $11, $12, $13, $5, $14, $5, $15, 3600, 600, $16, $17, $17, 1)`,
    [
      id,
      b.beneficiaryId,
      b.regionKato,
      b.pickupKato,
      b.at,
      b.purpose,
      JSON.stringify({
        wheelchair: wheelchair ? 'MANUAL' : 'NONE',
        stepFree: false,
        needsLift: false,
        visual: false,
        hearing: false,
        intellectual: false,
        guideDog: false,
      }),
      wheelchair ? 0 : 1,
      wheelchair ? 1 : 0,
      false,
      b.seriesId ?? null,
      b.seriesId ? b.at.toISOString().slice(0, 10) : null,
      b.status,
      minutes(15),
      minutes(90),
      b.directMetres,
      b.createdAt,
    ],
  );
  return id;
}

export async function insertSeries(
  ds: DataSource,
  beneficiaryId: string,
  isoWeekdays: number[],
  fromDate: string,
  toDate: string,
): Promise<string> {
  const rows: { id: string }[] = await ds.query(
    `INSERT INTO booking_series (beneficiary_id, weekdays, local_time, from_date, to_date, template, version)
     VALUES ($1, $2::smallint[], '10:00', $3, $4, '{}'::jsonb, 1) RETURNING id`,
    [beneficiaryId, isoWeekdays, fromDate, toDate],
  );
  return (rows[0] as { id: string }).id;
}

/** Hands ACCEPTED bookings to the dispatch worker, as the bookings API does, through the outbox. */
export async function dispatchAccepted(ds: DataSource, ids: string[]): Promise<void> {
  await transact(ds, SYSTEM_ACTOR, async (uow) => {
    for (const id of ids)
      uow.enqueue(message(JobName.DispatchBooking, { bookingId: id, version: 1 }, `${id}.v1`));
  });
}

/** As dispatch does when nothing covers a booking: recompute the region's demand. */
export async function aggregateRegion(ds: DataSource, regionKato: string, key: string): Promise<void> {
  await transact(ds, SYSTEM_ACTOR, async (uow) => {
    uow.enqueue(message(JobName.AggregateDemand, { regionKato }, jobId(regionKato, 'test', key)));
  });
}

/** The supplier admin adds a vehicle, a driver and a shift (from now for 12 hours). */
export async function insertShift(ds: DataSource, providerId: string, startKato: string): Promise<string> {
  const tag = randomBytes(3).toString('hex').toUpperCase();
  const [v] = (await ds.query(
    `INSERT INTO vehicle (provider_id, plate, model, seats, wheelchair_places, has_ramp, has_restraints, version)
     VALUES ($1, $2, 'Ford Transit', 4, 1, true, true, 1) RETURNING id`,
    [providerId, `${tag.slice(0, 3)}${tag.slice(3)}16`],
  )) as { id: string }[];
  const [d] = (await ds.query(
    `INSERT INTO driver (provider_id, full_name, licence_number, phone) VALUES ($1, 'Test Driver', $2, '+77000000000') RETURNING id`,
    [providerId, `KZ${tag}`],
  )) as { id: string }[];
  const [s] = (await ds.query(
    `INSERT INTO shift (provider_id, vehicle_id, driver_id, starts_at, ends_at, start_lat, start_lon, end_lat, end_lon, start_kato, version)
     VALUES ($1, $2, $3, $5::timestamptz - interval '10 minutes', $5::timestamptz + interval '12 hours', 49.05, 83.35, 49.05, 83.35, $4, 1)
     RETURNING id`,
    [providerId, (v as { id: string }).id, (d as { id: string }).id, startKato, testNow()],
  )) as { id: string }[];
  return (s as { id: string }).id;
}

/**
 * A round-the-clock policy for the region (like Almaty since December 2025), so that the story
 * does not depend on the hour or the weekday the test runs at; the national priority tiers stay.
 */
export async function insertAllDayPolicy(
  ds: DataSource,
  regionKato: string,
  over: Partial<ServicePolicyRules> = {},
): Promise<void> {
  const rules = {
    ...NATIONAL_DEFAULT_POLICY,
    serviceHours: ALL_DAY_SERVICE_HOURS,
    serviceAreaKato: [regionKato],
    ...over,
  };
  await ds.query(
    `INSERT INTO service_policy (region_kato, version, effective_from, rules) VALUES ($1, 1, $3::timestamptz - interval '1 day', $2::jsonb)`,
    [regionKato, JSON.stringify(rules), testNow()],
  );
}
