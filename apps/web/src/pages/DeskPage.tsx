import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  STAFF_CANCEL_REASONS,
  TRIP_PURPOSES,
  type StaffCancelReason,
  type TripPurpose,
} from '@invataxi/domain';
import type { Session } from '../auth';
import { ApiError, call, client, newKey, type Schema } from '../api/client';
import {
  ErrorSummary,
  focusField,
  LoadError,
  Loading,
  PageTitle,
  splitErrors,
  StatusBadge,
  useLoadFor,
  type FieldErrors,
} from '../components';
import { fmtDate, fmtDateTime, kzInstant, kzToday } from '../format';
import { PlacePicker, type SavedPlace } from '../PlacePicker';
import { reasonText } from '../reason-text';
import type { Place } from '../rider';
import { bookingFieldOf, REASON_FIELD } from './BookPage';
import { DateField, TimeField } from '../DateTimeFields';

type Summary = Schema<'BeneficiarySummary'>;
type BookingView = Schema<'BookingView'>;

const FORM_ORDER = ['from', 'to', 'time', 'purpose', 'companions', 'returnTime'];
/** Rides that can still be cancelled on the person's behalf. */
const LIVE = new Set([
  'REQUESTED',
  'ACCEPTED',
  'WAITLISTED',
  'AWAITING_PROCUREMENT',
  'SCHEDULED',
  'ASSIGNED',
]);

/**
 * The phone desk (issue 21): a dispatcher or the LEB officer finds the caller (IIN through the
 * rate-limited look-up, phone or part of the name within their scope), sees what the person is
 * entitled to and their rides, books for them (the API marks it PHONE and by whom, with the same
 * rules and refusal reasons the rider gets) and cancels a ride on their behalf with a reason.
 * Keyboard first: Enter finds, focus moves to the results, then to the person.
 */
export function DeskPage(_props: { session: Session }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Summary[] | null>(null);
  const [findError, setFindError] = useState<string | null>(null);
  const [personId, setPersonId] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const [ridesTick, setRidesTick] = useState(0);
  const resultsRef = useRef<HTMLUListElement>(null);
  const personRef = useRef<HTMLHeadingElement>(null);

  const profile = useLoadFor(personId, (id, signal) =>
    call(client.GET('/beneficiaries/{id}', { params: { path: { id } }, signal })),
  );
  const allowance = useLoadFor(personId && `${personId}|${ridesTick}`, (key, signal) =>
    call(
      client.GET('/bookings/allowance', {
        params: { query: { beneficiaryId: key.split('|')[0] as string } },
        signal,
      }),
    ),
  );
  const rides = useLoadFor(personId && `${personId}|${ridesTick}`, (key, signal) =>
    call(
      client.GET('/bookings', {
        params: { query: { beneficiaryId: key.split('|')[0] as string, limit: 100 } },
        signal,
      }),
    ),
  );

  const find = async () => {
    const q = query.trim();
    setFindError(null);
    if (q.length < 2) {
      setFindError(t('desk.findTooShort'));
      focusField('find');
      return;
    }
    try {
      const items = /^\d{12}$/.test(q)
        ? [await call(client.POST('/beneficiaries/lookup', { body: { iin: q } }))]
        : (await call(client.GET('/beneficiaries/search', { params: { query: { q } } }))).items;
      setFound(items);
      setAnnounce(items.length ? t('desk.foundCount', { count: items.length }) : t('desk.noneFound'));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setFound([]);
      const text = e.status === 404 ? t('desk.noneFound') : (e.fields[0]?.message ?? e.message);
      setFindError(text);
      setAnnounce(text);
      focusField('find');
    }
  };

  const choose = (id: string) => {
    setPersonId(id);
    setRidesTick(0);
    requestAnimationFrame(() => personRef.current?.focus());
  };

  // A search's results take focus (Enter picks the first), once they are on the page.
  useEffect(() => {
    if (found?.length) resultsRef.current?.querySelector('button')?.focus();
  }, [found]);

  // Focus the person's heading once their profile is shown.
  useEffect(() => {
    if (profile.data) personRef.current?.focus();
  }, [profile.data?.id]);

  const p = profile.data;
  const now = Date.now();
  const all = rides.data?.items ?? [];
  const upcoming = all.filter((b) => LIVE.has(b.status) && Date.parse(b.requestedTime) >= now - 3_600_000);
  const history = all
    .filter((b) => !upcoming.includes(b))
    .sort((a, b) => Date.parse(b.requestedTime) - Date.parse(a.requestedTime))
    .slice(0, 10);

  return (
    <section className="desk">
      <PageTitle>{t('desk.title')}</PageTitle>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" id="desk-announce">
        {announce}
      </div>
      <form
        className="form desk-find"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void find();
        }}
      >
        <div className="field">
          <label htmlFor="field-find">{t('desk.find')}</label>
          <p id="find-hint" className="hint">
            {t('desk.findHint')}
          </p>
          <div className="row">
            <input
              id="field-find"
              type="search"
              autoComplete="off"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              aria-describedby={findError ? 'find-hint find-error' : 'find-hint'}
              aria-invalid={findError ? true : undefined}
              maxLength={100}
            />
            <button type="submit" className="btn btn-primary">
              {t('desk.findButton')}
            </button>
          </div>
          {findError && (
            <p id="find-error" className="field-error">
              {findError}
            </p>
          )}
        </div>
      </form>
      {found && found.length > 0 && (
        <section aria-labelledby="desk-found-title">
          <h2 id="desk-found-title" className="h3">
            {t('desk.results')}
          </h2>
          <ul className="desk-results" ref={resultsRef}>
            {found.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="btn"
                  aria-pressed={s.id === personId}
                  onClick={() => choose(s.id)}
                >
                  <span translate="no">{s.fullName}</span> · <span translate="no">{s.iinMasked}</span>
                  {s.suspendedUntil ? ` · ${t('desk.suspendedShort')}` : ''}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {personId && profile.error && <LoadError error={profile.error} />}
      {personId && profile.loading && !p && <Loading />}
      {p && (
        <section aria-labelledby="desk-person" className="desk-person">
          <h2 id="desk-person" tabIndex={-1} ref={personRef}>
            <span translate="no">{p.fullName}</span>
          </h2>
          <dl className="desk-facts">
            <dt>{t('desk.iin')}</dt>
            <dd translate="no">{p.iinMasked}</dd>
            <dt>{t('desk.phone')}</dt>
            <dd translate="no">{p.phone ?? t('desk.none')}</dd>
            <dt>{t('desk.tripsLeft')}</dt>
            <dd>
              {allowance.data
                ? allowance.data.limit === null
                  ? t('desk.noLimit', { used: allowance.data.used })
                  : t('desk.leftOf', { left: allowance.data.left, limit: allowance.data.limit })
                : allowance.error
                  ? t('common.unknown')
                  : t('common.loading')}
            </dd>
            {p.disabilityCategory && (
              <>
                <dt>{t('desk.category')}</dt>
                <dd>
                  {t(`category.${p.disabilityCategory}`)}
                  {' · '}
                  {p.disabilityValidUntil
                    ? t('desk.validUntil', { date: fmtDate(p.disabilityValidUntil) })
                    : t('desk.validIndefinitely')}
                </dd>
              </>
            )}
            <dt>{t('desk.needs')}</dt>
            <dd>
              {[
                t(`wheelchair.${p.mobility.wheelchair}`),
                ...(['stepFree', 'needsLift', 'visual', 'hearing', 'intellectual', 'guideDog'] as const)
                  .filter((f) => p.mobility[f])
                  .map((f) => t(`need.${f}`)),
              ].join('; ')}
            </dd>
            <dt>{t('desk.companions')}</dt>
            <dd>{p.companionEntitled ? t('desk.companionsYes') : t('desk.companionsNo')}</dd>
            <dt>{t('desk.suspension')}</dt>
            <dd>
              {p.suspendedUntil
                ? t('desk.suspendedUntil', { date: fmtDateTime(p.suspendedUntil) })
                : t('desk.notSuspended')}
            </dd>
          </dl>
          <DeskBookingForm
            key={p.id}
            person={p}
            onBooked={(text) => {
              setAnnounce(text);
              setRidesTick((n) => n + 1);
            }}
          />
          <h3>{t('desk.upcoming')}</h3>
          {rides.error && <LoadError error={rides.error} />}
          {rides.loading && !rides.data && <Loading />}
          {rides.data && (
            <RideTable
              rides={upcoming}
              empty={t('desk.noneUpcoming')}
              onCancelled={(text) => {
                setAnnounce(text);
                setRidesTick((n) => n + 1);
              }}
            />
          )}
          <h3>{t('desk.history')}</h3>
          {rides.data && <RideTable rides={history} empty={t('desk.noneHistory')} />}
        </section>
      )}
    </section>
  );
}

/** The booking form of the phone desk: one ride, optionally its return the same day. */
function DeskBookingForm(props: { person: Schema<'BeneficiaryView'>; onBooked: (text: string) => void }) {
  const { t } = useTranslation();
  const { person } = props;
  const [from, setFrom] = useState<Place | null>(null);
  const [to, setTo] = useState<Place | null>(null);
  const [date, setDate] = useState(kzToday(1));
  const [time, setTime] = useState('10:00');
  const [purpose, setPurpose] = useState<TripPurpose>('MEDICAL');
  const [companions, setCompanions] = useState(0);
  const [withReturn, setWithReturn] = useState(false);
  const [returnTime, setReturnTime] = useState('14:00');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const key = useRef(newKey());
  useEffect(() => {
    key.current = newKey();
  }, [from, to, date, time, purpose, companions, withReturn, returnTime]);
  const saved: SavedPlace[] = useMemo(
    () => [{ key: 'home', label: 'home', place: person.residence }],
    [person.residence],
  );
  const labels: Record<string, string> = {
    from: t('book.from'),
    to: t('book.to'),
    time: t('book.pickupTime'),
    purpose: t('book.purpose'),
    companions: t('book.companions'),
    returnTime: t('book.returnTime'),
  };

  const submit = async () => {
    const local: FieldErrors = {};
    if (!from) local.from = t('book.pickPlace');
    if (!to) local.to = t('book.pickPlace');
    if (!date || !time) local.time = t('book.required');
    if (Object.keys(local).length || !from || !to) {
      setErrors(local);
      setGeneral([]);
      focusField(FORM_ORDER.find((f) => local[f]));
      return;
    }
    setBusy(true);
    try {
      const res = await call(
        client.POST('/bookings', {
          body: {
            beneficiaryId: person.id,
            pickup: from,
            dropoff: to,
            timeAnchor: 'PICKUP',
            time: kzInstant(date, time),
            purpose,
            companions,
            ...(withReturn
              ? { returnTrip: { timeAnchor: 'PICKUP' as const, time: kzInstant(date, returnTime) } }
              : {}),
          },
          headers: { 'Idempotency-Key': key.current },
        }),
      );
      setErrors({});
      setGeneral([]);
      const text = t('desk.booked', {
        name: person.fullName,
        rides: res.bookings
          .map(
            (b) =>
              `${b.returnOfBookingId ? t('book.returnLeg') : t('book.outbound')} ${fmtDateTime(b.requestedTime)} (${t(`status.${b.status}`)})`,
          )
          .join('; '),
      });
      setResult(text);
      props.onBooked(text);
      setTo(null);
      setWithReturn(false);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const withFields = new ApiError(
        e.status,
        e.message,
        e.fields.map((f) => ({ ...f, field: f.field || (f.code && REASON_FIELD[f.code]) || '' })),
      );
      const split = splitErrors(withFields, (f) => {
        const field = FORM_ORDER.includes(f) ? f : bookingFieldOf(f);
        return field && FORM_ORDER.includes(field) ? field : null;
      });
      setErrors(split.fields);
      setGeneral(split.general);
      setResult(null);
      const first = FORM_ORDER.find((f) => split.fields[f]);
      if (first) focusField(first);
      else requestAnimationFrame(() => document.getElementById('error-summary-title')?.focus());
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="desk-book-title">
      <h3 id="desk-book-title">{t('desk.book')}</h3>
      {result && (
        <p className="notice notice-ok" id="desk-result">
          {result}
        </p>
      )}
      <ErrorSummary general={general} fields={errors} labels={labels} />
      <form
        className="form desk-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <PlacePicker
          name="from"
          label={t('book.from')}
          value={from}
          onChange={setFrom}
          saved={saved}
          error={errors.from}
          riderId={null}
        />
        <PlacePicker
          name="to"
          label={t('book.to')}
          value={to}
          onChange={setTo}
          saved={saved}
          error={errors.to}
          riderId={null}
        />
        <div className="row">
          <DateField id="field-date" label={t('book.date')} value={date} onChange={setDate} isRequired />
          <TimeField
            id="field-time"
            label={t('book.pickupTime')}
            value={time}
            onChange={setTime}
            isRequired
            error={errors.time}
          />
          <Field id="purpose" label={t('book.purpose')} error={errors.purpose}>
            <select
              id="field-purpose"
              value={purpose}
              onChange={(e) => setPurpose(e.target.value as TripPurpose)}
              aria-invalid={errors.purpose ? true : undefined}
              aria-describedby={errors.purpose ? 'purpose-error' : undefined}
            >
              {TRIP_PURPOSES.map((x) => (
                <option key={x} value={x}>
                  {t(`purpose.${x}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="companions" label={t('book.companions')} error={errors.companions}>
            <input
              id="field-companions"
              type="number"
              min={0}
              max={10}
              value={companions}
              onChange={(e) => setCompanions(Math.max(0, Number(e.target.value) || 0))}
              aria-invalid={errors.companions ? true : undefined}
              aria-describedby={errors.companions ? 'companions-error' : undefined}
            />
          </Field>
        </div>
        <div className="row">
          <label className="checkbox-native" htmlFor="field-withReturn">
            <input
              id="field-withReturn"
              type="checkbox"
              checked={withReturn}
              onChange={(e) => setWithReturn(e.target.checked)}
            />{' '}
            {t('book.withReturn')}
          </label>
          {withReturn && (
            <TimeField
              id="field-returnTime"
              label={t('book.returnTime')}
              value={returnTime}
              onChange={setReturnTime}
              error={errors.returnTime}
            />
          )}
        </div>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('common.wait') : t('desk.bookButton')}
        </button>
      </form>
    </section>
  );
}

function Field(props: { id: string; label: string; error?: string; children: React.ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={`field-${props.id}`}>{props.label}</label>
      {props.children}
      {props.error && (
        <p id={`${props.id}-error`} className="field-error">
          {props.error}
        </p>
      )}
    </div>
  );
}

/** A person's rides; with onCancelled, each live one can be cancelled on their behalf. */
function RideTable(props: { rides: BookingView[]; empty: string; onCancelled?: (text: string) => void }) {
  const { t } = useTranslation();
  const [cancelling, setCancelling] = useState<string | null>(null);
  const [reason, setReason] = useState<StaffCancelReason>('CANCELLED_RIDER_ASKED');
  const [error, setError] = useState<string | null>(null);
  if (props.rides.length === 0) return <p>{props.empty}</p>;
  const cancel = async (b: BookingView) => {
    try {
      // Dispatch moves a new ride on (scheduled, assigned) while the list is shown: cancel the
      // ride as it is now, not the version listed a moment ago.
      const now = await call(client.GET('/bookings/{id}', { params: { path: { id: b.id } } }));
      await call(
        client.POST('/bookings/{id}/cancel', {
          params: { path: { id: b.id } },
          body: { version: now.version, reason },
          headers: { 'Idempotency-Key': newKey() },
        }),
      );
      setCancelling(null);
      setError(null);
      props.onCancelled?.(t('desk.cancelled', { time: fmtDateTime(b.requestedTime) }));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.fields[0]?.message ?? e.message);
    }
  };
  return (
    <div className="table-wrap" role="region" aria-label={props.empty} tabIndex={0}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('desk.when')}</th>
            <th scope="col">{t('desk.route')}</th>
            <th scope="col">{t('rides.status')}</th>
            <th scope="col">{t('desk.channel')}</th>
            {props.onCancelled && <th scope="col">{t('desk.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {props.rides.map((b) => (
            <tr key={b.id}>
              <td>{fmtDateTime(b.requestedTime)}</td>
              <td translate="no">
                {b.pickup.address} → {b.dropoff.address}
              </td>
              <td>
                <StatusBadge status={b.status} />
                {b.statusReason && <span className="muted"> {reasonText(b.statusReason)}</span>}
              </td>
              <td>{t(`desk.channels.${b.channel}`)}</td>
              {props.onCancelled && (
                <td>
                  {cancelling === b.id ? (
                    <div
                      role="group"
                      aria-label={t('desk.cancelTitle', { time: fmtDateTime(b.requestedTime) })}
                    >
                      <label htmlFor={`cancel-reason-${b.id}`}>{t('desk.cancelReason')}</label>{' '}
                      <select
                        id={`cancel-reason-${b.id}`}
                        value={reason}
                        onChange={(e) => setReason(e.target.value as StaffCancelReason)}
                      >
                        {STAFF_CANCEL_REASONS.map((r) => (
                          <option key={r} value={r}>
                            {reasonText(r)}
                          </option>
                        ))}
                      </select>{' '}
                      <button
                        type="button"
                        className="btn btn-small btn-danger"
                        onClick={() => void cancel(b)}
                      >
                        {t('desk.confirmCancel')}
                      </button>{' '}
                      <button type="button" className="btn btn-small" onClick={() => setCancelling(null)}>
                        {t('rides.keep')}
                      </button>
                      {error && (
                        <p className="field-error" role="alert">
                          {error}
                        </p>
                      )}
                    </div>
                  ) : (
                    <button
                      type="button"
                      className="btn btn-small"
                      // The visible words first (WCAG 2.5.3), then which ride.
                      aria-label={`${t('rides.cancel')} ${fmtDateTime(b.requestedTime)}`}
                      onClick={() => {
                        setCancelling(b.id);
                        setError(null);
                        requestAnimationFrame(() =>
                          document.getElementById(`cancel-reason-${b.id}`)?.focus(),
                        );
                      }}
                    >
                      {t('rides.cancel')}
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
