import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { Principal } from '@invataxi/auth';
import { DomainError, type FieldError, type VehicleStatus } from '@invataxi/domain';
import {
  FleetRepository,
  ProviderEntity,
  PlannedWorkRepository,
  DispatchAlertsRepository,
  type RecordedAlert,
  transact,
  VehicleEntity,
  type Actor,
} from '@invataxi/persistence';
import { capacityAdded, conflict } from '@invataxi/providers';
import {
  assertSameProvider,
  lockOwnProvider,
  ownProviderId,
  readableProviderId,
  readableProviderIds,
} from './fleet-scope';
import { LiveEvents } from '../dispatch/live-events';
import { normalisePlate } from './plate';

export interface Layout {
  seats: number;
  wheelchairPlaces: number;
}

export interface VehicleSpec {
  model: string;
  seats: number;
  wheelchairPlaces: number;
  alternativeLayouts: Layout[];
  hasRamp: boolean;
  hasLift: boolean;
  hasRestraints: boolean;
}

export interface VehicleView extends VehicleSpec {
  id: string;
  providerId: string;
  plate: string;
  status: VehicleStatus;
  statusReason: string | null;
  version: number;
}

export const VEHICLE_OUT_OF_SERVICE = 'VEHICLE_OUT_OF_SERVICE';
export const VEHICLE_NO_LONGER_FITS = 'VEHICLE_NO_LONGER_FITS';

function view(v: VehicleEntity): VehicleView {
  return {
    id: v.id,
    providerId: v.providerId,
    plate: v.plate,
    model: v.model,
    seats: v.seats,
    wheelchairPlaces: v.wheelchairPlaces,
    alternativeLayouts: v.alternativeLayouts,
    hasRamp: v.hasRamp,
    hasLift: v.hasLift,
    hasRestraints: v.hasRestraints,
    status: v.status,
    statusReason: v.statusReason,
    version: v.version,
  };
}

function capacityErrors(seats: number, wheelchairPlaces: number, layouts: readonly Layout[]): FieldError[] {
  const out: FieldError[] = [];
  if (seats + wheelchairPlaces <= 0)
    out.push({ field: 'seats', code: 'NO_CAPACITY', message: 'a vehicle carries at least one person' });
  layouts.forEach((l, i) => {
    if (l.seats + l.wheelchairPlaces <= 0)
      out.push({
        field: `alternativeLayouts[${i}]`,
        code: 'NO_CAPACITY',
        message: 'a layout carries someone',
      });
  });
  return out;
}

/** The provider's vehicles: capacity, layouts, equipment, in or out of service. */
@Injectable()
export class VehiclesService {
  constructor(
    private readonly ds: DataSource,
    private readonly fleet: FleetRepository,
    private readonly plannedWork: PlannedWorkRepository,
    @InjectRepository(ProviderEntity) private readonly providerRows: Repository<ProviderEntity>,
    @InjectRepository(VehicleEntity) private readonly vehicleRows: Repository<VehicleEntity>,
    private readonly alerts: DispatchAlertsRepository,
    private readonly live: LiveEvents,
  ) {}

  async create(p: Principal, actor: Actor, input: { plate: string } & VehicleSpec): Promise<VehicleView> {
    const providerId = ownProviderId(p);
    const plate = normalisePlate(input.plate);
    const errors: FieldError[] = [];
    if (!plate)
      errors.push({ field: 'plate', code: 'PLATE_FORMAT', message: 'a Kazakh plate such as 123 ABC 01' });
    errors.push(...capacityErrors(input.seats, input.wheelchairPlaces, input.alternativeLayouts));
    if (errors.length || !plate) throw DomainError.validation(errors);
    return transact(this.ds, actor, async (uow) => {
      const m = uow.manager;
      await lockOwnProvider(uow, providerId);
      if (await m.existsBy(VehicleEntity, { plate })) throw conflict('PLATE_EXISTS', 'plate');
      const v = await m.save(
        m.create(VehicleEntity, { ...input, plate, providerId, status: 'ACTIVE', statusReason: null }),
      );
      uow.audit({
        action: 'vehicle.created',
        entityType: 'vehicle',
        entityId: v.id,
        after: {
          providerId,
          plate,
          seats: v.seats,
          wheelchairPlaces: v.wheelchairPlaces,
          hasRamp: v.hasRamp,
          hasLift: v.hasLift,
        },
      });
      return view(v);
    });
  }

  /**
   * Changes capacity, layouts or equipment. A planned ride the vehicle can no longer carry on
   * its own (a wheelchair place, a ramp or a lift gone) goes back to dispatch
   * (VEHICLE_NO_LONGER_FITS); what still fits stays, and the waitlist gets another chance.
   */
  async update(
    p: Principal,
    actor: Actor,
    id: string,
    patch: Partial<VehicleSpec>,
  ): Promise<VehicleView & { sentBackToDispatch: string[] }> {
    const providerId = ownProviderId(p);
    return transact(this.ds, actor, async (uow) => {
      const m = uow.manager;
      const provider = await lockOwnProvider(uow, providerId);
      const v = await this.lock(uow.manager, id);
      assertSameProvider(v, providerId);
      // DTO instances carry every declared field, unset ones as undefined: drop those.
      const changes = Object.fromEntries(
        Object.entries(patch).filter(([, value]) => value !== undefined),
      ) as Partial<VehicleSpec>;
      if (Object.keys(changes).length === 0) return { ...view(v), sentBackToDispatch: [] };
      const next = { ...view(v), ...changes };
      const errors = capacityErrors(next.seats, next.wheelchairPlaces, next.alternativeLayouts);
      if (errors.length) throw DomainError.validation(errors);
      await m.update(VehicleEntity, { id: v.id, version: v.version }, changes);
      const updated = await m.findOneByOrFail(VehicleEntity, { id: v.id });
      const unfit = await this.fleet.plannedBookingsTheVehicleCannotCarry(m, v.id);
      const moved = unfit.length
        ? await this.plannedWork.sendBackToDispatch(
            uow,
            { kind: 'bookings', bookingIds: unfit },
            { reason: VEHICLE_NO_LONGER_FITS },
          )
        : [];
      uow.audit({
        action: 'vehicle.updated',
        entityType: 'vehicle',
        entityId: v.id,
        before: {
          seats: v.seats,
          wheelchairPlaces: v.wheelchairPlaces,
          hasRamp: v.hasRamp,
          hasLift: v.hasLift,
        },
        after: {
          seats: updated.seats,
          wheelchairPlaces: updated.wheelchairPlaces,
          hasRamp: updated.hasRamp,
          hasLift: updated.hasLift,
          sentBackToDispatch: moved.length,
        },
      });
      uow.enqueue(
        capacityAdded(provider.regionKato, 'VEHICLE_CHANGED', 'vehicle', v.id, 'v', updated.version),
      );
      return { ...view(updated), sentBackToDispatch: moved.map((b) => b.bookingId) };
    });
  }

  /**
   * Out of service: every booking planned on its running or future shifts goes back to
   * dispatch (VEHICLE_OUT_OF_SERVICE). Back in service: the region's waitlist is retried.
   */
  async changeStatus(
    p: Principal,
    actor: Actor,
    id: string,
    status: VehicleStatus,
    reason: string | null,
  ): Promise<VehicleView & { sentBackToDispatch: string[] }> {
    const providerId = ownProviderId(p);
    const out = await transact(this.ds, actor, async (uow) => {
      const m = uow.manager;
      const provider = await lockOwnProvider(uow, providerId);
      const v = await this.lock(m, id);
      assertSameProvider(v, providerId);
      if (v.status === status) throw conflict('STATUS_UNCHANGED');
      await m.update(VehicleEntity, { id: v.id, version: v.version }, { status, statusReason: reason });
      const updated = await m.findOneByOrFail(VehicleEntity, { id: v.id });
      let sent: string[] = [];
      let alerts: RecordedAlert[] = [];
      if (status === 'OUT_OF_SERVICE') {
        const moved = await this.plannedWork.sendBackToDispatch(
          uow,
          { kind: 'vehicle', vehicleId: v.id },
          { reason: VEHICLE_OUT_OF_SERVICE },
        );
        sent = moved.map((b) => b.bookingId);
        // Every dispatcher who can take the rides is told (issue 18).
        alerts = await this.alerts.recordSentBack(uow, 'VEHICLE_OUT_OF_SERVICE', moved);
      } else {
        uow.enqueue(
          capacityAdded(provider.regionKato, 'VEHICLE_IN_SERVICE', 'vehicle', v.id, 'v', updated.version),
        );
      }
      uow.audit({
        action: `vehicle.${status.toLowerCase()}`,
        entityType: 'vehicle',
        entityId: v.id,
        before: { status: v.status, version: v.version },
        after: { status: updated.status, version: updated.version, sentBackToDispatch: sent.length },
      });
      return { view: { ...view(updated), sentBackToDispatch: sent }, alerts };
    });
    await this.live.announceAlerts(out.alerts);
    return out.view;
  }

  async list(p: Principal, askedProviderId?: string): Promise<VehicleView[]> {
    const providerIds = await readableProviderIds(this.providerRows, this.fleet, p, askedProviderId);
    if (providerIds.length === 0) return [];
    const rows = await this.fleet.vehiclesOfProviders(providerIds);
    return rows.map(view);
  }

  async get(p: Principal, id: string): Promise<VehicleView> {
    const v = await this.vehicleRows.findOneBy({ id });
    if (!v) throw new DomainError('NOT_FOUND', { entity: 'vehicle', id });
    await readableProviderId(this.providerRows, p, v.providerId);
    return view(v);
  }

  private async lock(m: DataSource['manager'], id: string): Promise<VehicleEntity> {
    const v = await m
      .getRepository(VehicleEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!v) throw new DomainError('NOT_FOUND', { entity: 'vehicle', id });
    return v;
  }
}
