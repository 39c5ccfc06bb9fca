import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@invataxi/auth';
import { DomainError, type Language } from '@invataxi/domain';
import {
  ProcurementAlertEntity,
  ProcurementRequestsRepository,
  RegionsRepository,
  transact,
  type Actor,
  type AlertReader,
  type PlaceOfCode,
} from '@invataxi/persistence';
import {
  ONBOARDING_STEP_TEXTS,
  PROCUREMENT_MESSAGES,
  PROCUREMENT_STATUS_TEXTS,
  procurementMessage,
  procurementReasonText,
  type ProcurementMessageKey,
} from '@invataxi/procurement';
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
    private readonly regions: RegionsRepository,
  ) {}

  /** The places the alerts name (params.kato), for their names in the reader's language. */
  private async placesIn(alerts: readonly ProcurementAlertEntity[]): Promise<Map<string, PlaceOfCode>> {
    const codes = alerts.flatMap((a) => (typeof a.params.kato === 'string' ? a.params.kato.split(',') : []));
    return this.regions.placesOf(codes);
  }

  async list(p: Principal, open: boolean, lang: Language): Promise<AlertView[]> {
    let reader: AlertReader;
    if (p.role === 'PROVIDER_ADMIN') {
      if (!p.providerId) throw new DomainError('FORBIDDEN', { scope: 'provider' });
      reader = { audience: 'PROVIDER_ADMIN', providerId: p.providerId };
    } else reader = { audience: 'LEB_OFFICER', regionPrefix: listPrefix(p, undefined) as string };
    const alerts = await this.requests.alertsFor(reader, open);
    const places = await this.placesIn(alerts);
    return alerts.map((a) => view(a, lang, places));
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
      const places = await this.placesIn([a]);
      if (a.acknowledgedAt) return view(a, lang, places);
      await repo.update({ id: a.id }, { acknowledgedAt: new Date(), acknowledgedByUserId: p.userId });
      uow.audit({
        action: 'procurement.alert_acknowledged',
        entityType: 'procurement_alert',
        entityId: a.id,
        after: { kind: a.kind, requestId: a.requestId },
      });
      return view(await repo.findOneByOrFail({ id: a.id }), lang, places);
    });
  }
}

/** A place as the officer reads it: its name with the code after it (the code alone if unnamed). */
function placeText(code: string, lang: Language, places: ReadonlyMap<string, PlaceOfCode>): string {
  const names = places.get(code)?.names;
  return names ? `${names[lang]} (${code})` : code;
}

function view(
  a: ProcurementAlertEntity,
  lang: Language,
  places: ReadonlyMap<string, PlaceOfCode>,
): AlertView {
  const scalars: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(a.params))
    if (typeof v === 'string' || typeof v === 'number') scalars[k] = v;
  // Codes in words: the reason, the stage, the places (issue 20: no raw code reaches a person).
  if (typeof scalars.reason === 'string') scalars.reason = procurementReasonText(scalars.reason, lang);
  // A stalled onboarding says its step (an alert from before steps were told meant "no shift").
  if (a.kind === 'ALERT_ONBOARDING_STALLED' && scalars.step === undefined) scalars.step = 'NO_SHIFT';
  if (typeof scalars.step === 'string' && ONBOARDING_STEP_TEXTS[scalars.step])
    scalars.step = ONBOARDING_STEP_TEXTS[scalars.step]![lang];
  if (typeof scalars.status === 'string' && PROCUREMENT_STATUS_TEXTS[scalars.status])
    scalars.status = PROCUREMENT_STATUS_TEXTS[scalars.status]![lang];
  if (typeof scalars.kato === 'string')
    scalars.area = scalars.kato
      .split(',')
      .map((k) => placeText(k, lang, places))
      .join(', ');
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
