// STAND-IN, NOT A REAL SYSTEM. The public procurement system (Law No. 106-VIII) has no public
// sandbox (DESIGN.md, "Outside systems"), so the demo and the tests run against this: it accepts
// signed lots with idempotency keys (the same key twice -> the same lot, never a duplicate),
// publishes them, and after a configurable time awards a supplier (a valid BIN, price, term,
// tariff) or reports a failed procurement (no bids), telling the platform by a signed callback.
// A control API (/procurement/_control/...) makes it slow, down (503) or answer twice.
import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { buildBin, LANGUAGES } from '@invataxi/domain';
import {
  IDEMPOTENCY_HEADER,
  SIGNATURE_HEADER,
  signedHeaders,
  TIMESTAMP_HEADER,
  verifySignature,
  type Lot,
  type LotRequest,
} from '@invataxi/procurement';
import type { StandIn } from '../stand-in';

type Outcome = 'AWARD' | 'FAIL';

interface OutcomePlan {
  outcome: Outcome;
  afterMs?: number;
  /** Award to this BIN (a known supplier: the "extend a known provider's area" path); else a new one. */
  supplierBin?: string;
  supplierName?: string;
  /**
   * The supplier's contact the award carries (its administrator: name, phone, e-mail, language
   * kk/ru/en of the invitation Invataxi sends); else a made-up one of the new supplier.
   */
  supplierContact?: { name?: string; phone?: string; email?: string; language?: string };
  priceTenge?: number;
  tariffPerTrip?: number;
  tariffPerKm?: number;
  termDays?: number;
  reason?: string;
  /** Correct an award already made (the system fixed its record, e.g. a mistyped BIN). */
  correct?: boolean;
}

interface StoredLot extends Lot {
  request: LotRequest;
  idempotencyKey: string;
  decideAt: string;
}

type Mode =
  | { mode: 'normal' }
  | { mode: 'down' }
  /** Publishes the lot, then answers only after delayMs (the caller's timeout fires first). */
  | { mode: 'slow'; delayMs: number; times: number }
  /** Every callback is delivered twice. */
  | { mode: 'twice' };

interface Counters {
  publishRequests: number;
  lotsCreated: number;
  replayedKeys: number;
  getRequests: number;
  refusedSignatures: number;
  answeredDown: number;
  callbacksSent: number;
  callbacksFailed: number;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function freshCounters(): Counters {
  return {
    publishRequests: 0,
    lotsCreated: 0,
    replayedKeys: 0,
    getRequests: 0,
    refusedSignatures: 0,
    answeredDown: 0,
    callbacksSent: 0,
    callbacksFailed: 0,
  };
}

function publicLot(l: StoredLot): Lot {
  return {
    lotId: l.lotId,
    status: l.status,
    publishedAt: l.publishedAt,
    award: l.award,
    failureReason: l.failureReason,
  };
}

export const procurementStandIn: StandIn = {
  name: 'procurement',
  prefix: '/procurement',
  async register(app: FastifyInstance, env: NodeJS.ProcessEnv): Promise<void> {
    const secret = env.SIM_PROCUREMENT_SECRET ?? env.PROCUREMENT_SECRET ?? '';
    const defaultAfterMs = Number(env.SIM_PROCUREMENT_DECIDE_AFTER_MS ?? 5000);
    const defaultOutcome: Outcome = env.SIM_PROCUREMENT_OUTCOME === 'FAIL' ? 'FAIL' : 'AWARD';
    const lots = new Map<string, StoredLot>();
    const byKey = new Map<string, { bodyHash: string; lotId: string }>();
    const planned: OutcomePlan[] = [];
    const timers = new Set<NodeJS.Timeout>();
    let mode: Mode = { mode: 'normal' };
    let counters = freshCounters();
    // New suppliers' BINs: a serial from a random start, so a restarted stand-in does not award
    // the BIN of a supplier onboarded by an earlier run (in another region) by accident.
    let supplierSerial = 10_000 + Math.floor(Math.random() * 80_000);

    app.addHook('onClose', async () => {
      for (const t of timers) clearTimeout(t);
    });
    // The signature covers the body as sent: keep it raw.
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) =>
      done(null, body),
    );

    const signed = (req: FastifyRequest, reply: FastifyReply): boolean => {
      const header = (n: string): string | undefined => {
        const v = req.headers[n];
        return Array.isArray(v) ? v[0] : v;
      };
      const check = secret
        ? verifySignature(secret, {
            method: req.method,
            path: req.url.split('?')[0] ?? req.url,
            body: typeof req.body === 'string' ? req.body : '',
            timestamp: header(TIMESTAMP_HEADER),
            signature: header(SIGNATURE_HEADER),
          })
        : ({ ok: false, reason: 'MISSING' } as const);
      if (!check.ok) {
        counters.refusedSignatures++;
        void reply.status(401).send({ code: `SIGNATURE_${check.reason}` });
        return false;
      }
      return true;
    };

    const unavailable = (reply: FastifyReply): boolean => {
      if (mode.mode !== 'down') return false;
      counters.answeredDown++;
      void reply.status(503).send({ code: 'UNAVAILABLE' });
      return true;
    };

    const answerLate = async (): Promise<void> => {
      if (mode.mode === 'slow' && mode.times > 0) {
        const delay = mode.delayMs;
        mode = mode.times > 1 ? { ...mode, times: mode.times - 1 } : { mode: 'normal' };
        await sleep(delay);
      }
    };

    const notify = async (lot: StoredLot): Promise<void> => {
      if (!lot.request.callbackUrl || !secret) return;
      // The lot and its status travel in the path and the body is empty: the signature then
      // covers exactly what the platform reads, with no JSON re-serialisation in between.
      const url = new URL(
        `${lot.request.callbackUrl.replace(/\/$/, '')}/${encodeURIComponent(lot.lotId)}/${lot.status}`,
      );
      const body = '';
      const times = mode.mode === 'twice' ? 2 : 1;
      for (let i = 0; i < times; i++) {
        try {
          const res = await fetch(url, {
            method: 'POST',
            headers: signedHeaders(secret, 'POST', url.pathname, body),
            signal: AbortSignal.timeout(5000),
          });
          if (res.ok) counters.callbacksSent++;
          else counters.callbacksFailed++;
        } catch {
          // The platform also polls: a lost callback only delays it.
          counters.callbacksFailed++;
        }
      }
    };

    const decide = (lot: StoredLot, plan: OutcomePlan): void => {
      const correcting = plan.correct === true && plan.outcome === 'AWARD' && lot.status === 'AWARDED';
      if (lot.status !== 'PUBLISHED' && !correcting) return;
      if (plan.outcome === 'FAIL') {
        lot.status = 'FAILED';
        lot.failureReason = plan.reason ?? 'NO_BIDS';
      } else {
        const now = new Date();
        const yymm = `${String(now.getUTCFullYear()).slice(2)}${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
        const serial = supplierSerial++;
        lot.status = 'AWARDED';
        lot.award = {
          supplierBin: plan.supplierBin ?? buildBin(yymm, serial),
          supplierName: plan.supplierName ?? `ТОО «Инватакси-Сервис ${serial}»`,
          supplierContact: {
            name: plan.supplierContact?.name ?? 'Айгерим Сапарова',
            phone: plan.supplierContact?.phone ?? `+7701${String(serial).padStart(7, '0').slice(-7)}`,
            email: plan.supplierContact?.email ?? `admin${serial}@invataxi-service.kz`,
            language: LANGUAGES.find((l) => l === plan.supplierContact?.language) ?? 'ru',
          },
          contractNumber: `GZ-${now.getUTCFullYear()}-${lot.lotId.slice(4, 12)}`,
          priceTenge: plan.priceTenge ?? Math.round(lot.request.estimatedBudgetTenge * 0.95),
          termDays: plan.termDays ?? lot.request.termDays,
          tariffPerTrip: plan.tariffPerTrip ?? 1800,
          tariffPerKm: plan.tariffPerKm ?? 140,
          signedAt: now.toISOString(),
        };
      }
      void notify(lot);
    };

    app.post('/lots', async (req, reply) => {
      counters.publishRequests++;
      if (unavailable(reply) || !signed(req, reply)) return reply;
      const key = req.headers[IDEMPOTENCY_HEADER];
      if (typeof key !== 'string' || key.length === 0 || key.length > 200)
        return reply.status(400).send({ code: 'IDEMPOTENCY_KEY_REQUIRED' });
      const raw = typeof req.body === 'string' ? req.body : '';
      const bodyHash = createHash('sha256').update(raw).digest('hex');
      const seen = byKey.get(key);
      if (seen) {
        if (seen.bodyHash !== bodyHash) return reply.status(422).send({ code: 'IDEMPOTENCY_KEY_REUSED' });
        counters.replayedKeys++;
        await answerLate();
        return reply.status(200).send(publicLot(lots.get(seen.lotId) as StoredLot));
      }
      let request: LotRequest;
      try {
        request = JSON.parse(raw) as LotRequest;
      } catch {
        return reply.status(400).send({ code: 'MALFORMED_BODY' });
      }
      if (
        !request.reference ||
        !Array.isArray(request.serviceAreaKato) ||
        request.serviceAreaKato.length === 0
      )
        return reply.status(422).send({ code: 'LOT_INCOMPLETE' });
      const plan = planned.shift() ?? { outcome: defaultOutcome };
      const afterMs = plan.afterMs ?? defaultAfterMs;
      const lot: StoredLot = {
        lotId: `LOT-${randomUUID()}`,
        status: 'PUBLISHED',
        publishedAt: new Date().toISOString(),
        award: null,
        failureReason: null,
        request,
        idempotencyKey: key,
        decideAt: new Date(Date.now() + afterMs).toISOString(),
      };
      lots.set(lot.lotId, lot);
      byKey.set(key, { bodyHash, lotId: lot.lotId });
      counters.lotsCreated++;
      const timer = setTimeout(() => {
        timers.delete(timer);
        decide(lot, plan);
      }, afterMs);
      timer.unref();
      timers.add(timer);
      await answerLate();
      return reply.status(201).send(publicLot(lot));
    });

    app.get<{ Params: { id: string } }>('/lots/:id', async (req, reply) => {
      counters.getRequests++;
      if (unavailable(reply) || !signed(req, reply)) return reply;
      const lot = lots.get(req.params.id);
      if (!lot) return reply.status(404).send({ code: 'LOT_NOT_FOUND' });

      return reply.send(publicLot(lot));
    });

    // Control API for the demo and the tests: not part of the system being stood in for.
    const json = (req: FastifyRequest): Record<string, unknown> => {
      try {
        return typeof req.body === 'string' && req.body
          ? (JSON.parse(req.body) as Record<string, unknown>)
          : {};
      } catch {
        return {};
      }
    };

    app.post('/_control/mode', async (req, reply) => {
      const b = json(req);
      if (b.mode === 'slow')
        mode = { mode: 'slow', delayMs: Number(b.delayMs ?? 3000), times: Number(b.times ?? 1) };
      else if (b.mode === 'down' || b.mode === 'twice' || b.mode === 'normal') mode = { mode: b.mode };
      else return reply.status(400).send({ code: 'UNKNOWN_MODE' });
      return { mode };
    });

    app.post('/_control/outcomes', async (req) => {
      const list = json(req).outcomes;
      if (Array.isArray(list)) planned.push(...(list as OutcomePlan[]));
      return { planned: planned.length };
    });

    app.post<{ Params: { id: string } }>('/_control/lots/:id/decide', async (req, reply) => {
      const lot = lots.get(req.params.id);
      if (!lot) return reply.status(404).send({ code: 'LOT_NOT_FOUND' });
      const b = json(req) as unknown as OutcomePlan;
      decide(lot, { ...b, outcome: b.outcome === 'FAIL' ? 'FAIL' : 'AWARD' });
      return publicLot(lot);
    });

    app.get('/_control/lots', async () => ({
      mode,
      counters,
      lots: [...lots.values()].map((l) => ({
        ...publicLot(l),
        reference: l.request.reference,
        idempotencyKey: l.idempotencyKey,
        method: l.request.method,
        previousLotId: l.request.previousLotId,
        serviceAreaKato: l.request.serviceAreaKato,
        sizing: l.request.sizing ?? null,
        decideAt: l.decideAt,
      })),
    }));

    app.post('/_control/reset', async () => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      lots.clear();
      byKey.clear();
      planned.length = 0;
      mode = { mode: 'normal' };
      counters = freshCounters();
      return { reset: true };
    });
  },
};
