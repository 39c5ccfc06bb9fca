import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Label, TextArea, TextField } from 'react-aria-components';
import { ApiError, call, client, newKey, type Schema } from '../api/client';
import { TableRegion, usePanelFocus } from '../components';
import { fmtTime } from '../format';
import type { Ride } from './RidesPage';
import { placeIn } from '../place-names';

type Shift = Schema<'ShiftView'>;
type Preview = Schema<'AssignPreview'>;
type Affected = Preview['affected'][number];
export type MoveTarget = { kind: 'shift'; shiftId: string } | { kind: 'unassign' };

/** Refusals of a shift that takes no ride at all (vehicle in repair, driver suspended, shift closed). */
const NOT_IN_SERVICE = new Set(['VEHICLE_OUT_OF_SERVICE', 'DRIVER_INACTIVE', 'SHIFT_NOT_OPEN']);
/** Refusals of a ride that has ended or started: the API says its status in words. */
const NOT_MOVABLE = new Set(['RIDE_FINISHED', 'RIDE_STARTED']);

/** A 409's words: the API's own for a ride or vehicle that cannot move, "changed meanwhile" otherwise. */
function conflictText(e: ApiError, changed: string): string {
  if (e.code && (NOT_IN_SERVICE.has(e.code) || NOT_MOVABLE.has(e.code)))
    return e.fields[0]?.message ?? e.message;
  return changed;
}

/** How long the page follows a ride taken off its route, and how often it looks (ms). */
const FOLLOW_MS = 10_000;
const FOLLOW_STEP_MS = 1_000;

const focusAnswer = () => requestAnimationFrame(() => document.getElementById('move-answer')?.focus());

/**
 * Assign, reassign or unassign one booking (issue 18). Choosing a vehicle asks the API what the
 * move would do, nothing saved: what the route check refuses (the plate, the missing equipment,
 * the windows) and every other rider it makes late or moves, by name, window, old and new time.
 * A move that fits is confirmed as such; one that does not is an override: a reason from the
 * list (with the dispatcher's own words for "Other") and, when other riders are hurt, an
 * explicit confirmation that they were seen. If the route changes meanwhile, the API refuses
 * the save and the new consequences are shown to confirm again.
 */
export function MovePanel(props: {
  ride: Ride;
  initial: MoveTarget | null;
  shifts: Shift[];
  shiftLabel: (s: Shift) => string;
  /** Why a shift takes no ride (its vehicle in repair), or null: offered disabled, with the reason. */
  unavailable: (s: Shift) => string | null;
  /** The vehicle's provider, equipment, places and how full its route is (issue 23). */
  details: (s: Shift) => string;
  /** `moved`: the ride was moved (onto `shiftId`, or off its route when null), for focus to follow it. */
  onClose: (announcement?: string, moved?: { rideId: string; shiftId: string | null }) => void;
}) {
  const { t } = useTranslation();
  const { ride } = props;
  const [target, setTarget] = useState<string>(
    props.initial?.kind === 'shift'
      ? props.initial.shiftId
      : props.initial?.kind === 'unassign'
        ? 'unassign'
        : '',
  );
  const [preview, setPreview] = useState<Preview | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [following, setFollowing] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [accepted, setAccepted] = useState(false);
  const [busy, setBusy] = useState(false);
  const onKeyDown = usePanelFocus('move-target', busy, () => props.onClose());

  // Every choice of vehicle is checked first: what would this move do?
  useEffect(() => {
    setPreview(null);
    setError(null);
    setNotice(null);
    setAccepted(false);
    if (!target || target === 'unassign') return;
    const ctl = new AbortController();
    setChecking(true);
    call(
      client.POST('/dispatch/bookings/{id}/assign-preview', {
        params: { path: { id: ride.id } },
        body: { shiftId: target, expectedVersion: ride.version },
        signal: ctl.signal,
      }),
    ).then(
      (p) => {
        if (ctl.signal.aborted) return;
        setPreview(p);
        setChecking(false);
      },
      (e: Error) => {
        if (ctl.signal.aborted || e.name === 'AbortError') return;
        setChecking(false);
        setError(
          e instanceof ApiError && e.status === 409 ? conflictText(e, t('board.conflict')) : e.message,
        );
      },
    );
    return () => ctl.abort();
  }, [target]);

  const chosen = props.shifts.find((s) => s.id === target);
  const option = preview?.overrideReasons.find((o) => o.code === reason);
  const noteOk = !option?.noteRequired || note.trim().length >= 5;
  const mustAccept = !!preview && preview.affected.length > 0;
  const canOverride = !!option && noteOk && (!mustAccept || accepted) && !busy;
  // Said next to the disabled override button: what is still missing (finding t18-5).
  const missing = [
    !option && t('override.missing.reason'),
    !!option && !noteOk && t('override.missing.note'),
    mustAccept && !accepted && t('override.missing.accept'),
  ].filter((x): x is string => !!x);

  const labelOf = (shiftId: string | null | undefined) => {
    const s = props.shifts.find((x) => x.id === shiftId);
    return s ? props.shiftLabel(s) : t('board.vehicle');
  };

  /**
   * Where the ride went after it was taken off its route: the dispatcher worker places it again
   * at once (walk t18, finding 2: the page said "taken off" while it was already on another
   * vehicle). The ride is followed for a few seconds and the answer says where it is.
   */
  const whereNow = async (from: string, version: number): Promise<string> => {
    for (let waited = 0; waited < FOLLOW_MS; waited += FOLLOW_STEP_MS) {
      await new Promise((done) => setTimeout(done, FOLLOW_STEP_MS));
      const now = await call(client.GET('/bookings/{id}', { params: { path: { id: ride.id } } })).catch(
        () => null,
      );
      if (!now || now.version <= version) continue;
      if (now.status === 'SCHEDULED' && now.shiftId)
        return now.shiftId === ride.shiftId
          ? t('board.unassignBack', { from, time: fmtTime(now.plannedPickupAt) })
          : t('board.unassignPlaced', {
              from,
              plate: labelOf(now.shiftId),
              time: fmtTime(now.plannedPickupAt),
            });
      if (now.status === 'WAITLISTED' || now.status === 'AWAITING_PROCUREMENT')
        return t('board.unassignWaiting', { from });
    }
    return t('board.unassignPending', { from });
  };

  const unassign = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await call(
        client.POST('/dispatch/bookings/{id}/unassign', {
          params: { path: { id: ride.id } },
          body: { expectedVersion: ride.version },
          headers: { 'Idempotency-Key': newKey() },
        }),
      );
      const from = labelOf(ride.shiftId);
      setFollowing(t('board.unassignFollowing', { from }));
      props.onClose(await whereNow(from, r.version), { rideId: ride.id, shiftId: null });
    } catch (e) {
      setError(
        e instanceof ApiError && e.status === 409
          ? conflictText(e, t('board.conflict'))
          : (e as Error).message,
      );
    } finally {
      setBusy(false);
    }
  };

  const save = async (override: boolean) => {
    if (!preview) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const r = await call(
        client.POST(ride.shiftId ? '/dispatch/bookings/{id}/reassign' : '/dispatch/bookings/{id}/assign', {
          params: { path: { id: ride.id } },
          body: {
            shiftId: preview.shiftId,
            expectedVersion: ride.version,
            ...(override
              ? {
                  override: {
                    reason: reason as Preview['overrideReasons'][number]['code'],
                    ...(note.trim() ? { note: note.trim() } : {}),
                  },
                  ...(mustAccept ? { confirm: preview.confirmation } : {}),
                }
              : {}),
          },
          headers: { 'Idempotency-Key': newKey() },
        }),
      );
      const moved = t('board.assignedAt', {
        pickup: fmtTime(r.plannedPickupAt),
        dropoff: fmtTime(r.plannedDropoffAt),
      });
      props.onClose(
        r.ridersTold.length ? `${moved} ${t('override.told', { count: r.ridersTold.length })}` : moved,
        { rideId: ride.id, shiftId: r.shiftId },
      );
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.status === 409 && e.preview && typeof e.preview === 'object') {
        // The route changed (or the hurt riders were not confirmed): look again, confirm again.
        setPreview(e.preview as Preview);
        setAccepted(false);
        setNotice(e.message);
        focusAnswer();
      } else if (e.status === 409 && e.code === 'ROUTE_INFEASIBLE') {
        setNotice(e.message);
        focusAnswer();
      } else
        // The vehicle left service or the ride ended since the check: the API says which and why.
        setError(
          e.status === 409 ? conflictText(e, t('board.conflict')) : (e.fields[0]?.message ?? e.message),
        );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section
      className="card move-panel"
      aria-labelledby="move-title"
      role="region"
      // Escape closes the panel, nothing saved (a native list's own Escape closes only the list).
      onKeyDown={onKeyDown}
    >
      <h2 id="move-title" className="h3">
        {/* The block's time for a ride on a route, its window for one not yet planned, each said
            as what it is, never the window's start unlabelled (walk t23 minor 2). */}
        {ride.plannedPickupAt
          ? t('board.moveTitle', {
              address: placeIn(ride.pickup.address),
              time: fmtTime(ride.plannedPickupAt),
            })
          : t('board.moveTitleWindow', {
              address: placeIn(ride.pickup.address),
              window: `${fmtTime(ride.windows.pickupEarliest)}–${fmtTime(ride.windows.pickupLatest)}`,
            })}
      </h2>
      <div className="field">
        <label htmlFor="move-target">{t('board.target')}</label>
        <select id="move-target" value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">{t('board.chooseTarget')}</option>
          {props.shifts
            .filter((s) => s.id !== ride.shiftId)
            .map((s) => {
              const why = props.unavailable(s);
              return (
                <option key={s.id} value={s.id} disabled={!!why}>
                  {`${props.shiftLabel(s)} — ${why ?? props.details(s)}`}
                </option>
              );
            })}
          {ride.shiftId && <option value="unassign">{t('board.unassign')}</option>}
        </select>
        <p className="hint">{t('board.moveHint')}</p>
        {chosen && (
          <p className="small" data-testid="move-vehicle">
            <strong translate="no">{props.shiftLabel(chosen)}</strong>: {props.details(chosen)}
          </p>
        )}
      </div>
      <div aria-live="polite">
        {target === 'unassign' && (
          <p className="hint" data-testid="unassign-hint">
            {following ?? t('board.unassignHint')}
          </p>
        )}
        {checking && <p className="muted">{t('override.checking')}</p>}
        {preview && (
          <div
            className={`notice ${preview.feasible ? 'notice-ok' : 'notice-warning'}`}
            id="move-answer"
            tabIndex={-1}
            data-feasible={preview.feasible ? 'true' : 'false'}
          >
            {notice && (
              <p role="alert" className="field-error">
                {notice}
              </p>
            )}
            {preview.feasible ? (
              <p>
                {t('override.fits', {
                  vehicle: preview.vehicle,
                  pickup: fmtTime(preview.plannedPickupAt),
                  dropoff: fmtTime(preview.plannedDropoffAt),
                })}
              </p>
            ) : (
              <>
                <p>
                  <span aria-hidden="true">⚠ </span>
                  {t('override.doesNotFit', { vehicle: preview.vehicle })}
                </p>
                <ul>
                  {preview.conflicts.map((c, i) => (
                    <li key={i}>{c.message}</li>
                  ))}
                </ul>
                {preview.overridable ? (
                  <p data-testid="override-own-times">
                    {t('override.ownTimes', {
                      vehicle: preview.vehicle,
                      pickup: fmtTime(preview.plannedPickupAt),
                      dropoff: fmtTime(preview.plannedDropoffAt),
                    })}
                  </p>
                ) : (
                  <p className="field-error" data-testid="override-refused">
                    {preview.refusal}
                  </p>
                )}
              </>
            )}
            {/* The vehicle is behind its plan now: when it will really be there (walk t23 M2). */}
            {preview.runningLate && (
              <p data-testid="running-late">
                <span aria-hidden="true">⏱ </span>
                {t('override.runningLate', {
                  vehicle: preview.vehicle,
                  minutes: preview.runningLate.minutes,
                  pickup: fmtTime(preview.runningLate.pickupAt),
                })}
              </p>
            )}
            {preview.affected.length > 0 && <AffectedRiders preview={preview} />}
          </div>
        )}
      </div>
      {preview && !preview.feasible && preview.overridable && (
        <fieldset className="override-form">
          <legend>{t('override.legend')}</legend>
          <div className="field">
            <label htmlFor="override-reason">{t('board.overrideReason')}</label>
            <select
              id="override-reason"
              value={reason}
              required
              aria-required="true"
              onChange={(e) => setReason(e.target.value)}
            >
              <option value="">{t('override.chooseReason')}</option>
              {preview.overrideReasons.map((o) => (
                <option key={o.code} value={o.code}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <TextField className="field" value={note} onChange={setNote} isRequired={!!option?.noteRequired}>
            <Label>{option?.noteRequired ? t('override.noteRequired') : t('override.note')}</Label>
            <TextArea rows={2} />
          </TextField>
          {mustAccept && (
            <Checkbox className="checkbox" isSelected={accepted} onChange={setAccepted}>
              <span className="box" aria-hidden="true" />
              {t('override.accept', { count: preview.affected.length })}
            </Checkbox>
          )}
        </fieldset>
      )}
      <div className="button-row">
        {target === 'unassign' && (
          <Button className="btn btn-primary" onPress={() => void unassign()} isDisabled={busy}>
            {t('board.confirmUnassign')}
          </Button>
        )}
        {preview?.feasible && (
          <Button className="btn btn-primary" onPress={() => void save(false)} isDisabled={busy}>
            {t('board.confirm')}
          </Button>
        )}
        {preview && !preview.feasible && preview.overridable && (
          <Button
            className="btn btn-danger"
            onPress={() => void save(true)}
            isDisabled={!canOverride}
            aria-describedby={missing.length > 0 ? 'override-missing' : undefined}
          >
            {t('board.override')}
          </Button>
        )}
        {preview && !preview.feasible && preview.overridable && missing.length > 0 && (
          <span id="override-missing" className="muted" data-testid="override-missing">
            {t('override.missing.lead')} {missing.join('; ')}.
          </span>
        )}
        <Button className="btn" onPress={() => props.onClose()}>
          {t('common.back')}
        </Button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

/** The other riders the move changes: name, window, old and new time, how late, priority. */
function AffectedRiders({ preview }: { preview: Preview }) {
  const { t } = useTranslation();
  const late = (a: Affected) =>
    a.minutesLate === 0
      ? t('override.withinWindow')
      : [
          a.pickupMinutesLate > 0 ? t('override.pickupLate', { minutes: a.pickupMinutesLate }) : null,
          a.dropoffMinutesLate > 0 ? t('override.arrivesLate', { minutes: a.dropoffMinutesLate }) : null,
        ]
          .filter(Boolean)
          .join('; ');
  return (
    <TableRegion labelledBy="override-affected-caption">
      <table className="table" data-testid="override-affected">
        <caption id="override-affected-caption">
          {t('override.affectedTitle', { count: preview.affected.length, vehicle: preview.vehicle })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('override.rider')}</th>
            <th scope="col">{t('override.window')}</th>
            <th scope="col">{t('override.was')}</th>
            <th scope="col">{t('override.becomes')}</th>
            <th scope="col">{t('override.late')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.affected.map((a) => (
            <tr key={a.bookingId} className={a.minutesLate > 0 ? 'row-late' : undefined}>
              <th scope="row">
                <span translate="no">{a.riderName}</span>
                {a.dialysis && <span className="tag">{t('override.dialysis')}</span>}
                {!a.dialysis && a.priority && <span className="tag">{t('override.priority')}</span>}
                <br />
                <span className="small" translate="no">
                  {placeIn(a.pickupAddress)} <span aria-hidden="true">→</span>
                  <span className="visually-hidden">{t('book.to')}</span> {placeIn(a.dropoffAddress)}
                </span>
              </th>
              <td>
                {fmtTime(a.pickupEarliest)}–{fmtTime(a.pickupLatest)}
              </td>
              <td>{a.oldPickupAt ? fmtTime(a.oldPickupAt) : t('override.aboard')}</td>
              <td>
                {a.newPickupAt ? fmtTime(a.newPickupAt) : t('override.aboard')}
                {a.newDropoffAt && (
                  <span className="small"> · {t('override.arrives', { time: fmtTime(a.newDropoffAt) })}</span>
                )}
                {a.willBeTold && <span className="small muted"> · {t('override.willBeTold')}</span>}
              </td>
              <td>
                <strong>{late(a)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
