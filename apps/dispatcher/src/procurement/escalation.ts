// Escalation (issues 7 and 20): a request stuck at its real stage raises an alert to the
// region's LEB officers, once per request and stage (dedup key): a DRAFT rides still wait for,
// left longer than PROCUREMENT_ESCALATION_DAYS; a SUBMITTED one not published as long; an
// AWARDED one whose supplier has made no progress for PROCUREMENT_ONBOARDING_STALL_DAYS at the
// step it is on (invitation not accepted, no vehicle, no shift), once per step.
// A request being onboarded never escalates as a DRAFT, and no second DRAFT is made for it.
// Also the officers' daily digest: once a local day per region with procurement under way.
import type { DataSource } from 'typeorm';
import { localDateOf, localTimeOf } from '@invataxi/domain';
import {
  onboardingDatesOf,
  SYSTEM_ACTOR,
  transact,
  type ProcurementRequestsRepository,
} from '@invataxi/persistence';
import { onboardingState } from '@invataxi/procurement';
import { raiseAlert } from './alerts';

export async function escalateStaleRequests(
  ds: DataSource,
  requests: ProcurementRequestsRepository,
  days: { escalation: number; onboardingStall: number },
  now: Date,
): Promise<number> {
  let raised = 0;
  const stale = await requests.findWaitingSince(new Date(now.getTime() - days.escalation * 86_400_000));
  for (const r of stale) {
    const done = await transact(ds, SYSTEM_ACTOR, (uow) =>
      raiseAlert(requests, uow, {
        regionKato: r.region_kato.trim(),
        requestId: r.id,
        audience: 'LEB_OFFICER',
        kind: 'ALERT_PROCUREMENT_ESCALATION',
        params: { requestId: r.id, status: r.status, days: days.escalation },
        dedupKey: `escalation.${r.id}.${r.status}`,
      }),
    );
    if (done) raised++;
  }
  for (const o of await requests.onboardingFacts()) {
    const state = onboardingState(onboardingDatesOf(o), now, days.onboardingStall);
    if (!state.stalled || !state.waitingFor) continue;
    const step = state.waitingFor;
    const done = await transact(ds, SYSTEM_ACTOR, (uow) =>
      raiseAlert(requests, uow, {
        regionKato: o.region_kato.trim(),
        requestId: o.id,
        audience: 'LEB_OFFICER',
        kind: 'ALERT_ONBOARDING_STALLED',
        params: { requestId: o.id, bin: (o.supplier_bin ?? '').trim(), step, days: days.onboardingStall },
        dedupKey: `onboarding-stalled.${o.id}.${step}`,
      }),
    );
    if (done) raised++;
  }
  return raised;
}

/** The local hour from which the day's digest is raised (the officers' morning). */
export const DIGEST_LOCAL_HOUR = 8;

/**
 * The daily digest to each region's LEB officers with procurement under way (drafts, rides
 * waiting, procurements in flight, suppliers onboarding): one per region and local day, from
 * 08:00 local. Returns how many were raised.
 */
export async function raiseDailyDigests(
  ds: DataSource,
  requests: ProcurementRequestsRepository,
  now: Date,
): Promise<number> {
  if (Number(localTimeOf(now).slice(0, 2)) < DIGEST_LOCAL_HOUR) return 0;
  const day = localDateOf(now);
  let raised = 0;
  for (const regionKato of await requests.regionsWithProcurement()) {
    const figures = await requests.digestOfRegion(regionKato);
    const done = await transact(ds, SYSTEM_ACTOR, (uow) =>
      raiseAlert(requests, uow, {
        regionKato,
        requestId: null,
        audience: 'LEB_OFFICER',
        kind: 'ALERT_PROCUREMENT_DIGEST',
        params: { ...figures, day },
        dedupKey: `digest.${regionKato}.${day}`,
      }),
    );
    if (done) raised++;
  }
  return raised;
}
