import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import {
  BOOKING_STATUSES,
  RIDE_NEED_FILTERS,
  type BookingStatus,
  type RideNeedFilter,
} from '@invataxi/domain';
import type { Schema } from '../../api/client';
import { Announcer, LoadError, StatusBadge } from '../../components';
import { fmtTime } from '../../format';
import { RiderLine } from './RiderLine';
import { usePagedRides, type RideQuery } from './usePagedRides';
import { canMove } from './movable';
import { placeIn } from '../../place-names';

type Ride = Schema<'BookingView'>;

/** The pause after the last key before the API is asked (no request per keystroke). */
const TYPING_PAUSE_MS = 400;

/**
 * Find a ride on the day (issue 23): by part of the rider's name, their phone or the booking's
 * number, searched by the API within the dispatcher's scope (a provider's dispatcher finds only
 * its own work); filtered by status, provider and need. The results are paged like every list
 * of the board, each with the rider's phone and a button to move it.
 */
export function BoardSearch(props: {
  day: string;
  scope: { provider?: string; region?: string };
  /** The providers whose vehicles work this day (a region's dispatcher may narrow to one). */
  providers: { id: string; name: string }[];
  plateOf: (shiftId: string) => string | undefined;
  onMove: (ride: Ride) => void;
  inputRef: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<BookingStatus | ''>('');
  const [provider, setProvider] = useState('');
  const [need, setNeed] = useState<RideNeedFilter | ''>('');

  useEffect(() => {
    const typed = text.trim();
    const timer = setTimeout(() => setQ(typed.length >= 2 ? typed : ''), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const active = !!(q || status || provider || need);
  const query: RideQuery | null = active
    ? {
        day: props.day,
        ...props.scope,
        ...(q ? { q } : {}),
        ...(status ? { status: [status] } : {}),
        ...(provider ? { provider } : {}),
        ...(need ? { needs: [need] } : {}),
      }
    : null;
  const found = usePagedRides(query);
  const clear = () => {
    setText('');
    setQ('');
    setStatus('');
    setProvider('');
    setNeed('');
    props.inputRef.current?.focus();
  };
  const said =
    active && found.data
      ? found.hasMore
        ? t('board.search.foundMore', { count: found.data.items.length })
        : t('board.search.found', { count: found.data.items.length })
      : '';

  return (
    <section className="card board-search" aria-labelledby="board-search-title">
      <h2 id="board-search-title" className="h3">
        {t('board.search.title')}
      </h2>
      <form role="search" className="toolbar" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="board-search-text">{t('board.search.label')}</label>
          <input
            id="board-search-text"
            ref={props.inputRef}
            type="search"
            value={text}
            autoComplete="off"
            maxLength={100}
            aria-describedby="board-search-hint"
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && text && (e.preventDefault(), setText(''))}
          />
          <p id="board-search-hint" className="hint">
            {text.trim().length === 1 ? t('board.search.tooShort') : t('board.search.hint')}
          </p>
        </div>
        <Filter
          id="board-filter-status"
          label={t('board.search.status')}
          any={t('board.search.anyStatus')}
          value={status}
          onChange={(v) => setStatus(v as BookingStatus | '')}
          options={BOOKING_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        {!props.scope.provider && (
          <Filter
            id="board-filter-provider"
            label={t('board.search.provider')}
            any={t('board.search.anyProvider')}
            value={provider}
            onChange={setProvider}
            options={props.providers.map((p) => ({ value: p.id, label: p.name }))}
          />
        )}
        <Filter
          id="board-filter-need"
          label={t('board.search.need')}
          any={t('board.search.anyNeed')}
          value={need}
          onChange={(v) => setNeed(v as RideNeedFilter | '')}
          options={RIDE_NEED_FILTERS.map((n) => ({
            value: n,
            label: n === 'wheelchair' ? t('board.search.wheelchair') : t(`need.${n}`),
          }))}
        />
        {(active || text) && (
          <Button className="btn" onPress={clear}>
            {t('board.search.clear')}
          </Button>
        )}
      </form>
      <Announcer text={said} />
      {found.error && <LoadError error={found.error} />}
      {active && found.data && (
        <>
          <p className="muted" data-testid="search-count">
            {said}
          </p>
          {found.data.items.length > 0 && (
            <ul className="stack search-results" aria-label={t('board.search.results')}>
              {found.data.items.map((r) => (
                <li key={r.id} className="card booking" data-testid="search-result" data-booking={r.id}>
                  <p>
                    <strong>
                      {fmtTime(r.windows.pickupEarliest)}–{fmtTime(r.windows.pickupLatest)}
                    </strong>{' '}
                    <StatusBadge status={r.status} />{' '}
                    {r.shiftId && (
                      <span className="small" translate="no">
                        {props.plateOf(r.shiftId) ?? t('board.vehicle')}
                      </span>
                    )}
                  </p>
                  <p>
                    <RiderLine rider={r.rider} mobility={r.mobility} />
                  </p>
                  <p className="small">
                    <span translate="no">{placeIn(r.pickup.address)}</span> <span aria-hidden="true">→</span>
                    <span className="visually-hidden">{t('book.to')}</span>{' '}
                    <span translate="no">{placeIn(r.dropoff.address)}</span>
                  </p>
                  {/* The API does not move a ride whose vehicle is on its way (409 RIDE_STARTED):
                      the rescue is the vehicle's breakdown control, said here (walk t23 m8). */}
                  {r.status === 'EN_ROUTE' && r.shiftId && (
                    <p className="small" data-testid="en-route-rescue">
                      {t('board.enRouteRescue', { plate: props.plateOf(r.shiftId) ?? t('board.vehicle') })}
                    </p>
                  )}
                  {canMove(r.status) && (
                    <Button
                      className="btn btn-small"
                      onPress={() => props.onMove(r)}
                      aria-label={t('board.moveRide', {
                        address: placeIn(r.pickup.address),
                        time: fmtTime(r.plannedPickupAt ?? r.windows.pickupEarliest),
                      })}
                    >
                      {r.shiftId ? t('board.move') : t('board.assign')}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {found.hasMore && (
            <Button className="btn" isDisabled={found.loadingMore} onPress={() => void found.more()}>
              {t('board.showMore')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}

/** One filter of the search: a labelled list whose first choice is "any". */
function Filter(props: {
  id: string;
  label: string;
  any: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="field field-short">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{props.any}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
