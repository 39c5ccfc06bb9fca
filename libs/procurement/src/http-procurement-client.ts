import {
  parseLot,
  ProcurementRejectedError,
  ProcurementUnavailableError,
  type Lot,
  type LotRequest,
  type ProcurementSystem,
} from './procurement-system';
import { IDEMPOTENCY_HEADER, signedHeaders } from './signature';

export interface HttpProcurementClientOptions {
  baseUrl: string;
  secret: string;
  /** Per attempt. */
  timeoutMs: number;
  /** Attempts within one call; the job's own retries (queue back-off) come on top. */
  attempts?: number;
  /** First back-off delay; doubles each attempt, with up to 50% jitter. */
  backoffMs?: number;
  fetchImpl?: typeof fetch;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * The public procurement system over HTTP: every request signed (HMAC-SHA256, see signature.ts),
 * a timeout per attempt, a few quick retries with exponential back-off and jitter for what may
 * pass (network, timeout, 429, 5xx), and an idempotency key on publication, so a retry after a
 * lost answer finds the lot the first attempt created instead of publishing a second one.
 */
export class HttpProcurementClient implements ProcurementSystem {
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: HttpProcurementClientOptions) {
    this.attempts = options.attempts ?? 3;
    this.backoffMs = options.backoffMs ?? 200;
    this.fetchImpl = options.fetchImpl ?? fetch;
  }

  async publishLot(lot: LotRequest, idempotencyKey: string): Promise<Lot> {
    return parseLot(await this.call('POST', '/lots', lot, idempotencyKey));
  }

  async getLot(lotId: string): Promise<Lot> {
    return parseLot(await this.call('GET', `/lots/${encodeURIComponent(lotId)}`));
  }

  private async call(
    method: 'GET' | 'POST',
    path: string,
    payload?: unknown,
    key?: string,
  ): Promise<unknown> {
    const body = payload === undefined ? '' : JSON.stringify(payload);
    const url = new URL(this.options.baseUrl.replace(/\/$/, '') + path);
    let last: Error = new ProcurementUnavailableError('not attempted');
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      if (attempt > 1) {
        const base = this.backoffMs * 2 ** (attempt - 2);
        await sleep(base + Math.random() * base * 0.5);
      }
      try {
        const res = await this.fetchImpl(url, {
          method,
          headers: {
            ...signedHeaders(this.options.secret, method, url.pathname, body),
            ...(body ? { 'content-type': 'application/json' } : {}),
            ...(key ? { [IDEMPOTENCY_HEADER]: key } : {}),
          },
          ...(body ? { body } : {}),
          signal: AbortSignal.timeout(this.options.timeoutMs),
        });
        const text = await res.text();
        if (res.status === 429 || res.status >= 500) {
          last = new ProcurementUnavailableError(`procurement system answered ${res.status}`);
          continue;
        }
        if (res.status >= 400) {
          let code = 'REJECTED';
          try {
            const parsed = JSON.parse(text) as { code?: unknown };
            if (typeof parsed.code === 'string') code = parsed.code;
          } catch {
            // A refusal without a JSON body keeps the generic code.
          }
          throw new ProcurementRejectedError(res.status, code);
        }
        try {
          return JSON.parse(text) as unknown;
        } catch {
          last = new ProcurementUnavailableError('procurement system answered with broken JSON');
          continue;
        }
      } catch (e) {
        if (e instanceof ProcurementRejectedError) throw e;
        // Timeouts (TimeoutError), refused connections and resets: the system may come back.
        last = new ProcurementUnavailableError(`procurement system unreachable: ${(e as Error).name}`);
      }
    }
    throw last;
  }
}
