import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { DriverEntity } from '../entities/driver.entity';
import { ShiftEntity } from '../entities/shift.entity';
import { VehicleEntity } from '../entities/vehicle.entity';

/**
 * Rides planned on the vehicle's running or future shifts that it cannot carry by itself any
 * more: equipment missing, or no layout with enough seats and wheelchair places. Whether the
 * rest still fit together over time is the solver's question, not this one.
 */
const UNFIT_PLANNED_SQL = `
  SELECT b.id
    FROM booking b
    JOIN shift s ON s.id = b.shift_id
    JOIN vehicle v ON v.id = s.vehicle_id
   WHERE v.id = $1 AND s.status IN ('PLANNED', 'ACTIVE') AND b.status = 'SCHEDULED'
     AND NOT (
       (NOT b.step_free OR v.has_ramp OR v.has_lift)
       AND (NOT b.needs_lift OR v.has_lift)
       AND (
         (v.seats >= b.load_seats AND v.wheelchair_places >= b.load_wheelchair_places)
         OR EXISTS (
           SELECT 1 FROM jsonb_array_elements(v.alternative_layouts) l
            WHERE (l->>'seats')::int >= b.load_seats
              AND (l->>'wheelchairPlaces')::int >= b.load_wheelchair_places
         )
       )
     )
   ORDER BY b.id`;

/** A provider's fleet as its admin and the region's officers read it: vehicles, drivers, shifts. */
@Injectable()
export class FleetRepository {
  constructor(private readonly ds: DataSource) {}

  /** Providers registered in the region (a KATO subtree given by its prefix). */
  async providerIdsInRegion(katoPrefix: string): Promise<string[]> {
    const rows: { id: string }[] = await this.ds.query(`SELECT id FROM provider WHERE region_kato LIKE $1`, [
      `${katoPrefix}%`,
    ]);
    return rows.map((r) => r.id);
  }

  vehiclesOfProviders(providerIds: string[]): Promise<VehicleEntity[]> {
    return this.ds
      .getRepository(VehicleEntity)
      .find({ where: { providerId: In(providerIds) }, order: { plate: 'ASC' } });
  }

  driversOfProviders(providerIds: string[]): Promise<DriverEntity[]> {
    return this.ds
      .getRepository(DriverEntity)
      .find({ where: { providerId: In(providerIds) }, order: { createdAt: 'ASC' } });
  }

  /**
   * Each driver's sign-in account (issue 21): ACTIVE when their account has a password and is
   * not disabled, INVITED while an invitation for them is open (not accepted, not expired),
   * NONE otherwise. A driver's account row is made with the record, without a password.
   */
  async driverAccounts(driverIds: string[], now: Date): Promise<Map<string, 'ACTIVE' | 'INVITED' | 'NONE'>> {
    if (driverIds.length === 0) return new Map();
    const rows = (await this.ds.query(
      `SELECT d.id,
              CASE WHEN EXISTS (SELECT 1 FROM app_user u WHERE u.driver_id = d.id AND u.password_hash IS NOT NULL
                                  AND u.status = 'ACTIVE' AND u.role = 'DRIVER') THEN 'ACTIVE'
                   WHEN EXISTS (SELECT 1 FROM invitation i WHERE i.driver_id = d.id AND i.accepted_at IS NULL
                                  AND i.expires_at > $2) THEN 'INVITED'
                   ELSE 'NONE' END AS account
         FROM driver d WHERE d.id = ANY($1::uuid[])`,
      [driverIds, now],
    )) as { id: string; account: 'ACTIVE' | 'INVITED' | 'NONE' }[];
    return new Map(rows.map((r) => [r.id, r.account]));
  }

  /** The providers' shifts overlapping [from, to), by start. */
  shiftsOverlapping(providerIds: string[], from: Date, to: Date): Promise<ShiftEntity[]> {
    return this.ds
      .getRepository(ShiftEntity)
      .createQueryBuilder('s')
      .where('s.providerId IN (:...providerIds)', { providerIds })
      .andWhere('s.startsAt < :to AND s.endsAt > :from', { from, to })
      .orderBy('s.startsAt', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
  }

  /** How many rides each shift carries now (planned or under way), by shift id; none: absent. */
  async ridesOnShifts(shiftIds: string[]): Promise<Map<string, number>> {
    if (shiftIds.length === 0) return new Map();
    const rows = (await this.ds.query(
      `SELECT shift_id, count(*)::int AS n FROM booking
        WHERE shift_id = ANY($1::uuid[]) AND status = ANY($2::text[])
        GROUP BY shift_id`,
      [shiftIds, ['SCHEDULED', 'EN_ROUTE', 'ARRIVED', 'ON_BOARD']],
    )) as { shift_id: string; n: number }[];
    return new Map(rows.map((r) => [r.shift_id, r.n]));
  }

  /** Ids of the SCHEDULED rides on the vehicle's open shifts that it can no longer carry. */
  async plannedBookingsTheVehicleCannotCarry(m: EntityManager, vehicleId: string): Promise<string[]> {
    const rows: { id: string }[] = await m.query(UNFIT_PLANNED_SQL, [vehicleId]);
    return rows.map((r) => r.id);
  }

  /** Is a ride on the shift already under way (vehicle en route, arrived, or rider aboard)? */
  async hasRideUnderWay(m: EntityManager, shiftId: string): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `SELECT 1 FROM booking WHERE shift_id = $1 AND status IN ('EN_ROUTE', 'ARRIVED', 'ON_BOARD') LIMIT 1`,
      [shiftId],
    );
    return rows.length > 0;
  }
}
