import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, post } from '../api';
import { Announcer, LoadError, Loading, PageTitle, useGet } from '../components';
import { EP } from '../endpoints';
import { fmtTime } from '../format';
import type { Mobility } from '../rider';

interface ManifestStop {
  bookingId: string;
  kind: 'PICKUP' | 'DROPOFF';
  address: string;
  plannedAt: string | null;
  windowEarliest?: string;
  windowLatest?: string;
  status: string;
  version?: number;
  riderName?: string;
  riderPhone?: string | null;
  companions?: number;
  needs?: Mobility;
  notes?: string | null;
  /** When NO_SHOW becomes possible (the policy's waiting time after arrival and window start). */
  noShowAllowedAt?: string | null;
}

interface Manifest {
  shift: { id: string; startsAt: string; endsAt: string; vehiclePlate?: string } | null;
  stops: ManifestStop[];
}

const NEXT: Record<string, { pickup: string[]; dropoff: string[] }> = {
  SCHEDULED: { pickup: ['EN_ROUTE'], dropoff: [] },
  EN_ROUTE: { pickup: ['ARRIVED'], dropoff: [] },
  ARRIVED: { pickup: ['ON_BOARD', 'NO_SHOW'], dropoff: [] },
  ON_BOARD: { pickup: [], dropoff: ['COMPLETED'] },
};

/** A phone-sized manifest: the next stop large, its needs and notes, call, status buttons. */
export function DriverPage() {
  const { t } = useTranslation();
  const manifest = useGet<Manifest>(EP.manifest);
  const [said, setSaid] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const stops = manifest.data?.stops ?? [];
  const pending = stops.filter((s) => (s.kind === 'PICKUP' ? NEXT[s.status]?.pickup.length : NEXT[s.status]?.dropoff.length));
  const next = pending[0];

  const act = async (stop: ManifestStop, status: string) => {
    setBusy(true);
    setError(null);
    try {
      await post(EP.stopStatus(stop.bookingId), { status, ...(stop.version ? { version: stop.version } : {}) });
      setSaid(t('driver.done', { status: t(`status.${status}`) }));
      manifest.reload();
    } catch (e) {
      setError(e instanceof ApiError ? (e.fields[0]?.message ?? e.message) : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="driver">
      <PageTitle>{t('driver.title')}</PageTitle>
      <Announcer text={said} />
      {manifest.error && <LoadError error={manifest.error} />}
      {manifest.loading && !manifest.data && <Loading />}
      {manifest.data && !next && <p className="big">{t('driver.noStops')}</p>}
      {next && (
        <article className="card next-stop" aria-labelledby="next-title">
          <h2 id="next-title">
            {next.kind === 'PICKUP' ? t('driver.nextPickup') : t('driver.nextDropoff')} · {fmtTime(next.plannedAt)}
          </h2>
          <p className="big" translate="no">{next.address}</p>
          {next.riderName && <p translate="no">{next.riderName}</p>}
          <Needs stop={next} />
          {next.notes && (
            <p className="notes">
              <strong>{t('driver.notes')}:</strong> {next.notes}
            </p>
          )}
          {next.riderPhone && (
            <a className="btn btn-large" href={`tel:${next.riderPhone}`}>
              <span aria-hidden="true">📞 </span>
              {t('driver.call')}
            </a>
          )}
          <div className="driver-actions">
            {(next.kind === 'PICKUP' ? NEXT[next.status].pickup : NEXT[next.status].dropoff).map((s) =>
              s === 'NO_SHOW' ? (
                <NoShowButton key={s} stop={next} busy={busy} onPress={() => void act(next, s)} />
              ) : (
                <button key={s} type="button" className="btn btn-primary btn-large" disabled={busy} onClick={() => void act(next, s)}>
                  {t(`driver.action.${s}`)}
                </button>
              ),
            )}
          </div>
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
          <ol className="stack">
            {stops.map((s) => (
              <li key={`${s.bookingId}-${s.kind}`} className="card">
                {fmtTime(s.plannedAt)} · {s.kind === 'PICKUP' ? t('board.pickup') : t('board.dropoff')} · {s.address} · {t(`status.${s.status}`)}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function Needs({ stop }: { stop: ManifestStop }) {
  const { t } = useTranslation();
  const n = stop.needs;
  const items: string[] = [];
  if (n && n.wheelchair !== 'NONE') items.push(t(`wheelchair.${n.wheelchair}`));
  if (n) for (const f of ['needsRamp', 'needsLift', 'visual', 'hearing', 'intellectual', 'guideDog'] as const) if (n[f]) items.push(t(`need.${f}`));
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

/** NO_SHOW only once the waiting time has passed; a countdown until then. */
function NoShowButton({ stop, busy, onPress }: { stop: ManifestStop; busy: boolean; onPress: () => void }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const at = stop.noShowAllowedAt ? new Date(stop.noShowAllowedAt).getTime() : null;
  const left = at === null ? 0 : Math.max(0, Math.ceil((at - now) / 1000));
  const mm = Math.floor(left / 60);
  const ss = String(left % 60).padStart(2, '0');
  return (
    <div>
      <button type="button" className="btn btn-danger btn-large" disabled={busy || left > 0} aria-describedby="noshow-wait" onClick={onPress}>
        {t('driver.action.NO_SHOW')}
      </button>
      <p id="noshow-wait" className="small">
        {left > 0 ? t('driver.noShowIn', { time: `${mm}:${ss}` }) : t('driver.noShowNow')}
      </p>
    </div>
  );
}
