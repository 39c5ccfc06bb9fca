import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox } from 'react-aria-components';
import { ApiError, call, client, type Schema } from '../api/client';
import { Announcer, TableRegion } from '../components';
import { fmtDate, fmtNumber, fmtTime, kzToday } from '../format';
import { DateField } from '../DateTimeFields';
import { placeIn } from '../place-names';

type Plan = Schema<'PlanRunView'>;
type PlanRide = Schema<'PlanRideView'>;

const WORKING = ['QUEUED', 'RUNNING'];
/** The states a board opened again shows: still running, awaiting a decision, or undoable. */
const REOPEN = [...WORKING, 'PROPOSED', 'APPLIED'];
const FIGURES = ['vehiclesUsed', 'km', 'meanRideRatio', 'bookings'] as const;
const DIGITS: Record<(typeof FIGURES)[number], number> = {
  vehiclesUsed: 0,
  km: 1,
  meanRideRatio: 2,
  bookings: 0,
};

/**
 * The re-plan of a day (tomorrow unless another is chosen, issue 23) as a proposal (issue 18): start it (optionally letting manual
 * assignments and rides confirmed to drivers move), follow its progress, then read what it
 * would change (figures before and after, every ride moved, served from the waitlist, re-timed
 * or left out) and apply or discard it; an applied one can be undone until a driver acts.
 */
export function ReplanProposal({ region, onChanged }: { region: string | null; onChanged: () => void }) {
  const { t } = useTranslation();
  const [plan, setPlan] = useState<Plan | null>(null);
  const [release, setRelease] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  // Any day from today on (issue 23); tomorrow, the evening re-plan's day, unless chosen.
  const [day, setDay] = useState(kzToday(1));

  // A proposal still waiting (or running, or applied and undoable) is found again after a reload
  // or another sign-in (finding t18-7): the day's latest run, unless it was decided and closed.
  useEffect(() => {
    if (!region) return;
    let live = true;
    call(client.GET('/dispatch/plan', { params: { query: { regionKato: region, date: day } } })).then(
      ({ run }) => {
        if (live) setPlan(run && REOPEN.includes(run.status) ? run : null);
      },
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [region, day]);

  useEffect(() => {
    if (!plan || !WORKING.includes(plan.status)) return;
    const timer = setInterval(() => {
      call(client.GET('/dispatch/plan/{runId}', { params: { path: { runId: plan.id } } })).then(
        setPlan,
        (e: Error) => setError(e.message),
      );
    }, 1000);
    return () => clearInterval(timer);
  }, [plan]);

  useEffect(() => {
    if (plan && !WORKING.includes(plan.status)) setSaid(t(`replan.state.${plan.status}`));
  }, [plan?.status, plan, t]);

  if (!region) return null;

  const act = async (what: 'apply' | 'discard' | 'undo') => {
    if (!plan) return;
    setBusy(true);
    setError(null);
    try {
      const path = `/dispatch/plan/{runId}/${what}` as const;
      setPlan(await call(client.POST(path, { params: { path: { runId: plan.id } } })));
      if (what !== 'discard') onChanged();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : (e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const start = async () => {
    setError(null);
    setBusy(true);
    try {
      setPlan(
        await call(
          client.POST('/dispatch/plan', { body: { regionKato: region, date: day, releasePinned: release } }),
        ),
      );
    } catch (e) {
      setError(e instanceof ApiError ? (e.fields[0]?.message ?? e.message) : (e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const working = !!plan && WORKING.includes(plan.status);
  // A run that found nothing to change says so in one sentence with its reason, with no table of
  // figures that did not move (walk t23 m6); only a ride no better plan keeps is listed under it.
  const nothing = plan?.status === 'DONE';
  const showFigures = !!plan?.before && !!plan.after && !working;
  return (
    <section className="card" aria-labelledby="replan-title">
      <h2 id="replan-title">{t('replan.title')}</h2>
      <p className="muted">{t('replan.intro')}</p>
      <div className="field">
        <Checkbox
          className="checkbox"
          isSelected={release}
          isDisabled={working}
          onChange={setRelease}
          aria-describedby="replan-release-help"
        >
          <span className="box" aria-hidden="true" />
          {t('replan.release')}
        </Checkbox>
        <p id="replan-release-help" className="muted">
          {t('replan.releaseHelp')}
        </p>
      </div>
      <DateField
        className="field-short"
        label={t('replan.day')}
        value={day}
        isDisabled={working}
        onChange={(d) => d && setDay(d)}
      />
      <Button className="btn" isDisabled={working || busy} onPress={start}>
        {t('replan.start', { day: fmtDate(day) })}
      </Button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <Announcer text={said} />
      {plan && (
        <div className="plan-progress" data-status={plan.status}>
          {working ? (
            <>
              <label htmlFor="plan-progress">{t('replan.progress')}</label>{' '}
              <progress id="plan-progress" max={100} value={plan.progress}>
                {fmtNumber(plan.progress)}%
              </progress>{' '}
              {fmtNumber(plan.progress)}% · {t(`replan.state.${plan.status}`)}
            </>
          ) : (
            <p>
              {nothing ? (
                <strong>{t(`replan.done.${plan.note ?? 'NO_IMPROVEMENT'}`, { day: fmtDate(day) })}</strong>
              ) : (
                <>
                  <strong>{t(`replan.state.${plan.status}`)}.</strong>
                  {plan.note && <> {t(`replan.note.${plan.note}`)}.</>}
                </>
              )}
            </p>
          )}
        </div>
      )}
      {plan && showFigures && (
        <>
          {!nothing && (
            <TableRegion labelledBy="replan-figures-caption">
              <table className="table">
                <caption id="replan-figures-caption">{t('replan.beforeAfter')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('replan.figure')}</th>
                    <th scope="col">{t('replan.before')}</th>
                    <th scope="col">{t('replan.after')}</th>
                  </tr>
                </thead>
                <tbody>
                  {FIGURES.map((f) => (
                    <tr key={f}>
                      <th scope="row">{t(`replan.fig.${f}`)}</th>
                      <td>{fmtNumber(plan.before![f], DIGITS[f])}</td>
                      <td>{fmtNumber(plan.after![f], DIGITS[f])}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          )}
          {plan.rides.length > 0 && (
            <>
              {!nothing && (
                <p>
                  {t('replan.counts', {
                    moved: plan.counts.moved,
                    served: plan.counts.served,
                    retimed: plan.counts.retimed,
                    leftOut: plan.counts.leftOut,
                  })}
                  {plan.counts.pinned > 0 && <> {t('replan.pinned', { count: plan.counts.pinned })}</>}
                </p>
              )}
              {plan.rideTimeWorse && (
                <p className="notice notice-warning" data-testid="replan-ride-time-worse">
                  <strong>{t('replan.rideTimeWorseLead')}</strong>{' '}
                  {t('replan.rideTimeWorse', {
                    before: fmtNumber(plan.before!.meanRideRatio, 2),
                    after: fmtNumber(plan.after!.meanRideRatio, 2),
                  })}
                </p>
              )}
              <TableRegion labelledBy="replan-rides-caption">
                <table className="table" data-testid="replan-rides">
                  <caption id="replan-rides-caption">{t('replan.ridesCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('replan.col.change')}</th>
                      <th scope="col">{t('replan.col.ride')}</th>
                      <th scope="col">{t('replan.col.vehicle')}</th>
                      <th scope="col">{t('replan.col.time')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {plan.rides.map((r) => (
                      <RideRow key={r.bookingId} ride={r} />
                    ))}
                  </tbody>
                </table>
              </TableRegion>
            </>
          )}
          {plan.status === 'PROPOSED' && (
            <div className="button-row">
              <Button className="btn btn-primary" isDisabled={busy} onPress={() => void act('apply')}>
                {t('replan.apply')}
              </Button>
              <Button className="btn" isDisabled={busy} onPress={() => void act('discard')}>
                {t('replan.discard')}
              </Button>
            </div>
          )}
          {plan.status === 'APPLIED' && (
            <div className="button-row">
              <Button className="btn" isDisabled={busy} onPress={() => void act('undo')}>
                {t('replan.undo')}
              </Button>
              <span className="muted">{t('replan.undoHelp')}</span>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function RideRow({ ride: r }: { ride: PlanRide }) {
  const { t } = useTranslation();
  const vehicle =
    r.kind === 'MOVED'
      ? t('replan.fromTo', { from: r.fromPlate ?? '—', to: r.toPlate ?? '—' })
      : r.kind === 'LEFT_OUT'
        ? '—'
        : r.kind === 'STRANDED'
          ? (r.fromPlate ?? '—')
          : (r.toPlate ?? '—');
  const time =
    r.kind === 'LEFT_OUT'
      ? t('replan.stillWaiting')
      : r.kind === 'STRANDED'
        ? fmtTime(r.oldPickupAt)
        : r.oldPickupAt
          ? t('replan.fromTo', { from: fmtTime(r.oldPickupAt), to: fmtTime(r.newPickupAt) })
          : fmtTime(r.newPickupAt);
  return (
    <tr data-booking={r.bookingId} data-kind={r.kind}>
      <td>{t(`replan.kind.${r.kind}`)}</td>
      <td>
        {r.riderName && (
          <>
            <strong translate="no">{r.riderName}</strong>{' '}
          </>
        )}
        <span translate="no">{placeIn(r.pickupAddress)}</span> →{' '}
        <span translate="no">{placeIn(r.dropoffAddress)}</span>
      </td>
      <td translate="no">{vehicle}</td>
      <td>{time}</td>
    </tr>
  );
}
