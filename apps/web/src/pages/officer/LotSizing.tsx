// "How many vehicles do we need to serve this demand at X% served" (issue 25, item 2): on a
// procurement request's card, the fleet sized from evidence that the lot carries, in words; for
// the region's officer on a DRAFT, the target to run it at, the runs with their progress, and a
// later run's result attached to the lot only when the officer chooses it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { ApiError, call, client, newKey, type Schema } from '../../api/client';
import { LoadError, useLoad } from '../../components';
import { fmtDateYear, fmtTime } from '../../format';

type RequestSummary = Schema<'RequestSummary'>;
type SizingView = Schema<'SizingView'>;

/** How often the runs are read again while one is running. */
const POLL_MS = 1000;

/** The sizing the lot carries, in sentences, with the flag when the waiting rides changed since. */
function SizingText({ sizing }: { sizing: SizingView }) {
  return (
    <>
      {sizing.demandChanged && (
        <p className="notice notice-warning" data-testid="sizing-demand-changed">
          {sizing.demandChanged.text}
        </p>
      )}
      {sizing.text.map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </>
  );
}

export function LotSizing({
  request: r,
  canAct,
  onDone,
}: {
  request: RequestSummary;
  canAct: boolean;
  onDone: (m: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const runs = useLoad(
    (signal) =>
      call(client.GET('/procurement/requests/{id}/sizings', { params: { path: { id: r.id } }, signal })),
    [r.id, r.version, i18n.language],
  );
  const running = (runs.data ?? []).find((s) => s.status === 'QUEUED' || s.status === 'RUNNING');
  const [watching, setWatching] = useState<string | null>(null);
  // While a run goes on, read the runs again; once the one started here ends, the card reloads.
  useEffect(() => {
    if (!running) return;
    const id = setTimeout(runs.reload, POLL_MS);
    return () => clearTimeout(id);
  }, [runs.data]);
  useEffect(() => {
    if (!watching) return;
    const done = (runs.data ?? []).find(
      (s) => s.id === watching && (s.status === 'DONE' || s.status === 'FAILED'),
    );
    if (!done) return;
    setWatching(null);
    onDone(done.status === 'DONE' ? t('sizing.done') : (done.failureText ?? t('sizing.failed')));
  }, [runs.data, watching]);

  const [target, setTarget] = useState('95');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const start = async () => {
    setFieldError(null);
    setError(null);
    const value = Number(target.trim());
    try {
      const run = await call(
        client.POST('/procurement/requests/{id}/sizings', {
          params: { path: { id: r.id } },
          headers: { 'Idempotency-Key': newKey() },
          body: { targetPercent: target.trim() === '' || !Number.isFinite(value) ? (null as never) : value },
        }),
      );
      setWatching(run.id);
      runs.reload();
    } catch (e) {
      if (!(e instanceof ApiError)) return setError(String(e));
      const at = e.fields.filter((f) => f.field === 'targetPercent').map((f) => f.message);
      const rest = e.fields.filter((f) => f.field !== 'targetPercent').map((f) => f.message);
      setFieldError(at.length ? at.join(' ') : null);
      setError(rest.join(' ') || (e.fields.length === 0 ? e.message : null));
    }
  };
  const attach = async (run: SizingView) => {
    setError(null);
    try {
      await call(
        client.POST('/procurement/requests/{id}/sizings/{sizingId}/attach', {
          params: { path: { id: r.id, sizingId: run.id } },
          headers: { 'Idempotency-Key': newKey() },
          body: { version: r.version },
        }),
      );
      onDone(t('sizing.attachedDone'));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  const others = (runs.data ?? []).filter((s) => !s.attached);
  const draft = r.status === 'DRAFT';
  return (
    <section aria-labelledby={`sizing-${r.id}`} data-testid="lot-sizing">
      <h4 className="h4" id={`sizing-${r.id}`}>
        {t('sizing.title')}
      </h4>
      {r.sizing ? (
        <div data-testid="sizing-attached">
          <p className="muted">
            {t('sizing.attachedAt', {
              percent: r.sizing.targetPercent,
              date: fmtDateYear(r.sizing.finishedAt ?? r.sizing.createdAt),
              time: fmtTime(r.sizing.finishedAt ?? r.sizing.createdAt),
            })}
          </p>
          <SizingText sizing={r.sizing} />
        </div>
      ) : (
        <p>{t('sizing.none')}</p>
      )}
      {canAct && draft && (
        <div className="inline-form">
          {error && (
            <p className="notice notice-warning" role="alert">
              {error}
            </p>
          )}
          <div className="field">
            <label htmlFor={`sizing-target-${r.id}`}>{t('sizing.target')}</label>
            <input
              id={`sizing-target-${r.id}`}
              type="number"
              inputMode="numeric"
              min={50}
              max={100}
              step={1}
              value={target}
              aria-invalid={!!fieldError}
              aria-describedby={`sizing-target-hint-${r.id}${fieldError ? ` sizing-target-error-${r.id}` : ''}`}
              onChange={(e) => setTarget(e.target.value)}
            />
            <span className="muted" id={`sizing-target-hint-${r.id}`}>
              {t('sizing.targetHint')}
            </span>
            {fieldError && (
              <span className="field-error" id={`sizing-target-error-${r.id}`}>
                {fieldError}
              </span>
            )}
          </div>
          <Button
            className="btn"
            isDisabled={!!running}
            onPress={() => void start()}
            data-testid="sizing-run"
          >
            {t('sizing.run')}
          </Button>
        </div>
      )}
      {runs.error && <LoadError error={runs.error} />}
      {running && (
        <p data-testid="sizing-progress">
          <label htmlFor={`sizing-progress-${r.id}`}>
            {t('sizing.running', { percent: running.targetPercent })}
          </label>{' '}
          <progress id={`sizing-progress-${r.id}`} max={100} value={running.progress}>
            {running.progress}%
          </progress>{' '}
          <span aria-live="polite">{t('sizing.progress', { progress: running.progress })}</span>
        </p>
      )}
      {others.some((s) => s.status !== 'QUEUED' && s.status !== 'RUNNING') && (
        <details>
          <summary>{t('sizing.otherRuns')}</summary>
          <ul className="plain">
            {others
              .filter((s) => s.status === 'DONE' || s.status === 'FAILED')
              .map((s) => (
                <li key={s.id} data-testid="sizing-run-result">
                  <p>
                    <strong>
                      {t('sizing.runOf', {
                        percent: s.targetPercent,
                        date: fmtDateYear(s.createdAt),
                        time: fmtTime(s.createdAt),
                      })}
                    </strong>
                  </p>
                  {s.status === 'FAILED' ? <p>{s.failureText}</p> : <SizingText sizing={s} />}
                  {s.status === 'DONE' && canAct && draft && (
                    <Button className="btn" onPress={() => void attach(s)} data-testid="sizing-attach">
                      {t('sizing.attach')}
                    </Button>
                  )}
                </li>
              ))}
          </ul>
        </details>
      )}
    </section>
  );
}
