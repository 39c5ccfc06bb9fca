// Escalation (issue 7): a request left in DRAFT or SUBMITTED longer than
// PROCUREMENT_ESCALATION_DAYS raises an alert to the region's LEB officer, once per request and
// status (dedup key), so waiting demand cannot sit unnoticed the way Samar district's did.
import type { DataSource } from 'typeorm';
import { SYSTEM_ACTOR, transact, type ProcurementRequestsRepository } from '@invataxi/persistence';
import { raiseAlert } from './alerts';

export async function escalateStaleRequests(
  ds: DataSource,
  requests: ProcurementRequestsRepository,
  days: number,
  now: Date,
): Promise<number> {
  const stale = await requests.findWaitingSince(new Date(now.getTime() - days * 86_400_000));
  let raised = 0;
  for (const r of stale) {
    const done = await transact(ds, SYSTEM_ACTOR, (uow) =>
      raiseAlert(requests, uow, {
        regionKato: r.region_kato.trim(),
        requestId: r.id,
        audience: 'LEB_OFFICER',
        kind: 'ALERT_PROCUREMENT_ESCALATION',
        params: { requestId: r.id, status: r.status, days },
        dedupKey: `escalation.${r.id}.${r.status}`,
      }),
    );
    if (done) raised++;
  }
  return raised;
}
