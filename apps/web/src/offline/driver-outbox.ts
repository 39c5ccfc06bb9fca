import { ApiError, call, client, type Schema } from '../api/client';
import { CHANGES, MANIFESTS, PINGS, REFUSALS, all, inTransaction, request } from './idb';
import { appNow } from '../app-now';
import { signIn, type Principal } from '../auth';

/**
 * The driver app's outbox (issue 23, item 3): every status change the driver taps is written
 * here first, with its own Idempotency-Key, and then sent; the phone's positions too. Sent when
 * there is a connection, in the order recorded, and each exactly once:
 *
 * - Order: one sender at a time (a Web Lock across the app's tabs, `invataxi-driver-outbox`);
 *   it always sends the oldest change still queued and sends the next only after the API has
 *   answered the one before. A change that cannot be sent now (no connection, the API busy)
 *   stops the round: nothing behind it overtakes it. Positions go before the changes, so a
 *   no-show queued after them finds its evidence on the server.
 * - Exactly once: a change leaves the queue only with the API's answer (taken, or refused); until
 *   then it is sent again with the same key and the same body, and the API, which records the
 *   answer under the key in the report's own transaction, replays it instead of taking the
 *   report a second time. A change's body is fixed before it is first sent: a change behind
 *   another of the same ride takes the version the answer to that one gave (written in the same
 *   IndexedDB transaction that removes the answered change), never a guess.
 * - Nothing dropped in silence: a refusal (the ride was cancelled meanwhile, ...) is kept with
 *   the API's words, and the later changes of that ride with it, until the driver has read them.
 */
export type ReportedStatus = Schema<'DriverStatusDto'>['status'];
export type MissReason = Schema<'DriverMissedDto'>['reason'];

/** What the driver sees of a queued change: the stop it is about. */
export interface ChangeLabel {
  address: string;
  plannedAt: string;
  kind: string;
}

export interface QueuedChange {
  seq?: number;
  /** The signed-in driver's user id: a change is sent only under the session that made it. */
  owner: string;
  /** The Idempotency-Key, made when the driver tapped. */
  key: string;
  bookingId: string;
  /** A status report, or a pickup missed on the provider's side (its reason). */
  status?: ReportedStatus;
  missed?: MissReason;
  /** null: behind another queued change of the ride; set from that one's answer. */
  expectedVersion: number | null;
  /** When the driver tapped, on the platform's clock (appNow), not the phone's. */
  recordedAt: number;
  /** Tapped without a connection (the page says a refusal came after it returned, or at once). */
  offline?: boolean;
  label: ChangeLabel;
}

export interface Refusal {
  seq?: number;
  owner: string;
  bookingId: string;
  status?: ReportedStatus;
  missed?: MissReason;
  label: ChangeLabel;
  /** The API's words; null: not sent because an earlier change of the ride was refused. */
  message: string | null;
  /**
   * The same words as a sentence of the messages' catalogue and its parameters, said in the
   * page's language when read (a refusal kept on the phone outlives a change of language).
   */
  said?: { key: string; params: { [k: string]: string | number } } | null;
  /** When the refused change was tapped (appNow). */
  recordedAt?: number;
  code: string | null;
  retryAfterSeconds: number | null;
  /**
   * The ride's facts when it has left the driver meanwhile (cancelled, moved to another vehicle,
   * taken off the route): the page says them in its own language.
   */
  ride?: { riderFirstName: string; cancelledAt: string | null } | null;
  /** The change was tapped without a connection and waited for it. */
  offline?: boolean;
}

/**
 * The refusals that say what became of the ride itself (it left the driver): they hold for every
 * change of the ride queued behind the refused one, which is refused with the same words.
 */
export const RIDE_GONE_CODES: readonly string[] = [
  'RIDE_CANCELLED',
  'RIDE_MOVED_TO_OTHER_VEHICLE',
  'RIDE_TAKEN_OFF_ROUTE',
];

interface QueuedPing {
  seq?: number;
  owner: string;
  lat: number;
  lon: number;
  at: string;
  /** The batch (its Idempotency-Key) this position was first sent in: resent in the same one. */
  batch?: string;
}

/**
 * A send with no answer after this long is given up for this round (a connection that died
 * mid-request, in an underpass, may never fail by itself): sent again later under the same key.
 */
const SEND_TIMEOUT_MS = 20_000;

/** The API's most positions per batch (LOCATION_BATCH_MAX). */
const BATCH_MAX = 500;

/** An answer from the API about a sent change. */
export interface Applied {
  bookingId: string;
  status: string;
  version: number;
}

/** Queues a change; its key is made now, so every sending of it is the same request. */
export async function enqueue(
  change: Omit<QueuedChange, 'seq' | 'key' | 'expectedVersion' | 'recordedAt' | 'offline'> & {
    version: number;
  },
): Promise<void> {
  const { version, ...rest } = change;
  await inTransaction([CHANGES], 'readwrite', async (tx) => {
    const queued = await all<QueuedChange>(tx, CHANGES);
    const behind = queued.some((c) => c.owner === change.owner && c.bookingId === change.bookingId);
    const row: QueuedChange = {
      ...rest,
      key: crypto.randomUUID(),
      expectedVersion: behind ? null : version,
      recordedAt: appNow(),
      offline: !navigator.onLine,
    };
    await request(tx.objectStore(CHANGES).add(row));
  });
}

export async function queuedChanges(owner: string): Promise<QueuedChange[]> {
  return (await inTransaction([CHANGES], 'readonly', (tx) => all<QueuedChange>(tx, CHANGES))).filter(
    (c) => c.owner === owner,
  );
}

export async function refusals(owner: string): Promise<Refusal[]> {
  return (await inTransaction([REFUSALS], 'readonly', (tx) => all<Refusal>(tx, REFUSALS))).filter(
    (r) => r.owner === owner,
  );
}

/** The driver has read the refusals (all, or those of `seqs`): they go. */
export async function forgetRefusals(owner: string, seqs?: number[]): Promise<void> {
  await inTransaction([REFUSALS], 'readwrite', async (tx) => {
    for (const r of await all<Refusal>(tx, REFUSALS))
      if (r.owner === owner && r.seq !== undefined && (!seqs || seqs.includes(r.seq)))
        await request(tx.objectStore(REFUSALS).delete(r.seq));
  });
}

/** A position of the phone, kept until a batch carries it to the API. */
export async function recordPing(owner: string, lat: number, lon: number, at: Date): Promise<void> {
  await inTransaction([PINGS], 'readwrite', async (tx) => {
    await request(tx.objectStore(PINGS).add({ owner, lat, lon, at: at.toISOString() } satisfies QueuedPing));
  });
}

export async function queuedPings(owner: string): Promise<number> {
  return (await inTransaction([PINGS], 'readonly', (tx) => all<QueuedPing>(tx, PINGS))).filter(
    (p) => p.owner === owner,
  ).length;
}

/** The driver whose manifest is kept on the phone: who the app goes on as without a connection. */
export interface KeptDriver {
  principal: Principal;
  displayName: string | null;
}

interface KeptManifest {
  owner: string;
  savedAt: number;
  data: unknown;
  /** Absent in a copy kept by an older version of the app. */
  who?: KeptDriver;
}

/** The last manifest read, kept for the page to show without a connection, with whose it is. */
export async function saveManifest(who: KeptDriver, data: unknown): Promise<void> {
  const owner = who.principal.userId;
  await inTransaction([MANIFESTS], 'readwrite', async (tx) => {
    await dropManifestsBut(tx, owner);
    const row: KeptManifest = { owner, savedAt: appNow(), data, who };
    await request(tx.objectStore(MANIFESTS).put(row));
  });
}

/**
 * The driver signed in on this phone when their manifest was last kept (one at a time), for a
 * page load without a connection (auth.ts continueOffline); null: none.
 */
export async function keptDriver(): Promise<KeptDriver | null> {
  const rows = await inTransaction([MANIFESTS], 'readonly', (tx) => all<KeptManifest>(tx, MANIFESTS));
  return rows.find((r) => r.who?.principal.userId === r.owner)?.who ?? null;
}

export async function cachedManifest<T>(owner: string): Promise<{ savedAt: number; data: T } | null> {
  return inTransaction([MANIFESTS], 'readonly', async (tx) => {
    const row = await request(
      tx.objectStore(MANIFESTS).get(owner) as IDBRequest<{ savedAt: number; data: T } | undefined>,
    );
    return row ?? null;
  });
}

/**
 * Signing out, the server saying the session has ended, or someone else signed in: the riders'
 * names and phones of the kept manifests leave the phone (all, or all but `owner`'s: one driver's
 * rides on the phone at a time). The queued changes stay: sent when their driver signs in again.
 */
export async function forgetManifests(owner?: string): Promise<void> {
  await inTransaction([MANIFESTS], 'readwrite', (tx) => dropManifestsBut(tx, owner));
}

async function dropManifestsBut(tx: IDBTransaction, owner: string | undefined): Promise<void> {
  for (const m of await all<KeptManifest>(tx, MANIFESTS))
    if (m.owner !== owner) await request(tx.objectStore(MANIFESTS).delete(m.owner));
}

/** Whether a failed send is worth trying again later (no answer, or an answer saying "later"). */
function sendLater(e: unknown): boolean {
  if (!(e instanceof ApiError)) return true;
  return (
    e.status === 0 ||
    e.status === 401 ||
    e.status === 408 ||
    e.status === 429 ||
    e.status >= 500 ||
    e.code === 'REQUEST_IN_PROGRESS' ||
    e.fields.some((f) => f.code === 'REQUEST_IN_PROGRESS')
  );
}

export interface Round {
  /** The changes the API took in this round, in order. */
  applied: Applied[];
  /** Refused in this round (also kept in the store until read). */
  refused: Refusal[];
  /** Whether the round stopped with changes or positions still queued (no connection...). */
  stopped: boolean;
  /** Positions the API took in this round. */
  pingsSent: number;
}

/** Who hears every round's outcome (the driver's page), whoever started it. */
const roundListeners = new Set<(owner: string, round: Round) => void>();

export function onRound(listener: (owner: string, round: Round) => void): () => void {
  roundListeners.add(listener);
  return () => roundListeners.delete(listener);
}

let running: Promise<Round> | null = null;
/** A round asked for while one runs: it starts when that one ends (what was queued meanwhile goes too). */
let after: Promise<Round> | null = null;
/** Ends the running round's requests at once (the connection is gone). */
let stopRound: AbortController | null = null;

/**
 * Sends what is queued for `owner`: the positions, then the changes in order (see above). One
 * round at a time in this tab; across tabs the Web Lock. Asked for while a round runs, another
 * round follows it. Only under a session the server has confirmed (after a page load without a
 * connection the app runs unconfirmed until it is back: every send would be refused meanwhile).
 */
export function flush(owner: string): Promise<Round> {
  if (running) {
    after ??= running
      .catch(() => undefined)
      .then(() => {
        after = null;
        return flush(owner);
      });
    return after;
  }
  const ctl = new AbortController();
  stopRound = ctl;
  running = (async () => {
    try {
      const work = () => sendAll(owner, ctl.signal);
      const confirmed = signIn.current()?.token && signIn.current()?.principal.userId === owner;
      const round = !confirmed
        ? { applied: [], refused: [], stopped: true, pingsSent: 0 }
        : navigator.locks
          ? await navigator.locks.request('invataxi-driver-outbox', work)
          : await work();
      for (const l of roundListeners) l(owner, round);
      return round;
    } finally {
      running = null;
      if (stopRound === ctl) stopRound = null;
    }
  })();
  return running;
}

/**
 * The browser says the connection is gone: the requests of the running round end now rather
 * than hang (a request the server took meanwhile is answered again under its key next round).
 */
export function abortRound(): void {
  stopRound?.abort();
}

async function sendAll(owner: string, stop: AbortSignal): Promise<Round> {
  const round: Round = { applied: [], refused: [], stopped: false, pingsSent: 0 };
  const pings = await sendPings(owner, stop);
  round.pingsSent = pings.sent;
  if (!pings.done) return { ...round, stopped: true };
  for (;;) {
    const head = (await queuedChanges(owner))[0];
    if (!head) return round;
    if (head.expectedVersion === null) {
      // Only behind a change of the same ride, which sets it when answered: never at the head.
      round.refused.push(...(await refuse(head, null)));
      continue;
    }
    let answer: Applied;
    try {
      answer = await send(head, head.expectedVersion, stop);
    } catch (e) {
      if (sendLater(e)) return { ...round, stopped: true };
      round.refused.push(...(await refuse(head, e as ApiError)));
      continue;
    }
    await answered(head, answer);
    round.applied.push(answer);
  }
}

function send(c: QueuedChange, expectedVersion: number, stop: AbortSignal): Promise<Applied> {
  const signal = AbortSignal.any([stop, AbortSignal.timeout(SEND_TIMEOUT_MS)]);
  const params = { path: { id: c.bookingId }, header: { 'Idempotency-Key': c.key } };
  if (c.missed)
    return call(
      client.POST('/driver/bookings/{id}/missed', {
        params,
        signal,
        body: { reason: c.missed, expectedVersion },
      }),
    );
  return call(
    client.POST('/driver/bookings/{id}/status', {
      params,
      signal,
      body: { status: c.status!, expectedVersion },
    }),
  );
}

/** Taken: the change leaves the queue, and the next change of the ride gets its version. */
async function answered(c: QueuedChange, answer: Applied): Promise<void> {
  await inTransaction([CHANGES], 'readwrite', async (tx) => {
    const store = tx.objectStore(CHANGES);
    await request(store.delete(c.seq!));
    const next = (await all<QueuedChange>(tx, CHANGES)).find(
      (x) => x.owner === c.owner && x.bookingId === c.bookingId,
    );
    if (next && next.expectedVersion === null)
      await request(store.put({ ...next, expectedVersion: answer.version }));
  });
}

/** Refused: the change and the later ones of its ride leave the queue for the refusals. */
async function refuse(c: QueuedChange, e: ApiError | null): Promise<Refusal[]> {
  return inTransaction([CHANGES, REFUSALS], 'readwrite', async (tx) => {
    const out: Refusal[] = [];
    const ride = (await all<QueuedChange>(tx, CHANGES)).filter(
      (x) => x.owner === c.owner && x.bookingId === c.bookingId,
    );
    const code = e ? (e.fields[0]?.code ?? e.code ?? null) : null;
    // A ride that has left the driver: every change of it behind says so too (the tester's walk:
    // "not sent, because the change before it was not taken" after a rider's cancellation).
    const whole = code !== null && RIDE_GONE_CODES.includes(code);
    for (const x of ride) {
      const said = x.seq === c.seq || whole;
      const r: Refusal = {
        owner: x.owner,
        bookingId: x.bookingId,
        ...(x.status ? { status: x.status } : {}),
        ...(x.missed ? { missed: x.missed } : {}),
        label: x.label,
        message: said && e ? (e.fields[0]?.message ?? e.message) : null,
        // The sentence only when it is the one the message is (a field's own words may differ).
        said: said && e?.said && (!e.fields[0]?.code || e.fields[0].code === e.said.key) ? e.said : null,
        recordedAt: x.recordedAt,
        code: said ? code : null,
        retryAfterSeconds: x.seq === c.seq && e ? (e.retryAfterSeconds ?? null) : null,
        ride: said && e ? (e.ride ?? null) : null,
        ...(x.offline ? { offline: true } : {}),
      };
      await request(tx.objectStore(CHANGES).delete(x.seq!));
      r.seq = (await request(tx.objectStore(REFUSALS).add(r))) as number;
      out.push(r);
    }
    return out;
  });
}

/**
 * The queued positions in batches, each batch under its own key: a batch whose answer was lost
 * is sent again as it was (its positions carry the batch's key), never re-cut.
 */
async function sendPings(owner: string, stop: AbortSignal): Promise<{ done: boolean; sent: number }> {
  let sent = 0;
  for (;;) {
    const batch = await inTransaction([PINGS], 'readwrite', async (tx) => {
      const mine = (await all<QueuedPing>(tx, PINGS)).filter((p) => p.owner === owner);
      const open = mine.find((p) => p.batch)?.batch;
      if (open) return { key: open, pings: mine.filter((p) => p.batch === open) };
      const next = mine.slice(0, BATCH_MAX);
      if (!next.length) return null;
      const key = crypto.randomUUID();
      for (const p of next) await request(tx.objectStore(PINGS).put({ ...p, batch: key }));
      return { key, pings: next };
    });
    if (!batch) return { done: true, sent };
    try {
      await call(
        client.POST('/driver/locations', {
          params: { header: { 'Idempotency-Key': batch.key } },
          signal: AbortSignal.any([stop, AbortSignal.timeout(SEND_TIMEOUT_MS)]),
          body: { pings: batch.pings.map((p) => ({ lat: p.lat, lon: p.lon, at: p.at })) },
        }),
      );
      sent += batch.pings.length;
    } catch (e) {
      if (sendLater(e)) return { done: false, sent };
      // Refused as a whole (a phone's clock far ahead): these positions cannot be taken; the
      // changes behind them still go.
    }
    await inTransaction([PINGS], 'readwrite', async (tx) => {
      for (const p of batch.pings) await request(tx.objectStore(PINGS).delete(p.seq!));
    });
  }
}
