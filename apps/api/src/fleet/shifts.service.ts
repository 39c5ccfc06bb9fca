import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { Principal } from '@invataxi/auth';
import {
  DAY_MS,
  DomainError,
  katoWithinAny,
  licenceCoversShift,
  shiftPatternDays,
  shiftPeriodOn,
  startOfLocalDay,
  validateShiftPattern,
  type ShiftPattern,
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
  type UnitOfWork,
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

export interface ShiftPatternCommand extends ShiftPattern {
  vehicleId: string;
  driverId: string;
  start: GeoPoint;
  end: GeoPoint;
  startKato: string;
}

/** A period's own refusals; `endField` names the form's field for the end ('' : endsAt). */
function periodErrors(startsAt: Date, endsAt: Date, now: Date, endField: string): FieldError[] {
  const field = endField || 'endsAt';
  const errors: FieldError[] = [];
  if (endsAt.getTime() <= startsAt.getTime())
    errors.push({ field, code: 'NOT_AFTER_START', message: 'endsAt must be after startsAt' });
  else if (endsAt.getTime() - startsAt.getTime() > MAX_SHIFT_MS)
    errors.push({ field, code: 'TOO_LONG', message: 'a shift lasts at most 24 hours' });
  if (endsAt.getTime() <= now.getTime())
    errors.push({ field, code: 'IN_THE_PAST', message: 'the shift is already over' });
  return errors;
}

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

  /** Adds capacity: the region's waitlist is retried and its unmet demand recomputed. */
  async create(
    p: Principal,
    actor: Actor,
    c: CreateShiftCommand,
    now = this.clock.now(),
  ): Promise<ShiftView> {
    const providerId = ownProviderId(p);
    const errors = periodErrors(c.startsAt, c.endsAt, now, '');
    if (errors.length) throw DomainError.validation(errors);
    return transact(this.ds, actor, async (uow) => {
      const provider = await this.openProvider(uow, providerId);
      const shift = await this.insertShift(uow, providerId, c);
      uow.enqueue(capacityAdded(provider.regionKato, 'SHIFT_ADDED', 'shift', shift.id));
      // Bookings waiting for procurement go back to dispatch once a provider with shifts serves
      // them: the procurement fallback re-checks the region.
      uow.enqueue(coverageChanged(provider.regionKato, 'shift', shift.id));
      return shift;
    });
  }

  /**
   * A repeating pattern: the same vehicle, driver and hours on the chosen weekdays between two
   * dates, all or nothing (one overlap or an expired licence on any day refuses them all). Days already over are skipped, so "this week" can be planned on a Wednesday.
   */
  async createPattern(p: Principal, actor: Actor, c: ShiftPatternCommand): Promise<{ shifts: ShiftView[] }> {
    const providerId = ownProviderId(p);
    const now = this.clock.now();
    const patternErrors = validateShiftPattern(c);
    if (patternErrors.length) throw DomainError.validation(patternErrors);
    const periods = shiftPatternDays(c)
      .map((day) => ({ day, ...shiftPeriodOn(day, c.startTime, c.endTime) }))
      .filter((x) => x.endsAt.getTime() > now.getTime());
    if (periods.length === 0)
      throw DomainError.validation([
        { field: 'to', code: 'IN_THE_PAST', message: 'every day of the pattern is already over' },
      ]);
    const errors = periodErrors(periods[0]!.startsAt, periods[0]!.endsAt, now, 'endTime');
    if (errors.length) throw DomainError.validation(errors);
    return transact(this.ds, actor, async (uow) => {
      const provider = await this.openProvider(uow, providerId);
      const shifts: ShiftView[] = [];
      for (const x of periods)
        shifts.push(
          await this.insertShift(uow, providerId, { ...c, startsAt: x.startsAt, endsAt: x.endsAt }),
        );
      // One retry of the region's waitlist for the whole pattern: the new capacity is all there.
      uow.enqueue(capacityAdded(provider.regionKato, 'SHIFT_ADDED', 'shift', shifts[0]!.id));
      uow.enqueue(coverageChanged(provider.regionKato, 'shift', shifts[0]!.id));
      return { shifts };
    });
  }

  private async openProvider(uow: UnitOfWork, providerId: string): Promise<ProviderEntity> {
    const provider = await lockOwnProvider(uow, providerId);
    if (provider.status !== 'ACTIVE') throw conflict('PROVIDER_NOT_ACTIVE');
    return provider;
  }

  /**
   * Adds one shift: the start must lie in the provider's service area (400), the vehicle in
   * service, the driver active with a licence valid through the shift (400 at driverId), both
   * free for the period (409, decided by the exclusion constraints).
   */
  private async insertShift(uow: UnitOfWork, providerId: string, c: CreateShiftCommand): Promise<ShiftView> {
    const m = uow.manager;
    const area = (await m.find(ProviderServiceAreaEntity, { where: { providerId } })).map((a) => a.katoCode);
    if (!katoWithinAny(c.startKato, area))
      throw DomainError.validation([
        {
          field: 'startKato',
          code: 'OUTSIDE_SERVICE_AREA',
          message: "the start is outside the provider's service area",
        },
      ]);
    const { vehicle, driver } = await this.usableVehicleAndDriver(uow, providerId, c);
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
    return view(shift);
  }

  /**
   * The vehicle in service and the driver active with a licence valid through the shift's end,
   * both the provider's (404, 409, 400 at driverId).
   */
  private async usableVehicleAndDriver(
    uow: UnitOfWork,
    providerId: string,
    c: { vehicleId: string; driverId: string; endsAt: Date },
  ): Promise<{ vehicle: VehicleEntity; driver: DriverEntity }> {
    const m = uow.manager;
    const vehicle = await m.findOneBy(VehicleEntity, { id: c.vehicleId });
    if (!vehicle) throw new DomainError('NOT_FOUND', { entity: 'vehicle', id: c.vehicleId });
    assertSameProvider(vehicle, providerId);
    if (vehicle.status !== 'ACTIVE') throw conflict('VEHICLE_OUT_OF_SERVICE');
    const driver = await m.findOneBy(DriverEntity, { id: c.driverId });
    if (!driver) throw new DomainError('NOT_FOUND', { entity: 'driver', id: c.driverId });
    assertSameProvider(driver, providerId);
    if (driver.status !== 'ACTIVE') throw conflict('DRIVER_INACTIVE');
    if (!licenceCoversShift(driver.licenceValidUntil, c.endsAt))
      throw new DomainError('VALIDATION', {
        errors: [
          {
            field: 'driverId',
            code: 'LICENCE_EXPIRED',
            say: { key: 'LICENCE_EXPIRED', params: { until: driver.licenceValidUntil } },
          },
        ],
      });
    return { vehicle, driver };
  }

  /**
   * Changes a planned shift's hours, vehicle or driver (issue 21), under the checks of a new one
   * (vehicle in service, driver active with a licence through its end, neither busy then: 409).
   * Only while it carries no ride: a shift with rides is cancelled with its reason (the rides go
   * back to dispatch) and a new one added, so nobody's ride moves without dispatch knowing.
   */
  async change(
    p: Principal,
    actor: Actor,
    id: string,
    c: { version: number; vehicleId: string; driverId: string; startsAt: Date; endsAt: Date },
  ): Promise<ShiftView> {
    const providerId = ownProviderId(p);
    const errors = periodErrors(c.startsAt, c.endsAt, this.clock.now(), '');
    if (errors.length) throw DomainError.validation(errors);
    return transact(this.ds, actor, async (uow) => {
      const m = uow.manager;
      const provider = await this.openProvider(uow, providerId);
      const s = await m
        .getRepository(ShiftEntity)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!s) throw new DomainError('NOT_FOUND', { entity: 'shift', id });
      assertSameProvider(s, providerId);
      if (s.version !== c.version)
        throw new DomainError('STALE_VERSION', { entity: 'shift', expected: c.version });
      if (s.status !== 'PLANNED') throw conflict('SHIFT_NOT_PLANNED');
      if ((await this.fleet.ridesOnShifts([s.id])).get(s.id)) throw conflict('SHIFT_CARRIES_RIDES');
      const { vehicle, driver } = await this.usableVehicleAndDriver(uow, providerId, c);
      const change = { vehicleId: vehicle.id, driverId: driver.id, startsAt: c.startsAt, endsAt: c.endsAt };
      try {
        await m.update(ShiftEntity, { id: s.id, version: s.version }, change);
      } catch (e) {
        throw asConflict(e, {
          ex_shift_vehicle_overlap: 'VEHICLE_SHIFT_OVERLAP',
          ex_shift_driver_overlap: 'DRIVER_SHIFT_OVERLAP',
        });
      }
      const updated = await m.findOneByOrFail(ShiftEntity, { id: s.id });
      uow.audit({
        action: 'shift.changed',
        entityType: 'shift',
        entityId: s.id,
        before: {
          vehicleId: s.vehicleId,
          driverId: s.driverId,
          startsAt: s.startsAt.toISOString(),
          endsAt: s.endsAt.toISOString(),
          version: s.version,
        },
        after: {
          vehicleId: updated.vehicleId,
          driverId: updated.driverId,
          startsAt: updated.startsAt.toISOString(),
          endsAt: updated.endsAt.toISOString(),
          version: updated.version,
        },
      });
      // Capacity where there was none before: the region's waitlist is tried again.
      uow.enqueue(capacityAdded(provider.regionKato, 'SHIFT_ADDED', 'shift', s.id));
      return view(updated);
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
      if (s.endsAt.getTime() <= this.clock.now().getTime()) throw conflict('SHIFT_ENDED');
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
