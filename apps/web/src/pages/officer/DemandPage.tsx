import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import type { Session } from '../../auth';
import i18next from 'i18next';
import {
  daysBetweenLocalDates,
  KATO_SEED,
  katoAncestors,
  LANGUAGES,
  MAX_TERM_DAYS,
  MIN_TERM_DAYS,
  PROCUREMENT_METHODS,
  type BookingStatus,
  type Language,
  type ProcurementMethod,
} from '@invataxi/domain';
import { ApiError, call, client, newKey, type Schema } from '../../api/client';
import { Announcer, LoadError, Loading, PageTitle, TableRegion, useLoad } from '../../components';
import { BarChart } from '../../BarChart';
import { DateField } from '../../DateTimeFields';
import { fmtDateYear, fmtKm, fmtMonth, fmtNumber, fmtTenge, fmtTime, kzToday } from '../../format';
import { LotSizing } from './LotSizing';

type RequestSummary = Schema<'RequestSummary'>;
const WAITING: BookingStatus[] = ['WAITLISTED', 'AWAITING_PROCUREMENT'];

function monthsBack(firstOfMonth: string, n: number): string {
  const d = new Date(`${firstOfMonth}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 10);
}

type T = (k: string, o?: Record<string, unknown>) => string;

/**
 * A place's name in the page's language: the app's dictionary (districts of the demo region),
 * else the classifier's (KATO_SEED: regions and cities, the nearest one that contains the code);
 * null when neither knows it.
 */
export function placeNameOf(t: T, kato: string, lang: string): string | null {
  const own = t(`district.${kato}`, { defaultValue: '' });
  if (own) return own;
  const l = (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : 'kk';
  for (const code of [kato, ...katoAncestors(kato).reverse()]) {
    const e = KATO_SEED.find((k) => k.code === code);
    if (e && e.parentCode !== null) return e.name[l];
  }
  return null;
}

/** A district by name with its code secondary ("Семей (101010000)"); the code alone when unnamed. */
export function districtName(t: T, kato: string, lang: string = i18next.language): string {
  const name = placeNameOf(t, kato, lang);
  return name ? `${name} (${kato})` : kato;
}

function placeList(t: T, codes: readonly string[], lang: string): string {
  return codes.map((k) => districtName(t, k, lang || i18next.language)).join(', ');
}

/** A place by name, its KATO code secondary. */
function Place({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const name = placeNameOf(t, code, i18n.language);
  return name ? (
    <>
      {name} <span className="muted">({code})</span>
    </>
  ) : (
    <>{code}</>
  );
}

/** Unmet demand (waiting and awaiting-procurement rides by district) and procurement requests. */
export function DemandPage({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const region = session.principal.regionKato ?? undefined;
  const waiting = useLoad(
    (signal) =>
      call(client.GET('/bookings', { params: { query: { status: WAITING, region, limit: 200 } }, signal })),
    [region],
  );
  const requests = useLoad(
    (signal) =>
      call(
        client.GET('/procurement/requests', {
          params: { query: { regionKato: region } },
          signal,
        }),
      ),
    [region, i18n.language],
  );
  const [said, setSaid] = useState('');
  const from = `${kzToday().slice(0, 7)}-01`;
  const report = useLoad(
    (signal) =>
      call(
        client.GET('/procurement/reports/unmet-demand', {
          params: { query: { from: monthsBack(from, 5), to: kzToday(), regionKato: region } },
          signal,
        }),
      ),
    [region, from],
  );

  const byDistrict = new Map<string, { waitlisted: number; awaiting: number }>();
  for (const r of waiting.data?.items ?? []) {
    const k = r.pickup.kato;
    const e = byDistrict.get(k) ?? { waitlisted: 0, awaiting: 0 };
    if (r.status === 'WAITLISTED') e.waitlisted++;
    else e.awaiting++;
    byDistrict.set(k, e);
  }
  const rows = [...byDistrict.entries()].sort((a, b) => a[0].localeCompare(b[0]));

  return (
    <section>
      <PageTitle>{t('demand.title')}</PageTitle>
      <Announcer text={said} />
      <h2>{t('demand.unmet')}</h2>
      {waiting.error && <LoadError error={waiting.error} />}
      {waiting.loading && !waiting.data && <Loading />}
      {waiting.data && rows.length === 0 && <p>{t('demand.noneWaiting')}</p>}
      {rows.length > 0 && (
        <>
          <TableRegion labelledBy="by-district-caption">
            <table className="table">
              <caption id="by-district-caption">{t('demand.byDistrict')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('demand.district')}</th>
                  <th scope="col">{t('status.WAITLISTED')}</th>
                  <th scope="col">{t('status.AWAITING_PROCUREMENT')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(([k, v]) => (
                  <tr key={k}>
                    <th scope="row">
                      <Place code={k} />
                    </th>
                    <td>{fmtNumber(v.waitlisted)}</td>
                    <td>{fmtNumber(v.awaiting)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          <BarChart
            title={t('demand.awaitingChart')}
            bars={rows.map(([k, v]) => ({ label: placeNameOf(t, k, i18n.language) ?? k, value: v.awaiting }))}
          />
        </>
      )}
      {report.error && <LoadError error={report.error} />}
      {report.data && report.data.waitingNow.length > 0 && (
        <TableRegion labelledBy="waiting-now-caption">
          <table className="table">
            <caption id="waiting-now-caption">{t('demand.waitingNow')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('demand.district')}</th>
                <th scope="col">{t('demand.waiting')}</th>
                <th scope="col">{t('demand.oldest')}</th>
              </tr>
            </thead>
            <tbody>
              {report.data.waitingNow.map((w) => (
                <tr key={w.districtKato}>
                  <th scope="row">
                    <Place code={w.districtKato} />
                  </th>
                  <td>{fmtNumber(w.waiting)}</td>
                  <td>{fmtNumber(w.oldestDaysWaited, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {report.data && report.data.byDistrictAndMonth.length > 0 && (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="history-caption">
          <table className="table">
            <caption id="history-caption">{t('demand.history')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('demand.district')}</th>
                <th scope="col">{t('demand.month')}</th>
                <th scope="col">{t('demand.entered')}</th>
                <th scope="col">{t('demand.waiting')}</th>
                <th scope="col">{t('demand.served')}</th>
                <th scope="col">{t('demand.expired')}</th>
                <th scope="col">{t('demand.avgDays')}</th>
              </tr>
            </thead>
            <tbody>
              {report.data.byDistrictAndMonth.map((r) => (
                <tr key={`${r.districtKato}-${r.month}`}>
                  <th scope="row">
                    <Place code={r.districtKato} />
                  </th>
                  <td>{fmtMonth(r.month)}</td>
                  <td>{fmtNumber(r.enteredAwaiting)}</td>
                  <td>{fmtNumber(r.stillWaiting)}</td>
                  <td>{fmtNumber(r.servedAfterProcurement)}</td>
                  <td>{fmtNumber(r.expired)}</td>
                  <td>{fmtNumber(r.avgDaysWaited, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t('demand.requests')}</h2>
      {requests.error && <LoadError error={requests.error} />}
      {requests.data && requests.data.length === 0 && <p>{t('demand.noRequests')}</p>}
      <ul className="cards">
        {(requests.data ?? []).map((r) => (
          <RequestCard
            key={r.id}
            request={r}
            canAct={session.principal.role === 'LEB_OFFICER'}
            onDone={(m) => {
              setSaid(m);
              requests.reload();
            }}
          />
        ))}
      </ul>
    </section>
  );
}

/** Stages whose rides still wait for this request: the list of them is shown. */
const OPEN_STAGES = ['DRAFT', 'SUBMITTED', 'PUBLISHED', 'AWARD_NOT_APPLIED', 'ONBOARDING'];

/** A figure of the request's demand as an officer reads it; null: not shown. */
function figureText(key: string, v: unknown): string | null {
  if (typeof v !== 'number') return null;
  if (key === 'wheelchairShare') return `${fmtNumber(v * 100)}\u00a0%`;
  if (key.startsWith('km')) return fmtKm(v);
  if (key.endsWith('Tenge')) return fmtTenge(v);
  return fmtNumber(v, 1);
}

/** The figures shown, in this order (aggregation's own bookkeeping is not). */
const FIGURES = [
  'waitingBookings',
  'beneficiaries',
  'wheelchairShare',
  'recurringSeries',
  'tripsPerMonth',
  'kmPerMonth',
  'tripsInPeriod',
  'kmInPeriod',
];

function RequestCard({
  request: r,
  canAct,
  onDone,
}: {
  request: RequestSummary;
  canAct: boolean;
  onDone: (m: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const fig = r.figures as Record<string, unknown>;
  const tariff = (fig.tariff ?? null) as { perTrip?: number; perKm?: number; source?: string } | null;
  const counted = typeof fig.aggregatedAt === 'string' ? fig.aggregatedAt : null;
  const extra = Object.keys(fig).filter((k) => !FIGURES.includes(k) && i18n.exists(`demand.fig.${k}`));
  const a = r.award;
  return (
    <li className="card" data-testid="procurement-request" data-stage={r.stage}>
      <h3 className="h3">
        {r.uncoveredKato.length > 0 ? placeList(t, r.uncoveredKato, i18n.language) : t('demand.noArea')} ·{' '}
        <span data-testid="stage">
          {t(`procurementStage.${r.stage}`, { defaultValue: t('common.unknown') })}
        </span>
      </h3>
      <dl className="figures">
        <div>
          <dt>{t('demand.period')}</dt>
          <dd data-testid="period">
            {fmtDateYear(r.periodStart)} – {fmtDateYear(r.periodEnd)}
          </dd>
        </div>
        {r.expectedServiceDate && !a && (
          <div>
            <dt>{t('demand.expectedService')}</dt>
            <dd data-testid="expected-service">{fmtDateYear(r.expectedServiceDate)}</dd>
          </div>
        )}
        {[...FIGURES, ...extra].map((k) => {
          const text = figureText(k, fig[k]);
          return text === null ? null : (
            <div key={k}>
              <dt>{t(`demand.fig.${k}`)}</dt>
              <dd data-testid={`fig-${k}`}>{text}</dd>
            </div>
          );
        })}
        {tariff && (
          <div>
            <dt>{t('demand.tariff')}</dt>
            <dd data-testid="tariff">
              {t('demand.tariffText', { perTrip: fmtTenge(tariff.perTrip), perKm: fmtTenge(tariff.perKm) })}
              {tariff.source && (
                <span className="muted">
                  {' '}
                  ({t(`demand.tariffSource.${tariff.source}`, { defaultValue: t('common.unknown') })})
                </span>
              )}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('demand.budget')}</dt>
          <dd data-testid="budget">{fmtTenge(r.estimatedBudgetTenge)}</dd>
        </div>
        {r.method && (
          <div>
            <dt>{t('demand.method')}</dt>
            <dd>{t(`method.${r.method}`)}</dd>
          </div>
        )}
        {counted && (
          <div>
            <dt>{t('demand.countedAt')}</dt>
            <dd>
              {fmtDateYear(counted)}, {fmtTime(counted)}
            </dd>
          </div>
        )}
      </dl>
      {r.lot && <LotFigures request={r} onDone={onDone} />}
      {r.lot && <LotSizing request={r} canAct={canAct} onDone={onDone} />}
      {a && <AwardFigures request={r} onDone={onDone} />}
      {r.awardError && (
        <div className="notice notice-warning" data-testid="award-error">
          <p>{r.awardError.text}</p>
          <RetryAward request={r} onDone={onDone} />
        </div>
      )}
      {r.failureReasonText && <p className="notice notice-warning">{r.failureReasonText}</p>}
      {OPEN_STAGES.includes(r.stage) && <WaitingRides request={r} />}
      <RequestActions key={`actions-${r.version}`} request={r} onDone={onDone} />
    </li>
  );
}

/** The awarded supplier, its contract and how far it is with starting the service. */
function AwardFigures({ request: r, onDone }: { request: RequestSummary; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const a = r.award!;
  const contact = a.contact
    ? [a.contact.name, a.contact.phone, a.contact.email].filter(Boolean).join(', ')
    : '';
  return (
    <dl className="figures" data-testid="award">
      <div>
        <dt>{t('demand.supplier')}</dt>
        <dd data-testid="supplier">
          {a.supplierName ?? t('common.unknown')}{' '}
          <span className="muted">({t('demand.bin', { bin: a.supplierBin })})</span>
        </dd>
      </div>
      <div>
        <dt>{t('demand.price')}</dt>
        <dd data-testid="price">{fmtTenge(a.priceTenge)}</dd>
      </div>
      {a.contractNumber && (
        <div>
          <dt>{t('demand.contract')}</dt>
          <dd>{a.contractNumber}</dd>
        </div>
      )}
      <div>
        <dt>{t('demand.contractPeriod')}</dt>
        <dd data-testid="contract-period">
          {a.contractStart && a.contractEnd
            ? `${fmtDateYear(a.contractStart)} – ${fmtDateYear(a.contractEnd)}`
            : t('common.unknown')}
        </dd>
      </div>
      {r.expectedServiceDate && (
        <div>
          <dt>{t('demand.serviceStart')}</dt>
          {/* The date its riders and the GTFS feed read (walk t25 M1). */}
          <dd data-testid="service-start">{fmtDateYear(r.expectedServiceDate)}</dd>
        </div>
      )}
      <div>
        <dt>{t('demand.serviceArea')}</dt>
        <dd>{placeList(t, r.uncoveredKato, '')}</dd>
      </div>
      {contact && (
        <div>
          <dt>{t('demand.contact')}</dt>
          <dd>{contact}</dd>
        </div>
      )}
      <div>
        <dt>{t('demand.onboarding')}</dt>
        <dd data-testid="onboarding">
          {t(`demand.onboardingStage.${r.stage}`, { defaultValue: t('common.unknown') })}
          {a.onboarding && <OnboardingSteps onboarding={a.onboarding} onDone={onDone} />}
        </dd>
      </div>
    </dl>
  );
}

type Onboarding = NonNullable<NonNullable<RequestSummary['award']>['onboarding']>;

/** The supplier's start, step by step with its date; a stalled step and what the officer can do. */
function OnboardingSteps({ onboarding: o, onDone }: { onboarding: Onboarding; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Sent again: a new link by SMS to the same phone (the earlier link opens nothing any more).
  const resend = async (id: string) => {
    setError(null);
    setBusy(true);
    try {
      const sent = await call(client.POST('/invitations/{id}/resend', { params: { path: { id } } }));
      onDone(t('demand.done.resent', { phone: sent.sentTo }));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const steps: [string, string | null][] = [
    ['invited', o.invitedAt],
    ['signedIn', o.signedInAt],
    ['fleet', o.fleetAddedAt],
    ['shift', o.firstShiftAt],
  ];
  const reinvite = ['NOT_DELIVERED', 'EXPIRED', 'NO_PHONE', 'LOGIN_TAKEN', 'NONE'].includes(o.invitation);
  return (
    <>
      <ol className="steps" data-testid="onboarding-steps">
        {steps.map(([k, at]) => (
          <li key={k} data-done={at ? 'yes' : 'no'}>
            {t(`demand.step.${k}`)}:{' '}
            {at ? t('demand.stepDone', { date: fmtDateYear(at) }) : t('demand.stepNotYet')}
            {k === 'invited' && !o.signedInAt && (
              <span className="muted"> ({t(`demand.invitation.${o.invitation}`)})</span>
            )}
          </li>
        ))}
      </ol>
      {o.stalled && o.waitingFor && o.since && (
        <p className="notice notice-warning" data-testid="onboarding-stalled">
          {t('demand.stalled', {
            step: t(`demand.waitingFor.${o.waitingFor}`),
            date: fmtDateYear(o.since),
            days: o.stallDays,
          })}
        </p>
      )}
      {o.resendInvitationId && !o.signedInAt && (
        <p>
          {error && (
            <span className="field-error" role="alert">
              {error}{' '}
            </span>
          )}
          <Button
            className="btn"
            isDisabled={busy}
            onPress={() => void resend(o.resendInvitationId!)}
            data-testid="resend-invitation"
          >
            {t('demand.resendInvitation')}
          </Button>
        </p>
      )}
      {reinvite && !o.signedInAt && (
        <p>
          <a href="/staff">{t('demand.inviteFromUsers')}</a>
        </p>
      )}
    </>
  );
}

type Lot = NonNullable<RequestSummary['lot']>;

/** A lot figure as an officer reads it, by its unit. */
function lotValue(f: Lot['figures'][number]): string {
  switch (f.unit) {
    case 'tenge':
      return fmtTenge(f.value);
    case 'km':
      return fmtKm(f.value);
    case 'share':
      return `${fmtNumber(f.value * 100)}\u00a0%`;
    default:
      return fmtNumber(f.value, 1);
  }
}

/**
 * The lot the request buys (issue 20): its period, which a DRAFT's officer may change (the trips
 * and budget are recomputed at once), and every figure with where it came from.
 */
function LotFigures({ request: r, onDone }: { request: RequestSummary; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const lot = r.lot!;
  const [start, setStart] = useState(lot.start);
  const [end, setEnd] = useState(lot.end);
  // A new version of the request (recomputed, sized, submitted) shows its own period: one block
  // that follows the request, not a new one per version beside the old.
  useEffect(() => {
    setStart(lot.start);
    setEnd(lot.end);
  }, [r.version, lot.start, lot.end]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setErrors({});
    setError(null);
    try {
      await call(
        client.PATCH('/procurement/requests/{id}', {
          params: { path: { id: r.id } },
          body: { version: r.version, lotStart: start, lotEnd: end },
        }),
      );
      onDone(t('demand.done.period'));
    } catch (e) {
      if (!(e instanceof ApiError)) return setError(String(e));
      const at: Record<string, string> = {};
      const rest: string[] = [];
      for (const f of e.fields)
        if (f.field === 'lotStart' || f.field === 'lotEnd') at[f.field] = f.message;
        else rest.push(f.message);
      setErrors(at);
      setError(rest.join(' ') || (e.fields.length === 0 ? e.message : null));
    }
  };
  return (
    <section aria-labelledby={`lot-${r.id}`} data-testid="lot">
      <h4 className="h4" id={`lot-${r.id}`}>
        {t('demand.lotTitle', { start: fmtDateYear(lot.start), end: fmtDateYear(lot.end) })}
      </h4>
      {r.expectedServiceDate && r.expectedServiceDate > lot.start && !r.award && (
        <p className="muted" data-testid="lot-dates">
          {t('demand.lotDates', {
            budgetStart: fmtDateYear(r.periodStart),
            budgetEnd: fmtDateYear(r.periodEnd),
            start: fmtDateYear(lot.start),
            expected: fmtDateYear(r.expectedServiceDate),
          })}
        </p>
      )}
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={`lot-caption-${r.id}`}>
        <table className="table">
          <caption id={`lot-caption-${r.id}`}>{t('demand.lotFigures')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('demand.lotFigure')}</th>
              <th scope="col">{t('demand.lotValue')}</th>
              <th scope="col">{t('demand.lotSource')}</th>
            </tr>
          </thead>
          <tbody>
            {lot.figures.map((f) => (
              <tr key={f.key} data-testid={`lot-${f.key}`}>
                <th scope="row">{t(`demand.lot.${f.key}`, { defaultValue: t('common.unknown') })}</th>
                <td>{lotValue(f)}</td>
                <td>{f.sourceText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {r.status === 'DRAFT' && (
        <div className="inline-form">
          {error && (
            <p className="notice notice-warning" role="alert">
              {error}
            </p>
          )}
          <DateField
            id={`lot-start-${r.id}`}
            label={t('demand.lotStart')}
            value={start}
            onChange={setStart}
            error={errors.lotStart}
          />
          <DateField
            id={`lot-end-${r.id}`}
            label={t('demand.lotEnd')}
            value={end}
            onChange={setEnd}
            error={errors.lotEnd}
          />
          <Button className="btn" onPress={() => void save()}>
            {t('demand.lotRecompute')}
          </Button>
        </div>
      )}
    </section>
  );
}

/** An award that could not be applied: the officer fixed the cause and asks again. */
function RetryAward({ request: r, onDone }: { request: RequestSummary; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const retry = async () => {
    setError(null);
    try {
      await call(
        client.POST('/procurement/requests/{id}/retry-award', {
          params: { path: { id: r.id } },
          headers: { 'Idempotency-Key': newKey() },
        }),
      );
      onDone(t('demand.done.retry'));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <>
      {error && <p role="alert">{error}</p>}
      <Button className="btn" onPress={() => void retry()}>
        {t('demand.retryAward')}
      </Button>
    </>
  );
}

/** The rides waiting for this request: date, purpose, wheelchair (no names, no addresses). */
function WaitingRides({ request }: { request: RequestSummary }) {
  const { t, i18n } = useTranslation();
  const detail = useLoad(
    (signal) =>
      call(
        client.GET('/procurement/requests/{id}', {
          params: { path: { id: request.id } },
          signal,
        }),
      ),
    [request.id, request.version, i18n.language],
  );
  const rides = (detail.data?.bookings ?? []).filter((b) => b.status === 'AWAITING_PROCUREMENT');
  if (detail.error) return <LoadError error={detail.error} />;
  if (!detail.data) return null;
  if (rides.length === 0) return <p>{t('demand.noRidesWaiting')}</p>;
  return (
    <TableRegion labelledBy={`waiting-rides-${request.id}`}>
      <table className="table" data-testid="waiting-rides">
        <caption id={`waiting-rides-${request.id}`}>
          {t('demand.ridesWaiting', { count: rides.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('demand.rideDate')}</th>
            <th scope="col">{t('demand.purpose')}</th>
            <th scope="col">{t('demand.wheelchair')}</th>
            <th scope="col">{t('demand.district')}</th>
          </tr>
        </thead>
        <tbody>
          {rides.map((b) => (
            <tr key={b.id}>
              <td>
                {fmtDateYear(b.pickupEarliest)}, {fmtTime(b.pickupEarliest)}
              </td>
              <td>{t(`purpose.${b.purpose}`, { defaultValue: t('common.unknown') })}</td>
              <td>{b.wheelchair ? t('demand.yes') : t('demand.no')}</td>
              <td>
                <Place code={b.pickupKato} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function RequestActions({ request, onDone }: { request: RequestSummary; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const [method, setMethod] = useState<ProcurementMethod>(
    (PROCUREMENT_METHODS as readonly string[]).includes(request.method ?? '')
      ? (request.method as ProcurementMethod)
      : 'PRICE_OFFERS',
  );
  // The contract runs for the lot's whole period unless the officer says otherwise. MAX_TERM_DAYS
  // covers the longest lot (libs/domain vocabulary.ts); the cap only guards a stale figure.
  const lotDays =
    request.lot?.suggestedTermDays ?? daysBetweenLocalDates(request.periodStart, request.periodEnd) + 1;
  const periodDays = Math.min(MAX_TERM_DAYS, lotDays);
  const [term, setTerm] = useState(String(request.termDays ?? periodDays));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const params = { path: { id: request.id } };
  const headers = () => ({ 'Idempotency-Key': newKey() });
  const act = async (action: 'submit' | 'resubmit' | 'cancel') => {
    setError(null);
    setFieldErrors({});
    // The term's refusal in the officer's words with the reason (walk 20: "termDays must not be
    // less than 1" on the page; an empty term said only "check this field").
    const termRefusal = t(term.trim() === '' ? 'demand.termEmpty' : 'demand.termOutOfRange', {
      min: MIN_TERM_DAYS,
      max: MAX_TERM_DAYS,
      days: periodDays,
    });
    const termDays = Number(term.trim());
    if (
      action !== 'cancel' &&
      !(/^\d+$/.test(term.trim()) && termDays >= MIN_TERM_DAYS && termDays <= MAX_TERM_DAYS)
    )
      return setFieldErrors({ termDays: termRefusal });
    try {
      if (action === 'submit')
        await call(
          client.POST('/procurement/requests/{id}/submit', {
            params,
            body: { version: request.version, method, termDays },
            headers: headers(),
          }),
        );
      // Resubmitting starts a new request from a failed one: it carries no version.
      else if (action === 'resubmit')
        await call(
          client.POST('/procurement/requests/{id}/resubmit', {
            params,
            body: { method, termDays },
            headers: headers(),
          }),
        );
      else
        await call(
          client.POST('/procurement/requests/{id}/cancel', {
            params,
            body: { version: request.version, reason },
            headers: headers(),
          }),
        );
      onDone(t(`demand.done.${action}`));
    } catch (e) {
      if (!(e instanceof ApiError)) return setError(String(e));
      if (e.status === 404) return setError(t('common.notAvailable'));
      // Each refusal at the field it concerns: the term, the method, the reason; the rest (no
      // ride waiting any more) above the buttons.
      const at: Record<string, string> = {};
      const rest: string[] = [];
      for (const f of e.fields)
        if (f.field === 'termDays') at.termDays = termRefusal;
        else if (['method', 'reason'].includes(f.field)) at[f.field] = f.message;
        else rest.push(f.message);
      setFieldErrors(at);
      setError(rest.join(' ') || (e.fields.length === 0 ? e.message : null));
    }
  };
  if (request.status !== 'DRAFT' && request.status !== 'FAILED') return null;
  return (
    <div className="inline-form">
      {error && (
        <p className="notice notice-warning" role="alert" data-testid="request-error">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor={`method-${request.id}`}>{t('demand.method')}</label>
        <select
          id={`method-${request.id}`}
          value={method}
          aria-invalid={!!fieldErrors.method}
          aria-describedby={fieldErrors.method ? `method-error-${request.id}` : undefined}
          onChange={(e) => setMethod(e.target.value as ProcurementMethod)}
        >
          {PROCUREMENT_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`method.${m}`)}
            </option>
          ))}
        </select>
        {fieldErrors.method && (
          <span className="field-error" id={`method-error-${request.id}`}>
            {fieldErrors.method}
          </span>
        )}
      </div>
      <TextField
        className="field field-short"
        value={term}
        onChange={(v) => {
          // The refusal was of the term as it stood: once the officer changes it, it no longer holds.
          setTerm(v);
          setFieldErrors(({ termDays: _, ...rest }) => rest);
        }}
        inputMode="numeric"
        isInvalid={!!fieldErrors.termDays}
        validationBehavior="aria"
      >
        <Label>{t('demand.termDays')}</Label>
        <Input />
        <Text slot="description">
          {lotDays > periodDays
            ? t('demand.termHintCapped', { days: lotDays, max: periodDays })
            : t('demand.termHint', { days: periodDays })}
        </Text>
        <FieldError className="field-error">{fieldErrors.termDays}</FieldError>
      </TextField>
      <Button
        className="btn btn-primary"
        onPress={() => void act(request.status === 'FAILED' ? 'resubmit' : 'submit')}
      >
        {request.status === 'FAILED' ? t('demand.resubmit') : t('demand.submit')}
      </Button>
      <TextField
        className="field"
        value={reason}
        onChange={setReason}
        isInvalid={!!fieldErrors.reason}
        validationBehavior="aria"
      >
        <Label>{t('demand.cancelReason')}</Label>
        <Input />
        <FieldError className="field-error">{fieldErrors.reason}</FieldError>
      </TextField>
      <Button
        className="btn btn-danger"
        isDisabled={reason.trim().length < 3}
        onPress={() => void act('cancel')}
      >
        {t('demand.cancel')}
      </Button>
    </div>
  );
}
