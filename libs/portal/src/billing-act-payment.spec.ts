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

/** The Portal's answer for the act, with the given reference and status. */
async function answer(
  act: BillingActPaymentState | null,
  reference: string,
  status: 'PAID' | 'REJECTED' | 'PENDING',
): Promise<{ result: unknown; recorded: unknown[]; audited: unknown[] }> {
  const h = harness(act);
  const result = await h.payments.record(h.uow, act?.id ?? 'act-9', {
    reference,
    status,
    reason: null,
    paidAt: null,
  });
  return { result, recorded: h.recorded, audited: h.audited };
}

describe('BillingActPayments: the Portal pays or rejects a submitted act', () => {
  it('records PAID at the clock time when the Portal gives none, and audits the step', async () => {
    const { recorded, audited } = await answer(submitted, 'P-1', 'PAID');
    expect(recorded).toEqual([{ id: 'act-1', status: 'PAID', paidAt: NOW, rejectionReason: null }]);
    expect(audited).toEqual([
      expect.objectContaining({ action: 'billing_act.paid', after: { status: 'PAID', version: 4 } }),
    ]);
  });

  it.each([
    ['PENDING', submitted, 'PENDING'],
    ['the same final answer again', { ...submitted, status: 'PAID' }, 'PAID'],
  ] as const)('changes nothing on %s', async (_case, act, status) => {
    const { result, recorded } = await answer(act, 'P-1', status);
    expect(result).toBeNull();
    expect(recorded).toEqual([]);
  });

  it.each([
    ['another reference', submitted, 'P-2', 'PAID', 'CONFLICT'],
    ['an unknown act', null, 'P-1', 'PAID', 'NOT_FOUND'],
    [
      'a final act answered differently',
      { ...submitted, status: 'PAID' },
      'P-1',
      'REJECTED',
      'ILLEGAL_TRANSITION',
    ],
  ] as const)('refuses %s', async (_case, act, reference, status, code) => {
    await expect(answer(act, reference, status)).rejects.toMatchObject({ code });
  });
});
