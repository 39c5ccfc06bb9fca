import type { BillingActPaymentState, BillingActsRepository, UnitOfWork } from '@invataxi/persistence';
import { BillingActPayments } from './billing-act-payment';

const NOW = new Date('2026-03-02T05:00:00Z');

/** An act in memory behind the repository, and the audit rows the use case writes. */
function harness(act: BillingActPaymentState | null) {
  const recorded: unknown[] = [];
  const audited: unknown[] = [];
  const acts = {
    lockForPayment: async () => act,
    recordPayment: async (_m: unknown, id: string, answer: unknown) =>
      void recorded.push({ id, ...(answer as object) }),
  };
  const uow = {
    manager: { getRepository: () => ({ findOneByOrFail: async () => ({ id: act?.id, status: 'PAID' }) }) },
    audit: (entry: unknown) => void audited.push(entry),
  } as unknown as UnitOfWork;
  const payments = new BillingActPayments(acts as unknown as BillingActsRepository, { now: () => NOW });
  return { payments, uow, recorded, audited };
}

const submitted: BillingActPaymentState = {
  id: 'act-1',
  status: 'SUBMITTED',
  version: 3,
  portal_reference: 'P-1',
};

describe('BillingActPayments: the Portal pays or rejects a submitted act', () => {
  it('records PAID with the Portal time, else the clock time, and audits the step', async () => {
    const h = harness(submitted);
    await h.payments.record(h.uow, 'act-1', { reference: 'P-1', status: 'PAID', reason: null, paidAt: null });
    expect(h.recorded).toEqual([{ id: 'act-1', status: 'PAID', paidAt: NOW, rejectionReason: null }]);
    expect(h.audited).toEqual([
      expect.objectContaining({ action: 'billing_act.paid', after: { status: 'PAID', version: 4 } }),
    ]);
  });

  it('changes nothing on PENDING or on the same final answer again', async () => {
    const pending = harness(submitted);
    await expect(
      pending.payments.record(pending.uow, 'act-1', {
        reference: 'P-1',
        status: 'PENDING',
        reason: null,
        paidAt: null,
      }),
    ).resolves.toBeNull();
    const again = harness({ ...submitted, status: 'PAID' });
    await expect(
      again.payments.record(again.uow, 'act-1', {
        reference: 'P-1',
        status: 'PAID',
        reason: null,
        paidAt: null,
      }),
    ).resolves.toBeNull();
    expect([...pending.recorded, ...again.recorded]).toEqual([]);
  });

  it('refuses another reference, an unknown act and a final act answered differently', async () => {
    const other = harness(submitted);
    await expect(
      other.payments.record(other.uow, 'act-1', {
        reference: 'P-2',
        status: 'PAID',
        reason: null,
        paidAt: null,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const missing = harness(null);
    await expect(
      missing.payments.record(missing.uow, 'act-9', {
        reference: 'P-1',
        status: 'PAID',
        reason: null,
        paidAt: null,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const paid = harness({ ...submitted, status: 'PAID' });
    await expect(
      paid.payments.record(paid.uow, 'act-1', {
        reference: 'P-1',
        status: 'REJECTED',
        reason: 'x',
        paidAt: null,
      }),
    ).rejects.toMatchObject({ code: 'ILLEGAL_TRANSITION' });
  });
});
