import type {
  EligibilityAnswer,
  PortalActPayment,
  SignedBillingAct,
  PortalStatusAck,
  PortalStatusUpdate,
} from './contract';

/**
 * What Invataxi asks of the Social Services Portal. The HTTP client implements it; the rest of
 * the system depends on this interface only, so the real Portal's API, once known, is one new
 * implementation.
 */
export interface PortalGateway {
  lookupEligibility(iin: string): Promise<EligibilityAnswer>;
  sendStatus(update: PortalStatusUpdate, idempotencyKey: string): Promise<PortalStatusAck>;
  submitBillingAct(act: SignedBillingAct, idempotencyKey: string): Promise<{ reference: string }>;
  billingActPayment(reference: string): Promise<PortalActPayment>;
}

export const PORTAL_GATEWAY = Symbol('PORTAL_GATEWAY');

/** The Portal did not answer usefully (network, timeout, 5xx, 429): try again later. */
export class PortalUnavailableError extends Error {
  override readonly name = 'PortalUnavailableError';
  constructor(
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

/** The Portal refused the request (4xx): sending it again unchanged will not help. */
export class PortalRefusedError extends Error {
  override readonly name = 'PortalRefusedError';
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(`Portal refused the request: ${status} ${code}`);
  }
}
