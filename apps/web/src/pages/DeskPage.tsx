import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BOOKING_STATUSES,
  CHANGEABLE_STATUSES,
  NON_FINAL_STATUSES,
  STAFF_CANCEL_REASONS,
  STAFF_CHANGE_REASONS,
  TRIP_PURPOSES,
  type BookingStatus,
  type StaffCancelReason,
  type StaffChangeReason,
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
  StatusBadge,
  useLoadFor,
  type FieldErrors,
} from '../components';
import {
  fmtDate,
  fmtDateTime,
  fmtDateTimeYear,
  fmtDateYear,
  fmtTime,
  kzDateOf,
  kzInstant,
  kzToday,
} from '../format';
import { PlacePicker, type SavedPlace } from '../PlacePicker';
import { reasonText } from '../reason-text';
import { regionOf, type Place } from '../rider';
import { bookingFieldOf, bookingTiming, LeadHint, refusalAtFields, useFirstPickup } from '../booking-form';
import { DateField, TimeField } from '../DateTimeFields';
import { Eligibility } from './officer/BeneficiariesPage';
import { placeIn } from '../place-names';

type Summary = Schema<'BeneficiarySummary'>;
type BookingView = Schema<'BookingView'>;

/**
 * When a ride is, as the desk lists it: the pick-up's day and time, or for a ride booked to
 * arrive by a time (its anchor the drop-off) "arrive by HH:MM" (walk h2 N5: the arrival read as
 * the pick-up). With the year for the history, which may reach back past the new year.
 */
function rideWhen(
  t: (key: string, o?: Record<string, unknown>) => string,
  ride: Pick<BookingView, 'requestedTime' | 'timeAnchor'>,
  withYear = false,
): string {
  if (ride.timeAnchor !== 'DROPOFF')
    return withYear ? fmtDateTimeYear(ride.requestedTime) : fmtDateTime(ride.requestedTime);
  return t('desk.arriveByAt', {
    date: withYear ? fmtDateYear(ride.requestedTime) : fmtDate(ride.requestedTime),
    time: fmtTime(ride.requestedTime),
  });
}

const FORM_ORDER = ['from', 'to', 'time', 'purpose', 'companions', 'returnTime', 'until'];
const CHANGE_ORDER = ['changeFrom', 'changeTo', 'changeTime', 'changeReason'];
/** Rides not over yet (upcoming, and cancellable on the person's behalf); the rest is history. */
const UPCOMING: readonly BookingStatus[] = NON_FINAL_STATUSES;
const OVER: readonly BookingStatus[] = BOOKING_STATUSES.filter((x) => !NON_FINAL_STATUSES.includes(x));
/** Rides per page of the person's lists ("Show more" fetches the next). */
const PAGE = 10;

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
  const policy = useLoadFor(profile.data && regionOf(profile.data.residence.kato), (kato, signal) =>
    call(client.GET('/regions/{kato}/policies/in-force', { params: { path: { kato } }, signal })),
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
  const changed = (text: string) => {
    setAnnounce(text);
    setRidesTick((n) => n + 1);
  };

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
                    ? t('desk.validUntil', { date: fmtDateYear(p.disabilityValidUntil) })
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
            <dd>
              {!p.companionEntitled
                ? t('desk.companionsNo')
                : policy.data
                  ? t('desk.companionsUpTo', { count: policy.data.rules.maxCompanions })
                  : t('desk.companionsYes')}
            </dd>
            <dt>{t('desk.suspension')}</dt>
            <dd>
              {p.suspendedUntil
                ? t('desk.suspendedUntil', { date: fmtDateTimeYear(p.suspendedUntil) })
                : t('desk.notSuspended')}
            </dd>
          </dl>
          <Eligibility view={p} />
          <DeskBookingForm key={p.id} person={p} rules={policy.data?.rules} onBooked={changed} />
          <RideList
            key={`upcoming-${p.id}-${ridesTick}`}
            personId={p.id}
            statuses={UPCOMING}
            order="asc"
            title={t('desk.upcoming')}
            empty={t('desk.noneUpcoming')}
            saved={[{ key: 'home', label: 'home', place: p.residence }]}
            onChanged={changed}
            onMore={setAnnounce}
          />
          <RideList
            key={`history-${p.id}-${ridesTick}`}
            personId={p.id}
            statuses={OVER}
            order="desc"
            title={t('desk.history')}
            empty={t('desk.noneHistory')}
            onMore={setAnnounce}
          />
        </section>
      )}
    </section>
  );
}

/** The booking form of the phone desk: one ride, optionally its return the same day. */
function DeskBookingForm(props: {
  person: Schema<'BeneficiaryView'>;
  /** The rules in force in the person's region (the form's first pickup follows them). */
  rules: Schema<'ServicePolicyRules'> | undefined;
  onBooked: (text: string) => void;
}) {
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
  const [repeat, setRepeat] = useState(false);
  const [weekdays, setWeekdays] = useState<number[]>([1, 3, 5]);
  const [until, setUntil] = useState(kzToday(30));
  const chose = useFirstPickup(props.rules, (first) => {
    setDate(first.date);
    setTime(first.time);
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);
  const key = useRef(newKey());
  useEffect(() => {
    key.current = newKey();
  }, [from, to, date, time, purpose, companions, withReturn, returnTime, repeat, weekdays, until]);
  // Booked: focus goes to what was booked (the button it left is disabled while sending, and the
  // form is reset), so the dispatcher reads it back to the caller and tabs on from there.
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);
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
    until: t('book.until'),
  };

  const submit = async () => {
    const local: FieldErrors = {};
    if (!from) local.from = t('book.pickPlace');
    if (!to) local.to = t('book.pickPlace');
    if (!date || !time) local.time = t('book.required');
    if (repeat && weekdays.length === 0) local.until = t('book.pickWeekday');
    else if (repeat && !until) local.until = t('book.required');
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
            purpose,
            companions,
            // A series: the first date, the time on each chosen weekday, until a date (the
            // first days are booked at once, so a refusal is told now).
            ...bookingTiming({
              date,
              time,
              repeat,
              weekdays,
              until,
              withReturn,
              returnAnchor: 'PICKUP',
              returnTime,
            }),
          },
          headers: { 'Idempotency-Key': key.current },
        }),
      );
      setErrors({});
      setGeneral([]);
      const text = res.series
        ? t('desk.bookedSeries', {
            name: person.fullName,
            days:
              res.series.weekdays.length === 7
                ? t('desk.everyDay')
                : t('desk.onDays', { days: res.series.weekdays.map((d) => t(`weekday.${d}`)).join(', ') }),
            time: res.series.localTime,
            from: fmtDateYear(res.series.fromDate),
            until: fmtDateYear(res.series.toDate),
            count: res.bookings.length,
          })
        : t('desk.booked', {
            name: person.fullName,
            rides: res.bookings
              .map(
                (b) =>
                  `${b.returnOfBookingId ? t('book.returnLeg') : t('book.outbound')} ${rideWhen(t, b)} (${t(`status.${b.status}`)})`,
              )
              .join('; '),
          });
      setResult(text);
      props.onBooked(text);
      setTo(null);
      setWithReturn(false);
      setRepeat(false);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const split = refusalAtFields(e, FORM_ORDER, (f) => {
        const mapped = FORM_ORDER.includes(f) ? f : bookingFieldOf(f);
        // The desk's form has the day and the time in one field.
        const field = mapped === 'date' ? 'time' : mapped;
        return field && FORM_ORDER.includes(field) ? field : null;
      });
      setErrors(split.fields);
      setGeneral(split.general);
      setResult(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="desk-book-title">
      <h3 id="desk-book-title">{t('desk.book')}</h3>
      {result && (
        <p className="notice notice-ok" id="desk-result" tabIndex={-1} ref={resultRef}>
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
          <DateField
            id="field-date"
            label={repeat ? t('book.firstDate') : t('book.date')}
            value={date}
            onChange={(v) => {
              chose();
              setDate(v);
            }}
            isRequired
          />
          <TimeField
            id="field-time"
            label={t('book.pickupTime')}
            value={time}
            onChange={(v) => {
              chose();
              setTime(v);
            }}
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
        <LeadHint region={regionOf(person.residence.kato)} date={date} time={time} />
        <div className="row">
          <NativeCheck id="field-withReturn" checked={withReturn} onChange={setWithReturn}>
            {t('book.withReturn')}
          </NativeCheck>
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
        <div className="row">
          <NativeCheck id="field-repeat" checked={repeat} onChange={setRepeat}>
            {t('book.repeat')}
          </NativeCheck>
        </div>
        {repeat && (
          <div className="row">
            <fieldset className="field desk-weekdays">
              <legend>{t('book.weekdays')}</legend>
              {[1, 2, 3, 4, 5, 6, 7].map((d) => (
                <NativeCheck
                  key={d}
                  id={`field-weekday-${d}`}
                  checked={weekdays.includes(d)}
                  onChange={(on) => setWeekdays((w) => (on ? [...w, d] : w.filter((x) => x !== d)))}
                >
                  {t(`weekday.${d}`)}
                </NativeCheck>
              ))}
            </fieldset>
            <DateField
              id="field-until"
              label={t('book.until')}
              value={until}
              onChange={setUntil}
              isRequired
              error={errors.until}
            />
          </div>
        )}
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('common.wait') : t('desk.bookButton')}
        </button>
      </form>
    </section>
  );
}

/** A plain checkbox with its words (the desk's: Space toggles it, as the keyboard test does). */
function NativeCheck(props: {
  id: string;
  checked: boolean;
  onChange: (on: boolean) => void;
  children: React.ReactNode;
}) {
  return (
    <label className="checkbox-native" htmlFor={props.id}>
      <input
        id={props.id}
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />{' '}
      {props.children}
    </label>
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

/**
 * One list of the person's rides (upcoming: earliest first; history: latest first), a page at a
 * time: "Show more" fetches the next page (nothing is capped). With onChanged, each live ride can
 * be changed or cancelled on the person's behalf.
 */
function RideList(props: {
  personId: string;
  statuses: readonly BookingStatus[];
  order: 'asc' | 'desc';
  title: string;
  empty: string;
  saved?: SavedPlace[];
  onChanged?: (text: string) => void;
  onMore: (text: string) => void;
}) {
  const { t } = useTranslation();
  const [pages, setPages] = useState<{ items: BookingView[]; next: string | null }>({
    items: [],
    next: null,
  });
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(true);
  const [changing, setChanging] = useState<BookingView | null>(null);
  const titleId = `desk-${props.order === 'asc' ? 'upcoming' : 'history'}-title`;
  const load = async (cursor: string | null) => {
    setLoading(true);
    try {
      const page = await call(
        client.GET('/bookings', {
          params: {
            query: {
              beneficiaryId: props.personId,
              status: [...props.statuses],
              order: props.order,
              limit: PAGE,
              ...(cursor ? { cursor } : {}),
            },
          },
        }),
      );
      setPages((p) => ({ items: cursor ? [...p.items, ...page.items] : page.items, next: page.nextCursor }));
      setError(null);
      if (cursor) {
        props.onMore(t('desk.moreShown', { count: page.items.length }));
        // The first ride just shown takes focus, so the list goes on where the reader was.
        const first = page.items[0];
        if (first) requestAnimationFrame(() => document.getElementById(`ride-${first.id}`)?.focus());
      }
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => {
    void load(null);
  }, []);
  return (
    // Not a named section: the table's own scrolling region carries the list's name (one landmark).
    <div>
      <h3 id={titleId}>{props.title}</h3>
      {error && <LoadError error={error} />}
      {loading && pages.items.length === 0 && !error && <Loading />}
      {!loading && !error && pages.items.length === 0 && <p>{props.empty}</p>}
      {pages.items.length > 0 && (
        <RideTable
          rides={pages.items}
          label={props.title}
          onCancelled={props.onChanged}
          onChange={props.onChanged ? (b) => setChanging(b) : undefined}
        />
      )}
      {pages.next && (
        <button
          type="button"
          className="btn btn-small"
          disabled={loading}
          onClick={() => void load(pages.next)}
        >
          {loading ? t('common.wait') : t('desk.showMore', { title: props.title })}
        </button>
      )}
      {changing && props.onChanged && (
        <ChangeRide
          key={changing.id}
          ride={changing}
          saved={props.saved ?? []}
          onDone={(text) => {
            setChanging(null);
            props.onChanged?.(text);
          }}
          onClose={() => {
            const id = changing.id;
            setChanging(null);
            requestAnimationFrame(() => document.getElementById(`change-${id}`)?.focus());
          }}
        />
      )}
    </div>
  );
}

/**
 * Change a ride's time or places on the person's behalf: the API replaces it by a new ride under
 * the same rules as a booking; a refusal is shown at its field and nothing changes.
 */
function ChangeRide(props: {
  ride: BookingView;
  saved: SavedPlace[];
  onDone: (text: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { ride } = props;
  const [from, setFrom] = useState<Place | null>(ride.pickup);
  const [to, setTo] = useState<Place | null>(ride.dropoff);
  const [date, setDate] = useState(kzDateOf(ride.requestedTime));
  const [time, setTime] = useState(fmtTime(ride.requestedTime));
  const [reason, setReason] = useState<StaffChangeReason>('CHANGED_RIDER_ASKED');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const key = useRef(newKey());
  useEffect(() => {
    key.current = newKey();
  }, [from, to, date, time, reason]);
  useEffect(() => {
    requestAnimationFrame(() => document.getElementById('desk-change-title')?.focus());
  }, []);
  const labels: Record<string, string> = {
    changeFrom: t('book.from'),
    changeTo: t('book.to'),
    changeTime: ride.timeAnchor === 'DROPOFF' ? t('book.arriveTime') : t('book.pickupTime'),
    changeReason: t('desk.changeReason'),
  };
  const fieldOf = (f: string): string | null => {
    const mapped = bookingFieldOf(f) ?? f;
    return (
      {
        from: 'changeFrom',
        to: 'changeTo',
        time: 'changeTime',
        date: 'changeTime',
        reason: 'changeReason',
      }[mapped] ?? null
    );
  };
  const submit = async () => {
    const local: FieldErrors = {};
    if (!from) local.changeFrom = t('book.pickPlace');
    if (!to) local.changeTo = t('book.pickPlace');
    if (!date || !time) local.changeTime = t('book.required');
    if (Object.keys(local).length || !from || !to) {
      setErrors(local);
      setGeneral([]);
      focusField(CHANGE_ORDER.find((f) => local[f]));
      return;
    }
    setBusy(true);
    try {
      // Dispatch may have moved the ride on (scheduled it) since the list was read.
      const now = await call(client.GET('/bookings/{id}', { params: { path: { id: ride.id } } }));
      const res = await call(
        client.POST('/bookings/{id}/change', {
          params: { path: { id: ride.id } },
          body: { version: now.version, time: kzInstant(date, time), pickup: from, dropoff: to, reason },
          headers: { 'Idempotency-Key': key.current },
        }),
      );
      const said = t('desk.changed', {
        was: rideWhen(t, ride),
        now: rideWhen(t, res.booking),
        status: t(`status.${res.booking.status}`),
      });
      props.onDone(ride.seriesId ? `${said} ${t('desk.leftSeries')}` : said);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const split = refusalAtFields(e, CHANGE_ORDER, fieldOf);
      setErrors(split.fields);
      setGeneral(split.general);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card desk-change" aria-labelledby="desk-change-title">
      <h4 id="desk-change-title" tabIndex={-1}>
        {t('desk.changeTitle', { time: rideWhen(t, ride) })}
      </h4>
      <p className="hint">{t('desk.changeHint')}</p>
      {ride.seriesId && (
        <p className="notice" id="desk-change-series">
          {t('desk.changeLeavesSeries')}
        </p>
      )}
      <ErrorSummary general={general} fields={errors} labels={labels} />
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && !busy) props.onClose();
        }}
      >
        <PlacePicker
          name="changeFrom"
          label={labels.changeFrom as string}
          value={from}
          onChange={setFrom}
          saved={props.saved}
          error={errors.changeFrom}
          riderId={null}
        />
        <PlacePicker
          name="changeTo"
          label={labels.changeTo as string}
          value={to}
          onChange={setTo}
          saved={props.saved}
          error={errors.changeTo}
          riderId={null}
        />
        <div className="row">
          <DateField
            id="field-changeDate"
            label={t('book.date')}
            value={date}
            onChange={setDate}
            isRequired
          />
          <TimeField
            id="field-changeTime"
            label={labels.changeTime}
            value={time}
            onChange={setTime}
            isRequired
            error={errors.changeTime}
          />
        </div>
        <div className="field">
          <ReasonSelect
            id="field-changeReason"
            label={labels.changeReason as string}
            reasons={STAFF_CHANGE_REASONS}
            value={reason}
            onChange={setReason}
          />
          {errors.changeReason && <p className="field-error">{errors.changeReason}</p>}
        </div>
        <div className="button-row">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t('common.wait') : t('desk.changeButton')}
          </button>
          <button type="button" className="btn" onClick={props.onClose}>
            {t('desk.keepAsIs')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Why staff cancel or change a ride on the person's behalf: a labelled select of coded reasons in words. */
function ReasonSelect<R extends string>(props: {
  id: string;
  label: string;
  reasons: readonly R[];
  value: R;
  onChange: (r: R) => void;
}) {
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>{' '}
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value as R)}>
        {props.reasons.map((r) => (
          <option key={r} value={r}>
            {reasonText(r)}
          </option>
        ))}
      </select>
    </>
  );
}

/** A person's rides; with onCancelled/onChange, each live one can be cancelled or changed. */
function RideTable(props: {
  rides: BookingView[];
  label: string;
  onCancelled?: (text: string) => void;
  onChange?: (b: BookingView) => void;
}) {
  const { t } = useTranslation();
  const [cancelling, setCancelling] = useState<string | null>(null);
  const [reason, setReason] = useState<StaffCancelReason>('CANCELLED_RIDER_ASKED');
  const [error, setError] = useState<string | null>(null);
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
      props.onCancelled?.(t('desk.cancelled', { time: rideWhen(t, b) }));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.fields[0]?.message ?? e.message);
    }
  };
  const actions = !!props.onCancelled;
  return (
    <div className="table-wrap" role="region" aria-label={props.label} tabIndex={0}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('desk.when')}</th>
            <th scope="col">{t('desk.route')}</th>
            <th scope="col">{t('rides.status')}</th>
            <th scope="col">{t('desk.channel')}</th>
            {actions && <th scope="col">{t('desk.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {props.rides.map((b) => (
            <tr key={b.id} id={`ride-${b.id}`} tabIndex={-1}>
              {/* History may reach back past the new year: its dates carry the year. */}
              <td>{rideWhen(t, b, !actions)}</td>
              <td translate="no">
                {placeIn(b.pickup.address)} → {placeIn(b.dropoff.address)}
              </td>
              <td>
                <StatusBadge status={b.status} />
                {b.statusReason && <span className="muted"> {reasonText(b.statusReason)}</span>}
                {b.changeReason && <span className="muted"> {reasonText(b.changeReason)}</span>}
                {b.noShowForgivenAt && (
                  <span className="muted">
                    {' '}
                    {t('desk.forgiven')}
                    {b.noShowForgivenReason && ` ${reasonText(b.noShowForgivenReason)}`}
                  </span>
                )}
              </td>
              <td>{t(`desk.channels.${b.channel}`)}</td>
              {actions && (
                <td>
                  {cancelling === b.id ? (
                    <div role="group" aria-label={t('desk.cancelTitle', { time: rideWhen(t, b) })}>
                      <ReasonSelect
                        id={`cancel-reason-${b.id}`}
                        label={t('desk.cancelReason')}
                        reasons={STAFF_CANCEL_REASONS}
                        value={reason}
                        onChange={setReason}
                      />{' '}
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
                    <div className="button-row">
                      {props.onChange && CHANGEABLE_STATUSES.includes(b.status) && (
                        <button
                          type="button"
                          id={`change-${b.id}`}
                          className="btn btn-small"
                          // The visible words first (WCAG 2.5.3), then which ride.
                          aria-label={`${t('desk.change')} ${rideWhen(t, b)}`}
                          onClick={() => props.onChange?.(b)}
                        >
                          {t('desk.change')}
                        </button>
                      )}
                      <button
                        type="button"
                        className="btn btn-small"
                        aria-label={`${t('rides.cancel')} ${rideWhen(t, b)}`}
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
                    </div>
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
