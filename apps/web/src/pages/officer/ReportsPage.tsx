import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import type { Session } from '../../auth';
import { ApiError, call, client, download, type Schema } from '../../api/client';
import { LoadError, Loading, PageTitle, TableRegion, useLoad } from '../../components';
import { BarChart, downloadCsv } from '../../BarChart';
import { fmtDate, fmtMonth, fmtNumber, kzToday } from '../../format';
import type { Ride } from '../RidesPage';
import { districtName } from './DemandPage';
import { DateField } from '../../DateTimeFields';

interface DayFigures {
  day: string;
  booked: number;
  completed: number;
  noShows: number;
  cancelled: number;
  waitlisted: number;
  awaiting: number;
}

const DAYS = 7;

/** Every booking of a day in the officer's region, page by page (the API's keyset pages). */
async function dayRides(day: string, region: string | undefined, signal: AbortSignal): Promise<Ride[]> {
  const out: Ride[] = [];
  let cursor: string | undefined;
  do {
    const page = await call(
      client.GET('/bookings', { params: { query: { day, region, limit: 200, cursor } }, signal }),
    );
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && out.length < 5000);
  return out;
}

/**
 * Reports over the last days, computed from the bookings API (the officer's region): rides per
 * day, no-shows, waiting and awaiting-procurement by district; CSV of every table; XLSX from
 * the API's export when it offers one.
 */
export function ReportsPage({ session }: { session: Session }) {
  const { t } = useTranslation();
  const region = session.principal.regionKato ?? undefined;
  // Up to tomorrow: the booked rides of the next day count too.
  const [until, setUntil] = useState(kzToday(1));
  const days = Array.from({ length: DAYS }, (_, i) => {
    const d = new Date(`${until}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() - (DAYS - 1 - i));
    return d.toISOString().slice(0, 10);
  });
  const data = useLoad(
    async (signal) => {
      const perDay = await Promise.all(days.map((d) => dayRides(d, region, signal)));
      return perDay;
    },
    [until, region],
  );
  const figures: DayFigures[] = (data.data ?? []).map((rides, i) => ({
    day: days[i],
    booked: rides.filter((r) => !['REJECTED', 'CANCELLED'].includes(r.status)).length,
    completed: rides.filter((r) => r.status === 'COMPLETED').length,
    noShows: rides.filter((r) => r.status === 'NO_SHOW').length,
    cancelled: rides.filter((r) => r.status === 'CANCELLED').length,
    waitlisted: rides.filter((r) => r.status === 'WAITLISTED').length,
    awaiting: rides.filter((r) => r.status === 'AWAITING_PROCUREMENT').length,
  }));
  const byDistrict = new Map<string, { waitlisted: number; awaiting: number }>();
  for (const r of (data.data ?? []).flat()) {
    if (r.status !== 'WAITLISTED' && r.status !== 'AWAITING_PROCUREMENT') continue;
    const e = byDistrict.get(r.pickup.kato) ?? { waitlisted: 0, awaiting: 0 };
    if (r.status === 'WAITLISTED') e.waitlisted++;
    else e.awaiting++;
    byDistrict.set(r.pickup.kato, e);
  }
  const cols = ['booked', 'completed', 'noShows', 'cancelled', 'waitlisted', 'awaiting'] as const;

  return (
    <section>
      <PageTitle>{t('reports.title')}</PageTitle>
      <div className="toolbar">
        <DateField
          className="field-short"
          label={t('reports.until')}
          value={until}
          // A half-typed or cleared day keeps the last whole one shown (the page reads it as a date).
          onChange={(d) => d && setUntil(d)}
        />
        <Button
          className="btn"
          isDisabled={!data.data}
          onPress={() =>
            downloadCsv(
              `invataxi-${days[0]}-${until}.csv`,
              [t('reports.day'), ...cols.map((c) => t(`reports.col.${c}`))],
              figures.map((f) => [f.day, ...cols.map((c) => f[c])]),
            )
          }
        >
          {t('reports.csv')}
        </Button>
      </div>
      {data.error && <LoadError error={data.error} />}
      {data.loading && <Loading />}
      {data.data && (
        <>
          <TableRegion labelledBy="daily-caption">
            <table className="table">
              <caption id="daily-caption">
                {t('reports.daily', { from: fmtDate(days[0]), to: fmtDate(until) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('reports.day')}</th>
                  {cols.map((c) => (
                    <th key={c} scope="col">
                      {t(`reports.col.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {figures.map((f) => (
                  <tr key={f.day}>
                    <th scope="row">{fmtDate(f.day)}</th>
                    {cols.map((c) => (
                      <td key={c}>{fmtNumber(f[c])}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          <div className="charts">
            <BarChart
              title={t('reports.ridesPerDay')}
              bars={figures.map((f) => ({ label: fmtDate(f.day), value: f.booked }))}
            />
            <BarChart
              title={t('reports.noShowsPerDay')}
              bars={figures.map((f) => ({ label: fmtDate(f.day), value: f.noShows }))}
            />
            <BarChart
              title={t('reports.waitingByDistrict')}
              bars={[...byDistrict.entries()].map(([k, v]) => ({
                label: districtName(t, k),
                value: v.waitlisted + v.awaiting,
              }))}
            />
          </div>
          <h2>{t('reports.onTime')}</h2>
          <p>{t('reports.onTimePending')}</p>
        </>
      )}
      <BillingActs region={region} />
    </section>
  );
}

type BillingAct = Schema<'BillingActView'>;

/** Monthly billing acts per provider, with the API's own XLSX and CSV files. */
function BillingActs({ region }: { region: string | undefined }) {
  const { t } = useTranslation();
  const acts = useLoad(
    (signal) => call(client.GET('/billing-acts', { params: { query: { regionKato: region } }, signal })),
    [region],
  );
  const [error, setError] = useState<string | null>(null);
  const file = async (a: BillingAct, format: 'xlsx' | 'csv') => {
    setError(null);
    try {
      await download(
        `/billing-acts/${a.id}/export?format=${format}`,
        `act-${a.providerBin}-${a.month}.${format}`,
      );
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <section aria-labelledby="acts-title">
      <h2 id="acts-title">{t('reports.acts')}</h2>
      {acts.error && <LoadError error={acts.error} />}
      {acts.data && acts.data.length === 0 && <p>{t('reports.noActs')}</p>}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {acts.data && acts.data.length > 0 && (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="acts-title">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('reports.month')}</th>
                <th scope="col">{t('providers.bin')}</th>
                <th scope="col">{t('reports.col.completed')}</th>
                <th scope="col">{t('reports.col.noShows')}</th>
                <th scope="col">{t('reports.km')}</th>
                <th scope="col">{t('reports.amount')}</th>
                <th scope="col">{t('providers.status')}</th>
                <th scope="col">{t('reports.files')}</th>
              </tr>
            </thead>
            <tbody>
              {acts.data.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{fmtMonth(a.month)}</th>
                  <td>{a.providerBin}</td>
                  <td>{fmtNumber(a.completedTrips)}</td>
                  <td>{fmtNumber(a.noShows)}</td>
                  <td>{fmtNumber(a.actualMetres / 1000, 1)}</td>
                  <td>{fmtNumber(a.amountTenge)} ₸</td>
                  <td>{t(`actStatus.${a.status}`, { defaultValue: t('common.unknown') })}</td>
                  <td>
                    <div className="button-row">
                      <Button
                        className="btn btn-small"
                        onPress={() => void file(a, 'xlsx')}
                        aria-label={`XLSX ${a.providerBin} ${fmtMonth(a.month)}`}
                      >
                        XLSX
                      </Button>
                      <Button
                        className="btn btn-small"
                        onPress={() => void file(a, 'csv')}
                        aria-label={`CSV ${a.providerBin} ${fmtMonth(a.month)}`}
                      >
                        CSV
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
