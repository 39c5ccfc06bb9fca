import type { JsonObject, ProcurementRequestsRepository, UnitOfWork } from '@invataxi/persistence';
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
export async function raiseAlert(
  requests: ProcurementRequestsRepository,
  uow: UnitOfWork,
  a: AlertInput,
): Promise<boolean> {
  const id = await requests.insertAlert(uow.manager, { ...a, providerId: a.providerId ?? null });
  if (!id) return false;
  uow.audit({
    action: 'procurement.alert_raised',
    entityType: 'procurement_alert',
    entityId: id,
    after: { kind: a.kind, audience: a.audience, requestId: a.requestId, providerId: a.providerId ?? null },
  });
  return true;
}
