import { currentLanguage } from './i18n';
import { signIn } from './auth';

/** A refusal from the API, in the UI language: field errors (400) and reasons (422). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: { field: string; message: string; code?: string }[] = [],
    readonly requestId?: string,
  ) {
    super(message);
  }
}

interface ErrorBody {
  message?: string;
  requestId?: string;
  errors?: { field: string; reason: string; code?: string }[];
  reasons?: { code: string; field?: string; message: string }[];
}

export interface RequestOptions {
  /** An Idempotency-Key: the same key for a retried submission of the same form. */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

function headers(extra: Record<string, string> = {}): Record<string, string> {
  const h: Record<string, string> = {
    'Accept-Language': currentLanguage(),
    Accept: 'application/json',
    ...extra,
  };
  const s = signIn.current();
  if (s) h.Authorization = `Bearer ${s.token}`;
  return h;
}

export async function api<T>(
  method: string,
  path: string,
  body?: unknown,
  opts: RequestOptions = {},
): Promise<T> {
  const extra: Record<string, string> = {};
  if (body !== undefined) extra['Content-Type'] = 'application/json';
  if (opts.idempotencyKey) extra['Idempotency-Key'] = opts.idempotencyKey;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers: headers(extra),
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: opts.signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'network');
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  const json: unknown = text ? safeJson(text) : undefined;
  if (!res.ok) {
    const b = (json ?? {}) as ErrorBody;
    const fields = [
      ...(b.errors ?? []).map((e) => ({ field: e.field, message: e.reason, code: e.code })),
      ...(b.reasons ?? []).map((r) => ({ field: r.field ?? '', message: r.message, code: r.code })),
    ];
    if (res.status === 401) signIn.expired();
    throw new ApiError(res.status, b.message ?? res.statusText, fields, b.requestId);
  }
  return json as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export const get = <T>(path: string, signal?: AbortSignal) => api<T>('GET', path, undefined, { signal });
export const post = <T>(path: string, body?: unknown, idempotencyKey?: string) =>
  api<T>('POST', path, body ?? {}, { idempotencyKey });

export function qs(params: Record<string, string | number | boolean | undefined | null>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}

/** Downloads a file the API renders (CSV, XLSX) with the bearer token. */
export async function download(path: string, filename: string): Promise<void> {
  const res = await fetch(path, { headers: headers() });
  if (!res.ok) throw new ApiError(res.status, res.statusText);
  const blob = await res.blob();
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
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

export function newKey(): string {
  return crypto.randomUUID();
}
