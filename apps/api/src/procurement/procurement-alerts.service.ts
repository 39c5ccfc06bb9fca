import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@invataxi/auth';
import { DomainError, type Language } from '@invataxi/domain';
import {
  ProcurementAlertEntity,
  ProcurementRequestsRepository,
  transact,
  type Actor,
  type AlertReader,
} from '@invataxi/persistence';
import { PROCUREMENT_MESSAGES, procurementMessage, type ProcurementMessageKey } from '@invataxi/procurement';
import { assertCanAct, listPrefix } from './procurement-scope';

export interface AlertView {
  id: string;
  regionKato: string;
  requestId: string | null;
  providerId: string | null;
  audience: string;
  kind: string;
  text: string;
  params: Record<string, unknown>;
  createdAt: Date;
  acknowledgedAt: Date | null;
}

/** The alerts list: the region's for its LEB officers, the provider's own for its admins. */
@Injectable()
export class ProcurementAlertsService {
  constructor(
    private readonly ds: DataSource,
    private readonly requests: ProcurementRequestsRepository,
  ) {}

  async list(p: Principal, open: boolean, lang: Language): Promise<AlertView[]> {
    let reader: AlertReader;
    if (p.role === 'PROVIDER_ADMIN') {
      if (!p.providerId) throw new DomainError('FORBIDDEN', { scope: 'provider' });
      reader = { audience: 'PROVIDER_ADMIN', providerId: p.providerId };
    } else reader = { audience: 'LEB_OFFICER', regionPrefix: listPrefix(p, undefined) as string };
    return (await this.requests.alertsFor(reader, open)).map((a) => view(a, lang));
  }

  async acknowledge(p: Principal, actor: Actor, id: string, lang: Language): Promise<AlertView> {
    return transact(this.ds, actor, async (uow) => {
      const repo = uow.manager.getRepository(ProcurementAlertEntity);
      const a = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!a) throw new DomainError('NOT_FOUND', { entity: 'procurement_alert', id });
      if (a.audience === 'PROVIDER_ADMIN') {
        if (p.role !== 'PROVIDER_ADMIN' || p.providerId !== a.providerId)
          throw new DomainError('FORBIDDEN', { scope: 'provider' });
      } else assertCanAct(p, a.regionKato);
      if (a.acknowledgedAt) return view(a, lang);
      await repo.update({ id: a.id }, { acknowledgedAt: new Date(), acknowledgedByUserId: p.userId });
      uow.audit({
        action: 'procurement.alert_acknowledged',
        entityType: 'procurement_alert',
        entityId: a.id,
        after: { kind: a.kind, requestId: a.requestId },
      });
      return view(await repo.findOneByOrFail({ id: a.id }), lang);
    });
  }
}

function view(a: ProcurementAlertEntity, lang: Language): AlertView {
  const scalars: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(a.params))
    if (typeof v === 'string' || typeof v === 'number') scalars[k] = v;
  const text =
    a.kind in PROCUREMENT_MESSAGES
      ? procurementMessage(a.kind as ProcurementMessageKey, lang, scalars)
      : a.kind;
  return {
    id: a.id,
    regionKato: a.regionKato,
    requestId: a.requestId,
    providerId: a.providerId,
    audience: a.audience,
    kind: a.kind,
    text,
    params: a.params,
    createdAt: a.createdAt,
    acknowledgedAt: a.acknowledgedAt,
  };
}
