import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import type { Session } from '../auth';
import type { BookingStatus } from '@invataxi/domain';
import { call, client, subscribe, type Schema } from '../api/client';
import { LoadError, Loading, PageTitle, StatusBadge, useLoad } from '../components';
import { addDaysToDate, fmtTime, kzToday } from '../format';
import { reasonText } from '../reason-text';
import type { PlotLine, PlotPoint } from '../PointsPlot';
import { LiveMap } from '../map/LiveMap';
import { useVehiclePositions } from '../map/live-positions';
import type { Ride } from './RidesPage';
import { DispatchAlerts } from './DispatchAlerts';
import { MovePanel, type MoveTarget } from './MovePanel';
import { BreakdownPanel, UndoBreakdown } from './BreakdownPanel';
import { hasOpenFlag, StatusFlags } from './StatusFlags';
import { ReplanProposal } from './ReplanProposal';
import { DateField } from '../DateTimeFields';
import { markOf, Timeline } from './board/Timeline';
import { needWords, RiderLine, type RiderContact } from './board/RiderLine';
import { BoardSearch } from './board/BoardSearch';
import { ShortcutsHelp, useShortcuts, useShortcutsSetting, type Shortcut } from './board/Shortcuts';
import { usePagedRides } from './board/usePagedRides';
import { vehicleDetails } from './board/vehicleDetails';
import { useFocusWhenShown } from './board/useFocusWhenShown';
import { canMove } from './board/movable';
import { placeIn } from '../place-names';

type Shift = Schema<'ShiftView'>;
type Vehicle = Schema<'VehicleView'>;

const UNDECIDED: BookingStatus[] = ['REQUESTED', 'ACCEPTED'];
const WAITLISTED: BookingStatus[] = ['WAITLISTED'];
const AWAITING: BookingStatus[] = ['AWAITING_PROCUREMENT'];
const PLANNED: BookingStatus[] = ['SCHEDULED', 'EN_ROUTE', 'ARRIVED', 'ON_BOARD', 'COMPLETED', 'NO_SHOW'];

/**
 * The day's rides in some statuses, within the caller's provider or region, a page at a time
 * (issue 23: any number of them); `all`: every page (a route needs all its rides).
 */
function useRides(
  day: string,
  status: BookingStatus[],
  scope: { provider?: string; region?: string },
  all = false,
) {
  return usePagedRides({ day, status, ...scope }, { all });
}
const POLL_MS = 15000;
/** Minutes behind its plan from which a stop not yet reached, and not late, says so in words. */
const BEHIND_PLAN_MINUTES = 5;

export interface Stop {
  ride: Ride;
  kind: 'PICKUP' | 'DROPOFF';
  plannedAt: string | null;
  actualAt: string | null;
  /** Off its plan, not reached yet: when the vehicle is now expected, and minutes behind the plan. */
  estimatedAt: string | null;
  minutesBehindPlan: number;
  seq: number;
}

export function BoardPage({ session }: { session: Session }) {
  const { t } = useTranslation();
  const p = session.principal;
  const [day, setDay] = useState(kzToday());
  const scope = {
    provider: p.providerId ?? undefined,
    region: p.providerId ? undefined : (p.regionKato ?? undefined),
  };
  const unassigned = useRides(day, UNDECIDED, scope);
  const waitlisted = useRides(day, WAITLISTED, scope);
  const awaiting = useRides(day, AWAITING, scope);
  const planned = useRides(day, PLANNED, scope, true);
  const dayStart = new Date(`${day}T00:00:00+05:00`).toISOString();
  const dayEnd = new Date(new Date(dayStart).getTime() + 86_400_000).toISOString();
  const providerId = p.providerId ?? undefined;
  const shifts = useLoad(
    (signal) =>
      call(
        client.GET('/fleet/shifts', {
          params: { query: { from: dayStart, to: dayEnd, providerId } },
          signal,
        }),
      ),
    [dayStart, dayEnd, providerId],
  );
  const vehicles = useLoad(
    (signal) => call(client.GET('/fleet/vehicles', { params: { query: { providerId } }, signal })),
    [providerId],
  );
  const board = useLoad(
    (signal) => call(client.GET('/dispatch/board', { params: { query: { date: day } }, signal })),
    [day],
  );
  const [moving, setMoving] = useState<{ ride: Ride; target: MoveTarget | null } | null>(null);
  const [breaking, setBreaking] = useState<string | null>(null);
  // Who rides (walk F3) and their phone (issue 23): the board gives them to a dispatcher.
  const riders = useMemo(
    () =>
      new Map<string, RiderContact>(
        (board.data?.riders ?? []).map((r) => [r.bookingId, { name: r.riderName, phone: r.phone }]),
      ),
    [board.data],
  );
  const searchRef = useRef<HTMLInputElement>(null);
  const [keysOn, setKeysOn] = useShortcutsSetting();
  const shortcuts: Shortcut[] = [
    { key: '/', code: 'Slash', label: t('board.keys.search'), run: () => searchRef.current?.focus() },
    { key: 'r', code: 'KeyR', label: t('board.keys.refresh'), run: () => reloadAll() },
    { key: 'n', code: 'KeyN', label: t('board.keys.nextDay'), run: () => setDay((d) => addDaysToDate(d, 1)) },
    {
      key: 'p',
      code: 'KeyP',
      label: t('board.keys.previousDay'),
      run: () => setDay((d) => addDaysToDate(d, -1)),
    },
    { key: 't', code: 'KeyT', label: t('board.keys.today'), run: () => setDay(kzToday()) },
  ];
  useShortcuts(shortcuts, keysOn);
  const [said, setSaid] = useState('');
  // After a move, a breakdown or its undo, focus follows what changed (walk t23 minor 1).
  const focusWhenShown = useFocusWhenShown('[data-testid="board-said"] p');
  const reloadAll = () =>
    [unassigned, waitlisted, awaiting, planned, shifts, board].forEach((x) => x.reload());
  const positions = useVehiclePositions(board.data?.shifts);

  // Live: the board's event stream when the API offers it, and a poll in any case.
  useEffect(() => {
    const ctl = new AbortController();
    // A ping moves its vehicle on the map; any other change reads the board again.
    subscribe(
      '/dispatch/board/events',
      (type, data) => type === 'update' && !positions.take(data) && reloadAll(),
      ctl.signal,
    );
    const timer = setInterval(reloadAll, POLL_MS);
    return () => {
      ctl.abort();
      clearInterval(timer);
    };
  }, [day]);

  const vehicleList: Vehicle[] = vehicles.data ?? [];
  /** The providers whose vehicles work this day, for the search's provider filter. */
  const providersOfDay = useMemo(
    () => [
      ...new Map(
        (board.data?.shifts ?? []).map((s) => [s.providerId, { id: s.providerId, name: s.providerName }]),
      ).values(),
    ],
    [board.data],
  );
  const vehicleOf = (id: string) => vehicleList.find((v) => v.id === id);
  const routes = useMemo(() => {
    const byShift = new Map<string, Stop[]>();
    for (const r of planned.data?.items ?? []) {
      if (!r.shiftId) continue;
      const list = byShift.get(r.shiftId) ?? [];
      const stops = board.data?.shifts.find((x) => x.id === r.shiftId)?.stops;
      const stop = (k: 'PICKUP' | 'DROPOFF') => stops?.find((s) => s.bookingId === r.id && s.kind === k);
      const seq = (k: 'PICKUP' | 'DROPOFF') => stop(k)?.sequence ?? Number.MAX_SAFE_INTEGER;
      list.push({
        ride: r,
        kind: 'PICKUP',
        plannedAt: stop('PICKUP')?.plannedAt ?? r.plannedPickupAt,
        actualAt: stop('PICKUP')?.actualAt ?? null,
        estimatedAt: stop('PICKUP')?.estimatedAt ?? null,
        minutesBehindPlan: stop('PICKUP')?.minutesBehindPlan ?? 0,
        seq: seq('PICKUP'),
      });
      // A no-show rider is not carried: the drop-off left the route (walk t18, finding 11).
      if (r.status !== 'NO_SHOW')
        list.push({
          ride: r,
          kind: 'DROPOFF',
          plannedAt: stop('DROPOFF')?.plannedAt ?? r.plannedDropoffAt,
          actualAt: stop('DROPOFF')?.actualAt ?? null,
          estimatedAt: stop('DROPOFF')?.estimatedAt ?? null,
          minutesBehindPlan: stop('DROPOFF')?.minutesBehindPlan ?? 0,
          seq: seq('DROPOFF'),
        });
      byShift.set(r.shiftId, list);
    }
    // Route order is the board's stop sequence; planned time where the board has not caught up.
    for (const list of byShift.values())
      list.sort((a, b) => a.seq - b.seq || (a.plannedAt ?? '').localeCompare(b.plannedAt ?? ''));
    return byShift;
  }, [planned.data, board.data]);

  /**
   * A warning names its ride: who rides and what they need (as the stop does), the pick-up
   * address and the planned time (the API's detail is for logs).
   */
  const warnedStop = (bookingId: string) => {
    const r = planned.data?.items.find((x) => x.id === bookingId);
    return r ? (
      <>
        {': '}
        <RiderLine rider={riders.get(r.id)} mobility={r.mobility} />
        {riders.has(r.id) || needWords(r.mobility, t).length > 0 ? ', ' : ''}
        <span translate="no">{placeIn(r.pickup.address)}</span>, {fmtTime(r.plannedPickupAt)}
      </>
    ) : null;
  };

  const shiftLabel = (s: Shift) => {
    const v = vehicleOf(s.vehicleId);
    return `${v?.plate ?? t('board.vehicle')} · ${fmtTime(s.startsAt)}–${fmtTime(s.endsAt)}`;
  };
  /** A shift whose vehicle is in repair takes no ride (the API refuses it too): say so, with the provider's words. */
  const isBreakdown = (s: Shift) =>
    s.statusReason === 'VEHICLE_BREAKDOWN' || s.statusReason === 'DRIVER_ABSENT';
  const outOfService = (s: Shift): string | null => {
    // A breakdown or an absent driver closes the shift (walk t23: a broken-down vehicle was
    // offered in the picker): said with the time the board's alert was raised.
    if (s.status !== 'PLANNED' && s.status !== 'ACTIVE') {
      if (!isBreakdown(s)) return t('board.shiftNotOpen');
      const kind = s.statusReason;
      const alert = board.data?.alerts.find((a) => a.shiftId === s.id && a.kind === kind && !a.undone);
      const base = kind === 'VEHICLE_BREAKDOWN' ? 'board.brokeDown' : 'board.driverAbsent';
      return alert ? t(`${base}At`, { time: fmtTime(alert.createdAt) }) : t(base);
    }
    const v = vehicleOf(s.vehicleId);
    if (!v || v.status === 'ACTIVE') return null;
    return v.statusReason ? t('board.outOfServiceWhy', { reason: v.statusReason }) : t('board.outOfService');
  };

  const points: PlotPoint[] = [];
  const lines: PlotLine[] = [];
  for (const s of shifts.data ?? []) {
    const stops = routes.get(s.id) ?? [];
    points.push({
      id: `d-${s.id}`,
      lat: s.start.lat,
      lon: s.start.lon,
      label: vehicleOf(s.vehicleId)?.plate ?? '',
      kind: 'depot',
    });
    const at = positions.positionOf(s.id);
    if (at)
      points.push({
        id: `v-${s.id}`,
        lat: at.lat,
        lon: at.lon,
        label: `${vehicleOf(s.vehicleId)?.plate ?? t('board.vehicle')} · ${fmtTime(at.at)}`,
        kind: 'vehicle',
      });
    for (const st of stops) {
      const pl = st.kind === 'PICKUP' ? st.ride.pickup : st.ride.dropoff;
      points.push({
        id: `${st.ride.id}-${st.kind}`,
        lat: pl.lat,
        lon: pl.lon,
        label: `${fmtTime(st.plannedAt)}`,
        kind: st.kind === 'PICKUP' ? 'pickup' : 'dropoff',
      });
    }
    if (stops.length)
      lines.push({
        id: s.id,
        label: shiftLabel(s),
        points: [
          [s.start.lat, s.start.lon],
          ...stops.map((st) => {
            const pl = st.kind === 'PICKUP' ? st.ride.pickup : st.ride.dropoff;
            return [pl.lat, pl.lon] as [number, number];
          }),
        ],
      });
  }

  const column = (key: string, title: string, list: ReturnType<typeof useRides>) => (
    <section
      className="column"
      aria-labelledby={`col-${key}`}
      onDragOver={(e) => key === 'unassigned' && e.preventDefault()}
      onDrop={(e) => {
        if (key !== 'unassigned') return;
        const ride = findRide(e.dataTransfer.getData('text/plain'));
        if (ride) setMoving({ ride, target: { kind: 'unassign' } });
      }}
    >
      <h2 id={`col-${key}`} className="h3">
        {title}{' '}
        <span className="count">
          ({list.data ? `${list.data.items.length}${list.hasMore ? '+' : ''}` : '…'})
        </span>
      </h2>
      {list.error && <LoadError error={list.error} />}
      <ul className="stack">
        {(list.data?.items ?? []).map((r) => (
          <BookingCard
            key={r.id}
            ride={r}
            rider={riders.get(r.id)}
            onMove={() => setMoving({ ride: r, target: null })}
          />
        ))}
      </ul>
      {list.hasMore && (
        // Lists of any length (issue 23): the next page after those shown, focus stays here.
        <Button
          className="btn"
          isDisabled={list.loadingMore}
          onPress={() => void list.more()}
          aria-label={t('board.showMoreOf', { list: title })}
        >
          {t('board.showMore')}
        </Button>
      )}
    </section>
  );

  const allRides = [
    ...(unassigned.data?.items ?? []),
    ...(waitlisted.data?.items ?? []),
    ...(awaiting.data?.items ?? []),
    ...(planned.data?.items ?? []),
  ];
  const findRide = (id: string) => allRides.find((r) => r.id === id);

  return (
    <section>
      <PageTitle>{t('board.title')}</PageTitle>
      {/* What a move did, seen and heard (walk t18, finding 2: where an unassigned ride went). */}
      <div role="status" aria-live="polite" aria-atomic="true" data-testid="board-said">
        {said && (
          <p className="notice notice-ok" tabIndex={-1}>
            {said}
          </p>
        )}
      </div>
      <div className="toolbar">
        <DateField
          className="field-short"
          label={t('board.day')}
          value={day}
          // A half-typed or cleared day keeps the last whole one shown (the page reads it as a date).
          onChange={(d) => d && setDay(d)}
        />
        <Button className="btn" onPress={reloadAll}>
          {t('board.refresh')}
        </Button>
      </div>
      <DispatchAlerts
        alerts={board.data?.alerts ?? []}
        onAssign={(id) => {
          const ride = findRide(id);
          return ride ? () => setMoving({ ride, target: null }) : null;
        }}
      />
      <Timeline
        day={day}
        shifts={shifts.data ?? []}
        routes={routes}
        warnings={(id) => board.data?.shifts.find((x) => x.id === id)?.warnings ?? []}
        unassigned={unassigned.data?.items ?? []}
        waitlisted={waitlisted.data?.items ?? []}
        rider={(id) => riders.get(id)}
        shiftLabel={shiftLabel}
        unavailable={outOfService}
        onMove={(ride, target) => setMoving({ ride, target })}
      />
      {moving && (
        <MovePanel
          // Another ride dropped while the panel is open starts a new move, not the old one's form.
          key={`${moving.ride.id}-${moving.target?.kind === 'shift' ? moving.target.shiftId : ''}`}
          ride={moving.ride}
          initial={moving.target}
          // A vehicle that broke down stays in the list, disabled with when it broke down (walk t23).
          shifts={(shifts.data ?? []).filter((s) => s.status !== 'CANCELLED' || isBreakdown(s))}
          shiftLabel={shiftLabel}
          unavailable={outOfService}
          details={(s) =>
            vehicleDetails(
              board.data?.shifts.find((x) => x.id === s.id),
              vehicleOf(s.vehicleId),
              t,
            )
          }
          onClose={(msg, moved) => {
            setMoving(null);
            if (msg) {
              setSaid(msg);
              reloadAll();
            }
            // The moved ride's block on its new row, or its trip in the list to place.
            if (moved)
              focusWhenShown([
                moved.shiftId
                  ? `[data-drop-shift="${moved.shiftId}"] [data-pick="${moved.rideId}"]`
                  : `[data-testid="timeline-trip"][data-booking="${moved.rideId}"] [data-pick]`,
              ]);
          }}
        />
      )}
      <BoardSearch
        day={day}
        scope={scope}
        providers={providersOfDay}
        plateOf={(shiftId) => {
          const s = shifts.data?.find((x) => x.id === shiftId);
          return s ? vehicleOf(s.vehicleId)?.plate : undefined;
        }}
        onMove={(ride) => setMoving({ ride, target: null })}
        inputRef={searchRef}
      />
      <div className="board-columns">
        {column('unassigned', t('board.unassigned'), unassigned)}
        {column('waitlisted', t('board.waitlisted'), waitlisted)}
        {column('awaiting', t('board.awaiting'), awaiting)}
      </div>
      <StatusFlags
        flags={board.data?.statusFlags ?? []}
        rideOf={findRide}
        onReviewed={(msg) => {
          setSaid(msg);
          board.reload();
        }}
      />
      <h2>{t('board.routes')}</h2>
      {shifts.error && <LoadError error={shifts.error} />}
      {board.error && <LoadError error={board.error} />}
      {(shifts.loading || planned.loading) && !shifts.data && <Loading />}
      {shifts.data && shifts.data.length === 0 && <p>{t('board.noShifts')}</p>}
      <div className="routes">
        {(shifts.data ?? []).map((s) => {
          const stops = routes.get(s.id) ?? [];
          const warnings = board.data?.shifts.find((x) => x.id === s.id)?.warnings ?? [];
          return (
            <section
              key={s.id}
              className="card route"
              aria-labelledby={`route-${s.id}`}
              data-testid="route"
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                const ride = findRide(e.dataTransfer.getData('text/plain'));
                if (ride) setMoving({ ride, target: { kind: 'shift', shiftId: s.id } });
              }}
            >
              <h3 id={`route-${s.id}`} className="h3">
                {shiftLabel(s)}
                {s.status !== 'PLANNED' && s.status !== 'ACTIVE' && (
                  <span className="tag">{t(`shiftStatus.${s.status}`)}</span>
                )}
                {(s.status === 'PLANNED' || s.status === 'ACTIVE') && outOfService(s) && (
                  <span className="tag" data-testid="route-out-of-service">
                    {outOfService(s)}
                  </span>
                )}
              </h3>
              {(s.status === 'CLOSED' || s.status === 'CANCELLED') &&
                (s.statusReason === 'VEHICLE_BREAKDOWN' || s.statusReason === 'DRIVER_ABSENT') && (
                  <UndoBreakdown
                    shiftId={s.id}
                    plate={vehicleOf(s.vehicleId)?.plate ?? t('board.vehicle')}
                    onDone={(msg) => {
                      setSaid(msg);
                      reloadAll();
                      // Back in service: its row's "take the vehicle off" control again.
                      focusWhenShown([`section[aria-labelledby="route-${s.id}"] button[aria-expanded]`]);
                    }}
                  />
                )}
              {(s.status === 'PLANNED' || s.status === 'ACTIVE') && (
                <>
                  {/* The button stays while its panel is open: focus comes back to it (walk F20). */}
                  <Button
                    className="btn btn-small"
                    onPress={() => setBreaking(breaking === s.id ? null : s.id)}
                    aria-expanded={breaking === s.id}
                    aria-label={t('board.breakdownOpenFor', { plate: vehicleOf(s.vehicleId)?.plate ?? '' })}
                  >
                    {t('board.breakdownOpen')}
                  </Button>
                  {breaking === s.id && (
                    <BreakdownPanel
                      shiftId={s.id}
                      plate={vehicleOf(s.vehicleId)?.plate ?? t('board.vehicle')}
                      onClose={(msg) => {
                        setBreaking(null);
                        if (msg) {
                          setSaid(msg);
                          reloadAll();
                          // Off the road: its row's "back in service (undo)".
                          focusWhenShown([`section[aria-labelledby="route-${s.id}"] .undo-breakdown button`]);
                        }
                      }}
                    />
                  )}
                </>
              )}
              {warnings.length > 0 && (
                <ul className="warnings">
                  {warnings.map((w, i) => (
                    <li key={i}>
                      <span aria-hidden="true">⚠ </span>
                      <span className="visually-hidden">{t('board.warning')}: </span>
                      {t(`board.warn.${w.code}`, { defaultValue: t('board.warn.OTHER') })}
                      {warnedStop(w.bookingId)}
                    </li>
                  ))}
                </ul>
              )}
              {stops.length === 0 ? (
                <p className="muted">{t('board.emptyRoute')}</p>
              ) : (
                <ol className="timeline">
                  {stops.map((st) => (
                    <li
                      key={`${st.ride.id}-${st.kind}`}
                      className={`stop stop-${st.kind.toLowerCase()}`}
                      draggable={st.kind === 'PICKUP' && canMove(st.ride.status)}
                      data-testid={st.kind === 'PICKUP' ? 'route-ride' : undefined}
                      data-ride={st.ride.id}
                      onDragStart={(e) => {
                        e.dataTransfer.setData('text/plain', st.ride.id);
                        e.dataTransfer.effectAllowed = 'move';
                      }}
                    >
                      <span className="stop-time">
                        {fmtTime(st.plannedAt)}
                        {st.actualAt && (
                          <span className="small">
                            {' '}
                            ({t('board.actual')} {fmtTime(st.actualAt)})
                          </span>
                        )}
                        {/* A passed plan gets a new time and says it is late (walk t22 m3). */}
                        {!st.actualAt &&
                          st.estimatedAt &&
                          fmtTime(st.estimatedAt) !== fmtTime(st.plannedAt) && (
                            <span className="small" data-testid="stop-estimate">
                              {' '}
                              ({t('board.expectedAt', { time: fmtTime(st.estimatedAt) })})
                            </span>
                          )}
                        <StopLateness stop={st} />
                        {hasOpenFlag(board.data?.statusFlags, st.ride.id) && (
                          <span className="tag tag-flag">
                            <span aria-hidden="true">⚑ </span>
                            {t('flags.toCheck')}
                          </span>
                        )}
                      </span>
                      <span className="stop-kind">
                        {st.kind === 'PICKUP' ? t('board.pickup') : t('board.dropoff')}
                      </span>
                      <span className="stop-address" translate="no">
                        {st.kind === 'PICKUP'
                          ? placeIn(st.ride.pickup.address)
                          : placeIn(st.ride.dropoff.address)}
                      </span>
                      {st.kind === 'PICKUP' && (
                        <RiderLine rider={riders.get(st.ride.id)} mobility={st.ride.mobility} />
                      )}
                      {st.kind === 'PICKUP' && (
                        <span className="stop-actions">
                          <StatusBadge status={st.ride.status} />
                          {/* No move for a ride that has ended or started (walk t18, finding 1). */}
                          {canMove(st.ride.status) && (
                            <Button
                              className="btn btn-small"
                              onPress={() => setMoving({ ride: st.ride, target: null })}
                              aria-label={t('board.moveRide', {
                                address: placeIn(st.ride.pickup.address),
                                time: fmtTime(st.plannedAt),
                              })}
                            >
                              {t('board.move')}
                            </Button>
                          )}
                        </span>
                      )}
                    </li>
                  ))}
                </ol>
              )}
            </section>
          );
        })}
      </div>
      <LiveMap points={points} lines={lines} title={t('board.mapTitle', { day })} />
      <ReplanProposal
        region={p.regionKato ? `${p.regionKato.slice(0, 2)}0000000` : null}
        onChanged={reloadAll}
      />
      <ShortcutsHelp shortcuts={shortcuts} on={keysOn} onChange={setKeysOn} />
    </section>
  );
}

/**
 * How late a stop on the list of routes is, in the timeline's figure (walk t23 M2: "late by 20
 * min" here against "Late 14 min" on the timeline for the same pick-up): minutes past the rider's
 * window, reached or not. A stop behind its plan but still within its window says that instead,
 * in other words: it is not late for the rider.
 */
function StopLateness({ stop: st }: { stop: Stop }) {
  const { t } = useTranslation();
  const mark = markOf(st);
  if (mark?.kind === 'late')
    return (
      <span className="tag tag-flag" data-testid="stop-late">
        <span aria-hidden="true">✕ </span>
        {mark.done
          ? t('timeline.doneLate', { minutes: mark.minutes })
          : t('board.lateBy', { n: mark.minutes })}
      </span>
    );
  if (!st.actualAt && st.minutesBehindPlan >= BEHIND_PLAN_MINUTES)
    return (
      <span className="tag" data-testid="stop-behind">
        {t('board.behindPlan', { n: st.minutesBehindPlan })}
      </span>
    );
  return null;
}

function BookingCard({ ride, rider, onMove }: { ride: Ride; rider?: RiderContact; onMove: () => void }) {
  const { t } = useTranslation();
  return (
    <li
      className="card booking"
      draggable
      data-testid="board-booking"
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', ride.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
    >
      <p>
        <strong>
          {fmtTime(ride.windows.pickupEarliest)}–{fmtTime(ride.windows.pickupLatest)}
        </strong>{' '}
        {t(`purpose.${ride.purpose}`)}
      </p>
      <p>
        <RiderLine rider={rider} mobility={ride.mobility} />
      </p>
      <p className="small">
        <span translate="no">{placeIn(ride.pickup.address)}</span> <span aria-hidden="true">→</span>
        <span className="visually-hidden">{t('book.to')}</span>{' '}
        <span translate="no">{placeIn(ride.dropoff.address)}</span>
      </p>
      <p className="small">
        <StatusBadge status={ride.status} />
        {ride.statusReason && (
          <span className="muted" data-testid="status-reason">
            {' '}
            {reasonText(ride.statusReason)}
          </span>
        )}
      </p>
      <Button
        className="btn btn-small"
        onPress={onMove}
        aria-label={t('board.assignRide', {
          address: placeIn(ride.pickup.address),
          time: fmtTime(ride.windows.pickupEarliest),
        })}
      >
        {t('board.assign')}
      </Button>
    </li>
  );
}
