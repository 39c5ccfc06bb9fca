import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import type { Session } from '../../auth';
import { ApiError, call, client, download, type Schema } from '../../api/client';
import { Announcer, LoadError, Loading, PageTitle, TableRegion, useLoad, useLoadFor } from '../../components';
import { BarChart } from '../../BarChart';
import { DateField, TimeField } from '../../DateTimeFields';
import { FormCard, FormField, useFormErrors } from '../../form';
import { fmtDate, fmtDateTime, fmtFigure, fmtMinutes, fmtNumber, kzToday } from '../../format';
import {
  KATO_SEED,
  LANGUAGES,
  baselineFirst,
  fleetChangeText,
  rideLimitText,
  rulesApplied,
  whatIfBaseline,
  whatIfRefusalLabel,
  type Language,
} from '@invataxi/domain';

type Scenario = Schema<'WhatIfScenarioView'>;
type Result = NonNullable<Scenario['result']>;
type Kind = 'WHEELCHAIR_VAN' | 'CAR';

interface FleetRow {
  kind: Kind;
  count: string;
  shiftStart: string;
  shiftEnd: string;
}

const pct = (x: number | null | undefined): string =>
  x === null || x === undefined ? '—' : `${fmtNumber(x * 100, 1)} %`;
const OPEN = new Set(['QUEUED', 'RUNNING']);

/**
 * Plan before you procure (issue 25): the officer describes a scenario in plain words (which
 * days' requests, how many more, vehicles added or taken away, the service's rules), the
 * dispatcher replays it on a copy, and two scenarios are read side by side (charts, each with
 * its table, and one table of every figure), or downloaded as a workbook. The ministry reads.
 */
export function WhatIfPage({ session }: { session: Session }) {
  const { t } = useTranslation();
  const isOfficer = session.principal.role === 'LEB_OFFICER';
  const [reload, setReload] = useState(0);
  // What was said, as its words' key: told again in the reader's language when it changes (walk t25).
  const [said, setSaid] = useState<{ key: string; name: string } | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const list = useLoad(
    (signal) => call(client.GET('/whatif/scenarios', { params: { query: {} }, signal })),
    [reload],
  );
  const running = (list.data ?? []).some((s) => OPEN.has(s.status));
  // While one runs, its progress is read again every two seconds.
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(() => setReload((n) => n + 1), 2000);
    return () => clearTimeout(timer);
  }, [running, list.data]);
  // A scenario that finished is announced once.
  const [seenDone, setSeenDone] = useState<Set<string> | null>(null);
  useEffect(() => {
    if (!list.data) return;
    const done = new Set(list.data.filter((s) => s.status === 'DONE').map((s) => s.id));
    if (seenDone) {
      const fresh = list.data.find((s) => s.status === 'DONE' && !seenDone.has(s.id));
      if (fresh) setSaid({ key: 'whatif.finished', name: fresh.name });
    }
    setSeenDone(done);
  }, [list.data]);

  const toggle = (id: string) =>
    setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id].slice(-2)));

  return (
    <section>
      <PageTitle>{t('whatif.title')}</PageTitle>
      <p>{t('whatif.intro')}</p>
      {!isOfficer && <p data-testid="whatif-read-only">{t('whatif.readOnly')}</p>}
      <Announcer text={said ? t(said.key, { name: said.name }) : ''} />
      {isOfficer && (
        <section aria-labelledby="whatif-new-title">
          <h2 id="whatif-new-title">{t('whatif.newTitle')}</h2>
          <NewScenario
            regionKato={session.principal.regionKato ?? null}
            onCreated={(s) => {
              setSaid({ key: 'whatif.started', name: s.name });
              setReload((n) => n + 1);
            }}
          />
        </section>
      )}
      <section>
        <h2 id="whatif-list-title" tabIndex={-1}>
          {t('whatif.listTitle')}
        </h2>
        {list.error && <LoadError error={list.error} />}
        {!list.data && list.loading && <Loading />}
        {list.data && list.data.length === 0 && <p>{t('whatif.none')}</p>}
        {list.data && list.data.length > 0 && (
          <>
            <p id="whatif-choose-hint">{t('whatif.chooseHint')}</p>
            <TableRegion labelledBy="whatif-list-title">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('whatif.compare')}</th>
                    <th scope="col">{t('whatif.name')}</th>
                    {!isOfficer && <th scope="col">{t('whatif.region')}</th>}
                    <th scope="col">{t('whatif.period')}</th>
                    <th scope="col">{t('whatif.state')}</th>
                    <th scope="col">{t('whatif.created')}</th>
                    {isOfficer && <th scope="col">{t('whatif.actions')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {list.data.map((s) => (
                    <ScenarioRow
                      key={s.id}
                      s={s}
                      chosen={chosen.includes(s.id)}
                      onToggle={() => toggle(s.id)}
                      canRerun={isOfficer}
                      showRegion={!isOfficer}
                      onRerun={() => setReload((n) => n + 1)}
                      onDeleted={() => {
                        setSaid({ key: 'whatif.deleted', name: s.name });
                        setChosen((c) => c.filter((x) => x !== s.id));
                        setReload((n) => n + 1);
                        document.getElementById('whatif-list-title')?.focus();
                      }}
                    />
                  ))}
                </tbody>
              </table>
            </TableRegion>
          </>
        )}
      </section>
      {chosen.length > 0 && (
        <Comparison
          ids={chosen}
          version={(list.data ?? [])
            .filter((s) => chosen.includes(s.id))
            .map((s) => s.status)
            .join()}
        />
      )}
    </section>
  );
}

function ScenarioRow(props: {
  s: Scenario;
  chosen: boolean;
  onToggle: () => void;
  canRerun: boolean;
  showRegion: boolean;
  onRerun: () => void;
  onDeleted: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { s } = props;
  const [error, setError] = useState<string | null>(null);
  // Deleting asks first, in the row; "Keep it" takes focus back to the delete button.
  const [confirming, setConfirming] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const remove = async () => {
    setDeleteError(null);
    try {
      await call(client.DELETE('/whatif/scenarios/{id}', { params: { path: { id: s.id } } }));
      props.onDeleted();
    } catch (e) {
      setConfirming(false);
      setDeleteError(e instanceof ApiError ? e.message : String(e));
    }
  };
  const keep = () => {
    setConfirming(false);
    setTimeout(() => deleteButton.current?.focus(), 0);
  };
  const rerun = async () => {
    setError(null);
    try {
      await call(client.POST('/whatif/scenarios/{id}/run', { params: { path: { id: s.id } } }));
      props.onRerun();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  const checkId = `whatif-pick-${s.id}`;
  return (
    <tr>
      <td>
        <input
          type="checkbox"
          id={checkId}
          checked={props.chosen}
          disabled={s.status !== 'DONE'}
          onChange={props.onToggle}
          aria-describedby="whatif-choose-hint"
        />
        <label htmlFor={checkId} className="visually-hidden">
          {t('whatif.compareThis', { name: s.name })}
        </label>
      </td>
      <th scope="row">{s.name}</th>
      {props.showRegion && <td>{regionName(s.regionKato, i18n.language)}</td>}
      <td>
        {fmtDate(s.params.demand.from)} – {fmtDate(s.params.demand.to)}
      </td>
      <td>
        {OPEN.has(s.status) ? (
          <span className="plan-progress">
            <label htmlFor={`whatif-progress-${s.id}`}>
              {t(s.status === 'QUEUED' ? 'whatif.status.QUEUED' : 'whatif.status.RUNNING')}
            </label>{' '}
            <progress id={`whatif-progress-${s.id}`} max={100} value={s.progress}>
              {fmtNumber(s.progress)} %
            </progress>{' '}
            <span>{fmtNumber(s.progress)} %</span>
          </span>
        ) : s.status === 'FAILED' ? (
          <>
            <span>
              <span aria-hidden="true">⚠ </span>
              {t('whatif.status.FAILED')}
            </span>
            {props.canRerun && (
              <Button
                className="btn btn-small"
                onPress={() => void rerun()}
                aria-label={t('whatif.rerunThis', { name: s.name })}
              >
                {t('whatif.rerun')}
              </Button>
            )}
            {error && (
              <p className="field-error" role="alert">
                {error}
              </p>
            )}
          </>
        ) : (
          <span>
            <span aria-hidden="true">✓ </span>
            {t('whatif.status.DONE')}
          </span>
        )}
      </td>
      <td>{fmtDateTime(s.createdAt)}</td>
      {props.canRerun && (
        <td>
          {OPEN.has(s.status) ? (
            <span className="hint">{t('whatif.deleteLater')}</span>
          ) : confirming ? (
            <span role="group" aria-labelledby={`whatif-delete-${s.id}`}>
              <span id={`whatif-delete-${s.id}`}>{t('whatif.deleteConfirm', { name: s.name })}</span>{' '}
              <Button className="btn btn-small" autoFocus onPress={() => void remove()}>
                {t('whatif.deleteYes')}
              </Button>{' '}
              <Button className="btn btn-small" onPress={keep}>
                {t('whatif.deleteNo')}
              </Button>
            </span>
          ) : (
            <Button
              ref={deleteButton}
              className="btn btn-small"
              onPress={() => setConfirming(true)}
              aria-label={t('whatif.deleteThis', { name: s.name })}
            >
              {t('whatif.delete')}
            </Button>
          )}
          {deleteError && (
            <p className="field-error" role="alert">
              {deleteError}
            </p>
          )}
        </td>
      )}
    </tr>
  );
}

/** The officer's new scenario, in words: which demand, which fleet, which rules. */
function NewScenario({
  regionKato,
  onCreated,
}: {
  regionKato: string | null;
  onCreated: (s: Scenario) => void;
}) {
  const { t } = useTranslation();
  // The rules in force, beside the fields that change them (an empty field keeps them).
  const inForce = useLoadFor(regionKato, (kato, signal) =>
    call(client.GET('/regions/{kato}/policies/in-force', { params: { path: { kato } }, signal })),
  );
  const [name, setName] = useState('');
  const [from, setFrom] = useState(kzToday(-30));
  const [to, setTo] = useState(kzToday(-1));
  const [growth, setGrowth] = useState('1');
  const [fleet, setFleet] = useState<FleetRow[]>([]);
  const [hoursFrom, setHoursFrom] = useState('');
  const [hoursTo, setHoursTo] = useState('');
  const [lead, setLead] = useState('');
  const [windowWidth, setWindowWidth] = useState('');
  const [rideFactor, setRideFactor] = useState('');
  // An added vehicle works the service's hours (walk t25 m9: 07:00-19:00 left the evening to
  // 21:00 without it): the scenario's hours when both are given, else those in force.
  const defaultShift = (): { shiftStart: string; shiftEnd: string } => {
    const hours =
      hoursFrom && hoursTo
        ? { from: hoursFrom, to: hoursTo }
        : inForce.data
          ? rulesApplied(inForce.data.rules).serviceHours
          : null;
    return hours
      ? { shiftStart: hours.from, shiftEnd: hours.to }
      : { shiftStart: '07:00', shiftEnd: '19:00' };
  };
  // The API's paths (demand.to, fleet[1].count, policy.serviceHours.to) are the form's own names.
  const fieldName = (f: string) => f.replace(/[.[\]]+/g, '-').replace(/-$/, '');
  const { errors, general, busy, run } = useFormErrors(fieldName);
  const labels: Record<string, string> = {
    name: t('whatif.name'),
    'demand-from': t('whatif.from'),
    'demand-to': t('whatif.to'),
    'demand-growth': t('whatif.growth'),
    'policy-serviceHours-from': t('whatif.hoursFrom'),
    'policy-serviceHours-to': t('whatif.hoursTo'),
    'policy-minLeadMinutes': t('whatif.lead'),
    'policy-windowMinutes': t('whatif.window'),
    'policy-rideTimeFactor': t('whatif.rideFactor'),
  };
  fleet.forEach((_, i) => {
    labels[`fleet-${i}-kind`] = `${t('whatif.change', { n: i + 1 })}: ${t('whatif.kind')}`;
    labels[`fleet-${i}-count`] = `${t('whatif.change', { n: i + 1 })}: ${t('whatif.count')}`;
    labels[`fleet-${i}-shiftStart`] = `${t('whatif.change', { n: i + 1 })}: ${t('whatif.shiftStart')}`;
    labels[`fleet-${i}-shiftEnd`] = `${t('whatif.change', { n: i + 1 })}: ${t('whatif.shiftEnd')}`;
  });
  // Not a number ("abc"): sent as typed, so the API refuses it at its field (never dropped as "as now").
  const num = (s: string): number | null => {
    if (s.trim() === '') return null;
    const v = Number(s.replace(',', '.'));
    return Number.isFinite(v) ? v : (s as unknown as number);
  };
  // After adding a change, focus goes to its first field; after removing one, to the add button.
  const [focusTo, setFocusTo] = useState<string | null>(null);
  useEffect(() => {
    if (!focusTo) return;
    document.getElementById(focusTo)?.focus();
    setFocusTo(null);
  }, [focusTo, fleet.length]);
  const setRow = (i: number, row: Partial<FleetRow>) =>
    setFleet((f) => f.map((r, j) => (j === i ? { ...r, ...row } : r)));

  const submit = () =>
    void run(async () => {
      const created = await call(
        client.POST('/whatif/scenarios', {
          body: {
            name,
            demand: { from, to, growth: num(growth) ?? Number.NaN },
            fleet: fleet.map((r) => ({
              kind: r.kind,
              count: num(r.count) ?? 0,
              shiftStart: r.shiftStart,
              shiftEnd: r.shiftEnd,
            })),
            policy: {
              serviceHours: hoursFrom || hoursTo ? { from: hoursFrom, to: hoursTo } : null,
              minLeadMinutes: num(lead),
              windowMinutes: num(windowWidth),
              rideTimeFactor: num(rideFactor),
            },
          },
        }),
      );
      setName('');
      onCreated(created);
    });

  return (
    <FormCard
      id="whatif-new"
      title={t('whatif.newForm')}
      errors={errors}
      general={general}
      labels={labels}
      busy={busy}
      submitLabel={t('whatif.run')}
      onSubmit={submit}
    >
      <FormField
        name="name"
        label={t('whatif.name')}
        value={name}
        onChange={setName}
        error={errors.name}
        hint={t('whatif.nameHint')}
        required
      />
      <fieldset>
        <legend>{t('whatif.demandTitle')}</legend>
        <p className="hint">{t('whatif.demandHint')}</p>
        <div className="toolbar">
          <DateField
            id="field-demand-from"
            className="field-short"
            label={t('whatif.from')}
            value={from}
            onChange={setFrom}
            error={errors['demand-from']}
            isRequired
          />
          <DateField
            id="field-demand-to"
            className="field-short"
            label={t('whatif.to')}
            value={to}
            onChange={setTo}
            error={errors['demand-to']}
            isRequired
          />
        </div>
        <FormField
          name="demand-growth"
          short
          inputMode="text"
          label={t('whatif.growth')}
          value={growth}
          onChange={setGrowth}
          error={errors['demand-growth']}
          hint={t('whatif.growthHint')}
          required
        />
      </fieldset>
      <fieldset>
        <legend>{t('whatif.fleetTitle')}</legend>
        <p className="hint">{t('whatif.fleetHint')}</p>
        {fleet.map((r, i) => (
          <fieldset key={i} className="card">
            <legend>{t('whatif.change', { n: i + 1 })}</legend>
            <div className="toolbar">
              <div className="field">
                <label htmlFor={`field-fleet-${i}-kind`}>{t('whatif.kind')}</label>
                <select
                  id={`field-fleet-${i}-kind`}
                  value={r.kind}
                  onChange={(e) => setRow(i, { kind: e.target.value as Kind })}
                  aria-invalid={errors[`fleet-${i}-kind`] ? true : undefined}
                >
                  <option value="WHEELCHAIR_VAN">{t('whatif.kinds.WHEELCHAIR_VAN')}</option>
                  <option value="CAR">{t('whatif.kinds.CAR')}</option>
                </select>
                {errors[`fleet-${i}-kind`] && <p className="field-error">{errors[`fleet-${i}-kind`]}</p>}
              </div>
              <FormField
                name={`fleet-${i}-count`}
                short
                label={t('whatif.count')}
                value={r.count}
                onChange={(v) => setRow(i, { count: v })}
                error={errors[`fleet-${i}-count`]}
                hint={t('whatif.countHint')}
                required
              />
              <TimeField
                id={`field-fleet-${i}-shiftStart`}
                className="field-short"
                label={t('whatif.shiftStart')}
                value={r.shiftStart}
                onChange={(v) => setRow(i, { shiftStart: v })}
                error={errors[`fleet-${i}-shiftStart`]}
              />
              <TimeField
                id={`field-fleet-${i}-shiftEnd`}
                className="field-short"
                label={t('whatif.shiftEnd')}
                value={r.shiftEnd}
                onChange={(v) => setRow(i, { shiftEnd: v })}
                error={errors[`fleet-${i}-shiftEnd`]}
              />
            </div>
            <Button
              className="btn btn-small"
              onPress={() => {
                setFleet((f) => f.filter((_, j) => j !== i));
                setFocusTo('whatif-add-change');
              }}
            >
              {t('whatif.removeChange', { n: i + 1 })}
            </Button>
          </fieldset>
        ))}
        {fleet.length < 10 && (
          <Button
            id="whatif-add-change"
            className="btn"
            onPress={() => {
              setFleet((f) => [...f, { kind: 'WHEELCHAIR_VAN', count: '1', ...defaultShift() }]);
              setFocusTo(`field-fleet-${fleet.length}-kind`);
            }}
          >
            {t('whatif.addChange')}
          </Button>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('whatif.policyTitle')}</legend>
        <p className="hint">{t('whatif.policyHint')}</p>
        {inForce.data && (
          <p className="hint" data-testid="whatif-in-force">
            {t('whatif.inForce', { rules: policyWords(t, rulesApplied(inForce.data.rules)) })}
          </p>
        )}
        <div className="toolbar">
          <TimeField
            id="field-policy-serviceHours-from"
            className="field-short"
            label={t('whatif.hoursFrom')}
            value={hoursFrom}
            onChange={setHoursFrom}
            error={errors['policy-serviceHours-from']}
          />
          <TimeField
            id="field-policy-serviceHours-to"
            className="field-short"
            label={t('whatif.hoursTo')}
            value={hoursTo}
            onChange={setHoursTo}
            error={errors['policy-serviceHours-to']}
          />
        </div>
        <FormField
          name="policy-minLeadMinutes"
          short
          label={t('whatif.lead')}
          value={lead}
          onChange={setLead}
          error={errors['policy-minLeadMinutes']}
          hint={t('whatif.leadHint')}
        />
        <FormField
          name="policy-windowMinutes"
          short
          label={t('whatif.window')}
          value={windowWidth}
          onChange={setWindowWidth}
          error={errors['policy-windowMinutes']}
          hint={t('whatif.windowHint')}
        />
        <FormField
          name="policy-rideTimeFactor"
          short
          inputMode="text"
          label={t('whatif.rideFactor')}
          value={rideFactor}
          onChange={setRideFactor}
          error={errors['policy-rideTimeFactor']}
          hint={t('whatif.rideFactorHint')}
        />
      </fieldset>
    </FormCard>
  );
}

interface Figure {
  key: string;
  value: (r: Result) => number | null;
  show: (x: number | null) => string;
}

/** The two (or one) chosen scenarios side by side: charts, each with its table, one table of all, the workbook. */
function Comparison({ ids, version }: { ids: string[]; version: string }) {
  const { t, i18n } = useTranslation();
  const data = useLoad(
    (signal) =>
      Promise.all(
        ids.map((id) => call(client.GET('/whatif/scenarios/{id}', { params: { path: { id } }, signal }))),
      ),
    [ids.join(), version],
  );
  const [fileError, setFileError] = useState<string | null>(null);
  // The baseline's column first, whatever order they were ticked in (walk t25 m8).
  const scenarios = baselineFirst((data.data ?? []).filter((s) => s.result));
  // The one the other is read against (walk h4): marked in the table's head, the charts and the workbook.
  const baseline = whatIfBaseline(scenarios);
  const scenarioLabel = (s: Scenario, i: number): string =>
    i === baseline ? `${s.name} (${t('whatif.baseline')})` : s.name;
  if (data.error) return <LoadError error={data.error} />;
  if (!data.data) return <Loading />;
  const n = (x: number | null, d = 0) => fmtFigure(x, d);
  const figures: Figure[] = [
    { key: 'requests', value: (r) => r.requests, show: (x) => n(x) },
    { key: 'servedShare', value: (r) => r.servedShare, show: pct },
    { key: 'scheduled', value: (r) => r.figures.trips.scheduled, show: (x) => n(x) },
    { key: 'servedByReplan', value: (r) => r.servedByReplan, show: (x) => n(x) },
    { key: 'refused', value: (r) => r.figures.trips.refused, show: (x) => n(x) },
    { key: 'waitlisted', value: (r) => r.figures.trips.waitlistedUntilExpiry, show: (x) => n(x) },
    { key: 'expectedOnTime', value: (r) => r.expectedOnTimeShare ?? null, show: pct },
    { key: 'onTime', value: (r) => r.figures.onTime.onTimeShare, show: pct },
    { key: 'meanRide', value: (r) => r.figures.rideTime.meanMinutes, show: (x) => n(x, 1) },
    { key: 'p95Ride', value: (r) => r.figures.rideTime.p95Minutes, show: (x) => n(x, 1) },
    { key: 'meanRatio', value: (r) => r.figures.rideTime.meanRatio, show: (x) => n(x, 2) },
    { key: 'p95Ratio', value: (r) => r.figures.rideTime.p95Ratio, show: (x) => n(x, 2) },
    { key: 'overLimit', value: (r) => r.figures.rideTime.overLimitShare, show: pct },
    { key: 'vehicles', value: (r) => r.fleet.vehicles, show: (x) => n(x) },
    { key: 'vans', value: (r) => r.fleet.wheelchairVans, show: (x) => n(x) },
    { key: 'vehicleHours', value: (r) => r.figures.productivity.serviceHours, show: (x) => n(x, 1) },
    // The count the next row divides by (walk t25 minor 2): riders and companions, as the reports.
    { key: 'passengerTrips', value: (r) => r.figures.productivity.passengerTrips, show: (x) => n(x) },
    {
      key: 'tripsPerHour',
      value: (r) => r.figures.productivity.passengerTripsPerServiceHour,
      show: (x) => n(x, 2),
    },
    { key: 'vehicleKm', value: (r) => r.figures.productivity.vehicleKm, show: (x) => n(x, 1) },
    { key: 'cost', value: (r) => r.figures.cost.costTenge, show: (x) => `${n(x)} ₸` },
    { key: 'costPerTrip', value: (r) => r.figures.cost.perTripTenge, show: (x) => `${n(x)} ₸` },
  ];
  const figure = (key: string): Figure => figures.find((f) => f.key === key)!;
  // Each chart: the figures it shows, a bar for each scenario and figure, valued as the table.
  const charts: { key: string; figures: string[] }[] = [
    { key: 'served', figures: ['servedShare'] },
    { key: 'unserved', figures: ['refused', 'waitlisted'] },
    { key: 'onTime', figures: ['expectedOnTime'] },
    { key: 'ride', figures: ['meanRide', 'p95Ride'] },
    { key: 'hours', figures: ['vehicleHours'] },
    { key: 'tripsPerHour', figures: ['tripsPerHour'] },
    { key: 'cost', figures: ['cost'] },
  ];
  // One row of the table: a label, then each scenario's cell.
  const row = (key: string, label: ReactNode, cell: (s: Scenario) => ReactNode) => (
    <tr key={key}>
      <th scope="row">{label}</th>
      {scenarios.map((s) => (
        <td key={s.id}>{cell(s)}</td>
      ))}
    </tr>
  );
  const reasons = [
    ...new Set(scenarios.flatMap((s) => s.result!.figures.trips.refusedByReason.map((r) => r.reason))),
  ].sort();
  const exportFile = async () => {
    setFileError(null);
    try {
      await download(
        `/whatif/scenarios/export?ids=${scenarios.map((s) => s.id).join(',')}`,
        fileNameOf(
          t('whatif.fileName', { names: scenarios.map((s) => s.name).join(' + '), date: kzToday() }),
        ),
      );
    } catch (e) {
      setFileError(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <section aria-labelledby="whatif-compare-title">
      <h2 id="whatif-compare-title">{t('whatif.compareTitle')}</h2>
      {scenarios.length === 0 ? (
        <p>{t('whatif.notYet')}</p>
      ) : (
        <>
          <div className="button-row">
            <Button className="btn" onPress={() => void exportFile()}>
              {t('whatif.xlsx')}
            </Button>
          </div>
          {fileError && (
            <p className="field-error" role="alert">
              {fileError}
            </p>
          )}
          <TableRegion labelledBy="whatif-table-title">
            <table className="table">
              <caption id="whatif-table-title">{t('whatif.tableTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('whatif.figure')}</th>
                  {scenarios.map((s, i) => (
                    <th scope="col" key={s.id} data-testid={i === baseline ? 'whatif-baseline' : undefined}>
                      {s.name}
                      {i === baseline && (
                        <>
                          {' '}
                          <span className="tag">{t('whatif.baseline')}</span>
                        </>
                      )}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {row('period', t('whatif.period'), (s) => (
                  <>
                    {fmtDate(s.params.demand.from)} – {fmtDate(s.params.demand.to)}, ×
                    {fmtNumber(s.params.demand.growth, 2)}
                    {s.result?.recorded && (
                      <>
                        <br />
                        {t('whatif.recordedOn', {
                          requests: n(s.result.recorded.requests),
                          withData: n(s.result.recorded.daysWithRequests),
                          days: n(s.result.recorded.days),
                        })}{' '}
                        {(s.result.recorded.refused ?? 0) > 0 &&
                          `${t('whatif.refusedThen', {
                            refused: n(s.result.recorded.refused ?? 0),
                            replayed: n(s.result.recorded.replayed ?? 0),
                          })} `}
                        {s.params.demand.growth !== 1 &&
                          t('whatif.grown', {
                            growth: fmtNumber(s.params.demand.growth, 2),
                            total: n(s.result.requests),
                          })}
                      </>
                    )}
                  </>
                ))}
                {row('fleet', t('whatif.fleetAsked'), (s) => (
                  <>
                    {s.params.fleet.length === 0
                      ? t('whatif.asNow')
                      : s.params.fleet.map((f) => fleetChangeText(f, asLanguage(i18n.language))).join('; ')}
                    {/* Hours the scenario sets are the hours bought (walk t25 minor 1). */}
                    {s.result?.shiftsCut && s.params.policy.serviceHours && (
                      <>
                        <br />
                        {t('whatif.shiftsCut', {
                          from: s.params.policy.serviceHours.from,
                          to: s.params.policy.serviceHours.to,
                          before: n(s.result.shiftsCut.vehicleHoursBefore, 1),
                          dropped: n(s.result.shiftsCut.shiftsDropped),
                        })}
                      </>
                    )}
                  </>
                ))}
                {row('policy', t('whatif.policyTitle'), (s) =>
                  policyWords(t, s.result?.rules ?? s.params.policy),
                )}
                {figures.map((f) => row(f.key, t(`whatif.fig.${f.key}`), (s) => f.show(f.value(s.result!))))}
                {reasons.map((reason) =>
                  row(
                    reason,
                    t('whatif.refusedFor', {
                      reason:
                        whatIfRefusalLabel(
                          scenarios.map((s) => s.result),
                          reason,
                          asLanguage(i18n.language),
                        ) ?? t('common.otherReason'),
                    }),
                    (s) =>
                      n(s.result!.figures.trips.refusedByReason.find((r) => r.reason === reason)?.count ?? 0),
                  ),
                )}
              </tbody>
            </table>
          </TableRegion>
          <p className="hint">
            {scenarios.some((s) => (s.result!.observedDelays ?? 0) > 0)
              ? t('whatif.expectedOnTimeDef', {
                  rides: [...new Set(scenarios.map((s) => n(s.result!.observedDelays ?? 0)))].join(' / '),
                })
              : t('whatif.expectedOnTimeNone')}
          </p>
          {reasons.length > 0 && <p className="hint">{t('whatif.reasonsOnce')}</p>}
          <p className="hint" data-testid="whatif-ride-time">
            {t('whatif.rideTimeDef')}
          </p>
          {scenarios.some((s) => s.result!.rules) && (
            <p className="hint" data-testid="whatif-ride-limit">
              {t('whatif.rideLimitDef', {
                limits: [
                  ...new Set(
                    scenarios.flatMap((s) => {
                      const r = s.result!.rules;
                      return r
                        ? [rideLimitText(r.rideTimeFactor, r.ridePlusMinutes, asLanguage(i18n.language))]
                        : [];
                    }),
                  ),
                ].join(' / '),
              })}
            </p>
          )}
          <div className="charts">
            {charts.map((c) => (
              <BarChart
                key={c.key}
                // Scenarios side by side: their sum is no figure (walk t25: "Total 2" of shares).
                additive={false}
                title={t(`whatif.chart.${c.key}`)}
                bars={scenarios.flatMap((s) =>
                  c.figures.map((key) => ({
                    label: `${scenarioLabel(s, scenarios.indexOf(s))}${c.figures.length > 1 ? `: ${t(`whatif.fig.${key}`)}` : ''}`,
                    value: figure(key).value(s.result!) ?? 0,
                  })),
                )}
                show={figure(c.figures[0]!).show}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}

/** A region by its name in the reader's language (the code when the classifier has none). */
function regionName(kato: string, lang: string): string {
  return KATO_SEED.find((k) => k.code === kato && k.parentCode === null)?.name[asLanguage(lang)] ?? kato;
}

const asLanguage = (lang: string): Language =>
  (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : 'kk';

/** A file name from words: no characters a file system refuses, not overly long. */
function fileNameOf(words: string): string {
  const name = words
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  return `${name.length > 150 ? `${name.slice(0, 149)}…` : name}.xlsx`;
}

function policyWords(
  t: (k: string, o?: Record<string, unknown>) => string,
  p: Scenario['params']['policy'] & { ridePlusMinutes?: number },
): string {
  const parts = [
    p.serviceHours ? t('whatif.pHours', { from: p.serviceHours.from, to: p.serviceHours.to }) : null,
    p.minLeadMinutes !== null ? t('whatif.pLead', { n: fmtMinutes(p.minLeadMinutes) }) : null,
    p.windowMinutes !== null ? t('whatif.pWindow', { n: p.windowMinutes }) : null,
    p.rideTimeFactor === null
      ? null
      : p.ridePlusMinutes === undefined
        ? t('whatif.pRide', { x: fmtNumber(p.rideTimeFactor, 2) })
        : // The limit as applied (walk t25 M3): the allowance too, which lets short rides exceed the factor.
          t('whatif.pRideLimit', { x: fmtNumber(p.rideTimeFactor, 2), plus: p.ridePlusMinutes }),
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : t('whatif.asNow');
}
