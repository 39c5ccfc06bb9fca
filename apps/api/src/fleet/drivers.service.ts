import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { Principal } from '@invataxi/auth';
import {
  CLOCK,
  DomainError,
  licenceState,
  localDateOf,
  type Clock,
  type DriverStatus,
  type Language,
  type LicenceState,
} from '@invataxi/domain';
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
  type UnitOfWork,
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
  /** The licence is valid through this local day; null: not recorded. */
  licenceValidUntil: string | null;
  /** The licence today, in the provider's words on the page: valid, expiring soon, expired. */
  licence: LicenceState;
  /** The driver's sign-in account: a password set (ACTIVE), an open invitation (INVITED), or NONE. */
  account: DriverAccount;
}

export type DriverAccount = 'ACTIVE' | 'INVITED' | 'NONE';

export const DRIVER_INACTIVE = 'DRIVER_INACTIVE';

function view(d: DriverEntity, now: Date, account: DriverAccount): DriverView {
  return {
    id: d.id,
    providerId: d.providerId,
    fullName: d.fullName,
    licenceNumber: d.licenceNumber,
    phone: d.phone,
    status: d.status,
    licenceValidUntil: d.licenceValidUntil,
    licence: licenceState(d.licenceValidUntil, localDateOf(now)),
    account,
  };
}

export interface UpdateDriverCommand {
  fullName?: string;
  licenceNumber?: string;
  licenceValidUntil?: string;
  phone?: string;
}

/** The caller's provider, then one of its drivers, both locked for a change. */
async function lockOwnDriver(uow: UnitOfWork, providerId: string, id: string): Promise<DriverEntity> {
  await lockOwnProvider(uow, providerId);
  const d = await uow.manager
    .getRepository(DriverEntity)
    .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!d) throw new DomainError('NOT_FOUND', { entity: 'driver', id });
  assertSameProvider(d, providerId);
  return d;
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
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Views with each driver's account as it is now. */
  private async views(rows: DriverEntity[]): Promise<DriverView[]> {
    const now = this.clock.now();
    // An invitation's expiry is an operational timer on the system time, as the sign-in checks it.
    const accounts = await this.fleet.driverAccounts(
      rows.map((d) => d.id),
      new Date(),
    );
    return rows.map((d) => view(d, now, accounts.get(d.id) ?? 'NONE'));
  }

  async create(
    p: Principal,
    actor: Actor,
    input: {
      fullName: string;
      licenceNumber: string;
      licenceValidUntil?: string;
      phone: string;
      language?: Language;
    },
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
          licenceValidUntil: input.licenceValidUntil ?? null,
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
      return { ...view(d, this.clock.now(), 'NONE'), userId: user.id };
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
      const d = await lockOwnDriver(uow, providerId, id);
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
      const [shown] = await this.views([{ ...d, status }]);
      return { view: { ...shown!, sentBackToDispatch: sent }, alerts };
    });
    await this.live.announceAlerts(out.alerts);
    return out.view;
  }

  async list(p: Principal, askedProviderId?: string): Promise<DriverView[]> {
    const providerIds = await readableProviderIds(this.providerRows, this.fleet, p, askedProviderId);
    if (providerIds.length === 0) return [];
    return this.views(await this.fleet.driversOfProviders(providerIds));
  }

  async get(p: Principal, id: string): Promise<DriverView> {
    const d = await this.driverRows.findOneBy({ id });
    if (!d) throw new DomainError('NOT_FOUND', { entity: 'driver', id });
    await readableProviderId(this.providerRows, p, d.providerId);
    return (await this.views([d]))[0]!;
  }

  /**
   * The admin corrects a driver's record or renews the licence (a new number and its validity).
   * Audited with what changed, never the values (personal data).
   */
  async update(p: Principal, actor: Actor, id: string, c: UpdateDriverCommand): Promise<DriverView> {
    const providerId = ownProviderId(p);
    const saved = await transact(this.ds, actor, async (uow) => {
      const m = uow.manager;
      const d = await lockOwnDriver(uow, providerId, id);
      const change: Partial<DriverEntity> = {};
      if (c.fullName !== undefined && c.fullName.trim() !== d.fullName) change.fullName = c.fullName.trim();
      if (c.licenceNumber !== undefined && c.licenceNumber !== d.licenceNumber) {
        if (await m.existsBy(DriverEntity, { licenceNumber: c.licenceNumber }))
          throw conflict('LICENCE_EXISTS', 'licenceNumber');
        change.licenceNumber = c.licenceNumber;
      }
      if (c.licenceValidUntil !== undefined && c.licenceValidUntil !== d.licenceValidUntil)
        change.licenceValidUntil = c.licenceValidUntil;
      if (c.phone !== undefined && c.phone !== d.phone) change.phone = c.phone;
      if (Object.keys(change).length > 0) {
        await m.update(DriverEntity, { id: d.id }, change);
        uow.audit({
          action: 'driver.updated',
          entityType: 'driver',
          entityId: d.id,
          after: { changed: Object.keys(change) },
        });
      }
      return { ...d, ...change };
    });
    return (await this.views([saved]))[0]!;
  }
}
