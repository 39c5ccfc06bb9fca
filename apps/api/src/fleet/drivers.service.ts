import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { Principal } from '@invataxi/auth';
import { DomainError, type DriverStatus, type Language } from '@invataxi/domain';
import {
  FleetRepository,
  ProviderEntity,
  AppUserEntity,
  DriverEntity,
  PlannedWorkRepository,
  DispatchAlertsRepository,
  type RecordedAlert,
  transact,
  type Actor,
} from '@invataxi/persistence';
import { conflict } from '@invataxi/providers';
import {
  assertSameProvider,
  lockOwnProvider,
  ownProviderId,
  readableProviderId,
  readableProviderIds,
} from './fleet-scope';
import { LiveEvents } from '../dispatch/live-events';

export interface DriverView {
  id: string;
  providerId: string;
  fullName: string;
  licenceNumber: string;
  phone: string;
  status: DriverStatus;
}

export const DRIVER_INACTIVE = 'DRIVER_INACTIVE';

function view(d: DriverEntity): DriverView {
  return {
    id: d.id,
    providerId: d.providerId,
    fullName: d.fullName,
    licenceNumber: d.licenceNumber,
    phone: d.phone,
    status: d.status,
  };
}

/** The provider's drivers. A driver also gets a DRIVER app user, so they can sign in. */
@Injectable()
export class DriversService {
  constructor(
    private readonly ds: DataSource,
    private readonly fleet: FleetRepository,
    private readonly plannedWork: PlannedWorkRepository,
    @InjectRepository(ProviderEntity) private readonly providerRows: Repository<ProviderEntity>,
    @InjectRepository(DriverEntity) private readonly driverRows: Repository<DriverEntity>,
    private readonly alerts: DispatchAlertsRepository,
    private readonly live: LiveEvents,
  ) {}

  async create(
    p: Principal,
    actor: Actor,
    input: { fullName: string; licenceNumber: string; phone: string; language?: Language },
  ): Promise<DriverView & { userId: string }> {
    const providerId = ownProviderId(p);
    return transact(this.ds, actor, async (uow) => {
      const m = uow.manager;
      const provider = await lockOwnProvider(uow, providerId);
      if (await m.existsBy(DriverEntity, { licenceNumber: input.licenceNumber }))
        throw conflict('LICENCE_EXISTS', 'licenceNumber');
      const d = await m.save(
        m.create(DriverEntity, {
          providerId,
          fullName: input.fullName.trim(),
          licenceNumber: input.licenceNumber,
          phone: input.phone,
          status: 'ACTIVE',
        }),
      );
      const user = await m.save(
        m.create(AppUserEntity, {
          role: 'DRIVER',
          displayName: d.fullName,
          phone: d.phone,
          language: input.language ?? 'ru',
          regionKato: provider.regionKato,
          providerId,
          beneficiaryId: null,
          driverId: d.id,
        }),
      );
      // Ids only: the driver's name, licence and phone are personal data.
      uow.audit({
        action: 'driver.created',
        entityType: 'driver',
        entityId: d.id,
        after: { providerId, userId: user.id },
      });
      return { ...view(d), userId: user.id };
    });
  }

  /** An inactive driver's planned rides go back to dispatch (DRIVER_INACTIVE). */
  async changeStatus(
    p: Principal,
    actor: Actor,
    id: string,
    status: DriverStatus,
  ): Promise<DriverView & { sentBackToDispatch: string[] }> {
    const providerId = ownProviderId(p);
    const out = await transact(this.ds, actor, async (uow) => {
      const m = uow.manager;
      await lockOwnProvider(uow, providerId);
      const d = await m
        .getRepository(DriverEntity)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!d) throw new DomainError('NOT_FOUND', { entity: 'driver', id });
      assertSameProvider(d, providerId);
      if (d.status === status) throw conflict('STATUS_UNCHANGED');
      await m.update(DriverEntity, { id: d.id }, { status });
      let sent: string[] = [];
      let alerts: RecordedAlert[] = [];
      if (status === 'INACTIVE') {
        const moved = await this.plannedWork.sendBackToDispatch(
          uow,
          { kind: 'driver', driverId: d.id },
          { reason: DRIVER_INACTIVE },
        );
        sent = moved.map((b) => b.bookingId);
        // Every dispatcher who can take the rides is told (issue 18).
        alerts = await this.alerts.recordSentBack(uow, 'DRIVER_INACTIVE', moved);
      }
      uow.audit({
        action: `driver.${status.toLowerCase()}`,
        entityType: 'driver',
        entityId: d.id,
        before: { status: d.status },
        after: { status, sentBackToDispatch: sent.length },
      });
      return { view: { ...view({ ...d, status }), sentBackToDispatch: sent }, alerts };
    });
    await this.live.announceAlerts(out.alerts);
    return out.view;
  }

  async list(p: Principal, askedProviderId?: string): Promise<DriverView[]> {
    const providerIds = await readableProviderIds(this.providerRows, this.fleet, p, askedProviderId);
    if (providerIds.length === 0) return [];
    const rows = await this.fleet.driversOfProviders(providerIds);
    return rows.map(view);
  }

  async get(p: Principal, id: string): Promise<DriverView> {
    const d = await this.driverRows.findOneBy({ id });
    if (!d) throw new DomainError('NOT_FOUND', { entity: 'driver', id });
    await readableProviderId(this.providerRows, p, d.providerId);
    return view(d);
  }
}
