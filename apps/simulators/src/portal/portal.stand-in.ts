// STAND-IN for the Social Services Portal: not the real system (which has no public sandbox).
// It plays the Portal's side of our contract (libs/portal/openapi.json) for the demo and the
// tests: sends signed orders from a synthetic population, answers eligibility look-ups,
// receives status updates and billing acts (checking our signatures, and each act's CMS
// signature by the akimat's key), pulls acts, and can be told to be
// slow, to fail with 5xx, to send duplicates and to send out of order.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  DISABILITY_CATEGORIES,
  WHEELCHAIR_TYPES,
  isValidIin,
  maskIin,
  type BookingStatus,
} from '@invataxi/domain';
import type { StandIn } from '../stand-in';
import { syntheticPopulation, type SimPerson } from './population';
import { simHeaders, simVerify } from './sim-signature';
import { simCanonicalJson, simPem, simVerifyActSignature, type ActVerdict } from './sim-act-signature';

interface ReceivedStatus {
  orderId: string;
  bookingId: string;
  status: BookingStatus;
  version: number;
  /** False: older than or equal to a version already held (the Portal drops it, answers 409). */
  accepted: boolean;
  receivedAt: string;
  /** What the update said of the ride, as sent (absent fields: null). */
  reason: string | null;
  vehicle: { plate: string; model: string; ramp: boolean; lift: boolean; wheelchairPlaces: number } | null;
  driver: { firstName: string } | null;
  plannedPickupAt: string | null;
  plannedDropoffAt: string | null;
  actualPickupAt: string | null;
  actualDropoffAt: string | null;
  etaAt: string | null;
  lateCancellation: boolean;
  changedAt: string | null;
  /** The body as received, checked against the published schema by the contract test. */
  body: unknown;
}

/** The ride's details of a received status update, kept as the Portal would file them. */
function rideDetails(
  b: Record<string, unknown>,
): Omit<ReceivedStatus, 'orderId' | 'bookingId' | 'status' | 'version' | 'accepted' | 'receivedAt' | 'body'> {
  const text = (k: string) => (typeof b[k] === 'string' ? (b[k] as string) : null);
  const obj = <T>(k: string) => (b[k] && typeof b[k] === 'object' ? (b[k] as T) : null);
  return {
    reason: text('reason'),
    vehicle: obj<ReceivedStatus['vehicle']>('vehicle'),
    driver: obj<ReceivedStatus['driver']>('driver'),
    plannedPickupAt: text('plannedPickupAt'),
    plannedDropoffAt: text('plannedDropoffAt'),
    actualPickupAt: text('actualPickupAt'),
    actualDropoffAt: text('actualDropoffAt'),
    etaAt: text('etaAt'),
    lateCancellation: b.lateCancellation === true,
    changedAt: text('changedAt'),
  };
}

interface ReceivedAct {
  reference: string;
  actId: string;
  /** The act as received (the signed document's `act`). */
  body: Record<string, unknown>;
  /** The akimat's detached signature checked against its certificate (see verifyAct). */
  verified: boolean;
  /** Why it failed, when it did. */
  verification: string | null;
  submissions: number;
  payment: { status: 'PENDING' | 'PAID' | 'REJECTED'; reason: string | null; paidAt: string | null };
}

interface Mode {
  delayMs: number;
  /** Answer every Portal call with this status (e.g. 503) while failRemaining > 0 or is null. */
  failStatus: number | null;
  failRemaining: number | null;
}

interface SimConfig {
  /** Read at each send: a test learns Invataxi's port only after the simulator has started. */
  readonly targetUrl: string;
  keyId: string;
  secret: string;
  /**
   * The akimat's act-signing certificate as handed over (SIM_PORTAL_ACT_CERT); null: the stand-in
   * trusts the certificate each act carries (the demo without one configured).
   */
  actCertificate: string | null;
}

/** An act pulled from Invataxi (GET /portal/v1/billing-acts...) and what its signature check said. */
interface PulledAct {
  actId: string;
  actVersion: number;
  status: string;
  supersedesActId: string | null;
  supersededByActId: string | null;
  verified: boolean;
  verification: string | null;
  act: Record<string, unknown>;
}

class PortalSim {
  readonly population: SimPerson[];
  mode: Mode = { delayMs: 0, failStatus: null, failRemaining: null };
  statuses: ReceivedStatus[] = [];
  lastVersion = new Map<string, number>();
  acts = new Map<string, ReceivedAct>();
  pulled: PulledAct[] = [];
  requests: { method: string; path: string; verified: boolean; answered: number; at: string }[] = [];
  lookups = 0;

  constructor(
    readonly cfg: SimConfig,
    populationSize: number,
  ) {
    this.population = syntheticPopulation(populationSize);
  }

  reset(): void {
    this.mode = { delayMs: 0, failStatus: null, failRemaining: null };
    this.statuses = [];
    this.lastVersion.clear();
    this.acts.clear();
    this.pulled = [];
    this.requests = [];
    this.lookups = 0;
  }

  /** Applies the slow/failing mode; returns a status to answer with instead, or null. */
  async disturbance(): Promise<number | null> {
    if (this.mode.delayMs > 0) await new Promise((r) => setTimeout(r, this.mode.delayMs));
    if (this.mode.failStatus === null) return null;
    if (this.mode.failRemaining !== null) {
      if (this.mode.failRemaining <= 0) return null;
      this.mode.failRemaining--;
    }
    return this.mode.failStatus;
  }

  order(person: SimPerson, orderId: string, o: OrderOptions): Record<string, unknown> {
    return {
      orderId,
      recipient: {
        iin: person.iin,
        fullName: person.fullName,
        phone: person.phone,
        language: 'ru',
        residence: person.residence,
      },
      eligibility: {
        category: person.category,
        validUntil: person.validUntil,
        needs: person.needs,
        companionEntitled: person.companionEntitled,
        payerKato: person.payerKato,
      },
      ride: {
        pickup: person.residence,
        dropoff: { kato: '710000000', address: 'ул. Сыганак, 2 (поликлиника)', lat: 51.1282, lon: 71.4304 },
        timeAnchor: 'PICKUP',
        requestedTime: o.requestedTime ?? nextWeekdayAt11Local(),
        purpose: o.purpose ?? 'MEDICAL',
        companions: o.companions ?? 0,
        notes: null,
      },
    };
  }

  /**
   * Checks a signed act document ({act, signature, certificate}) as the Portal would: the
   * signature over the canonical JSON of `act`, against the certificate handed over (or, with
   * none configured, the one the document carries).
   */
  verifyAct(doc: { act?: unknown; signature?: string | null; certificate?: string | null }): ActVerdict {
    const cert = this.cfg.actCertificate ?? doc.certificate ?? null;
    if (this.cfg.actCertificate && doc.certificate && doc.certificate.trim() !== this.cfg.actCertificate)
      return { verified: false, reason: 'CERTIFICATE_NOT_TRUSTED' };
    const bytes = Buffer.from(simCanonicalJson(doc.act ?? null), 'utf8');
    return simVerifyActSignature(bytes, doc.signature, cert);
  }

  /** A signed GET to Invataxi (the body signed is empty). */
  async get(path: string): Promise<{ status: number; body: unknown }> {
    const headers = simHeaders(this.cfg.keyId, this.cfg.secret, 'GET', path, `evt-${randomUUID()}`, '');
    const res = await fetch(this.cfg.targetUrl.replace(/\/$/, '') + path, {
      headers,
      signal: AbortSignal.timeout(15000),
    });
    const raw = await res.text();
    try {
      return { status: res.status, body: JSON.parse(raw) as unknown };
    } catch {
      return { status: res.status, body: raw };
    }
  }

  /** Sends one signed request to Invataxi; the signature may be spoiled on purpose. */
  async send(
    path: string,
    body: unknown,
    eventId: string,
    o: SendOptions = {},
  ): Promise<{ status: number; body: unknown }> {
    const text = JSON.stringify(body);
    const ts = Math.floor(Date.now() / 1000) + (o.timestampSkewSeconds ?? 0);
    const headers = simHeaders(
      this.cfg.keyId,
      o.wrongSecret ? `${this.cfg.secret}x` : this.cfg.secret,
      'POST',
      path,
      eventId,
      text,
      ts,
    );
    const res = await fetch(this.cfg.targetUrl.replace(/\/$/, '') + path, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: text,
      signal: AbortSignal.timeout(15000),
    });
    const raw = await res.text();
    let parsed: unknown = raw;
    try {
      parsed = JSON.parse(raw);
    } catch {
      // not JSON: returned as text
    }
    return { status: res.status, body: parsed };
  }
}

interface OrderOptions {
  requestedTime?: string;
  purpose?: string;
  companions?: number;
}

interface SendOptions {
  timestampSkewSeconds?: number;
  wrongSecret?: boolean;
}

/** The next Monday-to-Friday day after tomorrow, 11:00 in Kazakhstan (UTC+5): inside default service hours. */
function nextWeekdayAt11Local(): string {
  const d = new Date(Date.now() + 2 * 86_400_000);
  for (;;) {
    const local = new Date(d.getTime() + 5 * 3_600_000);
    const day = local.getUTCDay();
    if (day !== 0 && day !== 6) {
      const date = local.toISOString().slice(0, 10);
      return new Date(`${date}T06:00:00.000Z`).toISOString();
    }
    d.setTime(d.getTime() + 86_400_000);
  }
}

type Req = FastifyRequest & { rawBody?: Buffer };

async function register(app: FastifyInstance, env: NodeJS.ProcessEnv): Promise<void> {
  const sim = new PortalSim(
    {
      get targetUrl() {
        return env.SIM_PORTAL_TARGET_URL ?? 'http://127.0.0.1:3000';
      },
      keyId: env.SIM_PORTAL_KEY_ID ?? 'portal',
      secret: env.SIM_PORTAL_SECRET ?? env.PORTAL_CLIENT_SECRET ?? '',
      actCertificate: simPem(env.SIM_PORTAL_ACT_CERT),
    },
    Number(env.SIM_PORTAL_POPULATION ?? 12),
  );

  // Keep the raw body: signatures are over the bytes, not over re-serialised JSON.
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => {
    (req as Req).rawBody = body as Buffer;
    try {
      done(null, (body as Buffer).length ? JSON.parse((body as Buffer).toString('utf8')) : {});
    } catch (e) {
      done(e as Error, undefined);
    }
  });

  /** The Portal's side: every call is checked and may be disturbed by the control mode. */
  const portalCall =
    (handler: (req: Req, reply: FastifyReply) => Promise<unknown>) =>
    async (req: Req, reply: FastifyReply): Promise<unknown> => {
      const verified =
        !!sim.cfg.secret &&
        simVerify(sim.cfg.secret, req.headers, req.method, req.url, req.rawBody ?? Buffer.alloc(0));
      const log = { method: req.method, path: req.url, verified, answered: 0, at: new Date().toISOString() };
      sim.requests.push(log);
      const fail = await sim.disturbance();
      if (fail !== null) {
        log.answered = fail;
        return reply.code(fail).send({ code: 'SIMULATED_FAILURE' });
      }
      if (!verified) {
        log.answered = 401;
        return reply.code(401).send({ code: 'BAD_SIGNATURE' });
      }
      const out = await handler(req, reply);
      log.answered = reply.statusCode;
      return out;
    };

  app.post(
    '/v1/eligibility/lookup',
    portalCall(async (req, reply) => {
      sim.lookups++;
      const iin = (req.body as { iin?: unknown }).iin;
      const p = sim.population.find((x) => x.iin === iin);
      if (!p || !p.registered) return reply.code(404).send({ code: 'NOT_REGISTERED' });
      return {
        registered: true,
        eligibility: {
          category: p.category,
          validUntil: p.validUntil,
          needs: p.needs,
          companionEntitled: p.companionEntitled,
          payerKato: p.payerKato,
        },
      };
    }),
  );

  app.post(
    '/v1/orders/:orderId/status',
    portalCall(async (req, reply) => {
      const { orderId } = req.params as { orderId: string };
      const b = req.body as { bookingId: string; status: BookingStatus; version: number } & Record<
        string,
        unknown
      >;
      const last = sim.lastVersion.get(orderId) ?? 0;
      const accepted = b.version > last;
      sim.statuses.push({
        orderId,
        bookingId: b.bookingId,
        status: b.status,
        version: b.version,
        accepted,
        receivedAt: new Date().toISOString(),
        ...rideDetails(b),
        body: req.body,
      });
      if (!accepted) return reply.code(409).send({ stale: true, currentVersion: last });
      sim.lastVersion.set(orderId, b.version);
      return { accepted: true };
    }),
  );

  app.post(
    '/v1/billing-acts',
    portalCall(async (req, reply) => {
      const doc = req.body as { act?: Record<string, unknown> & { actId?: unknown } };
      if (!doc.act || typeof doc.act.actId !== 'string')
        return reply.code(400).send({ code: 'ACT_REQUIRED' });
      const body = doc.act as Record<string, unknown> & { actId: string };
      const verdict = sim.verifyAct(req.body as Parameters<PortalSim['verifyAct']>[0]);
      // The act id makes a resubmission land on the same reference (idempotent); once rejected,
      // a corrected act submitted again is a new submission with a new reference.
      const same = [...sim.acts.values()].filter((a) => a.actId === body.actId);
      const known = same.find((a) => a.payment.status !== 'REJECTED');
      const reference = known?.reference ?? `ACT-${body.actId}${same.length ? `-${same.length + 1}` : ''}`;
      if (known) known.submissions++;
      else
        sim.acts.set(reference, {
          reference,
          actId: body.actId,
          body,
          verified: verdict.verified,
          verification: verdict.verified ? null : verdict.reason,
          submissions: 1,
          payment: { status: 'PENDING', reason: null, paidAt: null },
        });
      return reply.code(202).send({ reference });
    }),
  );

  app.get(
    '/v1/billing-acts/:reference',
    portalCall(async (req, reply) => {
      const act = sim.acts.get((req.params as { reference: string }).reference);
      if (!act) return reply.code(404).send({ code: 'UNKNOWN_ACT' });
      return { reference: act.reference, ...act.payment };
    }),
  );

  // ---- control API (tests and the demo) ----

  app.post('/_control/mode', async (req) => {
    const b = (req.body ?? {}) as Partial<{
      delayMs: number;
      failStatus: number | null;
      failCount: number | null;
    }>;
    sim.mode = {
      delayMs: b.delayMs ?? 0,
      failStatus: b.failStatus ?? null,
      failRemaining: b.failCount ?? null,
    };
    return sim.mode;
  });

  /**
   * Enters people in the stand-in's register (by IIN: an entry already there is replaced), so
   * that look-ups answer for them: the demo registers its beneficiaries, as the real Portal
   * holds everyone entitled.
   */
  app.post('/_control/people', async (req, reply) => {
    const people = ((req.body ?? {}) as { people?: unknown }).people;
    if (!Array.isArray(people)) return reply.code(400).send({ code: 'PEOPLE_REQUIRED' });
    // All or none: a malformed entry would break every later look-up of the register.
    const bad = people.findIndex((p) => !isRegisterEntry(p));
    if (bad >= 0) return reply.code(400).send({ code: 'MALFORMED_PERSON', index: bad });
    for (const p of people as RegisterEntry[]) {
      const entry: SimPerson = { ...p, registered: true };
      const at = sim.population.findIndex((x) => x.iin === p.iin);
      if (at >= 0) sim.population[at] = entry;
      else sim.population.push(entry);
    }
    return { registered: people.length };
  });

  app.post('/_control/reset', async () => {
    sim.reset();
    return { reset: true };
  });

  app.get('/_control/population', async () =>
    sim.population.map((p, index) => ({
      index,
      iinMasked: maskIin(p.iin),
      category: p.category,
      registered: p.registered,
      wheelchair: p.needs.wheelchair,
    })),
  );

  /**
   * Sends an order. copies > 1 sends that many identical copies (same event id) at once;
   * wrongSecret / timestampSkewSeconds spoil the signature; eventId reuse with another body
   * tests the inbox's request check.
   */
  app.post('/_control/orders', async (req) => {
    const b = (req.body ?? {}) as OrderOptions &
      SendOptions & { personIndex?: number; orderId?: string; eventId?: string; copies?: number };
    const person = sim.population[b.personIndex ?? 0];
    if (!person) throw new Error('no such person');
    const orderId = b.orderId ?? `PO-${randomUUID()}`;
    const eventId = b.eventId ?? `evt-${randomUUID()}`;
    const body = sim.order(person, orderId, b);
    const copies = Math.max(1, Math.min(b.copies ?? 1, 500));
    const responses = await Promise.all(
      Array.from({ length: copies }, () => sim.send('/portal/v1/orders', body, eventId, b)),
    );
    return { orderId, eventId, responses };
  });

  app.post('/_control/orders/:orderId/cancel', async (req) => {
    const { orderId } = req.params as { orderId: string };
    const b = (req.body ?? {}) as SendOptions & { eventId?: string; copies?: number; reason?: string };
    const eventId = b.eventId ?? `evt-${randomUUID()}`;
    const copies = Math.max(1, Math.min(b.copies ?? 1, 500));
    const responses = await Promise.all(
      Array.from({ length: copies }, () =>
        sim.send(
          `/portal/v1/orders/${encodeURIComponent(orderId)}/cancel`,
          { reason: b.reason ?? 'cancelled on the Portal' },
          eventId,
          b,
        ),
      ),
    );
    return { orderId, eventId, responses };
  });

  /** Out of order: the cancel of an order arrives before the order itself. */
  app.post('/_control/orders/out-of-order', async (req) => {
    const b = (req.body ?? {}) as OrderOptions & { personIndex?: number };
    const person = sim.population[b.personIndex ?? 0];
    if (!person) throw new Error('no such person');
    const orderId = `PO-${randomUUID()}`;
    const cancel = await sim.send(
      `/portal/v1/orders/${encodeURIComponent(orderId)}/cancel`,
      { reason: 'cancelled on the Portal' },
      `evt-${randomUUID()}`,
    );
    const order = await sim.send('/portal/v1/orders', sim.order(person, orderId, b), `evt-${randomUUID()}`);
    return { orderId, cancel, order };
  });

  app.get('/_control/statuses', async (req) => {
    const orderId = (req.query as { orderId?: string }).orderId;
    return sim.statuses.filter((s) => !orderId || s.orderId === orderId);
  });

  app.get('/_control/acts', async () => [...sim.acts.values()].map((a) => ({ ...a, body: a.body })));

  /** Decides an act's payment; with callback: true, also tells Invataxi at once (signed). */
  app.post('/_control/acts/:reference/decide', async (req, reply) => {
    const act = sim.acts.get((req.params as { reference: string }).reference);
    if (!act) return reply.code(404).send({ code: 'UNKNOWN_ACT' });
    const b = (req.body ?? {}) as { status: 'PAID' | 'REJECTED'; reason?: string; callback?: boolean };
    act.payment = {
      status: b.status,
      reason: b.status === 'REJECTED' ? (b.reason ?? 'rejected') : null,
      paidAt: b.status === 'PAID' ? new Date().toISOString() : null,
    };
    if (!b.callback) return { payment: act.payment };
    const callback = await sim.send(
      `/portal/v1/billing-acts/${encodeURIComponent(act.actId)}/payment`,
      { reference: act.reference, ...act.payment },
      `evt-${randomUUID()}`,
    );
    return { payment: act.payment, callback };
  });

  /**
   * Pulls acts from Invataxi as the Portal would (signed GET /portal/v1/billing-acts?since=, or
   * one act by id with its versions) and checks each signature; answers what was pulled.
   */
  app.post('/_control/acts/pull', async (req, reply) => {
    const b = (req.body ?? {}) as { since?: string; actId?: string };
    const path = b.actId
      ? `/portal/v1/billing-acts/${encodeURIComponent(b.actId)}`
      : `/portal/v1/billing-acts?since=${encodeURIComponent(b.since ?? '1970-01-01T00:00:00.000Z')}`;
    const res = await sim.get(path);
    if (res.status !== 200)
      return reply.code(502).send({ code: 'PULL_FAILED', status: res.status, body: res.body });
    const body = res.body as { acts?: PulledDoc[] } & PulledDoc;
    const docs = b.actId ? [body] : (body.acts ?? []);
    const pulled = docs.map((d): PulledAct => {
      const v = sim.verifyAct(d);
      return {
        actId: String(d.act.actId),
        actVersion: Number(d.act.actVersion),
        status: d.status,
        supersedesActId: (d.act.supersedesActId as string | null) ?? null,
        supersededByActId: d.supersededByActId,
        verified: v.verified,
        verification: v.verified ? null : v.reason,
        act: d.act,
      };
    });
    sim.pulled.push(...pulled);
    return { status: res.status, pulled, versions: b.actId ? (body.versions ?? null) : null };
  });

  app.get('/_control/requests', async () => ({ lookups: sim.lookups, requests: sim.requests }));
}

/** One act as Invataxi hands it out on a pull. */
interface PulledDoc {
  act: Record<string, unknown>;
  signature: string | null;
  certificate: string | null;
  status: string;
  supersededByActId: string | null;
  versions?: unknown;
}

type RegisterEntry = Omit<SimPerson, 'registered'>;

/** What a look-up and an order of the stand-in read of a person: all of it, well formed. */
function isRegisterEntry(p: unknown): p is RegisterEntry {
  if (p === null || typeof p !== 'object') return false;
  const e = p as Partial<Record<keyof RegisterEntry, unknown>>;
  const r = e.residence as Partial<SimPerson['residence']> | undefined;
  const n = e.needs as Partial<SimPerson['needs']> | undefined;
  return (
    typeof e.iin === 'string' &&
    isValidIin(e.iin) &&
    typeof e.fullName === 'string' &&
    typeof e.phone === 'string' &&
    typeof e.birthDate === 'string' &&
    (e.sex === 'MALE' || e.sex === 'FEMALE') &&
    (DISABILITY_CATEGORIES as readonly unknown[]).includes(e.category) &&
    (e.validUntil === null || typeof e.validUntil === 'string') &&
    typeof e.companionEntitled === 'boolean' &&
    typeof e.payerKato === 'string' &&
    !!r &&
    typeof r.kato === 'string' &&
    typeof r.address === 'string' &&
    typeof r.lat === 'number' &&
    typeof r.lon === 'number' &&
    !!n &&
    (WHEELCHAIR_TYPES as readonly unknown[]).includes(n.wheelchair)
  );
}

export const portalStandIn: StandIn = { name: 'social-services-portal', prefix: '/portal', register };
