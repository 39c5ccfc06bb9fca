import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, FieldError, Input, Label, TextField } from 'react-aria-components';
import type { Session } from '../auth';
import { ApiError, call, client, newKey, type Schema } from '../api/client';
import {
  Announcer,
  ErrorSummary,
  focusField,
  LoadError,
  Loading,
  PageTitle,
  splitErrors,
  useLoad,
  type FieldErrors,
} from '../components';
import { fmtDate, fmtDateShort, fmtTime, kzDateOf, kzInstant, kzToday } from '../format';
import { PlacePicker } from '../PlacePicker';
import type { Place } from '../rider';
import { DateField, TimeField } from '../DateTimeFields';

type Vehicle = Schema<'VehicleView'>;
type Driver = Schema<'DriverView'>;
type Shift = Schema<'ShiftWithRides'>;

/** YYYY-MM-DD plus n days. */
function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The Monday of the week a day is in. */
function mondayOf(day: string): string {
  const dow = new Date(`${day}T12:00:00Z`).getUTCDay();
  return addDays(day, -((dow + 6) % 7));
}

/** The API's refusal in words, field by field; what no field owns goes to the summary. */
function refusalOf(e: unknown, fields: readonly string[]): { fields: FieldErrors; general: string[] } {
  if (!(e instanceof ApiError)) return { fields: {}, general: [String(e)] };
  return splitErrors(e, (f) => {
    const root = f.split(/[.[]/)[0];
    return fields.includes(root) ? root : null;
  });
}

/**
 * The provider's fleet and rota: vehicles, drivers and a week of shifts. The provider's admin
 * changes them; the region's officer reads them. Taking a vehicle or driver out of service or
 * cancelling a shift sends its planned rides back to dispatch, as the API does: the page says how
 * many before the admin confirms.
 */
export function FleetPage({ session }: { session: Session }) {
  const { t } = useTranslation();
  const admin = session.principal.role === 'PROVIDER_ADMIN';
  const [said, setSaid] = useState('');
  const [weekOf, setWeekOf] = useState(kzToday());
  const monday = /^\d{4}-\d{2}-\d{2}$/.test(weekOf) ? mondayOf(weekOf) : mondayOf(kzToday());
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  const vehicles = useLoad((signal) => call(client.GET('/fleet/vehicles', { signal })), []);
  const drivers = useLoad((signal) => call(client.GET('/fleet/drivers', { signal })), []);
  const from = kzInstant(monday, '00:00');
  const to = kzInstant(addDays(monday, 7), '00:00');
  const shifts = useLoad(
    (signal) => call(client.GET('/fleet/shifts', { params: { query: { from, to } }, signal })),
    [from, to],
  );
  const done = (text: string) => {
    setSaid(text);
    vehicles.reload();
    drivers.reload();
    shifts.reload();
  };
  const weekShifts = shifts.data ?? [];
  const ridesOfVehicle = (id: string) =>
    weekShifts.filter((s) => s.vehicleId === id).reduce((n, s) => n + s.rides, 0);
  const ridesOfDriver = (id: string) =>
    weekShifts.filter((s) => s.driverId === id).reduce((n, s) => n + s.rides, 0);

  return (
    <section>
      <PageTitle>{t('fleet.title')}</PageTitle>
      <Announcer text={said} />
      {said && (
        <p className="notice" data-testid="fleet-said">
          {said}
        </p>
      )}
      {!admin && <p className="muted">{t('fleet.readOnly')}</p>}

      <h2>{t('fleet.vehicles')}</h2>
      {vehicles.error && <LoadError error={vehicles.error} />}
      {vehicles.loading && !vehicles.data && <Loading />}
      {vehicles.data && vehicles.data.length === 0 && <p>{t('fleet.noVehicles')}</p>}
      {vehicles.data && vehicles.data.length > 0 && (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="vehicles-caption">
          <table className="table">
            <caption id="vehicles-caption">{t('fleet.vehiclesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fleet.plate')}</th>
                <th scope="col">{t('fleet.capacity')}</th>
                <th scope="col">{t('fleet.equipment')}</th>
                <th scope="col">{t('fleet.status')}</th>
                {admin && <th scope="col">{t('fleet.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {vehicles.data.map((v) => (
                <tr key={v.id}>
                  <th scope="row">
                    <span translate="no">{v.plate}</span>
                    <div className="small muted">{v.model}</div>
                  </th>
                  <td>
                    {t('fleet.layout', { seats: v.seats, wheelchairs: v.wheelchairPlaces })}
                    {v.alternativeLayouts.map((l, i) => (
                      <div key={i} className="small muted">
                        {t('fleet.orLayout', { seats: l.seats, wheelchairs: l.wheelchairPlaces })}
                      </div>
                    ))}
                  </td>
                  <td>{equipment(v, t) || t('fleet.noEquipment')}</td>
                  <td>
                    {t(`fleet.vehicleStatus.${v.status}`)}
                    {v.statusReason && <div className="small muted">{v.statusReason}</div>}
                  </td>
                  {admin && (
                    <td>
                      <StatusChange
                        name={v.plate}
                        target={v.status === 'ACTIVE' ? 'OUT_OF_SERVICE' : 'ACTIVE'}
                        kind="vehicle"
                        rides={ridesOfVehicle(v.id)}
                        onDone={done}
                        send={(status, reason) =>
                          call(
                            client.POST('/fleet/vehicles/{id}/status', {
                              params: { path: { id: v.id } },
                              body: reason ? { status, reason } : { status },
                            }),
                          ).then((r) => r.sentBackToDispatch.length)
                        }
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {admin && <AddVehicle onDone={done} />}

      <h2>{t('fleet.drivers')}</h2>
      {drivers.error && <LoadError error={drivers.error} />}
      {drivers.loading && !drivers.data && <Loading />}
      {drivers.data && drivers.data.length === 0 && <p>{t('fleet.noDrivers')}</p>}
      {drivers.data && drivers.data.length > 0 && (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="drivers-caption">
          <table className="table">
            <caption id="drivers-caption">{t('fleet.driversCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fleet.driverName')}</th>
                <th scope="col">{t('fleet.licence')}</th>
                <th scope="col">{t('fleet.phone')}</th>
                <th scope="col">{t('fleet.status')}</th>
                {admin && <th scope="col">{t('fleet.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {drivers.data.map((d) => (
                <tr key={d.id}>
                  <th scope="row" translate="no">
                    {d.fullName}
                  </th>
                  <td translate="no">{d.licenceNumber}</td>
                  <td translate="no">{d.phone}</td>
                  <td>{t(`fleet.driverStatus.${d.status}`)}</td>
                  {admin && (
                    <td>
                      <StatusChange
                        name={d.fullName}
                        target={d.status === 'ACTIVE' ? 'INACTIVE' : 'ACTIVE'}
                        kind="driver"
                        rides={ridesOfDriver(d.id)}
                        onDone={done}
                        send={(status) =>
                          call(
                            client.POST('/fleet/drivers/{id}/status', {
                              params: { path: { id: d.id } },
                              body: { status: status as 'ACTIVE' | 'INACTIVE' },
                            }),
                          ).then((r) => r.sentBackToDispatch.length)
                        }
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {admin && <AddDriver onDone={done} />}

      <h2>{t('fleet.rota')}</h2>
      <div className="toolbar">
        <DateField className="field-short" label={t('fleet.weekOf')} value={weekOf} onChange={setWeekOf} />
        <Button className="btn" onPress={() => setWeekOf(addDays(monday, -7))}>
          {t('fleet.prevWeek')}
        </Button>
        <Button className="btn" onPress={() => setWeekOf(addDays(monday, 7))}>
          {t('fleet.nextWeek')}
        </Button>
      </div>
      {shifts.error && <LoadError error={shifts.error} />}
      {shifts.loading && !shifts.data && <Loading />}
      {vehicles.data && shifts.data && (
        <RotaGrid
          days={days}
          vehicles={vehicles.data}
          drivers={drivers.data ?? []}
          shifts={shifts.data}
          admin={admin}
          onDone={done}
        />
      )}
      {admin && vehicles.data && drivers.data && (
        <AddShift days={days} vehicles={vehicles.data} drivers={drivers.data} onDone={done} />
      )}
    </section>
  );
}

function equipment(v: Vehicle, t: (k: string) => string): string {
  return [
    v.hasRamp && t('fleet.ramp'),
    v.hasLift && t('fleet.lift'),
    v.hasRestraints && t('fleet.restraints'),
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * Out of service (with a reason) or back in service. Before confirming, the admin reads what
 * happens to the rides planned on it: they go back to dispatch.
 */
function StatusChange(props: {
  name: string;
  kind: 'vehicle' | 'driver';
  target: string;
  rides: number;
  send: (status: 'ACTIVE' | 'OUT_OF_SERVICE', reason: string) => Promise<number>;
  onDone: (text: string) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const label = t(`fleet.to.${props.kind}.${props.target}`);
  const stopping = props.target !== 'ACTIVE';
  if (!open)
    return (
      <Button className="btn btn-small" onPress={() => setOpen(true)}>
        {label}
        <span className="visually-hidden">: {props.name}</span>
      </Button>
    );
  return (
    <div className="inline-form">
      {stopping && (
        <p className="notice" role="note">
          <span aria-hidden="true">⚠ </span>
          {t(`fleet.sendsBack.${props.kind}`)} {t('fleet.ridesThisWeek', { count: props.rides })}
        </p>
      )}
      {stopping && props.kind === 'vehicle' && (
        <TextField
          className="field"
          value={reason}
          onChange={setReason}
          isInvalid={!!error}
          validationBehavior="aria"
          autoFocus
        >
          <Label>{t('fleet.reason')}</Label>
          <Input />
          <FieldError className="field-error">{error}</FieldError>
        </TextField>
      )}
      {error && !(stopping && props.kind === 'vehicle') && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <Button
          className={stopping ? 'btn btn-danger btn-small' : 'btn btn-primary btn-small'}
          isDisabled={busy}
          onPress={async () => {
            setBusy(true);
            try {
              const moved = await props.send(props.target as 'ACTIVE' | 'OUT_OF_SERVICE', reason.trim());
              props.onDone(
                `${t(`fleet.statusDone.${props.kind}.${props.target}`, { name: props.name })} ${
                  moved > 0 ? t('fleet.movedBack', { count: moved }) : ''
                }`.trim(),
              );
              setOpen(false);
            } catch (e) {
              setError(e instanceof ApiError ? (e.fields[0]?.message ?? e.message) : String(e));
            } finally {
              setBusy(false);
            }
          }}
        >
          {t('common.confirm')}
        </Button>
        <Button className="btn btn-small" onPress={() => setOpen(false)}>
          {t('common.back')}
        </Button>
      </div>
    </div>
  );
}

function NumberInput(props: {
  name: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
}) {
  return (
    <TextField
      className="field field-short"
      id={`field-${props.name}`}
      value={props.value}
      onChange={props.onChange}
      inputMode="numeric"
      isInvalid={!!props.error}
      validationBehavior="aria"
    >
      <Label>{props.label}</Label>
      <Input />
      <FieldError className="field-error">{props.error}</FieldError>
    </TextField>
  );
}

function TextInput(props: {
  name: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  type?: string;
}) {
  return (
    <TextField
      className="field"
      id={`field-${props.name}`}
      value={props.value}
      onChange={props.onChange}
      type={props.type}
      isInvalid={!!props.error}
      validationBehavior="aria"
    >
      <Label>{props.label}</Label>
      <Input />
      <FieldError className="field-error">{props.error}</FieldError>
    </TextField>
  );
}

const VEHICLE_FIELDS = ['plate', 'model', 'seats', 'wheelchairPlaces', 'alternativeLayouts'] as const;

function AddVehicle({ onDone }: { onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [plate, setPlate] = useState('');
  const [model, setModel] = useState('');
  const [seats, setSeats] = useState('3');
  const [wheelchairs, setWheelchairs] = useState('1');
  const [layouts, setLayouts] = useState<{ seats: string; wheelchairs: string }[]>([]);
  const [ramp, setRamp] = useState(false);
  const [lift, setLift] = useState(false);
  const [restraints, setRestraints] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const labels: Record<string, string> = {
    plate: t('fleet.plate'),
    model: t('fleet.model'),
    seats: t('fleet.seats'),
    wheelchairPlaces: t('fleet.wheelchairPlaces'),
    alternativeLayouts: t('fleet.alternativeLayouts'),
  };
  if (!open)
    return (
      <Button className="btn btn-primary" onPress={() => setOpen(true)}>
        {t('fleet.addVehicle')}
      </Button>
    );
  const submit = async () => {
    setBusy(true);
    try {
      const v = await call(
        client.POST('/fleet/vehicles', {
          body: {
            plate,
            model,
            seats: Number(seats),
            wheelchairPlaces: Number(wheelchairs),
            alternativeLayouts: layouts.map((l) => ({
              seats: Number(l.seats),
              wheelchairPlaces: Number(l.wheelchairs),
            })),
            hasRamp: ramp,
            hasLift: lift,
            hasRestraints: restraints,
          },
        }),
      );
      setOpen(false);
      onDone(t('fleet.vehicleAdded', { plate: v.plate }));
    } catch (e) {
      const r = refusalOf(e, VEHICLE_FIELDS);
      setErrors(r.fields);
      setGeneral(r.general);
      focusField(Object.keys(r.fields)[0]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="card"
      aria-labelledby="add-vehicle-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id="add-vehicle-title" className="h3">
        {t('fleet.addVehicle')}
      </h3>
      <ErrorSummary general={general} fields={errors} labels={labels} />
      <div className="grid-2">
        <TextInput name="plate" label={labels.plate} value={plate} onChange={setPlate} error={errors.plate} />
        <TextInput name="model" label={labels.model} value={model} onChange={setModel} error={errors.model} />
        <NumberInput
          name="seats"
          label={labels.seats}
          value={seats}
          onChange={setSeats}
          error={errors.seats}
        />
        <NumberInput
          name="wheelchairPlaces"
          label={labels.wheelchairPlaces}
          value={wheelchairs}
          onChange={setWheelchairs}
          error={errors.wheelchairPlaces}
        />
      </div>
      <fieldset className="field" id="field-alternativeLayouts">
        <legend>{labels.alternativeLayouts}</legend>
        <p className="muted small">{t('fleet.layoutsHelp')}</p>
        {layouts.map((l, i) => (
          <div key={i} className="toolbar">
            <NumberInput
              name={`layout-${i}-seats`}
              label={t('fleet.layoutSeats', { n: i + 1 })}
              value={l.seats}
              onChange={(s) => setLayouts(layouts.map((x, j) => (j === i ? { ...x, seats: s } : x)))}
            />
            <NumberInput
              name={`layout-${i}-wheelchairs`}
              label={t('fleet.layoutWheelchairs', { n: i + 1 })}
              value={l.wheelchairs}
              onChange={(w) => setLayouts(layouts.map((x, j) => (j === i ? { ...x, wheelchairs: w } : x)))}
            />
            <Button className="btn btn-small" onPress={() => setLayouts(layouts.filter((_, j) => j !== i))}>
              {t('fleet.removeLayout', { n: i + 1 })}
            </Button>
          </div>
        ))}
        {errors.alternativeLayouts && <p className="field-error">{errors.alternativeLayouts}</p>}
        {layouts.length < 6 && (
          <Button
            className="btn btn-small"
            onPress={() => setLayouts([...layouts, { seats: '4', wheelchairs: '0' }])}
          >
            {t('fleet.addLayout')}
          </Button>
        )}
      </fieldset>
      <div className="field">
        <Checkbox className="checkbox" isSelected={ramp} onChange={setRamp}>
          <span className="box" aria-hidden="true" />
          {t('fleet.ramp')}
        </Checkbox>
        <Checkbox className="checkbox" isSelected={lift} onChange={setLift}>
          <span className="box" aria-hidden="true" />
          {t('fleet.lift')}
        </Checkbox>
        <Checkbox className="checkbox" isSelected={restraints} onChange={setRestraints}>
          <span className="box" aria-hidden="true" />
          {t('fleet.restraints')}
        </Checkbox>
      </div>
      <div className="button-row">
        <Button type="submit" className="btn btn-primary" isDisabled={busy}>
          {t('fleet.saveVehicle')}
        </Button>
        <Button className="btn" onPress={() => setOpen(false)}>
          {t('common.back')}
        </Button>
      </div>
    </form>
  );
}

const DRIVER_FIELDS = ['fullName', 'licenceNumber', 'phone'] as const;

function AddDriver({ onDone }: { onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [fullName, setFullName] = useState('');
  const [licence, setLicence] = useState('');
  const [phone, setPhone] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const labels: Record<string, string> = {
    fullName: t('fleet.driverName'),
    licenceNumber: t('fleet.licence'),
    phone: t('fleet.phone'),
  };
  if (!open)
    return (
      <Button className="btn btn-primary" onPress={() => setOpen(true)}>
        {t('fleet.addDriver')}
      </Button>
    );
  const submit = async () => {
    setBusy(true);
    try {
      const d = await call(
        client.POST('/fleet/drivers', { body: { fullName, licenceNumber: licence, phone } }),
      );
      setOpen(false);
      onDone(t('fleet.driverAdded', { name: d.fullName }));
    } catch (e) {
      const r = refusalOf(e, DRIVER_FIELDS);
      setErrors(r.fields);
      setGeneral(r.general);
      focusField(Object.keys(r.fields)[0]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="card"
      aria-labelledby="add-driver-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id="add-driver-title" className="h3">
        {t('fleet.addDriver')}
      </h3>
      <ErrorSummary general={general} fields={errors} labels={labels} />
      <div className="grid-2">
        <TextInput
          name="fullName"
          label={labels.fullName}
          value={fullName}
          onChange={setFullName}
          error={errors.fullName}
        />
        <TextInput
          name="licenceNumber"
          label={labels.licenceNumber}
          value={licence}
          onChange={setLicence}
          error={errors.licenceNumber}
        />
        <TextInput
          name="phone"
          label={labels.phone}
          value={phone}
          onChange={setPhone}
          error={errors.phone}
          type="tel"
        />
      </div>
      <div className="button-row">
        <Button type="submit" className="btn btn-primary" isDisabled={busy}>
          {t('fleet.saveDriver')}
        </Button>
        <Button className="btn" onPress={() => setOpen(false)}>
          {t('common.back')}
        </Button>
      </div>
    </form>
  );
}

/** The week as a grid: a row per vehicle, a column per day; each shift with its driver and rides. */
function RotaGrid(props: {
  days: string[];
  vehicles: Vehicle[];
  drivers: Driver[];
  shifts: Shift[];
  admin: boolean;
  onDone: (text: string) => void;
}) {
  const { t } = useTranslation();
  const [cancelling, setCancelling] = useState<Shift | null>(null);
  const driverName = (id: string) => props.drivers.find((d) => d.id === id)?.fullName ?? '—';
  const plate = (id: string) => props.vehicles.find((v) => v.id === id)?.plate ?? '—';
  if (props.vehicles.length === 0) return <p>{t('fleet.noVehicles')}</p>;
  return (
    <>
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="rota-caption">
        <table className="table rota" data-testid="rota">
          <caption id="rota-caption">
            {t('fleet.rotaCaption', { from: fmtDateShort(props.days[0]), to: fmtDateShort(props.days[6]) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('fleet.vehicle')}</th>
              {props.days.map((d) => (
                <th scope="col" key={d}>
                  {fmtDate(d)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.vehicles.map((v) => (
              <tr key={v.id}>
                <th scope="row" translate="no">
                  {v.plate}
                </th>
                {props.days.map((d) => {
                  const here = props.shifts.filter((s) => s.vehicleId === v.id && kzDateOf(s.startsAt) === d);
                  return (
                    <td key={d}>
                      {here.length === 0 && <span className="muted">—</span>}
                      {here.map((s) => (
                        <div key={s.id} className="rota-shift" data-testid="rota-shift">
                          <div>
                            {fmtTime(s.startsAt)}–{fmtTime(s.endsAt)}
                          </div>
                          <div className="small" translate="no">
                            {driverName(s.driverId)}
                          </div>
                          <div className="small">
                            {s.status === 'CANCELLED'
                              ? t('shiftStatus.CANCELLED')
                              : t('fleet.rides', { count: s.rides })}
                          </div>
                          {s.status === 'CANCELLED' && s.statusReason && (
                            <div className="small muted">{s.statusReason}</div>
                          )}
                          {props.admin && (s.status === 'PLANNED' || s.status === 'ACTIVE') && (
                            <Button className="btn btn-small" onPress={() => setCancelling(s)}>
                              {t('fleet.cancelShift')}
                              <span className="visually-hidden">
                                {' '}
                                {t('fleet.cancelShiftOf', {
                                  plate: v.plate,
                                  when: `${fmtDate(d)}, ${fmtTime(s.startsAt)}–${fmtTime(s.endsAt)}`,
                                })}
                              </span>
                            </Button>
                          )}
                        </div>
                      ))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {cancelling && (
        <CancelShift
          key={cancelling.id}
          shift={cancelling}
          what={`${plate(cancelling.vehicleId)}, ${fmtDate(cancelling.startsAt)}, ${fmtTime(
            cancelling.startsAt,
          )}–${fmtTime(cancelling.endsAt)}`}
          onClose={() => setCancelling(null)}
          onDone={(text) => {
            setCancelling(null);
            props.onDone(text);
          }}
        />
      )}
    </>
  );
}

function CancelShift(props: {
  shift: Shift;
  what: string;
  onClose: () => void;
  onDone: (text: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <section className="card" aria-labelledby="cancel-shift-title" data-testid="cancel-shift">
      <h3 id="cancel-shift-title" className="h3">
        {t('fleet.cancelShiftTitle', { what: props.what })}
      </h3>
      <p className="notice" role="note">
        <span aria-hidden="true">⚠ </span>
        {props.shift.rides > 0
          ? t('fleet.shiftCarries', { count: props.shift.rides })
          : t('fleet.shiftEmpty')}
      </p>
      <TextField
        className="field"
        id="field-reason"
        value={reason}
        onChange={setReason}
        isRequired
        isInvalid={!!error}
        validationBehavior="aria"
        autoFocus
      >
        <Label>{t('fleet.reason')}</Label>
        <Input />
        <FieldError className="field-error">{error}</FieldError>
      </TextField>
      <div className="button-row">
        <Button
          className="btn btn-danger"
          isDisabled={busy}
          onPress={async () => {
            setBusy(true);
            try {
              const r = await call(
                client.POST('/fleet/shifts/{id}/cancel', {
                  params: { path: { id: props.shift.id } },
                  body: { reason: reason.trim() },
                  headers: { 'Idempotency-Key': newKey() },
                }),
              );
              props.onDone(
                `${t('fleet.shiftCancelled', { what: props.what })} ${
                  r.sentBackToDispatch.length > 0
                    ? t('fleet.movedBack', { count: r.sentBackToDispatch.length })
                    : ''
                }`.trim(),
              );
            } catch (e) {
              setError(e instanceof ApiError ? (e.fields[0]?.message ?? e.message) : String(e));
            } finally {
              setBusy(false);
            }
          }}
        >
          {t('fleet.confirmCancel')}
        </Button>
        <Button className="btn" onPress={props.onClose}>
          {t('common.back')}
        </Button>
      </div>
    </section>
  );
}

/** A shift, or the same hours on several days of the week (a repeating pattern). */
function AddShift(props: {
  days: string[];
  vehicles: Vehicle[];
  drivers: Driver[];
  onDone: (text: string) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const [startTime, setStartTime] = useState('07:00');
  const [endTime, setEndTime] = useState('19:00');
  const active = props.vehicles.filter((v) => v.status === 'ACTIVE');
  const activeDrivers = props.drivers.filter((d) => d.status === 'ACTIVE');
  const [vehicleId, setVehicleId] = useState('');
  const [driverId, setDriverId] = useState('');
  const [depot, setDepot] = useState<Place | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const labels: Record<string, string> = {
    day: t('fleet.days'),
    startTime: t('fleet.startTime'),
    endTime: t('fleet.endTime'),
    vehicleId: t('fleet.vehicle'),
    driverId: t('fleet.driver'),
    depot: t('fleet.depot'),
  };
  if (!open)
    return (
      <Button className="btn btn-primary" onPress={() => setOpen(true)}>
        {t('fleet.addShift')}
      </Button>
    );
  const submit = async () => {
    const missing: FieldErrors = {};
    if (chosen.length === 0) missing.day = t('fleet.chooseDay');
    if (!vehicleId) missing.vehicleId = t('fleet.chooseVehicle');
    if (!driverId) missing.driverId = t('fleet.chooseDriver');
    if (!depot) missing.depot = t('fleet.chooseDepot');
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      setGeneral([]);
      focusField(Object.keys(missing)[0]);
      return;
    }
    setBusy(true);
    const made: string[] = [];
    try {
      for (const day of [...chosen].sort()) {
        // A shift that ends at or before it starts runs past midnight.
        const endDay = endTime <= startTime ? addDays(day, 1) : day;
        await call(
          client.POST('/fleet/shifts', {
            body: {
              vehicleId,
              driverId,
              startsAt: kzInstant(day, startTime),
              endsAt: kzInstant(endDay, endTime),
              start: { lat: depot!.lat, lon: depot!.lon },
              end: { lat: depot!.lat, lon: depot!.lon },
              startKato: depot!.kato,
            },
          }),
        );
        made.push(day);
      }
      setOpen(false);
      props.onDone(t('fleet.shiftsAdded', { count: made.length }));
    } catch (e) {
      const r = refusalOf(e, ['vehicleId', 'driverId', 'startsAt', 'endsAt', 'start', 'startKato']);
      const fields: FieldErrors = {};
      for (const [f, m] of Object.entries(r.fields)) {
        const to =
          f === 'startsAt'
            ? 'startTime'
            : f === 'endsAt'
              ? 'endTime'
              : f === 'start' || f === 'startKato'
                ? 'depot'
                : f;
        fields[to] = fields[to] ? `${fields[to]} ${m}` : m;
      }
      const general = [...r.general];
      if (made.length > 0) general.unshift(t('fleet.someAdded', { count: made.length }));
      setErrors(fields);
      setGeneral(general);
      focusField(Object.keys(fields)[0]);
      if (made.length > 0) props.onDone(t('fleet.shiftsAdded', { count: made.length }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="card"
      aria-labelledby="add-shift-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id="add-shift-title" className="h3">
        {t('fleet.addShift')}
      </h3>
      <ErrorSummary general={general} fields={errors} labels={labels} />
      <fieldset className="field" id="field-day" aria-describedby={errors.day ? 'day-error' : undefined}>
        <legend>{labels.day}</legend>
        {props.days.map((d) => (
          <Checkbox
            key={d}
            className="checkbox"
            isSelected={chosen.includes(d)}
            onChange={(on) => setChosen(on ? [...chosen, d] : chosen.filter((x) => x !== d))}
          >
            <span className="box" aria-hidden="true" />
            {fmtDate(d)}
          </Checkbox>
        ))}
        {errors.day && (
          <p id="day-error" className="field-error">
            {errors.day}
          </p>
        )}
      </fieldset>
      <div className="grid-2">
        <TimeField
          id="field-startTime"
          label={labels.startTime}
          value={startTime}
          onChange={setStartTime}
          error={errors.startTime}
        />
        <TimeField
          id="field-endTime"
          label={labels.endTime}
          value={endTime}
          onChange={setEndTime}
          error={errors.endTime}
        />
        <NativeSelect
          name="vehicleId"
          label={labels.vehicleId}
          value={vehicleId}
          onChange={setVehicleId}
          error={errors.vehicleId}
          options={active.map((v) => ({
            value: v.id,
            text: `${v.plate} · ${t('fleet.layout', { seats: v.seats, wheelchairs: v.wheelchairPlaces })}`,
          }))}
        />
        <NativeSelect
          name="driverId"
          label={labels.driverId}
          value={driverId}
          onChange={setDriverId}
          error={errors.driverId}
          options={activeDrivers.map((d) => ({ value: d.id, text: d.fullName }))}
        />
      </div>
      <PlacePicker
        name="depot"
        label={labels.depot}
        value={depot}
        onChange={setDepot}
        saved={[]}
        riderId={null}
        error={errors.depot}
      />
      <div className="button-row">
        <Button type="submit" className="btn btn-primary" isDisabled={busy}>
          {t('fleet.saveShift')}
        </Button>
        <Button className="btn" onPress={() => setOpen(false)}>
          {t('common.back')}
        </Button>
      </div>
    </form>
  );
}

function NativeSelect(props: {
  name: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  options: { value: string; text: string }[];
  error?: string;
}) {
  const { t } = useTranslation();
  const errId = `${props.name}-error`;
  return (
    <div className="field">
      <label htmlFor={`field-${props.name}`}>{props.label}</label>
      <select
        id={`field-${props.name}`}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errId : undefined}
      >
        <option value="">{t('fleet.choose')}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
      {props.error && (
        <p id={errId} className="field-error">
          {props.error}
        </p>
      )}
    </div>
  );
}
