import {
  useEffect,
  useRef,
  useState,
  type ButtonHTMLAttributes,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Schema } from '../../api/client';
import { Announcer } from '../../components';
import { fmtTime } from '../../format';
import type { Ride } from '../RidesPage';
import type { Stop } from '../BoardPage';
import type { MoveTarget } from '../MovePanel';
import { RiderLine, type RiderContact } from './RiderLine';
import {
  BLOCK_PX,
  HOUR_MS,
  HOUR_PX,
  hoursShown,
  placeStops,
  stopMark,
  xOf,
  type StopMark,
} from './timeline-layout';
import './timeline.css';
import { appNow } from '../../app-now';
import { placeIn } from '../../place-names';

type Shift = Schema<'ShiftView'>;
type Warning = Schema<'BoardWarning'>;

/** A pointer moves this far (px) before a press on a trip becomes a drag (less: a click, which selects it). */
const DRAG_THRESHOLD = 6;
/** Near the window's top or bottom edge (px) a drag scrolls the page, by this much per move. */
const EDGE = 48;
const EDGE_STEP = 24;
const LANE_PX = 64;
/** The drop target that takes a route's ride off it: the list of trips to place. */
const UNASSIGN = 'unassign';

/** What makes a button a trip to pick up: by pointer (drag or click) or keyboard (Enter, Space). */
type Grip = ButtonHTMLAttributes<HTMLButtonElement> & { 'data-pick': string };

interface Drag {
  ride: Ride;
  pointerId: number;
  x0: number;
  y0: number;
  x: number;
  y: number;
  active: boolean;
}

/**
 * The day as a timeline (issue 23, item 1): one row per vehicle shift over the day's hours, each
 * stop a block at its planned time under its window, late and at-risk stops marked by a shape and
 * words; beside it the trips still without a vehicle. A trip goes onto a row by drag, or without
 * one (WCAG 2.2 2.5.7, and the keyboard): select the trip, choose the row's "Put here" (Tab or the
 * arrow keys), Enter. Either way the board's move panel opens on that row: the route check's
 * answer first, an override with a reason where it does not fit.
 *
 * The drag is pointer events with pointer capture: the trip is the one the pointer went down on
 * (kept from then, never looked up again), and the row is the one under the pointer when it is
 * let go, so scrolling the page in between (by the wheel, or by dragging near the window's edge)
 * changes neither.
 */
export function Timeline(props: {
  day: string;
  shifts: readonly Shift[];
  routes: ReadonlyMap<string, Stop[]>;
  warnings: (shiftId: string) => readonly Warning[];
  unassigned: readonly Ride[];
  waitlisted: readonly Ride[];
  rider: (bookingId: string) => RiderContact | undefined;
  shiftLabel: (s: Shift) => string;
  unavailable: (s: Shift) => string | null;
  /** Opens the board's move panel: onto a row, or off its route (a route's ride let go over the list). */
  onMove: (ride: Ride, target: MoveTarget) => void;
}) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<Ride | null>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const dragRef = useRef<Drag | null>(null);
  const justDragged = useRef(false);
  const rowsRef = useRef<HTMLUListElement>(null);

  const dayStartMs = Date.parse(`${props.day}T00:00:00+05:00`);
  const rows = [...props.shifts].sort(
    (a, b) => a.startsAt.localeCompare(b.startsAt) || props.shiftLabel(a).localeCompare(props.shiftLabel(b)),
  );
  const times: number[] = [];
  for (const s of rows) {
    times.push(Date.parse(s.startsAt), Date.parse(s.endsAt));
    for (const st of props.routes.get(s.id) ?? []) {
      const w = st.ride.windows;
      if (st.plannedAt) times.push(Date.parse(st.plannedAt) + ((BLOCK_PX / HOUR_PX) * HOUR_MS) / 2);
      times.push(Date.parse(st.kind === 'PICKUP' ? w.pickupEarliest : w.dropoffEarliest));
      times.push(Date.parse(st.kind === 'PICKUP' ? w.pickupLatest : w.dropoffLatest));
    }
  }
  for (const r of [...props.unassigned, ...props.waitlisted])
    times.push(Date.parse(r.windows.pickupEarliest), Date.parse(r.windows.pickupLatest));
  const { fromMs, toMs } = hoursShown(dayStartMs, times);
  const hours = Array.from({ length: Math.round((toMs - fromMs) / HOUR_MS) }, (_, i) => fromMs + i * HOUR_MS);
  const trackWidth = hours.length * HOUR_PX;
  const now = appNow();

  // Once a day's stops are there, the rows open at "now" (today) or at the first stop, not at dawn.
  const scrollRef = useRef<HTMLDivElement>(null);
  const scrolledFor = useRef('');
  const firstStop = Math.min(
    ...rows
      .flatMap((s) => (props.routes.get(s.id) ?? []).map((st) => Date.parse(st.plannedAt ?? '')))
      .filter(Number.isFinite),
  );
  const anchor = now >= fromMs && now <= toMs ? now : firstStop;
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || scrolledFor.current === props.day || !Number.isFinite(anchor)) return;
    scrolledFor.current = props.day;
    el.scrollLeft = Math.max(0, xOf(anchor, fromMs) - HOUR_PX / 2);
  });

  const takes = (s: Shift, ride: Ride): boolean =>
    (s.status === 'PLANNED' || s.status === 'ACTIVE') && !props.unavailable(s) && s.id !== ride.shiftId;
  // A ride on a route is said at its block's time (its planned pickup); one not yet planned by its
  // window, never the window's start as if it were a time (walk t23).
  const describe = (r: Ride) =>
    r.plannedPickupAt
      ? t('timeline.tripName', { address: placeIn(r.pickup.address), time: fmtTime(r.plannedPickupAt) })
      : t('timeline.tripNameWindow', {
          address: placeIn(r.pickup.address),
          window: `${fmtTime(r.windows.pickupEarliest)}–${fmtTime(r.windows.pickupLatest)}`,
        });

  // A trip assigned or cancelled meanwhile (the board reloads live) is no longer there to place.
  const waiting = [...props.unassigned, ...props.waitlisted];
  const onBoard = (id: string) =>
    waiting.some((r) => r.id === id) ||
    [...props.routes.values()].some((l) => l.some((s) => s.ride.id === id));
  useEffect(() => {
    if (picked && !onBoard(picked.id)) setPicked(null);
  });

  const focusTrip = (id: string) =>
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-pick="${id}"]`)?.focus());
  const focusTarget = (shiftId?: string) =>
    requestAnimationFrame(() => {
      const all = [...(rowsRef.current?.querySelectorAll<HTMLElement>('.tl-target') ?? [])];
      (all.find((b) => b.dataset.shift === shiftId) ?? all[0])?.focus();
    });

  const pick = (ride: Ride) => {
    if (picked?.id === ride.id) {
      setPicked(null);
      setSaid(t('timeline.unpicked'));
      return;
    }
    setPicked(ride);
    const free = rows.some((s) => takes(s, ride));
    setSaid(free ? t('timeline.picked', { trip: describe(ride) }) : t('timeline.noRow'));
    if (free) focusTarget();
  };
  const place = (ride: Ride, target: string) => {
    setPicked(null);
    // The selection is over: its words ("Selected: … Choose a vehicle row") would outlive the
    // move in this live region (walk t23 minor); the board's own region says what the move did.
    setSaid('');
    props.onMove(ride, target === UNASSIGN ? { kind: 'unassign' } : { kind: 'shift', shiftId: target });
  };

  // Escape lets go of the selected trip (or a drag in progress), nothing changed.
  const cancel = () => {
    if (dragRef.current) {
      dragRef.current = null;
      setDrag(null);
      setOver(null);
      setSaid(t('timeline.dragCancelled'));
      return true;
    }
    if (picked) {
      const id = picked.id;
      setPicked(null);
      setSaid(t('timeline.unpicked'));
      focusTrip(id);
      return true;
    }
    return false;
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && cancel()) e.stopPropagation();
  };
  /** Up and down move between the rows' "Put here" buttons (one tab stop among many rows). */
  const onTargetKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const all = [...(rowsRef.current?.querySelectorAll<HTMLElement>('.tl-target') ?? [])];
    const i = all.indexOf(e.currentTarget);
    all[(i + (e.key === 'ArrowDown' ? 1 : all.length - 1)) % all.length]?.focus();
  };

  // The row under the pointer: the element there, not a position remembered from before a scroll.
  // A route's ride let go over the list of trips to place comes off its route.
  const rowAt = (x: number, y: number, ride: Ride): string | null => {
    const under = document.elementFromPoint(x, y);
    if (ride.shiftId && under?.closest('[data-drop-unassign]')) return UNASSIGN;
    const el = under?.closest<HTMLElement>('[data-drop-shift]');
    const s = el && rows.find((r) => r.id === el.dataset.dropShift);
    return s && takes(s, ride) ? s.id : null;
  };
  const onPointerDown = (e: PointerEvent<HTMLElement>, ride: Ride) => {
    if (e.button !== 0 || !e.isPrimary) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    dragRef.current = {
      ride,
      pointerId: e.pointerId,
      x0: e.clientX,
      y0: e.clientY,
      x: e.clientX,
      y: e.clientY,
      active: false,
    };
  };
  const onPointerMove = (e: PointerEvent<HTMLElement>) => {
    const d = dragRef.current;
    if (!d || e.pointerId !== d.pointerId) return;
    d.x = e.clientX;
    d.y = e.clientY;
    if (!d.active) {
      if (Math.hypot(d.x - d.x0, d.y - d.y0) < DRAG_THRESHOLD) return;
      d.active = true;
      setSaid(t('timeline.dragging', { trip: describe(d.ride) }));
    }
    setDrag({ ...d });
    setOver(rowAt(d.x, d.y, d.ride));
  };
  const onPointerUp = (e: PointerEvent<HTMLElement>) => {
    const d = dragRef.current;
    if (!d || e.pointerId !== d.pointerId) return;
    dragRef.current = null;
    setDrag(null);
    setOver(null);
    if (!d.active) return; // a click: it selects the trip
    justDragged.current = true;
    const target = rowAt(e.clientX, e.clientY, d.ride);
    if (target) place(d.ride, target);
    else setSaid(t('timeline.droppedNowhere'));
  };
  const endDrag = () => {
    dragRef.current = null;
    setDrag(null);
    setOver(null);
  };
  // The page scrolled under a still pointer: the row under it is another one now.
  useEffect(() => {
    if (!drag) return;
    const again = () => {
      const d = dragRef.current;
      if (d?.active) setOver(rowAt(d.x, d.y, d.ride));
    };
    window.addEventListener('scroll', again, true);
    // Held near the window's top or bottom edge, the page scrolls on until the pointer leaves it.
    const timer = setInterval(() => {
      const d = dragRef.current;
      if (!d?.active) return;
      if (d.y < EDGE) window.scrollBy(0, -EDGE_STEP);
      else if (d.y > window.innerHeight - EDGE) window.scrollBy(0, EDGE_STEP);
    }, 50);
    return () => {
      window.removeEventListener('scroll', again, true);
      clearInterval(timer);
    };
  }, [drag !== null]);

  /** A trip that can be picked up: the pointer's drag handle and the keyboard's toggle in one button. */
  const grip = (ride: Ride): Grip => ({
    'data-pick': ride.id,
    'aria-pressed': picked?.id === ride.id,
    'aria-describedby': 'tl-howto',
    onPointerDown: (e: PointerEvent<HTMLButtonElement>) => onPointerDown(e, ride),
    onPointerMove,
    onPointerUp,
    onPointerCancel: endDrag,
    // Capture lost before the pointer came up (the trip left the page on a live update): no drop.
    onLostPointerCapture: () => dragRef.current && endDrag(),
    onClick: () => {
      if (justDragged.current) {
        justDragged.current = false;
        return;
      }
      pick(ride);
    },
  });

  const tripList = (key: string, title: string, list: readonly Ride[]) => (
    // Not a landmark: the cards' columns below are the regions named "Unassigned", "Waiting list".
    <div className="tl-trips">
      <h3 className="h3">
        {title} <span className="count">({list.length})</span>
      </h3>
      {list.length === 0 ? (
        <p className="muted small">{t('timeline.none')}</p>
      ) : (
        <ul className="stack">
          {list.map((r) => (
            <li key={r.id} data-testid="timeline-trip" data-booking={r.id}>
              <button
                type="button"
                className={`tl-trip${picked?.id === r.id ? ' tl-picked' : ''}`}
                {...grip(r)}
              >
                <span className="tl-grip" aria-hidden="true">
                  ⠿
                </span>
                <span>
                  <strong>
                    {fmtTime(r.windows.pickupEarliest)}–{fmtTime(r.windows.pickupLatest)}
                  </strong>{' '}
                  <span translate="no">{placeIn(r.pickup.address)}</span>
                  <br />
                  <RiderLine rider={props.rider(r.id)} mobility={r.mobility} inButton />
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );

  return (
    <section className="tl" aria-labelledby="tl-title" data-testid="timeline" onKeyDown={onKeyDown}>
      <Announcer text={said} />
      <h2 id="tl-title">{t('timeline.title')}</h2>
      <p id="tl-howto" className="hint">
        {t('timeline.howTo')}
      </p>
      <ul className="tl-legend" aria-label={t('timeline.legend')}>
        <li>
          <span className="tl-glyph" aria-hidden="true">
            ▲
          </span>{' '}
          {t('board.pickup')}
        </li>
        <li>
          <span className="tl-glyph" aria-hidden="true">
            ▼
          </span>{' '}
          {t('board.dropoff')}
        </li>
        <li>
          <span className="tl-window-sample" aria-hidden="true" /> {t('timeline.window')}
        </li>
        <li className="tl-mark-atRisk">
          <span aria-hidden="true">⚠</span> {t('timeline.atRisk')}
        </li>
        <li className="tl-mark-late">
          <span aria-hidden="true">✕</span> {t('timeline.lateLegend')}
        </li>
        <li className="tl-mark-noShow">
          <span aria-hidden="true">⊘</span> {t('timeline.noShow')}
        </li>
        <li className="tl-mark-done">
          <span aria-hidden="true">✓</span> {t('timeline.done')}
        </li>
      </ul>
      <div className="tl-layout">
        <div ref={scrollRef} className="tl-scroll" role="region" aria-labelledby="tl-rows-title" tabIndex={0}>
          <h3 id="tl-rows-title" className="visually-hidden">
            {t('timeline.rows')}
          </h3>
          <div className="tl-grid" style={{ width: `calc(var(--tl-head) + ${trackWidth}px)` }}>
            <div className="tl-axis" aria-hidden="true">
              <div className="tl-head" />
              <div className="tl-track">
                {hours.map((h) => (
                  <span key={h} className="tl-hour" style={{ left: xOf(h, fromMs) }}>
                    {fmtTime(new Date(h).toISOString())}
                  </span>
                ))}
              </div>
            </div>
            {rows.length === 0 && <p className="muted">{t('board.noShifts')}</p>}
            <ul className="tl-rows" ref={rowsRef}>
              {rows.map((s) => {
                const stops = props.routes.get(s.id) ?? [];
                const warnings = props.warnings(s.id);
                const why = props.unavailable(s);
                const open = s.status === 'PLANNED' || s.status === 'ACTIVE';
                const ready = !!picked && takes(s, picked);
                const placed = placeStops(
                  stops.map((st) => {
                    const w = st.ride.windows;
                    const from = st.kind === 'PICKUP' ? w.pickupEarliest : w.dropoffEarliest;
                    const to = st.kind === 'PICKUP' ? w.pickupLatest : w.dropoffLatest;
                    return {
                      atMs: Date.parse(st.actualAt ?? st.plannedAt ?? from),
                      windowFromMs: Date.parse(from),
                      windowToMs: Date.parse(to),
                    };
                  }),
                  fromMs,
                );
                const lanes = Math.max(1, ...placed.map((p) => p.lane + 1));
                return (
                  <li
                    key={s.id}
                    className={`tl-row${over === s.id ? ' tl-over' : ''}${ready ? ' tl-ready' : ''}`}
                    data-drop-shift={s.id}
                    data-testid="timeline-row"
                    aria-labelledby={`tl-row-${s.id}`}
                  >
                    <div className="tl-head">
                      <h4 id={`tl-row-${s.id}`} className="tl-plate">
                        {props.shiftLabel(s)}
                      </h4>
                      {!open && <span className="tag">{why ?? t(`shiftStatus.${s.status}`)}</span>}
                      {open && why && <span className="tag">{why}</span>}
                      <span className="small muted">{t('timeline.stops', { count: stops.length })}</span>
                      {ready && picked && (
                        <button
                          type="button"
                          className="btn btn-small btn-primary tl-target"
                          data-shift={s.id}
                          onClick={() => place(picked, s.id)}
                          onKeyDown={onTargetKey}
                          aria-label={t('timeline.putOn', {
                            trip: describe(picked),
                            vehicle: props.shiftLabel(s),
                          })}
                        >
                          {t('timeline.putHere')}
                        </button>
                      )}
                    </div>
                    <div className="tl-track" style={{ height: lanes * LANE_PX }}>
                      <span
                        className="tl-shift"
                        aria-hidden="true"
                        style={{
                          left: Math.max(0, xOf(Date.parse(s.startsAt), fromMs)),
                          width: Math.max(
                            0,
                            Math.min(trackWidth, xOf(Date.parse(s.endsAt), fromMs)) -
                              Math.max(0, xOf(Date.parse(s.startsAt), fromMs)),
                          ),
                        }}
                      />
                      {now >= fromMs && now <= toMs && (
                        <span className="tl-now" aria-hidden="true" style={{ left: xOf(now, fromMs) }} />
                      )}
                      {stops.length === 0 ? (
                        <p className="tl-empty muted small">{t('board.emptyRoute')}</p>
                      ) : (
                        <ol
                          className="tl-stops"
                          aria-label={t('timeline.stopsOf', { vehicle: props.shiftLabel(s) })}
                        >
                          {stops.map((st, i) => {
                            const p = placed[i];
                            const mark = markOf(
                              st,
                              warnings.filter((x) => x.bookingId === st.ride.id).map((x) => x.code),
                            );
                            return (
                              <StopBlock
                                key={`${st.ride.id}-${st.kind}`}
                                stop={st}
                                mark={mark}
                                x={p.x}
                                windowX={p.windowX}
                                windowWidth={p.windowWidth}
                                top={p.lane * LANE_PX}
                                riderName={props.rider(st.ride.id)?.name}
                                // Only a ride not yet under way can move (the API's rule too).
                                grip={
                                  st.kind === 'PICKUP' && open && st.ride.status === 'SCHEDULED'
                                    ? grip(st.ride)
                                    : undefined
                                }
                                picked={picked?.id === st.ride.id}
                              />
                            );
                          })}
                        </ol>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          </div>
        </div>
        <aside
          className={`tl-side${over === UNASSIGN ? ' tl-over' : ''}`}
          aria-labelledby="tl-side-title"
          data-drop-unassign=""
        >
          <h2 id="tl-side-title" className="h3">
            {t('timeline.toPlace')}
          </h2>
          {picked?.shiftId && (
            <button
              type="button"
              className="btn btn-small tl-unassign"
              onClick={() => place(picked, UNASSIGN)}
              aria-label={`${t('board.unassign')}: ${describe(picked)}`}
            >
              {t('board.unassign')}
            </button>
          )}
          {tripList('unassigned', t('board.unassigned'), props.unassigned)}
          {tripList('waitlisted', t('board.waitlisted'), props.waitlisted)}
        </aside>
      </div>
      {drag?.active && (
        <div className="tl-ghost" aria-hidden="true" style={{ left: drag.x + 12, top: drag.y + 12 }}>
          {describe(drag.ride)}
          {over === UNASSIGN
            ? ` → ${t('board.unassign')}`
            : over
              ? ` → ${props.shiftLabel(rows.find((s) => s.id === over)!)}`
              : ''}
        </div>
      )}
    </section>
  );
}

/** A route's stop marked as `stopMark` says, against the window promised for it (the board's list says the same). */
export function markOf(st: Stop, warnings: readonly string[] = []): StopMark {
  const w = st.ride.windows;
  return stopMark({
    kind: st.kind,
    status: st.ride.status,
    plannedAt: st.plannedAt,
    actualAt: st.actualAt,
    estimatedAt: st.estimatedAt,
    latest: st.kind === 'PICKUP' ? w.pickupLatest : w.dropoffLatest,
    warnings,
  });
}

/** Each mark's shape, so that it is told by more than its colour (with its words). */
const MARK_GLYPH: Record<NonNullable<StopMark>['kind'], string> = {
  late: '✕',
  atRisk: '⚠',
  noShow: '⊘',
  done: '✓',
};

/** A mark in words: late with its minutes (and when the vehicle is now expected), or the outcome. */
function markWords(mark: NonNullable<StopMark>, t: TFunction): string {
  switch (mark.kind) {
    case 'late':
      return mark.done
        ? t('timeline.doneLate', { minutes: mark.minutes })
        : mark.expectedAt
          ? t('timeline.lateExpected', { minutes: mark.minutes, time: fmtTime(mark.expectedAt) })
          : t('timeline.late', { minutes: mark.minutes });
    case 'atRisk':
      return t('timeline.atRisk');
    case 'noShow':
      return t('timeline.noShow');
    case 'done':
      return t('timeline.done');
  }
}

/** One stop on a row: its time and kind, its window above it, and how late or at risk, in words. */
function StopBlock(props: {
  stop: Stop;
  mark: StopMark;
  x: number;
  windowX: number;
  windowWidth: number;
  top: number;
  riderName?: string;
  grip?: Grip;
  picked: boolean;
}) {
  const { t } = useTranslation();
  const { stop: st, mark } = props;
  const w = st.ride.windows;
  const pickup = st.kind === 'PICKUP';
  const span = pickup
    ? `${fmtTime(w.pickupEarliest)}–${fmtTime(w.pickupLatest)}`
    : `${fmtTime(w.dropoffEarliest)}–${fmtTime(w.dropoffLatest)}`;
  const markText = mark ? markWords(mark, t) : null;
  const body = (
    <>
      <span className="tl-time">
        <span aria-hidden="true">{pickup ? '▲' : '▼'} </span>
        <span className="visually-hidden">{pickup ? t('board.pickup') : t('board.dropoff')} </span>
        {fmtTime(st.actualAt ?? st.plannedAt)}
        {st.actualAt && <span className="visually-hidden"> ({t('board.actual')})</span>}
      </span>
      <span className="visually-hidden">
        , {t('timeline.windowIs', { window: span })},{' '}
        <span translate="no">
          {pickup ? placeIn(st.ride.pickup.address) : placeIn(st.ride.dropoff.address)}
        </span>
        {props.riderName && (
          <>
            , <span translate="no">{props.riderName}</span>
          </>
        )}
        {markText && ', '}
      </span>
      {markText && (
        <span className="tl-mark" data-testid="timeline-mark">
          <span aria-hidden="true">{mark ? MARK_GLYPH[mark.kind] : ''} </span>
          {markText}
        </span>
      )}
    </>
  );
  return (
    <li
      className={`tl-stop tl-${pickup ? 'pickup' : 'dropoff'}${mark ? ` tl-mark-${mark.kind}` : ''}`}
      data-testid="timeline-stop"
      data-booking={st.ride.id}
      data-kind={st.kind}
      data-mark={mark?.kind ?? 'none'}
      // The same words for a pointer's hover (the block shows only its time and mark).
      title={[
        pickup ? t('board.pickup') : t('board.dropoff'),
        fmtTime(st.actualAt ?? st.plannedAt),
        t('timeline.windowIs', { window: span }),
        pickup ? placeIn(st.ride.pickup.address) : placeIn(st.ride.dropoff.address),
        props.riderName,
        markText,
      ]
        .filter(Boolean)
        .join(' · ')}
      style={{
        left: Math.min(props.x, props.windowX),
        top: props.top,
        width:
          Math.max(props.x + BLOCK_PX, props.windowX + props.windowWidth) - Math.min(props.x, props.windowX),
      }}
    >
      <span
        className="tl-window"
        aria-hidden="true"
        style={{ left: props.windowX - Math.min(props.x, props.windowX), width: props.windowWidth }}
      />
      {props.grip ? (
        <button
          type="button"
          className={`tl-block${props.picked ? ' tl-picked' : ''}`}
          style={{ left: props.x - Math.min(props.x, props.windowX) }}
          {...props.grip}
        >
          {body}
        </button>
      ) : (
        <span className="tl-block" style={{ left: props.x - Math.min(props.x, props.windowX) }}>
          {body}
        </span>
      )}
    </li>
  );
}
