// STAND-IN, NOT A REAL SYSTEM. The SMS gateway riders' messages go through, in the request shape
// common to Kazakh SMS gateways: an API key, a registered sender name, the phone in +7 format,
// the text and the client's own message id (the same id twice -> the same message, sent once).
// It records what it accepted and posts a signed delivery report to the callback URL (from the
// request, or SIM_SMS_CALLBACK_URL). A control API (/sms/_control/...) makes it fail with 5xx
// N times or always, answer slowly, or report messages undelivered; tests read what it got.
//
// Environment: SIM_SMS_API_KEY or SMS_API_KEY (the key it accepts; any non-empty key when
// unset), SIM_SMS_CALLBACK_SECRET or SMS_CALLBACK_SECRET (signs delivery reports),
// SIM_SMS_CALLBACK_URL (callback when a request names none).
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import {
  countSegments,
  signDeliveryReport,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  type DeliveryReport,
  type DeliveryStatus,
  type SmsSendRequest,
} from '@invataxi/notifications';
import type { StandIn } from '../stand-in';

export interface ReceivedSms {
  messageId: string;
  clientMessageId: string;
  sender: string;
  recipient: string;
  text: string;
  segments: number;
  receivedAt: string;
  /** When the platform says it sent the message (its clock: a demo's history is in the past); null: not said. */
  sentAt: string | null;
  report: DeliveryStatus | null;
}

interface Controls {
  /** Answer 503 to this many send requests (Infinity: always). */
  failNext: number;
  /** Accept the message, then answer this late (the caller's timeout may fire first) ... */
  slowMs: number;
  /** ... for this many requests (Infinity: until changed). */
  slowTimes: number;
  /** What the delivery report says. */
  deliver: DeliveryStatus;
  reportDelayMs: number;
}

interface Counters {
  sendRequests: number;
  answeredFailure: number;
  duplicates: number;
  refusedKey: number;
  refusedInput: number;
  reportsSent: number;
  reportsFailed: number;
}

const PHONE_RE = /^\+7\d{10}$/;

function fresh(): { controls: Controls; counters: Counters; messages: ReceivedSms[] } {
  return {
    controls: { failNext: 0, slowMs: 0, slowTimes: 0, deliver: 'DELIVERED', reportDelayMs: 20 },
    counters: {
      sendRequests: 0,
      answeredFailure: 0,
      duplicates: 0,
      refusedKey: 0,
      refusedInput: 0,
      reportsSent: 0,
      reportsFailed: 0,
    },
    messages: [],
  };
}

/** A usable ISO 8601 time, normalised; anything else: null (the field is optional). */
function isoTime(v: unknown): string | null {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(v)) return null;
  const t = new Date(v);
  return Number.isFinite(t.getTime()) ? t.toISOString() : null;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A message's text with its http(s) links made clickable (everything escaped first). */
function linked(text: string): string {
  return escapeHtml(text).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
}

/** The time a phone shows for a message: the platform's own (a history's past), else when it arrived here. */
export function shownTime(m: Pick<ReceivedSms, 'sentAt' | 'receivedAt'>): string {
  return m.sentAt ?? m.receivedAt;
}

export function inboxPage(messages: readonly ReceivedSms[], recipient: string | null): string {
  const rows = messages
    .map((m) => {
      const at = shownTime(m);
      return `<li><p class="meta"><a href="?recipient=${encodeURIComponent(m.recipient)}">${escapeHtml(m.recipient)}</a> · <time datetime="${escapeHtml(at)}">${escapeHtml(at.replace('T', ' ').slice(0, 19))} UTC</time></p><p class="text">${linked(m.text)}</p></li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SMS stand-in inbox</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:1rem auto;padding:0 1rem;color:#111}
ul{list-style:none;padding:0}li{border:1px solid #888;border-radius:.5rem;padding:.5rem 1rem;margin:.75rem 0}
.meta{margin:0;color:#333;font-size:.9rem}.text{margin:.25rem 0 0;white-space:pre-wrap;word-break:break-word}
a{color:#0645ad}</style></head>
<body><main><h1>SMS stand-in: inbox</h1>
<p>Not a real SMS gateway: the messages the platform sent (sign-in codes, invitations, ride notices), newest first. The page refreshes every 5 seconds.${
    recipient ? ` Showing <strong>${escapeHtml(recipient)}</strong> only: <a href="/sms">show all</a>.` : ''
  }</p>
${messages.length ? `<ul>\n${rows}\n</ul>` : '<p>No messages yet.</p>'}
</main></body></html>`;
}

export const smsGatewayStandIn: StandIn = {
  name: 'sms-gateway',
  prefix: '/sms',
  async register(app: FastifyInstance, env: NodeJS.ProcessEnv): Promise<void> {
    let state = fresh();
    // The platform's own variable names are the fallback, so the demo can share one environment.
    const apiKey = env.SIM_SMS_API_KEY ?? env.SMS_API_KEY ?? '';
    const secret = env.SIM_SMS_CALLBACK_SECRET ?? env.SMS_CALLBACK_SECRET ?? '';

    async function report(m: ReceivedSms, callbackUrl: string): Promise<void> {
      if (!callbackUrl) return;
      const body: DeliveryReport = {
        message_id: m.messageId,
        client_message_id: m.clientMessageId,
        status: state.controls.deliver,
        ...(state.controls.deliver === 'DELIVERED' ? {} : { error_code: 'SUBSCRIBER_ABSENT' }),
      };
      const ts = Math.floor(Date.now() / 1000);
      try {
        const res = await fetch(callbackUrl, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [TIMESTAMP_HEADER]: String(ts),
            [SIGNATURE_HEADER]: signDeliveryReport(secret, ts, body),
          },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(5000),
        });
        if (res.ok) {
          m.report = body.status;
          state.counters.reportsSent++;
        } else state.counters.reportsFailed++;
      } catch {
        state.counters.reportsFailed++;
      }
    }

    /** The gateway's answer; late when the control says so (the message is taken either way). */
    async function answer(m: ReceivedSms): Promise<{ message_id: string; status: string; parts: number }> {
      const c = state.controls;
      if (c.slowMs > 0 && c.slowTimes > 0) {
        c.slowTimes--;
        await new Promise((r) => setTimeout(r, c.slowMs));
      }
      return { message_id: m.messageId, status: 'ACCEPTED', parts: m.segments };
    }

    app.post<{ Body: Partial<SmsSendRequest> }>('/messages', async (req, reply) => {
      state.counters.sendRequests++;
      const c = state.controls;
      if (c.failNext > 0) {
        c.failNext--;
        state.counters.answeredFailure++;
        return reply.status(503).send({ error: 'SERVICE_UNAVAILABLE' });
      }
      const b = req.body ?? {};
      if (!b.api_key || (apiKey && b.api_key !== apiKey)) {
        state.counters.refusedKey++;
        return reply.status(401).send({ error: 'INVALID_API_KEY' });
      }
      if (
        typeof b.recipient !== 'string' ||
        !PHONE_RE.test(b.recipient) ||
        typeof b.text !== 'string' ||
        b.text.length === 0 ||
        typeof b.sender !== 'string' ||
        !/^[A-Za-z0-9 ._-]{1,11}$/.test(b.sender) ||
        typeof b.client_message_id !== 'string' ||
        b.client_message_id.length === 0
      ) {
        state.counters.refusedInput++;
        return reply.status(400).send({ error: 'INVALID_REQUEST' });
      }
      const seen = state.messages.find((m) => m.clientMessageId === b.client_message_id);
      if (seen) {
        state.counters.duplicates++;
        return answer(seen);
      }
      const m: ReceivedSms = {
        messageId: randomUUID(),
        clientMessageId: b.client_message_id,
        sender: b.sender,
        recipient: b.recipient,
        text: b.text,
        segments: countSegments(b.text).segments,
        receivedAt: new Date().toISOString(),
        sentAt: isoTime(b.sent_at),
        report: null,
      };
      state.messages.push(m);
      const callback =
        typeof b.callback_url === 'string' && b.callback_url
          ? b.callback_url
          : (env.SIM_SMS_CALLBACK_URL ?? '');
      setTimeout(() => void report(m, callback), c.reportDelayMs);
      return answer(m);
    });

    // The inbox page (issue 19): what a phone would have received, newest first, so a person
    // trying the demo reads their sign-in code or invitation link here.
    app.get<{ Querystring: { recipient?: string } }>('/', async (req, reply) => {
      const shown = state.messages
        .filter((m) => !req.query.recipient || m.recipient === req.query.recipient)
        .slice(-200)
        .reverse();
      void reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .header(
          'content-security-policy',
          "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
        );
      return inboxPage(shown, req.query.recipient ?? null);
    });

    app.get<{ Querystring: { recipient?: string } }>('/_control/messages', async (req) =>
      state.messages.filter((m) => !req.query.recipient || m.recipient === req.query.recipient),
    );

    app.get('/_control/stats', async () => state.counters);

    app.post<{
      Body: {
        fail?: number | 'always';
        slowMs?: number;
        slowTimes?: number;
        deliver?: DeliveryStatus;
        reportDelayMs?: number;
      };
    }>('/_control/mode', async (req) => {
      const b = req.body ?? {};
      if (b.fail !== undefined)
        state.controls.failNext = b.fail === 'always' ? Infinity : Math.max(0, b.fail);
      if (b.slowMs !== undefined) {
        state.controls.slowMs = Math.max(0, b.slowMs);
        state.controls.slowTimes = b.slowTimes === undefined ? Infinity : Math.max(0, b.slowTimes);
      }
      if (b.deliver !== undefined) state.controls.deliver = b.deliver;
      if (b.reportDelayMs !== undefined) state.controls.reportDelayMs = Math.max(0, b.reportDelayMs);
      return {
        ...state.controls,
        failNext: Number.isFinite(state.controls.failNext) ? state.controls.failNext : 'always',
        slowTimes: Number.isFinite(state.controls.slowTimes) ? state.controls.slowTimes : 'always',
      };
    });

    app.post('/_control/reset', async () => {
      state = fresh();
      return { reset: true };
    });
  },
};
