import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  BillingActsRepository,
  SYSTEM_ACTOR,
  transact,
  type BillingActForPortal,
} from '@invataxi/persistence';
import {
  PORTAL_GATEWAY,
  PortalRefusedError,
  BillingActPayments,
  type PortalActLine,
  signedBillingAct,
  type PortalBillingAct,
  type PortalGateway,
  type SignedBillingAct,
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
    // The bytes issued at approval, with their signature: what the Portal gets is what was signed.
    const body: SignedBillingAct = act.signed_body
      ? signedBillingAct({
          signedBody: act.signed_body,
          signature: act.signature,
          signingCertificate: act.signing_certificate,
        })
      : { act: this.unsignedAct(act), signature: null, certificate: null };
    let reference: string;
    try {
      // Per act: a correction is a new act version with its own id, so a new submission.
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

  /** An act approved before acts were issued with their canonical JSON (none after issue 17). */
  private unsignedAct(act: BillingActForPortal): PortalBillingAct {
    return {
      actId: act.id,
      actVersion: act.act_version,
      supersedesActId: act.supersedes_act_id,
      correctionReason: act.correction_reason,
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
