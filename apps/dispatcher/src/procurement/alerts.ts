import type { JsonObject, UnitOfWork } from '@invataxi/persistence';
import type { ProcurementMessageKey } from '@invataxi/procurement';

export interface AlertInput {
  regionKato: string;
  requestId: string | null;
  providerId?: string | null;
  audience: 'LEB_OFFICER' | 'PROVIDER_ADMIN';
  kind: ProcurementMessageKey;
  /** Ids, codes and figures only. */
  params: JsonObject;
  /** One alert per event: a job that runs twice raises it once. */
  dedupKey: string;
}

/** Raises an alert in the caller's transaction (audited); a repeat of the same event is a no-op. */
export async function raiseAlert(uow: UnitOfWork, a: AlertInput): Promise<boolean> {
  const rows: { id: string }[] = await uow.manager.query(
    `INSERT INTO procurement_alert (region_kato, request_id, provider_id, audience, kind, params, dedup_key)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)
     ON CONFLICT (dedup_key) DO NOTHING RETURNING id`,
    [
      a.regionKato,
      a.requestId,
      a.providerId ?? null,
      a.audience,
      a.kind,
      JSON.stringify(a.params),
      a.dedupKey,
    ],
  );
  const id = rows[0]?.id;
  if (!id) return false;
  uow.audit({
    action: 'procurement.alert_raised',
    entityType: 'procurement_alert',
    entityId: id,
    after: { kind: a.kind, audience: a.audience, requestId: a.requestId, providerId: a.providerId ?? null },
  });
  return true;
}
