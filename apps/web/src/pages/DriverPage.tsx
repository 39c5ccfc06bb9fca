import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { arrivalOpensAt, completedOpensAt, enRouteOpensAt, shiftHasBegun } from '@invataxi/domain';
import { ApiError, call, client, subscribe, type Schema } from '../api/client';
import type { Session } from '../auth';
import { Announcer, LoadError, Loading, PageTitle, useLoad } from '../components';
import { fmtDate, fmtDuration, fmtTime } from '../format';
import {
  RIDE_GONE_CODES,
  cachedManifest,
  saveManifest,
  type Applied,
  type ChangeLabel,
  type QueuedChange,
  type Refusal,
  type Round,
} from '../offline/driver-outbox';
import { registerServiceWorker } from '../offline/service-worker';
import { reasonText } from '../reason-text';
import { useDriverOutbox, usePositionRecording } from '../offline/use-driver-outbox';
import { appNow } from '../app-now';
import { shiftReasonText } from './FleetPage';
import { placeIn } from '../place-names';

/**
 * GET /driver/manifest: the current shift's stops in route order with the rider's first name and,
 * while the stop is open, their phone (never the IIN or the full name); and the coming shifts' of
 * the next days (read-only, no phone yet).
 */
type ManifestStop = Schema<'ManifestStop'>;
type Manifest = Schema<'Manifest'>;
type ManifestShift = Schema<'ManifestShift'>;

/**
 * The shift under way and the coming ones, by the domain's one rule (shiftHasBegun, the API's
 * too): a shift not begun is coming (read-only, no phone, no status buttons) however near, and a
 * coming one of a copy kept on the phone becomes the one under way when its time comes.
 */
export function shiftsAsOf(
  m: Manifest,
  now: Date,
): { current: ManifestShift | null; coming: ManifestShift[] } {
  // A copy kept by an older version of the app says no lead-in: the shift's start then.
  const lead = m.shiftLeadMinutes ?? 0;
  const all: ManifestShift[] = [
    ...(m.shiftId && m.startsAt && m.endsAt
      ? [{ shiftId: m.shiftId, startsAt: m.startsAt, endsAt: m.endsAt, stops: m.stops }]
      : []),
    ...(m.coming ?? []),
  ].filter((s) => new Date(s.endsAt) > now || s.shiftId === m.shiftId);
  const current = all.find((s) => shiftHasBegun(new Date(s.startsAt), now, lead)) ?? null;
  return { current, coming: all.filter((s) => s !== current) };
}
type ReportedStatus = Schema<'DriverStatusDto'>['status'];

type MissReason = Schema<'DriverMissedDto'>['reason'];
const MISS_REASONS: MissReason[] = [
  'MISSED_ADDRESS_UNREACHABLE',
  'MISSED_VEHICLE_LATE',
  'MISSED_VEHICLE_PROBLEM',
];

const NEXT: Record<string, { pickup: ReportedStatus[]; dropoff: ReportedStatus[] }> = {
  SCHEDULED: { pickup: ['EN_ROUTE'], dropoff: [] },
  EN_ROUTE: { pickup: ['ARRIVED'], dropoff: [] },
  ARRIVED: { pickup: ['ON_BOARD', 'NO_SHOW'], dropoff: [] },
  ON_BOARD: { pickup: [], dropoff: ['COMPLETED'] },
};

/**
 * A phone-sized manifest: the next stop large, its needs and notes, call, status buttons.
 * Offline first (issue 23): the manifest last read is kept on the phone and shown without a
 * connection; every status change goes through the outbox (offline/driver-outbox.ts), shown at
 * once and sent in order, exactly once, when there is a connection; what waits and what the API
 * refused are said on the page.
 */
export function DriverPage({ session }: { session: Session }) {
  const { t } = useTranslation();
  const owner = session.principal.userId;
  /**
   * The server has confirmed the session (false: the page loaded without a connection and runs on
   * what the phone kept until it is back): then the manifest is read again and the live stream opens.
   */
  const confirmed = session.token !== null;
  const who = useRef({ principal: session.principal, displayName: session.displayName });
  who.current = { principal: session.principal, displayName: session.displayName };
  useEffect(() => registerServiceWorker(), []);
  /** When the manifest shown was read, when it is the copy kept on the phone (no connection). */
  const [cachedAt, setCachedAt] = useState<number | null>(null);
  const manifest = useLoad(
    async (signal): Promise<Manifest> => {
      try {
        const m = await call(client.GET('/driver/manifest', { signal }));
        setCachedAt(null);
        void saveManifest(who.current, m).catch(() => undefined);
        return m;
      } catch (e) {
        if (e instanceof ApiError && (e.status === 0 || !confirmed)) {
          const kept = await cachedManifest<Manifest>(owner).catch(() => null);
          if (kept) {
            setCachedAt(kept.savedAt);
            // A copy kept by an older version of the app has no coming shifts.
            return { ...kept.data, coming: kept.data.coming ?? [] };
          }
        }
        throw e;
      }
    },
    [owner],
  );
  // Confirmed at last: the manifest read again from the server (the kept copy stays shown meanwhile).
  const wasConfirmed = useRef(confirmed);
  useEffect(() => {
    if (confirmed && !wasConfirmed.current) manifest.reload();
    wasConfirmed.current = confirmed;
  }, [confirmed, manifest.reload]);
  // The page's clock, a minute at a time: a coming shift becomes the one under way when it begins.
  const [nowMs, setNowMs] = useState(appNow());
  useEffect(() => {
    const timer = setInterval(() => setNowMs(appNow()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const shifts = manifest.data ? shiftsAsOf(manifest.data, new Date(nowMs)) : null;
  const current = shifts?.current ?? null;
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState(false);
  const [waitUntil, setWaitUntil] = useState<Record<string, number>>({});
  /** When the driver tapped "Rider on board", per ride, until the manifest read again says it. */
  const [boardedTap, setBoardedTap] = useState<Record<string, number>>({});
  /** The API's answers to sent changes, until the manifest read again shows them. */
  const [answered, setAnswered] = useState<Record<string, Applied>>({});
  /**
   * What was heard live, kept as facts and said in the page's language when shown (walk h2 N1: a
   * sentence made when heard stayed in that language after the driver switched).
   */
  const [notices, setNotices] = useState<Notice[]>([]);
  /**
   * The stops of rides the page has heard were cancelled (live, or by a refusal), as they were
   * last read: shown marked cancelled even once the manifest no longer lists them (never vanish).
   */
  const [cancelledStops, setCancelledStops] = useState<(ManifestStop & { shiftId: string | null })[]>([]);
  // The stops as last read, for saying what a live change was (the event carries ids only).
  const known = useRef<(ManifestStop & { shiftId: string | null })[]>([]);
  /** The changes already announced, and the driver's own reports (`<booking>:<status>`). */
  const heard = useRef(new Set<string>());
  const reload = manifest.reload;

  const onRound = useCallback(
    (round: Round) => {
      if (round.applied.length) {
        setAnswered((a) => ({ ...a, ...Object.fromEntries(round.applied.map((x) => [x.bookingId, x])) }));
        const last = round.applied[round.applied.length - 1];
        setSaid(t('driver.done', { status: t(`status.${last.status}`) }));
      }
      // Too early for a no-show: the API says how many seconds are left; the button counts them down.
      for (const r of round.refused)
        if (r.code === 'NO_SHOW_TOO_EARLY' && r.retryAfterSeconds !== null)
          setWaitUntil((w) => ({ ...w, [r.bookingId]: appNow() + r.retryAfterSeconds! * 1000 }));
      for (const r of round.refused)
        heard.current.delete(`${r.bookingId}:${r.missed ? 'CANCELLED' : r.status}`);
      // A ride refused as cancelled stays in the list, marked so, after the manifest drops it.
      const cancelled = round.refused.filter((r) => r.code === 'RIDE_CANCELLED').map((r) => r.bookingId);
      if (cancelled.length)
        setCancelledStops((c) => [
          ...c.filter((x) => !cancelled.includes(x.bookingId)),
          ...known.current.filter((x) => cancelled.includes(x.bookingId)),
        ]);
      // The refusal is said by its own alert (once, where the page brings it into view).
      if (round.applied.length || round.refused.length) reload();
    },
    [t, reload],
  );
  const outbox = useDriverOutbox(owner, onRound);
  // A too-early no-show is said by its countdown: not kept as a refusal to read.
  useEffect(() => {
    const early = outbox.refused.filter((r) => r.code === 'NO_SHOW_TOO_EARLY').map((r) => r.seq!);
    if (early.length) void outbox.dismissRefusals(early);
  }, [outbox.refused, outbox]);

  /**
   * The rides known to be cancelled (heard live, or said by a refusal): their stops stay, marked
   * cancelled, with nothing to tap and no phone. Those a refusal says were moved to another
   * vehicle or taken off the route are no longer the driver's: the refusal says so.
   */
  const refusedAs = (code: string) => outbox.refused.filter((r) => r.code === code).map((r) => r.bookingId);
  const cancelledRides = new Set([...cancelledStops.map((s) => s.bookingId), ...refusedAs('RIDE_CANCELLED')]);
  const leftRides = new Set(
    RIDE_GONE_CODES.filter((c) => c !== 'RIDE_CANCELLED').flatMap((c) => refusedAs(c)),
  );
  /** The stop as the driver has made it: the API's answers and the changes still queued applied. */
  const applied = (s: ManifestStop): ManifestStop => {
    if (cancelledRides.has(s.bookingId) && !s.actualAt)
      return { ...s, bookingStatus: 'CANCELLED', riderPhone: null };
    const a = answered[s.bookingId];
    let out =
      a && a.version > s.version ? { ...s, bookingStatus: a.status as ManifestStop['bookingStatus'] } : s;
    const last = outbox.queued.filter((c) => c.bookingId === s.bookingId).at(-1);
    if (last)
      out = {
        ...out,
        bookingStatus: (last.missed ? 'CANCELLED' : last.status) as ManifestStop['bookingStatus'],
      };
    return out;
  };
  const listed = current?.stops ?? [];
  // A cancelled ride's stops the manifest no longer lists stay in the list, marked cancelled, at
  // their planned time among the route's.
  const dropped = cancelledStops.filter(
    (c) =>
      c.shiftId === current?.shiftId && !listed.some((s) => s.bookingId === c.bookingId && s.kind === c.kind),
  );
  const stops: ManifestStop[] = dropped
    .reduce((list, c) => {
      const at = list.findIndex((s) => Date.parse(s.plannedAt) > Date.parse(c.plannedAt));
      return at < 0 ? [...list, c] : [...list.slice(0, at), c, ...list.slice(at)];
    }, listed)
    .filter((s) => !leftRides.has(s.bookingId))
    .map(applied);
  const waitingFor = (s: ManifestStop) => outbox.queued.some((c) => c.bookingId === s.bookingId);
  const actionsOf = (s: ManifestStop) =>
    (s.kind === 'PICKUP' ? NEXT[s.bookingStatus]?.pickup : NEXT[s.bookingStatus]?.dropoff) ?? [];
  const pending = stops.filter((s) => actionsOf(s).length > 0);
  const next = pending[0];
  // A position kept while online goes at once (walk t23 m8: the first fix read "waiting to be
  // sent: 1" for up to a round, the driver took it for a connection problem); offline it waits.
  const position = usePositionRecording(
    owner,
    !!current,
    () => void (navigator.onLine ? outbox.send() : outbox.refresh()),
  );
  useEffect(() => {
    known.current = [
      ...(manifest.data?.stops ?? []).map((s) => ({ ...s, shiftId: manifest.data?.shiftId ?? null })),
      ...(manifest.data?.coming ?? []).flatMap((c) => c.stops.map((s) => ({ ...s, shiftId: c.shiftId }))),
    ];
  }, [manifest.data]);
  // Live (issue 23): a change of a ride on the shift or a coming one is announced, never vanishes.
  // Opened once the session is confirmed (unconfirmed, the stream would be refused for good).
  useEffect(() => {
    if (!confirmed) return;
    const ctl = new AbortController();
    subscribe(
      '/driver/events',
      (type, data) => {
        if (type !== 'update') return;
        const ev = data as { bookingId?: string; status?: string };
        const stop = known.current.find((x) => x.bookingId === ev.bookingId);
        // Said once per change, and never the driver's own report coming back (several
        // publishers tell of one change: the status notifier, dispatch freeing the stops).
        const said = `${ev.bookingId}:${ev.status}`;
        if (heard.current.has(said) || stop?.bookingStatus === ev.status) return reload();
        heard.current.add(said);
        const notice: Notice | null =
          stop && ev.status === 'CANCELLED'
            ? { bookingId: stop.bookingId, cancelled: { plannedAt: stop.plannedAt, address: stop.address } }
            : !stop
              ? { bookingId: null, cancelled: null }
              : null;
        if (stop && ev.status === 'CANCELLED') {
          const of = known.current.filter((x) => x.bookingId === stop.bookingId);
          setCancelledStops((c) => [...c.filter((x) => x.bookingId !== stop.bookingId), ...of]);
        }
        if (notice) {
          setNotices((n) => [...n, notice]);
          setSaid(noticeText(t, notice));
        }
        reload();
      },
      ctl.signal,
    );
    return () => ctl.abort();
  }, [t, reload, confirmed]);

  /**
   * A change the driver taps: kept in the outbox first (shown at once), then sent. The version
   * it expects is the latest the page knows: the manifest's or a later answer's.
   */
  const record = async (
    stop: ManifestStop,
    change: { status: ReportedStatus } | { missed: MissReason },
    word: string,
  ) => {
    setBusy(true);
    try {
      // A no-show is taken only with the vehicle's pings at the pickup: the latest fix goes first.
      if ('status' in change && change.status === 'NO_SHOW') await position.keepNow();
      heard.current.add(`${stop.bookingId}:${'status' in change ? change.status : 'CANCELLED'}`);
      if ('status' in change && change.status === 'ON_BOARD')
        setBoardedTap((b) => ({ ...b, [stop.bookingId]: appNow() }));
      const raw = current?.stops.find((s) => s.bookingId === stop.bookingId) ?? stop;
      const label: ChangeLabel = { address: stop.address, plannedAt: stop.plannedAt, kind: stop.kind };
      await outbox.record({
        owner,
        bookingId: stop.bookingId,
        ...change,
        version: Math.max(raw.version, answered[stop.bookingId]?.version ?? 0),
        label,
      });
      setSaid(t('driver.outbox.kept', { change: word }));
    } finally {
      setBusy(false);
    }
  };
  const refusals = outbox.refused.filter((r) => r.code !== 'NO_SHOW_TOO_EARLY');
  /**
   * When "On my way" and "I have arrived" open for a pickup not yet due, by the API's own rules
   * (enRouteOpensAt: the arrival's opening less the drive from the stop before; arrivalOpensAt),
   * on the platform's clock, from the manifest (kept on the phone: offline too); null once it may
   * be tapped, or when a copy kept by an older app does not carry the rule.
   */
  const setOffFrom = (stop: ManifestStop): string | null => {
    const lead = manifest.data?.arrivalLeadMinutes;
    if (lead === undefined || stop.kind !== 'PICKUP' || typeof stop.travelSeconds !== 'number') return null;
    // At a whole minute, as the API says it: the button opens at the minute it says.
    const from = wholeMinute(enRouteOpensAt(new Date(stop.windowFrom), stop.travelSeconds, lead));
    return from > nowMs ? new Date(from).toISOString() : null;
  };
  const arriveFrom = (stop: ManifestStop): string | null => {
    const lead = manifest.data?.arrivalLeadMinutes;
    if (lead === undefined || stop.kind !== 'PICKUP') return null;
    const from = wholeMinute(arrivalOpensAt(new Date(stop.windowFrom), lead));
    return from > nowMs ? new Date(from).toISOString() : null;
  };
  /**
   * When "Dropped off" opens for a ride on board, by the API's own rule (completedOpensAt): from
   * boarding plus a share of the direct travel time, on the platform's clock; null once it may be
   * tapped, or when the boarding time or the rule is not known (a copy kept by an older app).
   * Boarding is the manifest's, else the driver's own tap (still queued offline, or answered
   * before the manifest was read again).
   */
  const dropOffFrom = (stop: ManifestStop): string | null => {
    const percent = manifest.data?.minRidePercent;
    if (percent === undefined || stop.kind !== 'DROPOFF' || stop.directSeconds === undefined) return null;
    const tapped =
      outbox.queued.find((c) => c.bookingId === stop.bookingId && c.status === 'ON_BOARD')?.recordedAt ??
      boardedTap[stop.bookingId];
    const boardedAt = stop.boardedAt ? Date.parse(stop.boardedAt) : tapped;
    if (boardedAt === undefined) return null;
    // At a whole minute: the button opens at the minute it says, never half a minute after.
    const from = wholeMinute(completedOpensAt(new Date(boardedAt), stop.directSeconds, percent));
    return from > nowMs ? new Date(from).toISOString() : null;
  };
  // The page's clock moves at the minute a locked button opens (not up to a minute later).
  const opensNext = next
    ? next.bookingStatus === 'EN_ROUTE'
      ? arriveFrom(next)
      : (setOffFrom(next) ?? dropOffFrom(next))
    : null;
  useEffect(() => {
    if (!opensNext) return;
    const timer = setTimeout(() => setNowMs(appNow()), Math.max(0, Date.parse(opensNext) - appNow()) + 50);
    return () => clearTimeout(timer);
  }, [opensNext]);
  const act = (stop: ManifestStop, status: ReportedStatus) =>
    record(stop, { status }, t(`driver.action.${status}`));
  const miss = (stop: ManifestStop, reason: MissReason) =>
    record(stop, { missed: reason }, t(`driver.missedReason.${reason}`));

  return (
    <section className="driver">
      <PageTitle>{t('driver.title')}</PageTitle>
      <Announcer text={said} />
      {manifest.error && <LoadError error={manifest.error} />}
      {manifest.loading && !manifest.data && <Loading />}
      <OutboxStatus online={outbox.online} cachedAt={cachedAt} queued={outbox.queued} />
      <Refused refused={refusals} onSeen={() => void outbox.dismissRefusals()} />
      {notices.length > 0 && (
        <div className="notice notice-warning" data-testid="driver-notices">
          <ul>
            {notices.map((n, i) => (
              <li key={i}>{noticeText(t, n)}</li>
            ))}
          </ul>
          <button type="button" className="btn btn-large" onClick={() => setNotices([])}>
            {t('driver.live.seen')}
          </button>
        </div>
      )}
      {current && (
        <p>
          {t('driver.shiftOn', {
            date: fmtDate(current.startsAt),
            from: fmtTime(current.startsAt),
            to: fmtTime(current.endsAt),
          })}
        </p>
      )}
      {current && (
        <p className={position.state === 'off' || position.state === 'none' ? 'field-error' : 'small'}>
          {position.state === 'off' || position.state === 'none'
            ? t(`driver.position.${position.state}`)
            : outbox.pingsSentAt
              ? t('driver.position.sent', { time: fmtTime(new Date(outbox.pingsSentAt).toISOString()) })
              : position.state === 'found' && outbox.pings > 0
                ? t('driver.position.kept', { n: outbox.pings })
                : t('driver.position.waiting')}
        </p>
      )}
      {manifest.data && !current && <p className="big">{t('driver.noShift')}</p>}
      {manifest.data && !current && <CancelledShifts shifts={manifest.data.cancelledToday ?? []} />}
      {current && !next && <p className="big">{t('driver.noStops')}</p>}
      {next && (
        <article className="card next-stop" aria-labelledby="next-title">
          <h2 id="next-title">
            {next.kind === 'PICKUP' ? t('driver.nextPickup') : t('driver.nextDropoff')} ·{' '}
            {fmtTime(next.plannedAt)}
          </h2>
          <p className="big" translate="no">
            {placeIn(next.address)}
          </p>
          {waitingFor(next) && <p className="waiting-mark">{t('driver.outbox.notSentYet')}</p>}
          {next.kind === 'PICKUP' && (
            <p>{t('driver.window', { from: fmtTime(next.windowFrom), to: fmtTime(next.windowTo) })}</p>
          )}
          <p>{t('driver.rider', { name: next.riderFirstName })}</p>
          <Needs stop={next} />
          <Notes stop={next} />
          <div className="driver-actions">
            {next.riderPhone && (
              <a className="btn btn-large" href={`tel:${next.riderPhone}`}>
                {t('driver.call')} <span translate="no">{next.riderPhone}</span>
              </a>
            )}
            <NavigationLinks stop={next} />
          </div>
          <div className="driver-actions">
            {actionsOf(next).map((s) =>
              s === 'NO_SHOW' ? (
                <NoShowButton
                  key={s}
                  until={waitUntil[next.bookingId] ?? null}
                  busy={busy}
                  onPress={() => void act(next, s)}
                />
              ) : s === 'EN_ROUTE' && setOffFrom(next) !== null ? (
                <LockedAction
                  key={s}
                  label={t(`driver.action.${s}`)}
                  why={t('driver.setOffFrom', { time: fmtTime(setOffFrom(next)) })}
                />
              ) : s === 'ARRIVED' && arriveFrom(next) !== null ? (
                <LockedAction
                  key={s}
                  label={t(`driver.action.${s}`)}
                  why={t('driver.arriveFrom', { time: fmtTime(arriveFrom(next)) })}
                />
              ) : s === 'COMPLETED' && dropOffFrom(next) !== null ? (
                <LockedAction
                  key={s}
                  label={t(`driver.action.${s}`)}
                  why={t('driver.dropOffFrom', { time: fmtTime(dropOffFrom(next)) })}
                />
              ) : (
                <button
                  key={s}
                  type="button"
                  className="btn btn-primary btn-large"
                  disabled={busy}
                  onClick={() => void act(next, s)}
                >
                  {t(`driver.action.${s}`)}
                </button>
              ),
            )}
          </div>
          {next.kind === 'PICKUP' &&
            (next.bookingStatus === 'EN_ROUTE' || next.bookingStatus === 'ARRIVED') && (
              <details className="missed">
                <summary className="btn btn-large">{t('driver.missed')}</summary>
                <p className="small">{t('driver.missedHint')}</p>
                <div className="driver-actions">
                  {MISS_REASONS.map((r) => (
                    <button
                      key={r}
                      type="button"
                      className="btn btn-large"
                      disabled={busy}
                      onClick={() => void miss(next, r)}
                    >
                      {t(`driver.missedReason.${r}`)}
                    </button>
                  ))}
                </div>
              </details>
            )}
        </article>
      )}
      {stops.length > 0 && (
        <>
          <h2>{t('driver.allStops')}</h2>
          <StopList stops={stops} waiting={waitingFor} />
        </>
      )}
      {!!shifts?.coming.length && (
        <section aria-labelledby="coming-title" data-testid="driver-coming">
          <h2 id="coming-title">{t('driver.coming')}</h2>
          <p className="small">{t('driver.comingHint')}</p>
          {shifts.coming.map((c) => (
            <section key={c.shiftId} aria-labelledby={`shift-${c.shiftId}`}>
              <h3 id={`shift-${c.shiftId}`}>
                {t('driver.comingShift', {
                  date: fmtDate(c.startsAt),
                  from: fmtTime(c.startsAt),
                  to: fmtTime(c.endsAt),
                })}
              </h3>
              {c.stops.length ? (
                <StopList stops={c.stops.map((s) => ({ ...s, riderPhone: null }))} />
              ) : (
                <p>{t('driver.nextShiftEmpty')}</p>
              )}
            </section>
          ))}
        </section>
      )}
    </section>
  );
}

/** The first whole minute at or after an instant, ms: a lock opens at the minute it says. */
const wholeMinute = (d: Date): number => Math.ceil(d.getTime() / 60_000) * 60_000;

/**
 * A status button not to be tapped yet, shown disabled with the time it opens (the API would
 * refuse it before then: "On my way" hours ahead, "Dropped off" a tap after "On board").
 */
function LockedAction({ label, why }: { label: string; why: string }) {
  return (
    <div>
      <button type="button" className="btn btn-primary btn-large" disabled aria-describedby="action-opens">
        {label}
      </button>
      <p id="action-opens" className="small">
        {why}
      </p>
    </div>
  );
}

/**
 * Every stop of a shift with what the driver needs to know of it (issue 23): the time, the
 * address, the rider's first name, needs, companions and notes. Read-only: the status buttons
 * and the call button are on the open stop's card only.
 */
function StopList({
  stops,
  waiting = () => false,
}: {
  stops: ManifestStop[];
  waiting?: (s: ManifestStop) => boolean;
}) {
  const { t } = useTranslation();
  return (
    <ol className="stack">
      {stops.map((s) => (
        <li key={`${s.bookingId}-${s.kind}`} className="card">
          <p>
            <strong>{fmtTime(s.plannedAt)}</strong> ·{' '}
            {s.kind === 'PICKUP' ? t('board.pickup') : t('board.dropoff')} ·{' '}
            <span translate="no">{placeIn(s.address)}</span> · {t(`status.${s.bookingStatus}`)}
            {waiting(s) && <span className="waiting-mark"> · {t('driver.outbox.notSentYet')}</span>}
          </p>
          <p>{t('driver.rider', { name: s.riderFirstName })}</p>
          <Needs stop={s} />
          <Notes stop={s} />
        </li>
      ))}
    </ol>
  );
}

/** A change heard live: a ride of the list cancelled (its stop as last read), or one added or changed. */
interface Notice {
  bookingId: string | null;
  cancelled: { plannedAt: string; address: string } | null;
}

function noticeText(t: (key: string, o?: Record<string, unknown>) => string, n: Notice): string {
  return n.cancelled
    ? t('driver.live.cancelled', {
        time: fmtTime(n.cancelled.plannedAt),
        address: placeIn(n.cancelled.address),
      })
    : t('driver.live.added');
}

/** "«Rider on board» for 10:30, 12 Abai Avenue": the change and its stop, in words. */
function changeText(
  t: (key: string, o?: Record<string, unknown>) => string,
  c: Pick<QueuedChange, 'status' | 'missed' | 'label'>,
): string {
  return t('driver.outbox.change', {
    change: c.missed ? t(`driver.missedReason.${c.missed}`) : t(`driver.action.${c.status}`),
    time: fmtTime(c.label.plannedAt),
    address: placeIn(c.label.address),
  });
}

/**
 * A refused change in words: the API's reason, or that an earlier change of the ride was refused.
 * A ride that has left the driver meanwhile is said in the page's language at the time it is read
 * (a refusal kept on the phone outlives a change of language): whose ride, cancelled when, or moved.
 */
function refusalText(t: (key: string, o?: Record<string, unknown>) => string, r: Refusal): string {
  const gone =
    r.ride && r.code
      ? reasonText(r.code, undefined, false, {
          name: r.ride.riderFirstName,
          ...(r.ride.cancelledAt ? { at: fmtTime(r.ride.cancelledAt) } : {}),
        })
      : null;
  const reason = gone ?? (r.said ? reasonText(r.said.key, undefined, false, r.said.params) : r.message);
  return reason
    ? t('driver.outbox.refused', { change: changeText(t, r), reason })
    : t('driver.outbox.refusedAfter', { change: changeText(t, r) });
}

/**
 * The connection and the outbox in words: offline (the manifest as kept on the phone, from
 * when), the changes waiting to be sent, and those the API refused after the connection came
 * back (kept until the driver has read them).
 */
function OutboxStatus({
  online,
  cachedAt,
  queued,
}: {
  online: boolean;
  cachedAt: number | null;
  queued: QueuedChange[];
}) {
  const { t } = useTranslation();
  return (
    <>
      {(!online || cachedAt !== null) && (
        <div className="notice notice-warning offline-note" data-testid="driver-offline">
          <p>
            <strong>{t('driver.outbox.offline')}</strong> {t('driver.outbox.offlineHint')}
          </p>
          {cachedAt !== null && (
            <p>{t('driver.outbox.cachedAt', { time: fmtTime(new Date(cachedAt).toISOString()) })}</p>
          )}
        </div>
      )}
      {queued.length > 0 && (
        <div className="notice outbox" data-testid="driver-outbox" role="status">
          <p>
            <strong>{t('driver.outbox.waiting', { n: queued.length })}</strong>
          </p>
          <ol>
            {queued.map((c) => (
              <li key={c.key}>
                {t('driver.outbox.queued', {
                  change: changeText(t, c),
                  tapped: fmtTime(new Date(c.recordedAt).toISOString()),
                })}
              </li>
            ))}
          </ol>
        </div>
      )}
    </>
  );
}

/**
 * The changes the API refused, in words, headed by what happened (after the connection came back
 * for a change tapped offline; simply not taken for one tapped online), kept until the driver
 * has read them: one alert (said once, not also by the page's announcer), brought into view
 * when a new refusal comes (the driver may be far down the page, at the stop they tapped).
 */
function Refused({ refused, onSeen }: { refused: Refusal[]; onSeen: () => void }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const newest = refused.reduce((a, r) => Math.max(a, r.seq ?? 0), 0);
  useEffect(() => {
    if (newest) box.current?.scrollIntoView({ block: 'center' });
  }, [newest]);
  if (!refused.length) return null;
  return (
    <div ref={box} className="notice notice-error" data-testid="driver-refused" role="alert">
      <p>
        <strong>
          {refused.some((r) => r.offline) ? t('driver.outbox.refusedTitle') : t('driver.outbox.refusedNow')}
        </strong>
      </p>
      <ul>
        {refused.map((r) => (
          <li key={r.seq}>{refusalText(t, r)}</li>
        ))}
      </ul>
      <button type="button" className="btn btn-large" onClick={onSeen}>
        {t('driver.live.seen')}
      </button>
    </div>
  );
}

/**
 * The driver's shifts of today that were cancelled (walk t23 m13: only "No open shift." was
 * said): when it was to run, who cancelled it and why, in words.
 */
function CancelledShifts({ shifts }: { shifts: Schema<'CancelledShift'>[] }) {
  const { t } = useTranslation();
  if (!shifts.length) return null;
  return (
    <div className="notice notice-warning" data-testid="driver-shift-cancelled">
      {shifts.map((c) => (
        <p key={c.shiftId}>
          {t('driver.shiftCancelled', { from: fmtTime(c.startsAt), to: fmtTime(c.endsAt) })}
          {c.byRole === 'PROVIDER_ADMIN' || c.byRole === 'DISPATCHER'
            ? ` ${t(`driver.shiftCancelledBy.${c.byRole}`)}`
            : ''}
          {c.reason ? ` ${t('driver.shiftCancelledReason', { reason: shiftReasonText(c.reason, t) })}` : ''}
        </p>
      ))}
    </div>
  );
}

/**
 * Directions to the stop in the phone's own maps: a geo: link (Android opens the maps app it
 * has), and 2GIS and Yandex Maps links, the maps people in Kazakhstan use.
 */
function NavigationLinks({ stop }: { stop: ManifestStop }) {
  const { t } = useTranslation();
  const { lat, lon } = stop;
  return (
    <>
      <a className="btn btn-large" href={`geo:${lat},${lon}?q=${lat},${lon}`}>
        {t('driver.navigate')}
      </a>
      <a className="btn" href={`https://2gis.kz/geo/${lon},${lat}`} target="_blank" rel="noreferrer">
        {t('driver.navigate2gis')}
      </a>
      <a
        className="btn"
        href={`https://yandex.kz/maps/?rtext=~${lat},${lon}&rtt=auto`}
        target="_blank"
        rel="noreferrer"
      >
        {t('driver.navigateYandex')}
      </a>
    </>
  );
}

/** The dispatcher's notes for the driver on the ride, if any. */
function Notes({ stop }: { stop: ManifestStop }) {
  const { t } = useTranslation();
  if (!stop.notes) return null;
  return (
    <p className="notes">
      <strong>{t('driver.notes')}:</strong> {stop.notes}
    </p>
  );
}

function Needs({ stop }: { stop: ManifestStop }) {
  const { t } = useTranslation();
  const n = stop.mobility;
  const items: string[] = [];
  if (n && n.wheelchair !== 'NONE') items.push(t(`wheelchair.${n.wheelchair}`));
  if (n)
    for (const f of ['stepFree', 'needsLift', 'visual', 'hearing', 'intellectual', 'guideDog'] as const)
      if (n[f]) items.push(t(`need.${f}`));
  if (stop.companions) items.push(t('driver.companions', { count: stop.companions }));
  if (!items.length) return null;
  return (
    <ul className="needs" aria-label={t('book.needs')}>
      {items.map((i) => (
        <li key={i}>{i}</li>
      ))}
    </ul>
  );
}

/**
 * NO_SHOW only once the waiting time has passed: the API refuses an early report with the
 * seconds left, and the button counts them down before it can be pressed again.
 */
function NoShowButton({
  until,
  busy,
  onPress,
}: {
  until: number | null;
  busy: boolean;
  onPress: () => void;
}) {
  const { t } = useTranslation();
  const [now, setNow] = useState(appNow());
  useEffect(() => {
    if (until === null) return;
    const timer = setInterval(() => setNow(appNow()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  const left = until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
  return (
    <div>
      <button
        type="button"
        className="btn btn-danger btn-large"
        disabled={busy || left > 0}
        aria-describedby="noshow-wait"
        onClick={onPress}
      >
        {t('driver.action.NO_SHOW')}
      </button>
      <p id="noshow-wait" className="small">
        {until === null
          ? t('driver.noShowWait')
          : left > 0
            ? t('driver.noShowIn', { time: fmtDuration(left, { seconds: true }) })
            : t('driver.noShowNow')}
      </p>
    </div>
  );
}
