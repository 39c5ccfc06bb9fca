import createClient from 'openapi-fetch';
import { currentLanguage } from '../i18n';
import { signIn } from '../auth';
import type { components, paths } from './schema';

/**
 * The API as its contract describes it: paths, parameters, bodies and answers are typed from
 * schema.d.ts, generated from the API's OpenAPI document (`npm run api:client`), never written
 * by hand here.
 */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** A refusal from the API, in the UI language: field errors (400) and reasons (422). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: { field: string; message: string; code?: string }[] = [],
    readonly requestId?: string,
    /** The answer's stable code (ROUTE_INFEASIBLE, OVERRIDE_PREVIEW_STALE...). */
    readonly code?: string,
    /** What the refused request would do now, when the refusal carries it (a dispatcher's override). */
    readonly preview?: unknown,
    /** Seconds after which the same request may succeed (Retry-After). */
    readonly retryAfterSeconds?: number,
    /** The ride a driver's refused change was about, when it has left the driver (RIDE_CANCELLED...). */
    readonly ride?: Schema<'ApiErrorBody'>['ride'],
    /** A conflict's sentence and its parameters, to say again later in the reader's language. */
    readonly said?: Schema<'ApiErrorBody'>['said'],
  ) {
    super(message);
  }
}

function headers(extra: Record<string, string> = {}): Record<string, string> {
  const h: Record<string, string> = {
    'Accept-Language': currentLanguage(),
    Accept: 'application/json',
    ...extra,
  };
  const s = signIn.current();
  if (s?.token) h.Authorization = `Bearer ${s.token}`;
  return h;
}

export const client = createClient<paths>({ baseUrl: '' });
client.use({
  onRequest({ request }) {
    for (const [k, v] of Object.entries(headers())) if (!request.headers.has(k)) request.headers.set(k, v);
    return request;
  },
});

function refusal(status: number, statusText: string, body: unknown): ApiError {
  const b = (typeof body === 'object' && body ? body : {}) as Partial<Schema<'ApiErrorBody'>>;
  const fields = [
    ...(b.errors ?? []).map((e) => ({ field: e.field, message: e.reason, code: e.code })),
    ...(b.reasons ?? []).map((r) => ({ field: r.field ?? '', message: r.message, code: r.code })),
  ];
  if (status === 401) signIn.expired();
  return new ApiError(
    status,
    b.message ?? statusText,
    fields,
    b.requestId,
    b.code,
    b.preview,
    b.retryAfterSeconds,
    b.ride,
    b.said,
  );
}

/**
 * The answer of a call, or its refusal as an ApiError (a network failure is status 0):
 * `const rides = await call(client.GET('/bookings/mine', { signal }))`.
 */
export async function call<T>(
  request: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let r: { data?: T; error?: unknown; response: Response };
  try {
    r = await request;
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'network');
  }
  if (!r.response.ok) throw refusal(r.response.status, r.response.statusText, r.error);
  return r.data as T;
}

/** An Idempotency-Key: the same key for a retried submission of the same form. */
export function newKey(): string {
  return crypto.randomUUID();
}

/**
 * The file name the API gives (RFC 6266 filename*, which names the report, region and period in
 * the reader's words; else the plain filename), or null.
 */
export function attachmentName(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim());
    } catch {
      // fall through to the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? null;
}

/** Downloads a file the API renders (CSV, XLSX) with the bearer token, under the API's name when it gives one. */
export async function download(path: string, filename: string): Promise<void> {
  const res = await fetch(path, { headers: headers() });
  if (!res.ok) throw new ApiError(res.status, res.statusText);
  const blob = await res.blob();
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = attachmentName(res.headers.get('content-disposition')) ?? filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Server-sent events over fetch, because EventSource cannot send the bearer token. Calls onEvent
 * per event and reconnects after a pause until the signal aborts.
 */
export function subscribe(
  path: string,
  onEvent: (type: string, data: unknown) => void,
  signal: AbortSignal,
  onState?: (state: 'open' | 'closed' | 'unavailable') => void,
): void {
  const run = async (): Promise<void> => {
    while (!signal.aborted) {
      try {
        const res = await fetch(path, { headers: headers({ Accept: 'text/event-stream' }), signal });
        if (!res.ok || !res.body) {
          onState?.(res.status === 404 ? 'unavailable' : 'closed');
          if (res.status === 404 || res.status === 401 || res.status === 403) return;
        } else {
          onState?.('open');
          const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
          let buffer = '';
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            buffer += value;
            let idx: number;
            while ((idx = buffer.indexOf('\n\n')) >= 0) {
              const chunk = buffer.slice(0, idx);
              buffer = buffer.slice(idx + 2);
              let type = 'message';
              const data: string[] = [];
              for (const line of chunk.split('\n')) {
                if (line.startsWith('event:')) type = line.slice(6).trim();
                else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
              }
              if (data.length) onEvent(type, safeJson(data.join('\n')));
            }
          }
          onState?.('closed');
        }
      } catch {
        if (signal.aborted) return;
        onState?.('closed');
      }
      await new Promise((r) => setTimeout(r, 3000));
    }
  };
  void run();
}
