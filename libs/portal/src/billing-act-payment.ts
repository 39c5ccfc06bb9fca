import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, DomainError, type Clock } from '@invataxi/domain';
import { BillingActEntity, BillingActsRepository, type UnitOfWork } from '@invataxi/persistence';
import type { PortalActPayment } from './contract';

/** The Portal's payment answers for submitted billing acts, by poll or by signed callback. */
@Injectable()
export class BillingActPayments {
  constructor(
    private readonly acts: BillingActsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Applies the Portal's payment answer for a submitted act (both paths call this, so they
   * agree): PAID and REJECTED are final; PENDING changes nothing. Returns the act, or null when
   * nothing changed. A second identical answer is a no-op.
   */
  async record(uow: UnitOfWork, actId: string, payment: PortalActPayment): Promise<BillingActEntity | null> {
    const act = await this.acts.lockForPayment(uow.manager, actId);
    if (!act) throw new DomainError('NOT_FOUND', { entity: 'billing_act', id: actId });
    if (act.portal_reference !== payment.reference)
      throw new DomainError('CONFLICT', { reason: 'PORTAL_REFERENCE_MISMATCH' });
    if (payment.status === 'PENDING') return null;
    if (act.status === payment.status) return null;
    if (act.status !== 'SUBMITTED')
      throw new DomainError('ILLEGAL_TRANSITION', {
        entity: 'billing_act',
        from: act.status,
        to: payment.status,
      });
    const paidAt =
      payment.status === 'PAID' ? (payment.paidAt ? new Date(payment.paidAt) : this.clock.now()) : null;
    const rejectionReason =
      payment.status === 'REJECTED' ? (payment.reason ?? 'no reason given').slice(0, 500) : null;
    await this.acts.recordPayment(uow.manager, act.id, { status: payment.status, paidAt, rejectionReason });
    uow.audit({
      action: `billing_act.${payment.status.toLowerCase()}`,
      entityType: 'billing_act',
      entityId: act.id,
      before: { status: act.status, version: act.version },
      after: { status: payment.status, version: act.version + 1 },
    });
    return uow.manager.getRepository(BillingActEntity).findOneByOrFail({ id: act.id } as never);
  }
}
