import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addDaysToLocalDate,
  daysBetweenLocalDates,
  KATO_SEED,
  LANGUAGES,
  message,
  refusalTitle,
  overLimitRuleText,
  validateReportPeriod,
  type Language,
  type MessageKey,
  type MessageParams,
} from '@invataxi/domain';
import { Button } from 'react-aria-components';
import type { Session } from '../../auth';
import { ApiError, call, client, download, type Schema } from '../../api/client';
import { LoadError, Loading, TableRegion, useLoad } from '../../components';
import { BarChart } from '../../BarChart';
import { DateField } from '../../DateTimeFields';
import { fmtDate, fmtMoney, fmtMonth, fmtNumber, kzToday } from '../../format';
import { placeNameOf } from './DemandPage';

type Report = Schema<'OperationsReport'>;
type Figures = Report['summary'];

type ReportName =
  'trips' | 'onTime' | 'misses' | 'unmet' | 'productivity' | 'rideTime' | 'accessibility' | 'cost';

const pctText = (x: number | null): string => (x === null ? '—' : `${fmtNumber(x * 100, 1)} %`);
const num = (x: number | null, digits = 0): string => (x === null ? '—' : fmtNumber(x, digits));

type T = (k: string, o?: Record<string, unknown>) => string;

/** A district by its name only (the code only when no dictionary names it). */
const placeName = (t: T, kato: string, lang: string): string => placeNameOf(t, kato, lang) ?? kato;

/** The country's regions (the classifier's top level) by name in the page's language. */
const asLanguage = (lang: string): Language =>
  (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : 'kk';

function regionsByName(lang: string): { code: string; name: string }[] {
  const l = asLanguage(lang);
  return KATO_SEED.filter((k) => k.parentCode === null)
    .map((k) => ({ code: k.code, name: k.name[l] }))
    .sort((a, b) => a.name.localeCompare(b.name, l));
}

/** A region (the classifier's top level) by its name in the page's language (the code when unknown). */
const regionName = (kato: string, lang: string): string =>
  KATO_SEED.find((k) => k.code === kato && k.parentCode === null)?.name[asLanguage(lang)] ?? kato;

/**
 * A district of a report: in the country's report with its region first ("Astana, Almaty
 * district"), since a district named after a city reads as that city.
 */
const reportDistrict = (t: T, r: Report, d: Report['byDistrict'][number], lang: string): string =>
  r.regionKato
    ? placeName(t, d.districtKato, lang)
    : `${regionName(d.regionKato, lang)}, ${placeName(t, d.districtKato, lang)}`;

/** The last `n` closed months (YYYY-MM) before the month of `today` (YYYY-MM-DD), newest first. */
export function closedMonths(today: string, n: number): string[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return Array.from({ length: n }, (_, i) => {
    const k = y * 12 + (m - 1) - (i + 1);
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
}

/**
 * The operations figures (issue 22) of the reader's scope: the officer's region, the country for
 * the ministry (no person named). Each figure as a chart with its table, or as a list of values;
 * an XLSX of each report and the akimat's monthly workbook from the API.
 */
export function OperationsFigures({
  session,
  onRegion,
}: {
  session: Session;
  /** Told the region the ministry chose ('' for the country), so the page's other parts follow it. */
  onRegion?: (kato: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const isOfficer = session.principal.role === 'LEB_OFFICER';
  const [from, setFrom] = useState(kzToday(-29));
  const [to, setTo] = useState(kzToday(0));
  // The ministry chooses a region (the country when none); an officer reads their own.
  const [region, setRegion] = useState('');
  const [district, setDistrict] = useState('');
  const [provider, setProvider] = useState('');
  const [chosenMonth, setMonth] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const regionQuery = region ? { regionKato: region } : {};
  // The period's rules said at its fields before asking (walk t22 m1: a reversed or too long
  // period gave only "some fields are filled in incorrectly" and emptied the other controls).
  const periodErrors = validateReportPeriod(from, to);
  const periodOk = periodErrors.length === 0;
  // The filter lists and the months keep the last period that could be asked.
  const lastGood = useRef({ from, to });
  if (periodOk) lastGood.current = { from, to };
  const query = {
    from,
    to,
    ...regionQuery,
    ...(district ? { districtKato: district } : {}),
    ...(provider ? { providerId: provider } : {}),
  };
  const data = useLoad(
    (signal) =>
      periodOk
        ? call(client.GET('/reports/operations', { params: { query }, signal }))
        : Promise.resolve(undefined),
    [from, to, region, district, provider],
  );
  // The filter lists come from the period unfiltered but for the region, so a chosen district
  // keeps its neighbours and the districts follow the region.
  const good = lastGood.current;
  const options = useLoad(
    (signal) =>
      call(
        client.GET('/reports/operations', {
          params: { query: { from: good.from, to: good.to, ...regionQuery } },
          signal,
        }),
      ),
    [good.from, good.to, region],
  );
  // A period field's rule in words: the page's own check, else the API's answer at that field.
  const apiFields = data.error instanceof ApiError ? data.error.fields : [];
  const periodError = (field: 'from' | 'to'): string | undefined => {
    const own = periodErrors.find((e) => e.field === field);
    if (own?.say)
      return message(own.say.key as MessageKey, asLanguage(i18n.language), own.say.params as MessageParams);
    return apiFields.find((e) => e.field === field)?.message;
  };
  const fieldRefused = apiFields.some((e) => e.field === 'from' || e.field === 'to');
  const monthlyRegion = isOfficer ? '' : region;
  // The months offered are the closed ones with data: from the month of the region's first ride.
  const firstDay = options.data?.service.firstDay ?? null;
  const months = closedMonths(kzToday(0), 12).filter((m) => firstDay !== null && m >= firstDay.slice(0, 7));
  const month = months.includes(chosenMonth) ? chosenMonth : (months[0] ?? '');
  const monthFrom = firstDay !== null && month !== '' && firstDay > `${month}-01` ? firstDay : null;
  // A region no provider serves yet: its demand waits for procurement (said, not a page of zeros).
  const regionChosen = isOfficer || region !== '';
  const regionCode = isOfficer ? (session.principal.regionKato ?? '') : region;
  const inRegion = (kato: string) => regionCode === '' || kato.slice(0, 2) === regionCode.slice(0, 2);
  // The region's districts whether or not the period has data there (walk t22 m5: a region whose
  // only request waits for procurement offered 'All' alone), and any other district of it the data names.
  const districts = [
    ...new Set([
      ...KATO_SEED.filter((k) => regionCode !== '' && k.parentCode === regionCode).map((k) => k.code),
      ...(options.data?.byDistrict ?? []).map((d) => d.districtKato).filter(inRegion),
    ]),
  ];
  // Rides waiting for procurement are the unmet demand of the days they are for, often after the
  // period: the page offers the period up to the last of them (at most a report's 366 days).
  const waitingUntil = options.data?.service.awaitingUntil ?? null;
  const showWaiting = () => {
    if (waitingUntil === null) return;
    setTo(waitingUntil);
    if (daysBetweenLocalDates(from, waitingUntil) > 365) setFrom(addDaysToLocalDate(waitingUntil, -365));
  };
  const file = async (path: string, name: string) => {
    setFileError(null);
    try {
      await download(path, name);
    } catch (e) {
      setFileError(e instanceof ApiError ? e.message : String(e));
    }
  };
  const params = new URLSearchParams(Object.entries(query)).toString();
  const r = data.data;
  const s = r?.summary;

  return (
    <section aria-labelledby="ops-title">
      <h2 id="ops-title">{t('ops.title')}</h2>
      <p>{t('ops.intro')}</p>
      <div className="toolbar">
        <DateField
          className="field-short"
          label={t('ops.from')}
          value={from}
          onChange={(d) => d && setFrom(d)}
          error={periodError('from')}
        />
        <DateField
          className="field-short"
          label={t('ops.to')}
          value={to}
          onChange={(d) => d && setTo(d)}
          error={periodError('to')}
        />
        {!isOfficer && (
          <div className="field">
            <label htmlFor="ops-region">{t('ops.region')}</label>
            <select
              id="ops-region"
              value={region}
              onChange={(e) => {
                setRegion(e.target.value);
                onRegion?.(e.target.value);
                setDistrict('');
                setProvider('');
              }}
            >
              <option value="">{t('ops.allRegions')}</option>
              {regionsByName(i18n.language).map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {regionChosen && (
          <div className="field">
            <label htmlFor="ops-district">{t('ops.district')}</label>
            <select id="ops-district" value={district} onChange={(e) => setDistrict(e.target.value)}>
              <option value="">{t('ops.all')}</option>
              {/* Only the region's own districts: a refusal is counted in the rider's home district,
                  which for a visitor from another region lies outside it (it stays in the totals). */}
              {districts.map((d) => (
                <option key={d} value={d}>
                  {placeName(t, d, i18n.language)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="ops-provider">{t('ops.provider')}</label>
          <select id="ops-provider" value={provider} onChange={(e) => setProvider(e.target.value)}>
            <option value="">{t('ops.all')}</option>
            {(options.data?.byProvider ?? [])
              .filter((p) => p.providerId)
              .map((p) => (
                <option key={p.providerId} value={p.providerId ?? ''}>
                  {p.providerName ?? t('common.unknown')}
                </option>
              ))}
          </select>
        </div>
      </div>
      {options.data && months.length === 0 ? (
        <p className="hint">{t('ops.noMonths')}</p>
      ) : (
        <div className="toolbar">
          <div className="field">
            <label htmlFor="ops-month">{t('ops.month')}</label>
            <select
              id="ops-month"
              value={month}
              onChange={(e) => setMonth(e.target.value)}
              aria-describedby={monthFrom ? 'ops-month-from' : undefined}
            >
              {months.map((m) => (
                <option key={m} value={m}>
                  {fmtMonth(m)}
                </option>
              ))}
            </select>
            {monthFrom && (
              <p className="hint" id="ops-month-from">
                {t('ops.monthFrom', { day: fmtDate(monthFrom) })}
              </p>
            )}
          </div>
          {month === '' ? null : isOfficer || monthlyRegion ? (
            <Button
              className="btn"
              onPress={() =>
                void file(
                  `/reports/operations/monthly?month=${month}${monthlyRegion ? `&regionKato=${monthlyRegion}` : ''}`,
                  `operations-${month}.xlsx`,
                )
              }
            >
              {t('ops.monthly', { month: fmtMonth(month) })}
            </Button>
          ) : (
            <p className="hint">{t('ops.chooseRegion')}</p>
          )}
        </div>
      )}
      {fileError && (
        <p className="field-error" role="alert">
          {fileError}
        </p>
      )}
      {data.error && !fieldRefused && <LoadError error={data.error} />}
      {data.loading && <Loading />}
      {r && regionChosen && r.service.providers === 0 && (
        <p role="status" className="notice">
          {t('ops.noProviderYet', { count: r.service.awaitingProcurement })}
        </p>
      )}
      {regionChosen && waitingUntil !== null && waitingUntil > to && (
        <Button className="btn btn-small" onPress={showWaiting}>
          {t('ops.showWaiting', { day: fmtDate(waitingUntil) })}
        </Button>
      )}
      {r && s && !(regionChosen && r.service.providers === 0 && s.trips.requested === 0) && (
        <>
          <p>
            {r.from === r.to
              ? t('ops.day', { day: fmtDate(r.from) })
              : t('ops.period', { from: fmtDate(r.from), to: fmtDate(r.to) })}
          </p>
          {r.regionKato === null && (
            <div className="charts-wide">
              <ByTable
                caption={t('ops.byRegion')}
                rows={r.byRegion.map((g) => ({
                  label: regionName(g.regionKato, i18n.language),
                  f: g.figures,
                }))}
                cols={[
                  [t('ops.trips.requested'), (f) => num(f.trips.requested)],
                  [t('ops.trips.completed'), (f) => num(f.trips.completed)],
                  [t('ops.onTime.share'), (f) => pctText(f.onTime.onTimeShare)],
                  [t('ops.misses.riderCaused'), (f) => num(f.misses.riderCaused)],
                  [t('ops.misses.providerCaused'), (f) => num(f.misses.providerCaused)],
                  [t('ops.unmet.title'), (f) => num(f.unmet.total)],
                  [t('ops.cost.perTrip'), (f) => fmtMoney(f.cost.perTripTenge)],
                ]}
              />
            </div>
          )}
          <Part name="trips" params={params} file={file}>
            <BarChart
              title={t('ops.trips.chart')}
              bars={(
                [
                  'requested',
                  'accepted',
                  'scheduled',
                  'completed',
                  'refused',
                  'noShows',
                  'cancelled',
                  'cancelledBeforeRoute',
                  'waitlistedUntilExpiry',
                ] as const
              ).map((k) => ({ label: t(`ops.trips.${k}`), value: s.trips[k] }))}
            />
            <BarChart
              title={t('ops.trips.overTime')}
              bars={r.overTime.map((g) => ({
                label: r.overTimeUnit === 'day' ? fmtDate(g.period) : fmtMonth(g.period),
                value: g.figures.trips.completed,
              }))}
            />
            <BarChart
              title={t('ops.trips.refusedBy')}
              bars={s.trips.refusedByReason.map((x) => ({
                label: refusalTitle(x.reason, asLanguage(i18n.language)) ?? t('common.otherReason'),
                value: x.count,
              }))}
            />
            {s.trips.refused > 0 && (
              <p className="hint" data-testid="refusal-reasons-note">
                {t('ops.trips.reasonsNote', {
                  refused: fmtNumber(s.trips.refused),
                  reasons: fmtNumber(s.trips.refusedByReason.reduce((n, x) => n + x.count, 0)),
                })}
              </p>
            )}
          </Part>
          <Part name="onTime" params={params} file={file}>
            <Values
              rows={[
                [t('ops.onTime.share'), pctText(s.onTime.onTimeShare)],
                [t('ops.onTime.arrivals'), num(s.onTime.arrivals)],
                [t('ops.onTime.early'), num(s.onTime.early)],
                [t('ops.onTime.late'), num(s.onTime.late)],
                [t('ops.onTime.p95Late'), num(s.onTime.p95LateMinutes)],
              ]}
            />
            <BarChart title={t('ops.onTime.lateMinutes')} bars={bins(t, s.onTime.lateMinutes)} />
            <BarChart title={t('ops.onTime.earlyMinutes')} bars={bins(t, s.onTime.earlyMinutes)} />
          </Part>
          <Part name="misses" params={params} file={file}>
            <BarChart
              title={t('ops.misses.chart')}
              bars={(
                [
                  'noShowsRider',
                  'noShowsVehicleLate',
                  'noShowsDriverLeftEarly',
                  'lateCancelsRider',
                  'lateCancelsVehicleLate',
                  'lateCancelsAddressUnreachable',
                  'lateCancelsVehicleProblem',
                ] as const
              ).map((k) => ({ label: t(`ops.misses.${k}`), value: s.misses[k] }))}
            />
            {s.misses.noShowsDriverLeftEarly === 0 && (
              <p className="hint">{t('ops.misses.driverLeftEarlyNote')}</p>
            )}
            <ByTable
              caption={t('ops.misses.byProvider')}
              rows={r.byProvider
                .filter((p) => p.providerId)
                .map((p) => ({ label: p.providerName ?? t('ops.noProvider'), f: p.figures }))}
              cols={[
                [t('ops.misses.riderCaused'), (f) => num(f.misses.riderCaused)],
                [t('ops.misses.providerCaused'), (f) => num(f.misses.providerCaused)],
              ]}
            />
            {r.riders && <Riders riders={r.riders} />}
          </Part>
          <Part name="unmet" params={params} file={file}>
            <BarChart
              title={t('ops.unmet.byDistrict')}
              bars={r.byDistrict
                .filter((d) => d.figures.unmet.total > 0)
                .map((d) => ({
                  label: reportDistrict(t, r, d, i18n.language),
                  value: d.figures.unmet.total,
                }))}
            />
            <BarChart
              title={t('ops.unmet.byHour')}
              bars={s.unmet.byHour
                .map((n, h) => ({ label: `${String(h).padStart(2, '0')}:00`, value: n }))
                .filter((b) => b.value > 0)}
            />
          </Part>
          <Part name="productivity" params={params} file={file}>
            {district ? (
              <p className="hint">{t('ops.productivity.notByDistrict')}</p>
            ) : (
              <>
                <Values
                  rows={[
                    [t('ops.productivity.perHour'), num(s.productivity.passengerTripsPerServiceHour, 2)],
                    [t('ops.productivity.deadhead'), pctText(s.productivity.deadheadShare)],
                    [t('ops.productivity.utilisation'), pctText(s.productivity.utilisation)],
                    [t('ops.productivity.serviceHours'), num(s.productivity.serviceHours, 1)],
                    [t('ops.productivity.vehicleKm'), num(s.productivity.vehicleKm, 1)],
                  ]}
                />
                <ByTable
                  caption={t('ops.productivity.byProvider')}
                  rows={r.byProvider
                    .filter((p) => p.providerId)
                    .map((p) => ({ label: p.providerName ?? t('ops.noProvider'), f: p.figures }))}
                  cols={[
                    [
                      t('ops.productivity.perHour'),
                      (f) => num(f.productivity.passengerTripsPerServiceHour, 2),
                    ],
                    [t('ops.productivity.deadhead'), (f) => pctText(f.productivity.deadheadShare)],
                    [t('ops.productivity.utilisation'), (f) => pctText(f.productivity.utilisation)],
                    [t('ops.productivity.serviceHours'), (f) => num(f.productivity.serviceHours, 1)],
                  ]}
                />
                <p className="hint">{t('ops.productivity.notByDistrict')}</p>
              </>
            )}
          </Part>
          <Part name="rideTime" params={params} file={file}>
            <Values
              rows={[
                [t('ops.rideTime.mean'), num(s.rideTime.meanMinutes, 1)],
                [t('ops.rideTime.p95'), num(s.rideTime.p95Minutes)],
                [t('ops.rideTime.meanRatio'), num(s.rideTime.meanRatio, 2)],
                [t('ops.rideTime.p95Ratio'), num(s.rideTime.p95Ratio, 2)],
                [t('ops.rideTime.overLimit'), pctText(s.rideTime.overLimitShare)],
              ]}
            />
            <p className="hint" data-testid="ride-limit">
              {overLimitRuleText(r.rideTimeLimit, asLanguage(i18n.language))}
            </p>
          </Part>
          <Part name="accessibility" params={params} file={file}>
            <Values
              rows={[
                [t('ops.accessibility.wheelchair'), num(s.accessibility.wheelchairTrips)],
                [t('ops.accessibility.companions'), num(s.accessibility.companions)],
              ]}
            />
          </Part>
          <Part name="cost" params={params} file={file}>
            <ByTable
              caption={t('ops.cost.byProvider')}
              rows={[
                ...r.byProvider
                  .filter((p) => p.providerId)
                  .map((p) => ({ label: p.providerName ?? t('ops.noProvider'), f: p.figures })),
                { label: t('ops.all'), f: s },
              ]}
              cols={[
                [t('ops.cost.total'), (f) => fmtMoney(f.cost.costTenge)],
                [t('ops.cost.perTrip'), (f) => fmtMoney(f.cost.perTripTenge)],
                [t('ops.cost.perPassengerKm'), (f) => fmtMoney(f.cost.perPassengerKmTenge)],
              ]}
            />
          </Part>
        </>
      )}
    </section>
  );
}

function bins(t: (k: string, o?: Record<string, unknown>) => string, hist: number[]) {
  return hist
    .map((n, i) => ({
      label:
        i === hist.length - 1
          ? t('ops.minutesOver', { n: i * 5 })
          : t('ops.minutes', { a: i * 5, b: i * 5 + 5 }),
      value: n,
    }))
    .filter((b) => b.value > 0);
}

/** One report: its heading, its XLSX, its figures. */
function Part(props: {
  name: ReportName;
  params: string;
  file: (path: string, name: string) => Promise<void>;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section aria-labelledby={id} className="ops-part">
      <h3 id={id}>{t(`ops.${props.name}.title`)}</h3>
      <p className="hint">{t(`ops.${props.name}.definition`)}</p>
      <Button
        className="btn btn-small"
        onPress={() =>
          void props.file(
            `/reports/operations/export?${props.params}&report=${props.name}`,
            `operations-${props.name}.xlsx`,
          )
        }
      >
        {t('ops.xlsx', { report: t(`ops.${props.name}.title`) })}
      </Button>
      <div className="charts">{props.children}</div>
    </section>
  );
}

function Values({ rows }: { rows: [string, string][] }) {
  return (
    <dl className="figures">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function ByTable(props: {
  caption: string;
  rows: { label: string; f: Figures }[];
  cols: [string, (f: Figures) => string][];
}) {
  const id = useId();
  const { t } = useTranslation();
  if (props.rows.length === 0)
    return (
      <p>
        {props.caption}: {t('reports.noData')}
      </p>
    );
  // The part's whole width, headers wrapping (walk t22 m6: in a chart's column at 1366 px only
  // 3 of 5 columns showed, a kk header cut to 'Тасы / себе').
  return (
    <div className="charts-wide">
      <TableRegion labelledBy={id}>
        <table className="table">
          <caption id={id}>{props.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{props.caption}</th>
              {props.cols.map(([h]) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                {props.cols.map(([h, v]) => (
                  <td key={h}>{v(r.f)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </div>
  );
}

function Riders({ riders }: { riders: NonNullable<Report['riders']> }) {
  const { t } = useTranslation();
  const id = useId();
  if (riders.length === 0) return <p>{t('ops.misses.noRiders')}</p>;
  // The whole width of the part: in a chart's column its cause columns were scrolled out of sight.
  return (
    <div className="charts-wide">
      <TableRegion labelledBy={id}>
        <table className="table">
          <caption id={id}>{t('ops.misses.byRider')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ops.misses.rider')}</th>
              <th scope="col">{t('ops.misses.noShowsRider')}</th>
              <th scope="col">{t('ops.misses.noShowsProvider')}</th>
              <th scope="col">{t('ops.misses.lateCancelsRider')}</th>
              <th scope="col">{t('ops.misses.lateCancelsProvider')}</th>
            </tr>
          </thead>
          <tbody>
            {riders.map((x) => (
              <tr key={x.beneficiaryId}>
                <th scope="row">
                  {x.fullName} ({x.iinMasked})
                </th>
                <td>{fmtNumber(x.noShowsRider)}</td>
                <td>{fmtNumber(x.noShowsProvider)}</td>
                <td>{fmtNumber(x.lateCancelsRider)}</td>
                <td>{fmtNumber(x.lateCancelsProvider)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </div>
  );
}
