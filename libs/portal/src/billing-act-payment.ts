import { DomainError, type BillingActStatus } from '@invataxi/domain';
import { BillingActEntity, type UnitOfWork } from '@invataxi/persistence';
import type { PortalActPayment } from './contract';

/**
 * Applies the Portal's payment answer for a submitted act (by poll or by signed callback, so
 * both paths agree): PAID and REJECTED are final; PENDING changes nothing. Returns the act, or
 * null when nothing changed. A second identical answer is a no-op.
 */
export async function recordActPayment(
  uow: UnitOfWork,
  actId: string,
  payment: PortalActPayment,
): Promise<BillingActEntity | null> {
  // Raw SQL: the act's jsonb lines make TypeORM's typed finders recurse too deeply.
  const rows: { id: string; status: BillingActStatus; version: number; portal_reference: string | null }[] =
    await uow.manager.query(
      'SELECT id, status, version, portal_reference FROM billing_act WHERE id = $1 FOR UPDATE',
      [actId],
    );
  const act = rows[0];
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
  const paidAt = payment.status === 'PAID' ? (payment.paidAt ? new Date(payment.paidAt) : new Date()) : null;
  const reason = payment.status === 'REJECTED' ? (payment.reason ?? 'no reason given').slice(0, 500) : null;
  await uow.manager.query(
    `UPDATE billing_act SET status = $2, paid_at = $3, rejection_reason = $4, version = version + 1, updated_at = now()
      WHERE id = $1`,
    [act.id, payment.status, paidAt, reason],
  );
  uow.audit({
    action: `billing_act.${payment.status.toLowerCase()}`,
    entityType: 'billing_act',
    entityId: act.id,
    before: { status: act.status, version: act.version },
    after: { status: payment.status, version: act.version + 1 },
  });
  return uow.manager.getRepository(BillingActEntity).findOneByOrFail({ id: act.id } as never);
}
