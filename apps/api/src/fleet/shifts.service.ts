import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { Principal } from '@invataxi/auth';
import {
  DAY_MS,
  DomainError,
  katoWithinAny,
  startOfLocalDay,
  type FieldError,
  type GeoPoint,
  type ShiftStatus,
  CLOCK,
  type Clock,
} from '@invataxi/domain';
import {
  FleetRepository,
  ProviderEntity,
  DriverEntity,
  ProviderServiceAreaEntity,
  PlannedWorkRepository,
  DispatchAlertsRepository,
  ShiftEntity,
  transact,
  VehicleEntity,
  type Actor,
} from '@invataxi/persistence';
import { asConflict, capacityAdded, conflict, coverageChanged } from '@invataxi/providers';
import {
  assertSameProvider,
  lockOwnProvider,
  ownProviderId,
  readableProviderId,
  readableProviderIds,
} from './fleet-scope';
import { LiveEvents } from '../dispatch/live-events';

export interface CreateShiftCommand {
  vehicleId: string;
  driverId: string;
  startsAt: Date;
  endsAt: Date;
  start: GeoPoint;
  end: GeoPoint;
  startKato: string;
}

export interface ShiftView {
  id: string;
  providerId: string;
  vehicleId: string;
  driverId: string;
  startsAt: Date;
  endsAt: Date;
  start: GeoPoint;
  end: GeoPoint;
  startKato: string;
  status: ShiftStatus;
  statusReason: string | null;
  version: number;
}

/** A shift in a list, with how many rides it carries (planned or under way): changing it moves them. */
export interface ShiftWithRides extends ShiftView {
  rides: number;
}

export const SHIFT_CANCELLED = 'SHIFT_CANCELLED';
/** A shift longer than a day is a typing mistake, not a shift. */
const MAX_SHIFT_MS = DAY_MS;
const MAX_LIST_DAYS = 31;

function view(s: ShiftEntity): ShiftView {
  return {
    id: s.id,
    providerId: s.providerId,
    vehicleId: s.vehicleId,
    driverId: s.driverId,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    start: { lat: s.startLat, lon: s.startLon },
    end: { lat: s.endLat, lon: s.endLon },
    startKato: s.startKato.trim(),
    status: s.status,
    statusReason: s.statusReason,
    version: s.version,
  };
}

/** Shifts: a vehicle with a driver for a period, from a start point to an end point. */
@Injectable()
export class ShiftsService {
  constructor(
    private readonly ds: DataSource,
    private readonly fleet: FleetRepository,
    private readonly plannedWork: PlannedWorkRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectRepository(ProviderEntity) private readonly providerRows: Repository<ProviderEntity>,
    @InjectRepository(ShiftEntity) private readonly shiftRows: Repository<ShiftEntity>,
    private readonly alerts: DispatchAlertsRepository,
    private readonly live: LiveEvents,
  ) {}

  /**
   * Adds capacity: the start must lie in the provider's service area (400), the vehicle and
   * the driver free for the period (409, decided by the exclusion constraints); the region's
   * waitlist is retried and its unmet demand recomputed.
   */
  async create(
    p: Principal,
    actor: Actor,
    c: CreateShiftCommand,
    now = this.clock.now(),
  ): Promise<ShiftView> {
    const providerId = ownProviderId(p);
    const errors: FieldError[] = [];
    if (c.endsAt.getTime() <= c.startsAt.getTime())
      errors.push({ field: 'endsAt', code: 'NOT_AFTER_START', message: 'endsAt must be after startsAt' });
    else if (c.endsAt.getTime() - c.startsAt.getTime() > MAX_SHIFT_MS)
      errors.push({ field: 'endsAt', code: 'TOO_LONG', message: 'a shift lasts at most 24 hours' });
    if (c.endsAt.getTime() <= now.getTime())
      errors.push({ field: 'endsAt', code: 'IN_THE_PAST', message: 'the shift is already over' });
    if (errors.length) throw DomainError.validation(errors);

    return transact(this.ds, actor, async (uow) => {
      const m = uow.manager;
      const provider = await lockOwnProvider(uow, providerId);
      if (provider.status !== 'ACTIVE') throw conflict('PROVIDER_NOT_ACTIVE');
      const area = (await m.find(ProviderServiceAreaEntity, { where: { providerId } })).map(
        (a) => a.katoCode,
      );
      if (!katoWithinAny(c.startKato, area))
        throw DomainError.validation([
          {
            field: 'startKato',
            code: 'OUTSIDE_SERVICE_AREA',
            message: "the start is outside the provider's service area",
          },
        ]);
      const vehicle = await m.findOneBy(VehicleEntity, { id: c.vehicleId });
      if (!vehicle) throw new DomainError('NOT_FOUND', { entity: 'vehicle', id: c.vehicleId });
      assertSameProvider(vehicle, providerId);
      if (vehicle.status !== 'ACTIVE') throw conflict('VEHICLE_OUT_OF_SERVICE');
      const driver = await m.findOneBy(DriverEntity, { id: c.driverId });
      if (!driver) throw new DomainError('NOT_FOUND', { entity: 'driver', id: c.driverId });
      assertSameProvider(driver, providerId);
      if (driver.status !== 'ACTIVE') throw conflict('DRIVER_INACTIVE');
      let shift: ShiftEntity;
      try {
        shift = await m.save(
          m.create(ShiftEntity, {
            providerId,
            vehicleId: vehicle.id,
            driverId: driver.id,
            startsAt: c.startsAt,
            endsAt: c.endsAt,
            startLat: c.start.lat,
            startLon: c.start.lon,
            endLat: c.end.lat,
            endLon: c.end.lon,
            startKato: c.startKato,
            status: 'PLANNED',
            statusReason: null,
          }),
        );
      } catch (e) {
        throw asConflict(e, {
          ex_shift_vehicle_overlap: 'VEHICLE_SHIFT_OVERLAP',
          ex_shift_driver_overlap: 'DRIVER_SHIFT_OVERLAP',
        });
      }
      uow.audit({
        action: 'shift.created',
        entityType: 'shift',
        entityId: shift.id,
        after: {
          providerId,
          vehicleId: vehicle.id,
          driverId: driver.id,
          startsAt: shift.startsAt.toISOString(),
          endsAt: shift.endsAt.toISOString(),
          startKato: c.startKato,
        },
      });
      uow.enqueue(capacityAdded(provider.regionKato, 'SHIFT_ADDED', 'shift', shift.id));
      // Bookings waiting for procurement go back to dispatch once a provider with shifts serves
      // them: the procurement fallback re-checks the region.
      uow.enqueue(coverageChanged(provider.regionKato, 'shift', shift.id));
      return view(shift);
    });
  }

  /**
   * Cancels a planned or running shift; its planned bookings go back to dispatch
   * (SHIFT_CANCELLED). A shift with a ride under way cannot be cancelled: the ride ends first.
   */
  async cancel(
    p: Principal,
    actor: Actor,
    id: string,
    reason: string,
  ): Promise<ShiftView & { sentBackToDispatch: string[] }> {
    const providerId = ownProviderId(p);
    const out = await transact(this.ds, actor, async (uow) => {
      const m = uow.manager;
      await lockOwnProvider(uow, providerId);
      const s = await m
        .getRepository(ShiftEntity)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!s) throw new DomainError('NOT_FOUND', { entity: 'shift', id });
      assertSameProvider(s, providerId);
      if (s.status !== 'PLANNED' && s.status !== 'ACTIVE') throw conflict('SHIFT_NOT_CANCELLABLE');
      if (await this.fleet.hasRideUnderWay(m, s.id)) throw conflict('RIDE_UNDER_WAY');
      await m.update(
        ShiftEntity,
        { id: s.id, version: s.version },
        { status: 'CANCELLED', statusReason: reason },
      );
      const moved = await this.plannedWork.sendBackToDispatch(
        uow,
        { kind: 'shifts', shiftIds: [s.id] },
        { reason: SHIFT_CANCELLED },
      );
      // Every dispatcher who can take the rides is told, with the riders in priority order.
      const alert = await this.alerts.record(uow, {
        kind: 'SHIFT_CANCELLED',
        shiftId: s.id,
        bookingIds: moved.map((b) => b.bookingId),
      });
      const updated = await m.findOneByOrFail(ShiftEntity, { id: s.id });
      uow.audit({
        action: 'shift.cancelled',
        entityType: 'shift',
        entityId: s.id,
        before: { status: s.status, version: s.version },
        after: { status: updated.status, version: updated.version, sentBackToDispatch: moved.length },
      });
      return { view: { ...view(updated), sentBackToDispatch: moved.map((b) => b.bookingId) }, alert };
    });
    await this.live.announceAlerts(out.alert ? [out.alert] : []);
    return out.view;
  }

  /** Shifts overlapping [from, to): by default from the start of today for a week. */
  async list(
    p: Principal,
    q: { providerId?: string; from?: Date; to?: Date },
    now = this.clock.now(),
  ): Promise<ShiftWithRides[]> {
    const from = q.from ?? startOfLocalDay(now);
    const to = q.to ?? new Date(from.getTime() + 7 * DAY_MS);
    if (to.getTime() <= from.getTime())
      throw DomainError.validation([
        { field: 'to', code: 'NOT_AFTER_FROM', message: 'to must be after from' },
      ]);
    if (to.getTime() - from.getTime() > MAX_LIST_DAYS * DAY_MS)
      throw DomainError.validation([{ field: 'to', code: 'TOO_LONG', message: 'at most 31 days at once' }]);
    const providerIds = await readableProviderIds(this.providerRows, this.fleet, p, q.providerId);
    if (providerIds.length === 0) return [];
    const rows = await this.fleet.shiftsOverlapping(providerIds, from, to);
    const rides = await this.fleet.ridesOnShifts(rows.map((s) => s.id));
    return rows.map((s) => ({ ...view(s), rides: rides.get(s.id) ?? 0 }));
  }

  async get(p: Principal, id: string): Promise<ShiftView> {
    const s = await this.shiftRows.findOneBy({ id });
    if (!s) throw new DomainError('NOT_FOUND', { entity: 'shift', id });
    await readableProviderId(this.providerRows, p, s.providerId);
    return view(s);
  }
}
