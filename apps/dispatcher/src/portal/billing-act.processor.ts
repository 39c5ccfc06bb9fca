import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BillingActsRepository, SYSTEM_ACTOR, transact } from '@invataxi/persistence';
import {
  PORTAL_GATEWAY,
  PortalRefusedError,
  BillingActPayments,
  type PortalActLine,
  type PortalBillingAct,
  type PortalGateway,
} from '@invataxi/portal';
import { JobName, OnJob, UnrecoverableError, type JobOf } from '@invataxi/queue';
import { LOGGER, type Logger } from '@invataxi/platform';

/**
 * SubmitBillingAct sends an APPROVED act to the Portal (the act id is the idempotency key: a
 * second submission of the same act returns the same reference) and marks it SUBMITTED.
 * PollBillingActs asks the Portal about SUBMITTED acts and records PAID or REJECTED; the
 * Portal's signed callback (api) records the same through the same function.
 */
@Injectable()
export class BillingActProcessor {
  constructor(
    private readonly ds: DataSource,
    @Inject(PORTAL_GATEWAY) private readonly portal: PortalGateway,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly acts: BillingActsRepository,
    private readonly payments: BillingActPayments,
  ) {}

  /** Public for tests. */
  @OnJob(JobName.SubmitBillingAct)
  async submit(p: JobOf<JobName.SubmitBillingAct>): Promise<{ reference: string | null }> {
    const act = await this.acts.findForPortal(p.actId);
    // Re-read, then act only on what is still true: an act already submitted, or changed since, is left alone.
    if (!act || act.status !== 'APPROVED' || act.version !== p.version) return { reference: null };
    const body: PortalBillingAct = {
      actId: act.id,
      providerBin: act.bin,
      regionKato: act.region_kato,
      month: act.month,
      completedTrips: act.completed_trips,
      noShows: act.no_shows,
      plannedMetres: Number(act.planned_metres),
      actualMetres: Number(act.actual_metres),
      amountTenge: Number(act.amount_tenge),
      lines: act.lines as PortalActLine[],
    };
    let reference: string;
    try {
      // Per version: a corrected act (regenerated after a rejection) is a new submission.
      reference = (await this.portal.submitBillingAct(body, `act.${act.id}.v${act.version}`)).reference;
    } catch (e) {
      if (e instanceof PortalRefusedError) throw new UnrecoverableError(e.message);
      throw e;
    }
    await transact(this.ds, SYSTEM_ACTOR, async (uow) => {
      if (!(await this.acts.markSubmitted(uow.manager, act.id, act.version, reference))) return;
      uow.audit({
        action: 'billing_act.submitted',
        entityType: 'billing_act',
        entityId: act.id,
        before: { status: 'APPROVED', version: act.version },
        after: { status: 'SUBMITTED', version: act.version + 1, portalReference: reference },
      });
    });
    return { reference };
  }

  /** Public for tests: asks about every SUBMITTED act, returns how many changed. */
  @OnJob(JobName.PollBillingActs, { repeat: (c) => ({ everyMs: c.SWEEPER_INTERVAL_MS }) })
  async poll(): Promise<{ changed: number }> {
    const acts = await this.acts.findAwaitingPayment();
    let changed = 0;
    for (const a of acts) {
      const payment = await this.portal.billingActPayment(a.portal_reference);
      const updated = await transact(this.ds, SYSTEM_ACTOR, (uow) =>
        this.payments.record(uow, a.id, payment),
      );
      if (updated) {
        changed++;
        this.logger.info({ actId: a.id, status: updated.status }, 'billing act reconciled');
      }
    }
    return { changed };
  }
}
