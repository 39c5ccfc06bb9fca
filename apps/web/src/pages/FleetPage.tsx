import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, FieldError, Input, Label, TextField } from 'react-aria-components';
import { wheelchairGaps } from '@invataxi/domain';
import type { Session } from '../auth';
import { ApiError, call, client, newKey, type Schema } from '../api/client';
import {
  Announcer,
  DataTable,
  focusField,
  LoadError,
  Loading,
  PageTitle,
  useLoad,
  type Column,
  type FieldErrors,
} from '../components';
import { fmtDate, fmtDateShort, fmtDateYear, fmtTime, kzDateOf, kzInstant, kzToday } from '../format';
import { FormCard, FormField, rootFieldIn, useFormErrors } from '../form';
import { PlacePicker } from '../PlacePicker';
import { appNow } from '../app-now';
import { reasonText } from '../reason-text';
import { regionOf, type Place } from '../rider';
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
  // The one form open at a time: a vehicle or a driver, new (no record) or changed.
  const [editing, setEditing] = useState<
    null | { kind: 'vehicle'; v?: Vehicle } | { kind: 'driver'; d?: Driver }
  >(null);
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
    setEditing(null);
    vehicles.reload();
    drivers.reload();
    shifts.reload();
  };
  // The officer (and a centre's dispatcher) reads every provider's fleet of the region: whose is
  // each vehicle and driver. The provider's own admin sees only their own: no column.
  const providers = useLoad(
    (signal) => (admin ? Promise.resolve([]) : call(client.GET('/providers', { signal }))),
    [admin],
  );
  const providerName = (id: string) => providers.data?.find((p) => p.id === id)?.legalName ?? '—';
  const providerColumn: Column<{ providerId: string }> = {
    header: t('fleet.provider'),
    hidden: admin,
    cell: (x) => providerName(x.providerId),
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
        <DataTable
          id="vehicles"
          caption={t('fleet.vehiclesCaption')}
          rows={vehicles.data}
          columns={[
            {
              header: t('fleet.plate'),
              cell: (v) => (
                <>
                  <span translate="no">{v.plate}</span>
                  <div className="small muted">{v.model}</div>
                </>
              ),
            },
            providerColumn,
            {
              header: t('fleet.capacity'),
              cell: (v) => (
                <>
                  {t('fleet.layout', { seats: v.seats, wheelchairs: v.wheelchairPlaces })}
                  {v.alternativeLayouts.map((l, i) => (
                    <div key={i} className="small muted">
                      {t('fleet.orLayout', { seats: l.seats, wheelchairs: l.wheelchairPlaces })}
                    </div>
                  ))}
                </>
              ),
            },
            {
              header: t('fleet.equipment'),
              cell: (v) => (
                <>
                  {equipment(v, t) || t('fleet.noEquipment')}
                  <WheelchairGapWarning vehicle={v} />
                </>
              ),
            },
            {
              header: t('fleet.status'),
              cell: (v) => (
                <>
                  {t(`fleet.vehicleStatus.${v.status}`)}
                  {v.statusReason && <div className="small muted">{v.statusReason}</div>}
                </>
              ),
            },
            {
              header: t('fleet.actions'),
              hidden: !admin,
              cell: (v) => (
                <RowActions
                  name={v.plate}
                  editLabel={t('fleet.edit')}
                  onEdit={() => setEditing({ kind: 'vehicle', v })}
                  kind="vehicle"
                  target={v.status === 'ACTIVE' ? 'OUT_OF_SERVICE' : 'ACTIVE'}
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
              ),
            },
          ]}
        />
      )}
      {admin && (
        <AddOrEdit
          open={editing?.kind === 'vehicle'}
          addLabel={t('fleet.addVehicle')}
          onAdd={() => setEditing({ kind: 'vehicle' })}
        >
          <VehicleForm
            key={editing?.kind === 'vehicle' ? (editing.v?.id ?? 'new') : 'closed'}
            vehicle={editing?.kind === 'vehicle' ? editing.v : undefined}
            onDone={done}
            onBack={() => setEditing(null)}
          />
        </AddOrEdit>
      )}

      <h2>{t('fleet.drivers')}</h2>
      {drivers.error && <LoadError error={drivers.error} />}
      {drivers.loading && !drivers.data && <Loading />}
      {drivers.data && drivers.data.length === 0 && <p>{t('fleet.noDrivers')}</p>}
      {drivers.data && drivers.data.length > 0 && (
        <DataTable
          id="drivers"
          caption={t('fleet.driversCaption')}
          rows={drivers.data}
          columns={[
            { header: t('fleet.driverName'), cell: (d) => <span translate="no">{d.fullName}</span> },
            providerColumn,
            {
              header: t('fleet.licence'),
              cell: (d) => (
                <>
                  <span translate="no">{d.licenceNumber}</span>
                  <LicenceValidity driver={d} />
                </>
              ),
            },
            { header: t('fleet.phone'), cell: (d) => <span translate="no">{d.phone}</span> },
            { header: t('fleet.account'), cell: (d) => t(`fleet.accountStatus.${d.account}`) },
            { header: t('fleet.status'), cell: (d) => t(`fleet.driverStatus.${d.status}`) },
            {
              header: t('fleet.actions'),
              hidden: !admin,
              cell: (d) => (
                <RowActions
                  name={d.fullName}
                  editLabel={t('fleet.renewLicence')}
                  onEdit={() => setEditing({ kind: 'driver', d })}
                  kind="driver"
                  target={d.status === 'ACTIVE' ? 'INACTIVE' : 'ACTIVE'}
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
              ),
            },
          ]}
        />
      )}
      {admin && (
        <AddOrEdit
          open={editing?.kind === 'driver'}
          addLabel={t('fleet.addDriver')}
          onAdd={() => setEditing({ kind: 'driver' })}
        >
          <DriverForm
            key={editing?.kind === 'driver' ? (editing.d?.id ?? 'new') : 'closed'}
            driver={editing?.kind === 'driver' ? editing.d : undefined}
            onDone={done}
            onBack={() => setEditing(null)}
          />
        </AddOrEdit>
      )}

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
        <AddShifts
          key={monday}
          days={days}
          vehicles={vehicles.data}
          drivers={drivers.data}
          onDone={done}
          region={session.principal.regionKato ?? null}
        />
      )}
    </section>
  );
}

/**
 * A vehicle with a wheelchair place but no restraints or no ramp/lift cannot carry a rider in a
 * wheelchair (walk 20: saved without a word, and the wheelchair rider kept waiting). Said in the
 * form before saving and in the list after; not refused: the equipment may be fitted later.
 */
function WheelchairGapWarning({ vehicle }: { vehicle: Parameters<typeof wheelchairGaps>[0] }) {
  const { t } = useTranslation();
  const gaps = wheelchairGaps(vehicle);
  if (gaps.length === 0) return null;
  return (
    <p className="notice notice-warning small" role="status" data-testid="wheelchair-gap">
      <span aria-hidden="true">⚠ </span>
      {t('fleet.wheelchairGap.intro')} {gaps.map((g) => t(`fleet.wheelchairGap.${g}`)).join('; ')}.{' '}
      {t('fleet.wheelchairGap.after')}
    </p>
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

/** The licence's validity in words: valid until, expiring soon, expired (with a sign, not colour alone). */
function LicenceValidity({ driver }: { driver: Driver }) {
  const { t } = useTranslation();
  if (!driver.licenceValidUntil)
    return <div className="small muted">{t('fleet.licenceState.NOT_RECORDED')}</div>;
  const until = fmtDateYear(driver.licenceValidUntil);
  const warn = driver.licence === 'EXPIRED' || driver.licence === 'EXPIRING_SOON';
  return (
    <div className={warn ? 'small field-error' : 'small muted'} data-testid="licence-validity">
      {t(`fleet.licenceState.${driver.licence}`, { date: until })}
    </div>
  );
}

/** The edit button and the status change of one vehicle or driver (the admin's row actions). */
function RowActions(
  props: { name: string; editLabel: string; onEdit: () => void } & Parameters<typeof StatusChange>[0],
) {
  const { name, editLabel, onEdit, ...status } = props;
  return (
    <>
      <Button className="btn btn-small" onPress={onEdit}>
        {editLabel}
        <span className="visually-hidden"> {name}</span>
      </Button>
      <StatusChange name={name} {...status} />
    </>
  );
}

/** The add button, or the form it opened (one form at a time). */
function AddOrEdit(props: { open: boolean; addLabel: string; onAdd: () => void; children: React.ReactNode }) {
  return props.open ? (
    <>{props.children}</>
  ) : (
    <Button className="btn btn-primary" onPress={props.onAdd}>
      {props.addLabel}
    </Button>
  );
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

const VEHICLE_FIELDS = ['plate', 'model', 'seats', 'wheelchairPlaces', 'alternativeLayouts'] as const;

/**
 * A vehicle, new or changed: plate (new only), model, the usual layout and the other layouts
 * folding seats allow, equipment. A change that leaves rides the vehicle can no longer carry
 * sends them back to dispatch, as the API does; the page says how many.
 */
function VehicleForm({
  vehicle,
  onDone,
  onBack,
}: {
  vehicle?: Vehicle;
  onDone: (text: string) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const [plate, setPlate] = useState('');
  const [model, setModel] = useState(vehicle?.model ?? '');
  const [seats, setSeats] = useState(String(vehicle?.seats ?? 3));
  const [wheelchairs, setWheelchairs] = useState(String(vehicle?.wheelchairPlaces ?? 1));
  const [layouts, setLayouts] = useState<{ seats: string; wheelchairs: string }[]>(
    (vehicle?.alternativeLayouts ?? []).map((l) => ({
      seats: String(l.seats),
      wheelchairs: String(l.wheelchairPlaces),
    })),
  );
  const [ramp, setRamp] = useState(vehicle?.hasRamp ?? false);
  const [lift, setLift] = useState(vehicle?.hasLift ?? false);
  const [restraints, setRestraints] = useState(vehicle?.hasRestraints ?? false);
  const form = useFormErrors(rootFieldIn(VEHICLE_FIELDS));
  const labels: Record<string, string> = {
    plate: t('fleet.plate'),
    model: t('fleet.model'),
    seats: t('fleet.seats'),
    wheelchairPlaces: t('fleet.wheelchairPlaces'),
    alternativeLayouts: t('fleet.alternativeLayouts'),
  };
  const submit = () =>
    form.run(async () => {
      const body = {
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
      };
      if (vehicle) {
        const v = await call(
          client.PATCH('/fleet/vehicles/{id}', { params: { path: { id: vehicle.id } }, body }),
        );
        const moved = v.sentBackToDispatch.length;
        onDone(
          `${t('fleet.vehicleSaved', { plate: v.plate })} ${moved > 0 ? t('fleet.movedBack', { count: moved }) : ''}`.trim(),
        );
      } else {
        const v = await call(client.POST('/fleet/vehicles', { body: { plate, ...body } }));
        onDone(t('fleet.vehicleAdded', { plate: v.plate }));
      }
    });
  const id = vehicle ? 'edit-vehicle' : 'add-vehicle';
  return (
    <FormCard
      id={id}
      title={vehicle ? t('fleet.editVehicle', { plate: vehicle.plate }) : t('fleet.addVehicle')}
      errors={form.errors}
      general={form.general}
      labels={labels}
      busy={form.busy}
      submitLabel={t('fleet.saveVehicle')}
      onSubmit={() => void submit()}
      onBack={onBack}
    >
      {vehicle && <p className="hint">{t('fleet.editSendsBack')}</p>}
      <div className="grid-2">
        {!vehicle && (
          <FormField
            name="plate"
            label={labels.plate!}
            value={plate}
            onChange={setPlate}
            error={form.errors.plate}
          />
        )}
        <FormField
          name="model"
          label={labels.model!}
          value={model}
          onChange={setModel}
          error={form.errors.model}
        />
        <FormField
          name="seats"
          label={labels.seats!}
          value={seats}
          onChange={setSeats}
          error={form.errors.seats}
          inputMode="numeric"
          short
        />
        <FormField
          name="wheelchairPlaces"
          label={labels.wheelchairPlaces!}
          value={wheelchairs}
          onChange={setWheelchairs}
          error={form.errors.wheelchairPlaces}
          inputMode="numeric"
          short
        />
      </div>
      <fieldset className="field" id="field-alternativeLayouts">
        <legend>{labels.alternativeLayouts}</legend>
        <p className="muted small">{t('fleet.layoutsHelp')}</p>
        {layouts.map((l, i) => (
          <div key={i} className="toolbar">
            <FormField
              name={`layout-${i}-seats`}
              label={t('fleet.layoutSeats', { n: i + 1 })}
              value={l.seats}
              onChange={(s) => setLayouts(layouts.map((x, j) => (j === i ? { ...x, seats: s } : x)))}
              inputMode="numeric"
              short
            />
            <FormField
              name={`layout-${i}-wheelchairs`}
              label={t('fleet.layoutWheelchairs', { n: i + 1 })}
              value={l.wheelchairs}
              onChange={(w) => setLayouts(layouts.map((x, j) => (j === i ? { ...x, wheelchairs: w } : x)))}
              inputMode="numeric"
              short
            />
            <Button className="btn btn-small" onPress={() => setLayouts(layouts.filter((_, j) => j !== i))}>
              {t('fleet.removeLayout', { n: i + 1 })}
            </Button>
          </div>
        ))}
        {form.errors.alternativeLayouts && <p className="field-error">{form.errors.alternativeLayouts}</p>}
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
        <p className="hint">{t('fleet.equipmentHint')}</p>
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
        <WheelchairGapWarning
          vehicle={{
            wheelchairPlaces: Number(wheelchairs) || 0,
            alternativeLayouts: layouts.map((l) => ({ wheelchairPlaces: Number(l.wheelchairs) || 0 })),
            hasRamp: ramp,
            hasLift: lift,
            hasRestraints: restraints,
          }}
        />
      </div>
    </FormCard>
  );
}

const DRIVER_FIELDS = ['fullName', 'licenceNumber', 'licenceValidUntil', 'phone'] as const;

/** A new driver, or a driver's licence renewed (its number and validity). */
function DriverForm({
  driver,
  onDone,
  onBack,
}: {
  driver?: Driver;
  onDone: (text: string) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const [fullName, setFullName] = useState('');
  const [licence, setLicence] = useState(driver?.licenceNumber ?? '');
  const [validUntil, setValidUntil] = useState(driver?.licenceValidUntil ?? '');
  const [phone, setPhone] = useState('');
  const form = useFormErrors(rootFieldIn(DRIVER_FIELDS));
  const labels: Record<string, string> = {
    fullName: t('fleet.driverName'),
    licenceNumber: t('fleet.licence'),
    licenceValidUntil: t('fleet.licenceValidUntil'),
    phone: t('fleet.phone'),
  };
  const submit = () => {
    if (!validUntil) return form.refuse({ licenceValidUntil: t('fleet.chooseValidUntil') });
    return form.run(async () => {
      if (driver) {
        const d = await call(
          client.PATCH('/fleet/drivers/{id}', {
            params: { path: { id: driver.id } },
            body: { licenceNumber: licence, licenceValidUntil: validUntil },
          }),
        );
        onDone(t('fleet.licenceSaved', { name: d.fullName }));
      } else {
        const d = await call(
          client.POST('/fleet/drivers', {
            body: { fullName, licenceNumber: licence, licenceValidUntil: validUntil, phone },
          }),
        );
        onDone(t('fleet.driverAdded', { name: d.fullName }));
      }
    });
  };
  return (
    <FormCard
      id={driver ? 'edit-driver' : 'add-driver'}
      title={driver ? t('fleet.renewLicenceOf', { name: driver.fullName }) : t('fleet.addDriver')}
      errors={form.errors}
      general={form.general}
      labels={labels}
      busy={form.busy}
      submitLabel={driver ? t('fleet.saveLicence') : t('fleet.saveDriver')}
      onSubmit={() => void submit()}
      onBack={onBack}
    >
      <div className="grid-2">
        {!driver && (
          <FormField
            name="fullName"
            label={labels.fullName!}
            value={fullName}
            onChange={setFullName}
            error={form.errors.fullName}
          />
        )}
        <FormField
          name="licenceNumber"
          label={labels.licenceNumber!}
          value={licence}
          onChange={setLicence}
          error={form.errors.licenceNumber}
        />
        <DateField
          id="field-licenceValidUntil"
          label={labels.licenceValidUntil}
          hint={t('fleet.validUntilHint')}
          value={validUntil}
          onChange={setValidUntil}
          error={form.errors.licenceValidUntil}
          isRequired
        />
        {!driver && (
          <FormField
            name="phone"
            label={labels.phone!}
            value={phone}
            onChange={setPhone}
            error={form.errors.phone}
            type="tel"
          />
        )}
      </div>
    </FormCard>
  );
}

/**
 * Why a shift was cancelled or closed, in words (walk t23 m12: "VEHICLE_BREAKDOWN" was shown as
 * it is). The platform's codes (a breakdown, a driver who did not come, a provider ended) are said
 * for the shift; an admin's own reason ("Водитель заболел") is shown as typed.
 */
export function shiftReasonText(reason: string, t: (key: string) => string): string {
  if (!/^[A-Z][A-Z_]+$/.test(reason)) return reason;
  if ((SHIFT_REASONS as readonly string[]).includes(reason)) return t(`fleet.shiftReason.${reason}`);
  return reasonText(reason) ?? reason;
}
const SHIFT_REASONS = ['VEHICLE_BREAKDOWN', 'DRIVER_ABSENT', 'PROVIDER_TERMINATED'] as const;

/** A shift whose hours are not over yet (walk t23 m12): the only kind changed or cancelled. */
const notOver = (s: Shift): boolean => Date.parse(s.endsAt) > appNow();

/** A row action on one shift, its label naming the shift for a screen reader. */
function ShiftAction(props: { id?: string; label: string; of: string; onPress: () => void }) {
  return (
    <Button className="btn btn-small" id={props.id} onPress={props.onPress}>
      {props.label}
      <span className="visually-hidden"> {props.of}</span>
    </Button>
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
  const [changing, setChanging] = useState<Shift | null>(null);
  const driverName = (id: string) => props.drivers.find((d) => d.id === id)?.fullName ?? '—';
  const plate = (id: string) => props.vehicles.find((v) => v.id === id)?.plate ?? '—';
  const whose = (plateOf: string, d: string, s: Shift) =>
    t('fleet.cancelShiftOf', {
      plate: plateOf,
      when: `${fmtDate(d)}, ${fmtTime(s.startsAt)}–${fmtTime(s.endsAt)}`,
    });
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
                          {(s.status === 'CANCELLED' || s.status === 'CLOSED') && s.statusReason && (
                            <div className="small muted">{shiftReasonText(s.statusReason, t)}</div>
                          )}
                          {/* Changed only while planned and carrying no ride: with rides, it is
                              cancelled with its reason (they go back to dispatch) and another added.
                              Either only while not yet over: the API refuses the rest (409 SHIFT_ENDED). */}
                          {props.admin && s.status === 'PLANNED' && s.rides === 0 && notOver(s) && (
                            <ShiftAction
                              id={`change-shift-${s.id}`}
                              label={t('fleet.changeShift')}
                              of={whose(v.plate, d, s)}
                              onPress={() => {
                                setCancelling(null);
                                setChanging(s);
                              }}
                            />
                          )}
                          {props.admin && (s.status === 'PLANNED' || s.status === 'ACTIVE') && notOver(s) && (
                            <ShiftAction
                              label={t('fleet.cancelShift')}
                              of={whose(v.plate, d, s)}
                              onPress={() => {
                                setChanging(null);
                                setCancelling(s);
                              }}
                            />
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
      {changing && (
        <ChangeShift
          key={changing.id}
          shift={changing}
          vehicles={props.vehicles}
          drivers={props.drivers}
          what={`${plate(changing.vehicleId)}, ${fmtDate(changing.startsAt)}, ${fmtTime(
            changing.startsAt,
          )}–${fmtTime(changing.endsAt)}`}
          onClose={() => {
            const id = changing.id;
            setChanging(null);
            requestAnimationFrame(() => document.getElementById(`change-shift-${id}`)?.focus());
          }}
          onDone={(text) => {
            setChanging(null);
            props.onDone(text);
          }}
        />
      )}
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

/**
 * A planned shift without rides changed: its hours (an end before the start is the next
 * morning), vehicle and driver, under the checks of a new shift; a refusal at its field.
 */
function ChangeShift(props: {
  shift: Shift;
  vehicles: Vehicle[];
  drivers: Driver[];
  what: string;
  onClose: () => void;
  onDone: (text: string) => void;
}) {
  const { t } = useTranslation();
  const day = kzDateOf(props.shift.startsAt);
  const [startTime, setStartTime] = useState(fmtTime(props.shift.startsAt));
  const [endTime, setEndTime] = useState(fmtTime(props.shift.endsAt));
  const [vehicleId, setVehicleId] = useState(props.shift.vehicleId);
  const [driverId, setDriverId] = useState(props.shift.driverId);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Opened: focus goes to its first field (it stayed on the week grid's Change button).
  useEffect(() => {
    focusField('changeStart');
  }, []);
  const fieldOf = (f: string) =>
    ({ driverId: 'changeDriver', vehicleId: 'changeVehicle', startsAt: 'changeStart', endsAt: 'changeEnd' })[
      f.replace(/^body\./, '')
    ] ?? null;
  const save = async () => {
    setBusy(true);
    try {
      const endDay = endTime <= startTime ? addDays(day, 1) : day;
      await call(
        client.POST('/fleet/shifts/{id}/change', {
          params: { path: { id: props.shift.id } },
          body: {
            version: props.shift.version,
            vehicleId,
            driverId,
            startsAt: kzInstant(day, startTime),
            endsAt: kzInstant(endDay, endTime),
          },
        }),
      );
      props.onDone(
        t('fleet.shiftChanged', {
          what: props.what,
          now: `${startTime}–${endTime}, ${props.vehicles.find((v) => v.id === vehicleId)?.plate ?? ''}, ${
            props.drivers.find((d) => d.id === driverId)?.fullName ?? ''
          }`,
        }),
      );
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const fields: FieldErrors = {};
      const rest: string[] = [];
      for (const f of e.fields) {
        const at = fieldOf(f.field ?? '');
        if (at) fields[at] = f.message;
        else rest.push(f.message);
      }
      setErrors(fields);
      setGeneral(rest.length ? rest.join(' ') : Object.keys(fields).length ? null : e.message);
      const first = ['changeStart', 'changeEnd', 'changeVehicle', 'changeDriver'].find((f) => fields[f]);
      if (first) focusField(first);
      else requestAnimationFrame(() => document.getElementById('change-shift-error')?.focus());
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="change-shift-title" data-testid="change-shift">
      <h3 id="change-shift-title" className="h3">
        {t('fleet.changeShiftTitle', { what: props.what })}
      </h3>
      <p className="hint">{t('fleet.changeShiftHint')}</p>
      {general && (
        <p className="notice notice-error" id="change-shift-error" tabIndex={-1} role="alert">
          {general}
        </p>
      )}
      <div className="row">
        <TimeField
          id="field-changeStart"
          label={t('fleet.startTime')}
          value={startTime}
          onChange={setStartTime}
          isRequired
          error={errors.changeStart}
        />
        <TimeField
          id="field-changeEnd"
          label={t('fleet.endTime')}
          value={endTime}
          onChange={setEndTime}
          isRequired
          error={errors.changeEnd}
        />
      </div>
      <PickField
        id="changeVehicle"
        label={t('fleet.vehicle')}
        value={vehicleId}
        onChange={setVehicleId}
        options={props.vehicles.map((v) => ({ id: v.id, text: v.plate }))}
        error={errors.changeVehicle}
      />
      <PickField
        id="changeDriver"
        label={t('fleet.driver')}
        value={driverId}
        onChange={setDriverId}
        options={props.drivers.map((d) => ({ id: d.id, text: d.fullName }))}
        error={errors.changeDriver}
      />
      <div className="button-row">
        <Button className="btn btn-primary" isDisabled={busy} onPress={() => void save()}>
          {t('fleet.saveChangedShift')}
        </Button>
        <Button className="btn" onPress={props.onClose}>
          {t('common.back')}
        </Button>
      </div>
    </section>
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

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const SHIFT_FIELDS: Record<string, string> = {
  vehicleId: 'vehicleId',
  driverId: 'driverId',
  from: 'from',
  to: 'to',
  weekdays: 'weekdays',
  startTime: 'startTime',
  endTime: 'endTime',
  start: 'depot',
  end: 'depot',
  startKato: 'depot',
};

/**
 * Shifts on the rota: the same vehicle, driver and hours on the chosen weekdays from one date to
 * another (one day: from = to; several weeks: a repeating pattern, at most eight). The API adds
 * them all or none; an expired licence or an overlap is told at its field.
 */
function AddShifts(props: {
  days: string[];
  vehicles: Vehicle[];
  drivers: Driver[];
  onDone: (text: string) => void;
  /** The provider's region: the depot is searched among its streets. */
  region: string | null;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [weekdays, setWeekdays] = useState<number[]>([1, 2, 3, 4, 5]);
  const [from, setFrom] = useState(props.days[0]!);
  const [to, setTo] = useState(props.days[6]!);
  const [startTime, setStartTime] = useState('07:00');
  const [endTime, setEndTime] = useState('19:00');
  const active = props.vehicles.filter((v) => v.status === 'ACTIVE');
  const activeDrivers = props.drivers.filter((d) => d.status === 'ACTIVE');
  const [vehicleId, setVehicleId] = useState('');
  const [driverId, setDriverId] = useState('');
  const [depot, setDepot] = useState<Place | null>(null);
  const form = useFormErrors((f) => SHIFT_FIELDS[f.split(/[.[]/)[0]!] ?? null);
  const labels: Record<string, string> = {
    weekdays: t('fleet.weekdays'),
    from: t('fleet.from'),
    to: t('fleet.until'),
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
  const submit = () => {
    const missing: FieldErrors = {};
    if (weekdays.length === 0) missing.weekdays = t('fleet.chooseDay');
    if (!from) missing.from = t('fleet.chooseDate');
    if (!to) missing.to = t('fleet.chooseDate');
    if (!vehicleId) missing.vehicleId = t('fleet.chooseVehicle');
    if (!driverId) missing.driverId = t('fleet.chooseDriver');
    if (!depot) missing.depot = t('fleet.chooseDepot');
    if (Object.keys(missing).length > 0) return form.refuse(missing);
    return form.run(async () => {
      const r = await call(
        client.POST('/fleet/shifts/pattern', {
          body: {
            vehicleId,
            driverId,
            from,
            to,
            weekdays,
            startTime,
            endTime,
            start: { lat: depot!.lat, lon: depot!.lon },
            end: { lat: depot!.lat, lon: depot!.lon },
            startKato: depot!.kato,
          },
        }),
      );
      setOpen(false);
      props.onDone(t('fleet.shiftsAdded', { count: r.shifts.length }));
    });
  };
  return (
    <FormCard
      id="add-shift"
      title={t('fleet.addShift')}
      errors={form.errors}
      general={form.general}
      labels={labels}
      busy={form.busy}
      submitLabel={t('fleet.saveShift')}
      onSubmit={() => void submit()}
      onBack={() => setOpen(false)}
    >
      <p className="hint">{t('fleet.patternHint')}</p>
      <div className="grid-2">
        <DateField
          id="field-from"
          label={labels.from}
          value={from}
          onChange={setFrom}
          error={form.errors.from}
        />
        <DateField id="field-to" label={labels.to} value={to} onChange={setTo} error={form.errors.to} />
      </div>
      <fieldset
        className="field"
        id="field-weekdays"
        aria-describedby={form.errors.weekdays ? 'weekdays-error' : undefined}
      >
        <legend>{labels.weekdays}</legend>
        {WEEKDAYS.map((d) => (
          <Checkbox
            key={d}
            className="checkbox"
            isSelected={weekdays.includes(d)}
            onChange={(on) => setWeekdays(on ? [...weekdays, d].sort() : weekdays.filter((x) => x !== d))}
          >
            <span className="box" aria-hidden="true" />
            {t(`fleet.weekday.${d}`)}
          </Checkbox>
        ))}
        {form.errors.weekdays && (
          <p id="weekdays-error" className="field-error">
            {form.errors.weekdays}
          </p>
        )}
      </fieldset>
      <div className="grid-2">
        <TimeField
          id="field-startTime"
          label={labels.startTime}
          value={startTime}
          onChange={setStartTime}
          error={form.errors.startTime}
        />
        <TimeField
          id="field-endTime"
          label={labels.endTime}
          hint={t('fleet.nightHint')}
          value={endTime}
          onChange={setEndTime}
          error={form.errors.endTime}
        />
        <NativeSelect
          name="vehicleId"
          label={labels.vehicleId!}
          value={vehicleId}
          onChange={setVehicleId}
          error={form.errors.vehicleId}
          options={active.map((v) => ({
            value: v.id,
            text: `${v.plate} · ${t('fleet.layout', { seats: v.seats, wheelchairs: v.wheelchairPlaces })}`,
          }))}
        />
        <NativeSelect
          name="driverId"
          label={labels.driverId!}
          value={driverId}
          onChange={setDriverId}
          error={form.errors.driverId}
          options={activeDrivers.map((d) => ({
            value: d.id,
            text: d.licence === 'EXPIRED' ? `${d.fullName} · ${t('fleet.licenceExpiredShort')}` : d.fullName,
          }))}
        />
      </div>
      <PlacePicker
        name="depot"
        label={labels.depot!}
        value={depot}
        onChange={setDepot}
        saved={[]}
        riderId={null}
        error={form.errors.depot}
        region={props.region && regionOf(props.region)}
      />
    </FormCard>
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

/** A native select with its label and its error (the shift change form's vehicle and driver). */
function PickField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { id: string; text: string }[];
  error: string | undefined;
}) {
  const { id, error } = props;
  return (
    <div className="field">
      <label htmlFor={`field-${id}`}>{props.label}</label>
      <select
        id={`field-${id}`}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {props.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.text}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
