import { useCallback, useEffect, useRef, useState } from 'react';
import { appNow } from '../app-now';
import type { Session } from '../auth';
import {
  abortRound,
  enqueue,
  flush,
  forgetRefusals,
  onRound as onAnyRound,
  queuedChanges,
  queuedPings,
  recordPing,
  refusals as storedRefusals,
  type QueuedChange,
  type Refusal,
  type Round,
} from './driver-outbox';

/** A round is tried this often (besides the browser's "online" event and each change made). */
const ROUND_EVERY_MS = 15_000;
/** The phone's position is kept this often while the shift runs; batches go with each round. */
const PING_EVERY_MS = 15_000;

export interface Outbox {
  /** The changes still waiting to be sent, in order. */
  queued: QueuedChange[];
  /** Refused after they were sent (kept until the driver has read them). */
  refused: Refusal[];
  /** Positions waiting to be sent. */
  pings: number;
  online: boolean;
  /** When positions last reached the API (this page), on the platform's clock. */
  pingsSentAt: number | null;
  record: (change: Parameters<typeof enqueue>[0]) => Promise<void>;
  /** Sends now what waits; the round's outcome. */
  send: () => Promise<Round | null>;
  dismissRefusals: (seqs?: number[]) => Promise<void>;
  /** Reads again what waits (after a position was kept). */
  refresh: () => Promise<void>;
}

/**
 * The driver's queue goes out wherever the app is (walk t23 M1: sent only once the driver opened
 * /driver again by hand), for a session the server has confirmed: at once (the page load, or the
 * moment a session kept through a load without a connection is confirmed), when the browser says
 * the connection is back, and every ROUND_EVERY_MS (the "online" event is not always told, and
 * navigator.onLine may say online without a connection or the other way). Called once, by the app.
 */
export function useOutboxSending(session: Session | null): void {
  const owner = session?.principal.role === 'DRIVER' ? session.principal.userId : null;
  const confirmed = !!session?.token;
  useEffect(() => {
    if (!owner || !confirmed) return;
    const send = () => void flush(owner).catch(() => undefined);
    // The connection is gone: the running round's requests end now rather than hang.
    const down = () => abortRound();
    send();
    window.addEventListener('online', send);
    window.addEventListener('offline', down);
    const timer = setInterval(send, ROUND_EVERY_MS);
    return () => {
      window.removeEventListener('online', send);
      window.removeEventListener('offline', down);
      clearInterval(timer);
    };
  }, [owner, confirmed]);
}

/**
 * The outbox (driver-outbox.ts) as the driver's page sees it: what waits, what was refused, and
 * a change sent as soon as it is made (the app sends the rest: useOutboxSending). `onRound`
 * hears each round's outcome, whoever started the round.
 */
export function useDriverOutbox(owner: string | null, onRound: (round: Round) => void): Outbox {
  const [queued, setQueued] = useState<QueuedChange[]>([]);
  const [refused, setRefused] = useState<Refusal[]>([]);
  const [pings, setPings] = useState(0);
  const [online, setOnline] = useState(navigator.onLine);
  const [pingsSentAt, setPingsSentAt] = useState<number | null>(null);
  const heard = useRef(onRound);
  heard.current = onRound;

  const refresh = useCallback(async () => {
    if (!owner) return;
    setQueued(await queuedChanges(owner));
    setRefused(await storedRefusals(owner));
    setPings(await queuedPings(owner));
  }, [owner]);

  const send = useCallback(async (): Promise<Round | null> => {
    if (!owner) return null;
    try {
      return await flush(owner);
    } catch {
      // IndexedDB refused (private mode, storage full): nothing was sent or lost; shown as waiting.
      await refresh().catch(() => undefined);
      return null;
    }
  }, [owner, refresh]);

  // Every round's outcome, the app's or this page's.
  useEffect(
    () =>
      onAnyRound((of, round) => {
        if (of !== owner) return;
        if (round.pingsSent) setPingsSentAt(appNow());
        heard.current(round);
        void refresh().catch(() => undefined);
      }),
    [owner, refresh],
  );

  useEffect(() => {
    void refresh().catch(() => undefined);
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, [refresh]);

  const record = useCallback(
    async (change: Parameters<typeof enqueue>[0]) => {
      await enqueue(change);
      await refresh();
      void send();
    },
    [refresh, send],
  );

  const dismissRefusals = useCallback(
    async (seqs?: number[]) => {
      if (!owner) return;
      await forgetRefusals(owner, seqs);
      await refresh();
    },
    [owner, refresh],
  );

  return { queued, refused, pings, online, pingsSentAt, record, send, dismissRefusals, refresh };
}

export type PositionState = 'waiting' | 'found' | 'off' | 'none';

/**
 * The phone's position while a shift is open (issue 23): watchPosition, the latest fix kept in
 * the outbox every PING_EVERY_MS (sent in batches with the outbox's rounds, queued while
 * offline, each with the time it was taken). keepNow() keeps the latest fix at once (before a
 * no-show: the outbox sends positions before the changes, so the evidence is there first).
 */
export function usePositionRecording(owner: string | null, active: boolean, onKept: () => void) {
  const latest = useRef<{ lat: number; lon: number } | null>(null);
  const [state, setState] = useState<PositionState>('waiting');
  const kept = useRef(onKept);
  kept.current = onKept;
  const keepNow = useCallback(async () => {
    const at = latest.current;
    if (!at || !owner) return;
    await recordPing(owner, at.lat, at.lon, new Date(appNow())).catch(() => undefined);
    kept.current();
  }, [owner]);
  useEffect(() => {
    if (!active || !owner) return;
    if (!('geolocation' in navigator)) {
      setState('none');
      return;
    }
    let first = true;
    const watch = navigator.geolocation.watchPosition(
      (p) => {
        latest.current = { lat: p.coords.latitude, lon: p.coords.longitude };
        setState('found');
        if (first) {
          first = false;
          void keepNow();
        }
      },
      (e) => setState(e.code === e.PERMISSION_DENIED ? 'off' : 'waiting'),
      { enableHighAccuracy: true, maximumAge: 10_000 },
    );
    const timer = setInterval(() => void keepNow(), PING_EVERY_MS);
    return () => {
      navigator.geolocation.clearWatch(watch);
      clearInterval(timer);
    };
  }, [active, owner, keepNow]);
  return { state, keepNow };
}
