import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FieldError, Input, Label, TextField } from 'react-aria-components';
import type { Session } from '../../auth';
import { PROCUREMENT_METHODS, type BookingStatus, type ProcurementMethod } from '@invataxi/domain';
import { ApiError, call, client, newKey, type Schema } from '../../api/client';
import { Announcer, LoadError, Loading, PageTitle, useLoad } from '../../components';
import { BarChart } from '../../BarChart';
import { fmtDate, fmtMonth, fmtNumber, kzToday } from '../../format';

type RequestSummary = Schema<'RequestSummary'>;
const WAITING: BookingStatus[] = ['WAITLISTED', 'AWAITING_PROCUREMENT'];

function monthsBack(firstOfMonth: string, n: number): string {
  const d = new Date(`${firstOfMonth}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 10);
}

export function districtName(t: (k: string, o?: Record<string, unknown>) => string, kato: string): string {
  return t(`district.${kato}`, { defaultValue: kato });
}

/** Unmet demand (waiting and awaiting-procurement rides by district) and procurement requests. */
export function DemandPage({ session }: { session: Session }) {
  const { t } = useTranslation();
  const region = session.principal.regionKato ?? undefined;
  const waiting = useLoad(
    (signal) =>
      call(client.GET('/bookings', { params: { query: { status: WAITING, region, limit: 200 } }, signal })),
    [region],
  );
  const requests = useLoad(
    (signal) =>
      call(client.GET('/procurement/requests', { params: { query: { regionKato: region } }, signal })),
    [region],
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
          <table className="table">
            <caption>{t('demand.byDistrict')}</caption>
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
                  <th scope="row">{districtName(t, k)}</th>
                  <td>{fmtNumber(v.waitlisted)}</td>
                  <td>{fmtNumber(v.awaiting)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <BarChart
            title={t('demand.awaitingChart')}
            bars={rows.map(([k, v]) => ({ label: districtName(t, k), value: v.awaiting }))}
          />
        </>
      )}
      {report.error && <LoadError error={report.error} />}
      {report.data && report.data.waitingNow.length > 0 && (
        <table className="table">
          <caption>{t('demand.waitingNow')}</caption>
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
                <th scope="row">{districtName(t, w.districtKato)}</th>
                <td>{fmtNumber(w.waiting)}</td>
                <td>{fmtNumber(w.oldestDaysWaited, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
                  <th scope="row">{districtName(t, r.districtKato)}</th>
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
          <li key={r.id} className="card">
            <h3 className="h3">
              {fmtDate(r.periodStart)} – {fmtDate(r.periodEnd)} ·{' '}
              {t(`procurementStatus.${r.status}`, { defaultValue: t('common.unknown') })}
            </h3>
            <p>
              {t('demand.uncovered')}: {r.uncoveredKato.map((k) => districtName(t, k)).join(', ') || '—'}
            </p>
            <dl className="figures">
              {Object.entries(r.figures).map(([k, v]) => (
                <div key={k}>
                  <dt>{t(`demand.fig.${k}`, { defaultValue: t('common.unknown') })}</dt>
                  <dd>{typeof v === 'number' ? fmtNumber(v) : JSON.stringify(v)}</dd>
                </div>
              ))}
              <div>
                <dt>{t('demand.budget')}</dt>
                <dd>{fmtNumber(r.estimatedBudgetTenge)} ₸</dd>
              </div>
              {r.method && (
                <div>
                  <dt>{t('demand.method')}</dt>
                  <dd>{t(`method.${r.method}`)}</dd>
                </div>
              )}
            </dl>
            {r.failureReason && <p className="notice notice-warning">{r.failureReason}</p>}
            <RequestActions
              request={r}
              onDone={(m) => {
                setSaid(m);
                requests.reload();
              }}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function RequestActions({ request, onDone }: { request: RequestSummary; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const [method, setMethod] = useState<ProcurementMethod>(
    (PROCUREMENT_METHODS as readonly string[]).includes(request.method ?? '')
      ? (request.method as ProcurementMethod)
      : 'PRICE_OFFERS',
  );
  const [term, setTerm] = useState(String(request.termDays ?? 2));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const params = { path: { id: request.id } };
  const headers = () => ({ 'Idempotency-Key': newKey() });
  const act = async (action: 'submit' | 'resubmit' | 'cancel') => {
    setError(null);
    try {
      const termDays = Number(term);
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
      setError(
        e instanceof ApiError
          ? e.status === 404
            ? t('common.notAvailable')
            : (e.fields[0]?.message ?? e.message)
          : String(e),
      );
    }
  };
  if (request.status !== 'DRAFT' && request.status !== 'FAILED') return null;
  return (
    <div className="inline-form">
      <div className="field">
        <label htmlFor={`method-${request.id}`}>{t('demand.method')}</label>
        <select
          id={`method-${request.id}`}
          value={method}
          onChange={(e) => setMethod(e.target.value as ProcurementMethod)}
        >
          {PROCUREMENT_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`method.${m}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField className="field field-short" value={term} onChange={setTerm} inputMode="numeric">
        <Label>{t('demand.termDays')}</Label>
        <Input />
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
        isInvalid={!!error}
        validationBehavior="aria"
      >
        <Label>{t('demand.cancelReason')}</Label>
        <Input />
        <FieldError className="field-error">{error}</FieldError>
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
