import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  FieldError,
  Form,
  Input,
  Label,
  NumberField,
  Radio,
  RadioGroup,
  Text,
  TextArea,
  TextField,
  Group,
} from 'react-aria-components';
import type { Session } from '../auth';
import { TRIP_PURPOSES, WHEELCHAIR_TYPES, type TripPurpose } from '@invataxi/domain';
import { ApiError, call, client, newKey, subscribe, type Schema } from '../api/client';
import {
  ErrorSummary,
  focusField,
  useLoadFor,
  LoadError,
  Loading,
  PageTitle,
  StatusBadge,
  type FieldErrors,
} from '../components';
import { fmtDateTime, kzToday } from '../format';
import { bookingFieldOf, bookingTiming, LeadHint, refusalAtFields, useFirstPickup } from '../booking-form';
import { Link } from '../router';
import { PlacePicker, loadSaved, type SavedPlace } from '../PlacePicker';
import { regionOf, useRider, WhoseRide, type Mobility, type Place } from '../rider';
import { DateField, TimeField } from '../DateTimeFields';
import { placeIn } from '../place-names';

const PURPOSES = TRIP_PURPOSES;
/** A person's needs besides the wheelchair, in the order forms and the board list them. */
export const NEED_FLAGS = [
  'stepFree',
  'needsLift',
  'visual',
  'hearing',
  'intellectual',
  'guideDog',
] as const satisfies readonly (keyof Mobility)[];

type BookedRide = Schema<'BookedRideView'>;

/**
 * The booked rides' statuses as they change (the ride's event stream, as on My rides): a ride
 * is accepted, then dispatch gives it a vehicle, a waiting-list place, or, where no provider
 * serves, the procurement's wait (walk t25 M4: the confirmation went on saying "finding a
 * vehicle"). A ride no provider covers reads as waiting for one from the start: the answer says
 * so (awaitingProvider), before dispatch has moved it.
 */
function useLiveStatuses(rides: BookedRide[] | null): Record<string, string> {
  const [live, setLive] = useState<Record<string, string>>({});
  useEffect(() => {
    if (!rides) return;
    const ctl = new AbortController();
    for (const r of rides)
      subscribe(
        `/bookings/${r.id}/events`,
        (_type, data) => {
          const status = (data as { status?: string }).status;
          if (status) setLive((m) => (m[r.id] === status ? m : { ...m, [r.id]: status }));
        },
        ctl.signal,
      );
    return () => ctl.abort();
  }, [rides]);
  const out: Record<string, string> = {};
  for (const r of rides ?? []) {
    const status = live[r.id] ?? r.status;
    out[r.id] = r.awaitingProvider && status === 'ACCEPTED' ? 'AWAITING_PROCUREMENT' : status;
  }
  return out;
}

const ORDER = [
  'whose',
  'from',
  'to',
  'date',
  'time',
  'purpose',
  'companions',
  'needs',
  'notes',
  'returnTime',
  'until',
];

export function BookPage({ session }: { session: Session }) {
  const { t } = useTranslation();
  const rider = useRider(session);
  const profile = rider.profile.data ?? null;
  const region = profile ? regionOf(profile.residence.kato) : null;
  const policy = useLoadFor(region, (kato, signal) =>
    call(client.GET('/regions/{kato}/policies/in-force', { params: { path: { kato } }, signal })),
  );

  const [from, setFrom] = useState<Place | null>(null);
  const [to, setTo] = useState<Place | null>(null);
  const [anchor, setAnchor] = useState<'PICKUP' | 'DROPOFF'>('PICKUP');
  const [date, setDate] = useState(kzToday(1));
  const [time, setTime] = useState('10:00');
  const [purpose, setPurpose] = useState<TripPurpose>('MEDICAL');
  const [companions, setCompanions] = useState(0);
  const [mobility, setMobility] = useState<Mobility | null>(null);
  const [notes, setNotes] = useState('');
  const [withReturn, setWithReturn] = useState(false);
  const [returnAnchor, setReturnAnchor] = useState<'PICKUP' | 'DROPOFF'>('PICKUP');
  const [returnTime, setReturnTime] = useState('14:00');
  const [repeat, setRepeat] = useState(false);
  const [weekdays, setWeekdays] = useState<string[]>(['1', '3', '5']);
  const [until, setUntil] = useState(kzToday(30));
  const chose = useFirstPickup(policy.data?.rules, (first) => {
    setDate(first.date);
    setTime(first.time);
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<BookedRide[] | null>(null);
  const statuses = useLiveStatuses(done);
  const [savedTick, setSavedTick] = useState(0);
  const idemKey = useRef(newKey());
  const doneRef = useRef<HTMLHeadingElement>(null);

  // The confirmation takes focus so a screen reader reads it at once.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  // Needs prefilled from the profile; the person can change them for this ride.
  useEffect(() => {
    if (profile) setMobility(profile.mobility);
  }, [profile]);

  const saved: SavedPlace[] = useMemo(() => {
    if (!profile) return [];
    return [{ key: 'home', label: 'home', place: profile.residence }, ...loadSaved(profile.id)];
  }, [profile, savedTick]);

  // A changed form is a new request: a new idempotency key.
  useEffect(() => {
    idemKey.current = newKey();
  }, [
    from,
    to,
    anchor,
    date,
    time,
    purpose,
    companions,
    mobility,
    notes,
    withReturn,
    returnAnchor,
    returnTime,
    repeat,
    weekdays,
    until,
    rider.riderId,
  ]);

  const labels: Record<string, string> = {
    whose: t('rider.whose'),
    from: t('book.from'),
    to: t('book.to'),
    date: t('book.date'),
    time: t('book.when'),
    purpose: t('book.purpose'),
    companions: t('book.companions'),
    needs: t('book.needs'),
    notes: t('book.notes'),
    returnTime: t('book.returnTime'),
    until: t('book.until'),
  };

  const submit = async () => {
    const local: FieldErrors = {};
    if (!rider.riderId) local.whose = t('book.required');
    if (!from) local.from = t('book.pickPlace');
    if (!to) local.to = t('book.pickPlace');
    if (!date) local.date = t('book.required');
    if (!time) local.time = t('book.required');
    if (repeat && weekdays.length === 0) local.until = t('book.pickWeekday');
    if (Object.keys(local).length) {
      setErrors(local);
      setGeneral([]);
      focusField(ORDER.find((f) => local[f]));
      return;
    }
    const beneficiaryId = rider.riderId;
    if (!beneficiaryId || !from || !to) return;
    const body: Schema<'CreateBookingDto'> = {
      beneficiaryId,
      pickup: from,
      dropoff: to,
      timeAnchor: anchor,
      purpose,
      companions,
      ...(mobility ? { mobility } : {}),
      ...(notes.trim() ? { notes: notes.trim() } : {}),
    };
    Object.assign(
      body,
      bookingTiming({
        date,
        time,
        repeat,
        weekdays: weekdays.map(Number),
        until,
        withReturn,
        returnAnchor,
        returnTime,
      }),
    );
    setBusy(true);
    try {
      const res = await call(
        client.POST('/bookings', { body, headers: { 'Idempotency-Key': idemKey.current } }),
      );
      setErrors({});
      setGeneral([]);
      setDone(res.bookings);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const split = refusalAtFields(e, ORDER, (f) => (ORDER.includes(f) ? f : bookingFieldOf(f)));
      setErrors(split.fields);
      setGeneral(split.general);
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <section>
        <h1 className="page-title" tabIndex={-1} ref={doneRef}>
          {t('book.doneTitle')}
        </h1>
        <ul className="cards">
          {done.map((b) => (
            <li key={b.id} className="card">
              <p>
                <strong>{b.returnOfBookingId ? t('book.returnLeg') : t('book.outbound')}</strong>:{' '}
                {fmtDateTime(b.requestedTime)}
              </p>
              <p translate="no">
                {placeIn(b.pickup.address)} → {placeIn(b.dropoff.address)}
              </p>
              <p data-testid="booked-status" data-status={statuses[b.id]}>
                {t('rides.status')}: <StatusBadge status={statuses[b.id] ?? b.status} />
              </p>
            </li>
          ))}
        </ul>
        {/* Said again when dispatch moves the ride (role status: read out, not focused). */}
        <div role="status">
          {done.some((b) => statuses[b.id] === 'AWAITING_PROCUREMENT') ? (
            <p className="notice" data-testid="booked-next">
              {t('book.doneAwaiting')}
            </p>
          ) : (
            <p data-testid="booked-next">{t('book.doneNext')}</p>
          )}
        </div>
        <div className="button-row">
          <Link to="/rides" className="btn btn-primary">
            {t('nav.rides')}
          </Link>
          <button type="button" className="btn" onClick={() => setDone(null)}>
            {t('book.another')}
          </button>
        </div>
      </section>
    );
  }

  const allowed = policy.data?.rules.allowedPurposes ?? PURPOSES;
  const maxCompanions = profile && !profile.companionEntitled ? 0 : (policy.data?.rules.maxCompanions ?? 3);

  return (
    <section>
      <PageTitle>{t('book.title')}</PageTitle>
      <WhoseRide
        session={session}
        wards={rider.wards.data}
        riderId={rider.riderId}
        onChoose={rider.choose}
        profileName={profile?.fullName}
      />
      {rider.wards.error && <LoadError error={rider.wards.error} />}
      {rider.profile.error && <LoadError error={rider.profile.error} />}
      {rider.profile.loading && !profile && <Loading />}
      {profile?.suspendedUntil && (
        <p className="notice notice-error">
          {t('book.suspended', { date: fmtDateTime(profile.suspendedUntil) })}
        </p>
      )}
      <ErrorSummary general={general} fields={errors} labels={labels} />
      <Form
        className="form"
        validationBehavior="aria"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <fieldset>
          <legend>{t('book.where')}</legend>
          <PlacePicker
            name="from"
            label={t('book.from')}
            value={from}
            onChange={setFrom}
            saved={saved}
            error={errors.from}
            riderId={profile?.id ?? null}
            onSaved={() => setSavedTick((n) => n + 1)}
            region={region}
          />
          <PlacePicker
            name="to"
            label={t('book.to')}
            value={to}
            onChange={setTo}
            saved={saved}
            error={errors.to}
            riderId={profile?.id ?? null}
            onSaved={() => setSavedTick((n) => n + 1)}
            region={region}
          />
        </fieldset>

        <fieldset>
          <legend>{t('book.when')}</legend>
          <RadioGroup
            className="field"
            value={anchor}
            onChange={(v) => setAnchor(v as 'PICKUP' | 'DROPOFF')}
            orientation="horizontal"
          >
            <Label>{t('book.anchor')}</Label>
            <div className="radios">
              <Radio value="PICKUP" className="radio">
                {t('book.pickMeUpAt')}
              </Radio>
              <Radio value="DROPOFF" className="radio">
                {t('book.getMeThereBy')}
              </Radio>
            </div>
          </RadioGroup>
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
              error={errors.date}
            />
            <TimeField
              id="field-time"
              label={anchor === 'PICKUP' ? t('book.pickupTime') : t('book.arriveTime')}
              value={time}
              onChange={(v) => {
                chose();
                setTime(v);
              }}
              isRequired
              error={errors.time}
            />
          </div>
          <LeadHint region={region} date={date} time={time} />
        </fieldset>

        <fieldset>
          <legend>{t('book.trip')}</legend>
          <div className="field" id="field-purpose-wrap">
            <label htmlFor="field-purpose">{t('book.purpose')}</label>
            <select
              id="field-purpose"
              value={purpose}
              onChange={(e) => setPurpose(e.target.value as TripPurpose)}
              aria-invalid={!!errors.purpose || undefined}
              aria-describedby={errors.purpose ? 'purpose-error' : undefined}
            >
              {PURPOSES.filter((p) => allowed.includes(p)).map((p) => (
                <option key={p} value={p}>
                  {t(`purpose.${p}`)}
                </option>
              ))}
            </select>
            {errors.purpose && (
              <p id="purpose-error" className="field-error">
                {errors.purpose}
              </p>
            )}
          </div>
          <NumberField
            className="field field-short"
            value={companions}
            onChange={(v) => setCompanions(Number.isNaN(v) ? 0 : v)}
            minValue={0}
            maxValue={10}
            isInvalid={!!errors.companions}
            validationBehavior="aria"
          >
            <Label>{t('book.companions')}</Label>
            <Text slot="description" className="hint">
              {maxCompanions === 0
                ? t('book.noCompanions')
                : t('book.companionsHint', { max: maxCompanions })}
            </Text>
            <Group className="number">
              <Button slot="decrement" className="btn btn-icon" aria-label={t('book.fewer')}>
                −
              </Button>
              <Input id="field-companions" />
              <Button slot="increment" className="btn btn-icon" aria-label={t('book.more')}>
                +
              </Button>
            </Group>
            <FieldError className="field-error">{errors.companions}</FieldError>
          </NumberField>
        </fieldset>

        {mobility && (
          <fieldset id="field-needs" aria-describedby={errors.needs ? 'needs-error' : 'needs-hint'}>
            <legend>{t('book.needs')}</legend>
            <p id="needs-hint" className="hint">
              {t('book.needsHint')}
            </p>
            <RadioGroup
              className="field"
              value={mobility.wheelchair}
              onChange={(v) => setMobility({ ...mobility, wheelchair: v as Mobility['wheelchair'] })}
            >
              <Label>{t('book.wheelchair')}</Label>
              <div className="radios">
                {WHEELCHAIR_TYPES.map((w) => (
                  <Radio key={w} value={w} className="radio">
                    {t(`wheelchair.${w}`)}
                  </Radio>
                ))}
              </div>
            </RadioGroup>
            <CheckboxGroup
              className="field"
              value={NEED_FLAGS.filter((f) => mobility[f])}
              onChange={(vals) =>
                setMobility({
                  ...mobility,
                  ...Object.fromEntries(NEED_FLAGS.map((f) => [f, vals.includes(f)])),
                })
              }
            >
              <Label>{t('book.otherNeeds')}</Label>
              {NEED_FLAGS.map((f) => (
                <Checkbox key={f} value={f} className="checkbox">
                  <span className="box" aria-hidden="true" />
                  {t(`need.${f}`)}
                </Checkbox>
              ))}
            </CheckboxGroup>
            {errors.needs && (
              <p id="needs-error" className="field-error">
                {errors.needs}
              </p>
            )}
          </fieldset>
        )}

        <TextField
          className="field"
          value={notes}
          onChange={setNotes}
          maxLength={500}
          isInvalid={!!errors.notes}
          validationBehavior="aria"
        >
          <Label>{t('book.notes')}</Label>
          <Text slot="description" className="hint">
            {t('book.notesHint')}
          </Text>
          <TextArea id="field-notes" rows={3} />
          <FieldError className="field-error">{errors.notes}</FieldError>
        </TextField>

        <fieldset>
          <legend>{t('book.returnAndRepeat')}</legend>
          <Checkbox
            isSelected={withReturn}
            onChange={setWithReturn}
            className="checkbox"
            id="field-withReturn"
          >
            <span className="box" aria-hidden="true" />
            {t('book.withReturn')}
          </Checkbox>
          {withReturn && (
            <div className="nested">
              <RadioGroup
                className="field"
                value={returnAnchor}
                onChange={(v) => setReturnAnchor(v as 'PICKUP' | 'DROPOFF')}
              >
                <Label>{t('book.returnAnchor')}</Label>
                <div className="radios">
                  <Radio value="PICKUP" className="radio">
                    {t('book.pickMeUpAt')}
                  </Radio>
                  <Radio value="DROPOFF" className="radio">
                    {t('book.getMeThereBy')}
                  </Radio>
                </div>
              </RadioGroup>
              <TimeField
                id="field-returnTime"
                label={t('book.returnTime')}
                value={returnTime}
                onChange={setReturnTime}
                error={errors.returnTime}
              />
            </div>
          )}
          <Checkbox isSelected={repeat} onChange={setRepeat} className="checkbox" id="field-repeat">
            <span className="box" aria-hidden="true" />
            {t('book.repeat')}
          </Checkbox>
          {repeat && (
            <div className="nested">
              <CheckboxGroup className="field weekdays" value={weekdays} onChange={setWeekdays}>
                <Label>{t('book.weekdays')}</Label>
                {['1', '2', '3', '4', '5', '6', '7'].map((d) => (
                  <Checkbox key={d} value={d} className="checkbox">
                    <span className="box" aria-hidden="true" />
                    {t(`weekday.${d}`)}
                  </Checkbox>
                ))}
              </CheckboxGroup>
              <DateField
                id="field-until"
                label={t('book.until')}
                value={until}
                onChange={setUntil}
                error={errors.until}
              />
            </div>
          )}
        </fieldset>

        <Button type="submit" className="btn btn-primary btn-large" isDisabled={busy || !profile}>
          {busy ? t('common.wait') : t('book.submit')}
        </Button>
      </Form>
    </section>
  );
}
