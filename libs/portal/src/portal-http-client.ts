import { randomUUID } from 'node:crypto';
import { DISABILITY_CATEGORIES, isValidKato, isValidLocalDate } from '@invataxi/domain';
import type {
  EligibilityAnswer,
  EligibilitySnapshot,
  PortalActPayment,
  SignedBillingAct,
  PortalStatusAck,
  PortalStatusUpdate,
} from './contract';
import { PortalRefusedError, PortalUnavailableError, type PortalGateway } from './portal-gateway';
import { signedHeaders } from './signature';

export interface PortalHttpOptions {
  /** Base URL of the Portal, e.g. http://127.0.0.1:3100/portal. Empty = not configured. */
  baseUrl: string;
  keyId: string;
  secret: string;
  timeoutMs: number;
  /**
   * Tries per call inside one request. Jobs keep this at 1 and let the queue's exponential
   * back-off do the waiting; a user waiting on an eligibility look-up gets a short second try.
   */
  attempts?: number;
  /** First back-off in ms, doubled each try, with up to 50% jitter. */
  backoffMs?: number;
  fetch?: typeof fetch;
}

interface Call {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  /** The same key on every try of one logical request, so the Portal can drop duplicates. */
  idempotencyKey: string;
  attempts: number;
  /** Statuses that are an answer, not a failure (e.g. 404 "not registered", 409 "stale"). */
  accept?: readonly number[];
}

const RETRYABLE = (status: number) => status >= 500 || status === 429 || status === 408;

/**
 * The Portal over HTTP: every call signed (signature.ts), with a timeout, retries with
 * exponential back-off and jitter on network errors and 5xx, and an idempotency key that stays
 * the same across tries. Error messages carry statuses and codes, never the request body.
 */
export class PortalHttpClient implements PortalGateway {
  private readonly fetchFn: typeof fetch;

  constructor(private readonly options: PortalHttpOptions) {
    this.fetchFn = options.fetch ?? fetch;
  }

  get configured(): boolean {
    return this.options.baseUrl.length > 0 && this.options.secret.length > 0;
  }

  async lookupEligibility(iin: string): Promise<EligibilityAnswer> {
    // POST, not GET: the IIN must never be in a URL (URLs end up in logs and proxies).
    const res = await this.call<{ eligibility?: unknown }>({
      method: 'POST',
      path: '/v1/eligibility/lookup',
      body: { iin },
      idempotencyKey: `eligibility.${randomUUID()}`,
      attempts: this.options.attempts ?? 2,
      accept: [404],
    });
    if (res.status === 404) return { registered: false };
    const snapshot = res.body.eligibility;
    if (!isSnapshot(snapshot))
      throw new PortalUnavailableError('Portal answered a malformed eligibility', res.status);
    return { registered: true, eligibility: snapshot };
  }

  async sendStatus(update: PortalStatusUpdate, idempotencyKey: string): Promise<PortalStatusAck> {
    const res = await this.call<PortalStatusAck>({
      method: 'POST',
      path: `/v1/orders/${encodeURIComponent(update.orderId)}/status`,
      body: update,
      idempotencyKey,
      attempts: 1,
      accept: [409],
    });
    if (res.status === 409) {
      const current = (res.body as { currentVersion?: unknown }).currentVersion;
      if (typeof current !== 'number') throw new PortalRefusedError(409, 'CONFLICT');
      return { accepted: false, stale: true, currentVersion: current };
    }
    return { accepted: true };
  }

  async submitBillingAct(act: SignedBillingAct, idempotencyKey: string): Promise<{ reference: string }> {
    const res = await this.call<{ reference?: unknown }>({
      method: 'POST',
      path: '/v1/billing-acts',
      body: act,
      idempotencyKey,
      attempts: 1,
    });
    if (typeof res.body.reference !== 'string' || res.body.reference.length === 0)
      throw new PortalUnavailableError('Portal answered without an act reference', res.status);
    return { reference: res.body.reference };
  }

  async billingActPayment(reference: string): Promise<PortalActPayment> {
    const res = await this.call<PortalActPayment>({
      method: 'GET',
      path: `/v1/billing-acts/${encodeURIComponent(reference)}`,
      idempotencyKey: `act-status.${randomUUID()}`,
      attempts: this.options.attempts ?? 2,
    });
    const b = res.body;
    if (!['PENDING', 'PAID', 'REJECTED'].includes(b.status))
      throw new PortalUnavailableError('Portal answered an unknown payment status', res.status);
    return { reference, status: b.status, reason: b.reason ?? null, paidAt: b.paidAt ?? null };
  }

  private async call<T>(c: Call): Promise<{ status: number; body: T }> {
    if (!this.configured) throw new PortalUnavailableError('PORTAL_URL or the Portal key is not configured');
    const url = new URL(this.options.baseUrl.replace(/\/$/, '') + c.path);
    const body = c.body === undefined ? '' : JSON.stringify(c.body);
    let last: PortalUnavailableError = new PortalUnavailableError('no attempt made');
    for (let attempt = 1; attempt <= c.attempts; attempt++) {
      if (attempt > 1) await sleep(backoff(this.options.backoffMs ?? 200, attempt - 1));
      const headers = signedHeaders(this.options.keyId, this.options.secret, {
        timestamp: String(Math.floor(Date.now() / 1000)),
        method: c.method,
        path: url.pathname + url.search,
        eventId: c.idempotencyKey,
        body,
      });
      let res: Response;
      try {
        res = await this.fetchFn(url, {
          method: c.method,
          headers: {
            ...headers,
            'idempotency-key': c.idempotencyKey,
            accept: 'application/json',
            ...(c.method === 'POST' ? { 'content-type': 'application/json' } : {}),
          },
          ...(c.method === 'POST' ? { body } : {}),
          signal: AbortSignal.timeout(this.options.timeoutMs),
        });
      } catch (e) {
        const what = (e as Error)?.name === 'TimeoutError' ? 'timed out' : 'unreachable';
        last = new PortalUnavailableError(`Portal ${what}`);
        continue;
      }
      const text = await res.text().catch(() => '');
      if (res.ok || c.accept?.includes(res.status)) return { status: res.status, body: parseJson<T>(text) };
      if (RETRYABLE(res.status)) {
        last = new PortalUnavailableError(`Portal answered ${res.status}`, res.status);
        continue;
      }
      const code = (parseJson<{ code?: unknown }>(text) as { code?: unknown }).code;
      throw new PortalRefusedError(res.status, typeof code === 'string' ? code.slice(0, 64) : 'REFUSED');
    }
    throw last;
  }
}

/** A snapshot we can act on; anything else is the Portal misbehaving, not a refusal of the person. */
export function isSnapshot(v: unknown): v is EligibilitySnapshot {
  const s = v as Partial<EligibilitySnapshot> | null;
  return (
    !!s &&
    typeof s === 'object' &&
    (DISABILITY_CATEGORIES as readonly string[]).includes(String(s.category)) &&
    (s.validUntil === null || (typeof s.validUntil === 'string' && isValidLocalDate(s.validUntil))) &&
    typeof s.companionEntitled === 'boolean' &&
    typeof s.payerKato === 'string' &&
    isValidKato(s.payerKato) &&
    !!s.needs &&
    typeof s.needs === 'object' &&
    ['NONE', 'MANUAL', 'ELECTRIC'].includes(String(s.needs.wheelchair))
  );
}

function parseJson<T>(text: string): T {
  try {
    return (text ? JSON.parse(text) : {}) as T;
  } catch {
    throw new PortalUnavailableError('Portal answered something that is not JSON');
  }
}

/** Exponential back-off with up to 50% jitter, so many clients do not retry in step. */
export function backoff(baseMs: number, retry: number): number {
  const d = baseMs * 2 ** (retry - 1);
  return Math.round(d * (0.5 + Math.random() * 0.5));
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
