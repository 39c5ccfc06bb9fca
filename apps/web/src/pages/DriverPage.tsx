import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call, client, subscribe, type Schema } from '../api/client';
import { Announcer, LoadError, Loading, PageTitle, useLoad } from '../components';
import { fmtDate, fmtDuration, fmtTime } from '../format';

/**
 * GET /driver/manifest: the current shift's stops in route order with the rider's first name and,
 * while the stop is open, their phone (never the IIN or the full name); and the next shift's.
 */
type ManifestStop = Schema<'ManifestStop'>;
type ReportedStatus = Schema<'DriverStatusDto'>['status'];

type MissReason = Schema<'DriverMissedDto'>['reason'];
const MISS_REASONS: MissReason[] = [
  'MISSED_ADDRESS_UNREACHABLE',
  'MISSED_VEHICLE_LATE',
  'MISSED_VEHICLE_PROBLEM',
];

/** How often the phone's position goes to the API while the page is open (issue 23). */
const PING_EVERY_MS = 30_000;

const NEXT: Record<string, { pickup: ReportedStatus[]; dropoff: ReportedStatus[] }> = {
  SCHEDULED: { pickup: ['EN_ROUTE'], dropoff: [] },
  EN_ROUTE: { pickup: ['ARRIVED'], dropoff: [] },
  ARRIVED: { pickup: ['ON_BOARD', 'NO_SHOW'], dropoff: [] },
  ON_BOARD: { pickup: [], dropoff: ['COMPLETED'] },
};

/** A phone-sized manifest: the next stop large, its needs and notes, call, status buttons. */
export function DriverPage() {
  const { t } = useTranslation();
  const manifest = useLoad((signal) => call(client.GET('/driver/manifest', { signal })), []);
  const [said, setSaid] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const stops: ManifestStop[] = manifest.data?.stops ?? [];
  const actionsOf = (s: ManifestStop) =>
    (s.kind === 'PICKUP' ? NEXT[s.bookingStatus]?.pickup : NEXT[s.bookingStatus]?.dropoff) ?? [];
  const pending = stops.filter((s) => actionsOf(s).length > 0);
  const [waitUntil, setWaitUntil] = useState<Record<string, number>>({});
  const next = pending[0];
  const position = usePositionReports(!!manifest.data?.shiftId);
  const [notices, setNotices] = useState<string[]>([]);
  // The stops as last read, for saying what a live change was (the event carries ids only).
  const known = useRef<ManifestStop[]>([]);
  /** The changes already announced, and the driver's own reports (`<booking>:<status>`). */
  const heard = useRef(new Set<string>());
  useEffect(() => {
    known.current = [...stops, ...(manifest.data?.next?.stops ?? [])];
  }, [stops, manifest.data]);
  const reload = manifest.reload;
  // Live (issue 23): a change of a ride on the shift or the next is announced, never vanishes.
  useEffect(() => {
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
        const text =
          stop && ev.status === 'CANCELLED'
            ? t('driver.live.cancelled', { time: fmtTime(stop.plannedAt), address: stop.address })
            : !stop
              ? t('driver.live.added')
              : null;
        if (text) {
          setNotices((n) => [...n, text]);
          setSaid(text);
        }
        reload();
      },
      ctl.signal,
    );
    return () => ctl.abort();
  }, [t, reload]);

  const act = async (stop: ManifestStop, status: ReportedStatus) => {
    setBusy(true);
    setError(null);
    try {
      // A no-show is taken only with the vehicle's pings at the pickup: the latest fix goes first.
      if (status === 'NO_SHOW') await position.sendNow();
      heard.current.add(`${stop.bookingId}:${status}`);
      await call(
        client.POST('/driver/bookings/{id}/status', {
          params: { path: { id: stop.bookingId } },
          body: { status, expectedVersion: stop.version },
        }),
      );
      setSaid(t('driver.done', { status: t(`status.${status}`) }));
      manifest.reload();
    } catch (e) {
      heard.current.delete(`${stop.bookingId}:${status}`);
      if (!(e instanceof ApiError)) throw e;
      // Too early for a no-show: the API says how many seconds are left; count them down.
      const early = e.fields.find((f) => f.code === 'NO_SHOW_TOO_EARLY');
      const seconds = early ? (e.retryAfterSeconds ?? NaN) : NaN;
      if (early && Number.isFinite(seconds))
        setWaitUntil((w) => ({ ...w, [stop.bookingId]: Date.now() + seconds * 1000 }));
      else setError(e.fields[0]?.message ?? e.message);
      manifest.reload();
    } finally {
      setBusy(false);
    }
  };

  const miss = async (stop: ManifestStop, reason: MissReason) => {
    setBusy(true);
    setError(null);
    heard.current.add(`${stop.bookingId}:CANCELLED`);
    try {
      await call(
        client.POST('/driver/bookings/{id}/missed', {
          params: { path: { id: stop.bookingId } },
          body: { reason, expectedVersion: stop.version },
        }),
      );
      setSaid(t('driver.missedDone', { reason: t(`driver.missedReason.${reason}`) }));
    } catch (e) {
      heard.current.delete(`${stop.bookingId}:CANCELLED`);
      if (!(e instanceof ApiError)) throw e;
      setError(e.fields[0]?.message ?? e.message);
    } finally {
      setBusy(false);
      manifest.reload();
    }
  };

  return (
    <section className="driver">
      <PageTitle>{t('driver.title')}</PageTitle>
      <Announcer text={said} />
      {manifest.error && <LoadError error={manifest.error} />}
      {manifest.loading && !manifest.data && <Loading />}
      {notices.length > 0 && (
        <div className="notice notice-warning" data-testid="driver-notices">
          <ul>
            {notices.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
          <button type="button" className="btn btn-small" onClick={() => setNotices([])}>
            {t('driver.live.seen')}
          </button>
        </div>
      )}
      {manifest.data?.startsAt && (
        <p>
          {t('driver.shiftOn', {
            date: fmtDate(manifest.data.startsAt),
            from: fmtTime(manifest.data.startsAt),
            to: fmtTime(manifest.data.endsAt),
          })}
        </p>
      )}
      {manifest.data?.shiftId && (
        <p className={position.state === 'off' || position.state === 'none' ? 'field-error' : 'small'}>
          {position.state === 'sent' && position.sentAt
            ? t('driver.position.sent', { time: fmtTime(new Date(position.sentAt).toISOString()) })
            : t(`driver.position.${position.state === 'sent' ? 'waiting' : position.state}`)}
        </p>
      )}
      {manifest.data && !manifest.data.shiftId && <p className="big">{t('driver.noShift')}</p>}
      {manifest.data?.shiftId && !next && <p className="big">{t('driver.noStops')}</p>}
      {next && (
        <article className="card next-stop" aria-labelledby="next-title">
          <h2 id="next-title">
            {next.kind === 'PICKUP' ? t('driver.nextPickup') : t('driver.nextDropoff')} ·{' '}
            {fmtTime(next.plannedAt)}
          </h2>
          <p className="big" translate="no">
            {next.address}
          </p>
          {next.kind === 'PICKUP' && (
            <p>{t('driver.window', { from: fmtTime(next.windowFrom), to: fmtTime(next.windowTo) })}</p>
          )}
          <p>{t('driver.rider', { name: next.riderFirstName })}</p>
          <Needs stop={next} />
          {next.notes && (
            <p className="notes">
              <strong>{t('driver.notes')}:</strong> {next.notes}
            </p>
          )}
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
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
        </article>
      )}
      {stops.length > 0 && (
        <>
          <h2>{t('driver.allStops')}</h2>
          <StopList stops={stops} />
        </>
      )}
      {manifest.data?.next && (
        <section aria-labelledby="next-shift-title">
          <h2 id="next-shift-title">
            {t('driver.nextShift', {
              date: fmtDate(manifest.data.next.startsAt),
              from: fmtTime(manifest.data.next.startsAt),
              to: fmtTime(manifest.data.next.endsAt),
            })}
          </h2>
          {manifest.data.next.stops.length ? (
            <StopList stops={manifest.data.next.stops} />
          ) : (
            <p>{t('driver.nextShiftEmpty')}</p>
          )}
        </section>
      )}
    </section>
  );
}

function StopList({ stops }: { stops: ManifestStop[] }) {
  const { t } = useTranslation();
  return (
    <ol className="stack">
      {stops.map((s) => (
        <li key={`${s.bookingId}-${s.kind}`} className="card">
          {fmtTime(s.plannedAt)} · {s.kind === 'PICKUP' ? t('board.pickup') : t('board.dropoff')} ·{' '}
          <span translate="no">{s.address}</span> · {s.riderFirstName} · {t(`status.${s.bookingStatus}`)}
        </li>
      ))}
    </ol>
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
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (until === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
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

type PositionState = 'waiting' | 'sent' | 'off' | 'none';

/**
 * The phone's position while a shift is open (issue 23): watchPosition, the latest fix sent to
 * the API every PING_EVERY_MS (the vehicle's trail, the riders' ETAs and a no-show's evidence).
 * sendNow() sends the latest fix at once (before a no-show is reported).
 */
function usePositionReports(active: boolean) {
  const latest = useRef<{ lat: number; lon: number } | null>(null);
  const [state, setState] = useState<PositionState>('waiting');
  const [sentAt, setSentAt] = useState<number | null>(null);
  const send = useCallback(async () => {
    const at = latest.current;
    if (!at) return;
    try {
      await call(client.POST('/driver/location', { body: { lat: at.lat, lon: at.lon } }));
      setState('sent');
      setSentAt(Date.now());
    } catch {
      // No connection or no open shift: the next fix tries again.
    }
  }, []);
  useEffect(() => {
    if (!active) return;
    if (!('geolocation' in navigator)) {
      setState('none');
      return;
    }
    let first = true;
    const watch = navigator.geolocation.watchPosition(
      (p) => {
        latest.current = { lat: p.coords.latitude, lon: p.coords.longitude };
        if (first) {
          first = false;
          void send();
        }
      },
      (e) => setState(e.code === e.PERMISSION_DENIED ? 'off' : 'waiting'),
      { enableHighAccuracy: true, maximumAge: 10_000 },
    );
    const timer = setInterval(() => void send(), PING_EVERY_MS);
    return () => {
      navigator.geolocation.clearWatch(watch);
      clearInterval(timer);
    };
  }, [active, send]);
  return { state, sentAt, sendNow: send };
}
