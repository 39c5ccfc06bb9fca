import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { ApiError, call, client, type Schema } from '../api/client';
import { fmtMinutes, fmtNumber, fmtTime } from '../format';
import type { Ride } from './RidesPage';
import { placeIn } from '../place-names';

type Flag = Schema<'StatusFlagView'>;
type Decision = 'CONFIRMED' | 'REJECTED';
const DECISIONS: [Decision, string][] = [
  ['CONFIRMED', 'flags.confirm'],
  ['REJECTED', 'flags.reject'],
];

/** What the flag says, in the dispatcher's words: how late, how far from the pick-up. */
export function flagText(t: (k: string, o?: Record<string, unknown>) => string, f: Flag): string {
  return t(`flags.code.${f.code}`, {
    defaultValue: t('flags.code.OTHER'),
    late: fmtMinutes(f.minutes),
    km: fmtNumber((f.metres ?? 0) / 1000, 1),
  });
}

/** Whether a ride has a driver's report still waiting for a dispatcher. */
export function hasOpenFlag(flags: readonly Flag[] | undefined, bookingId: string): boolean {
  return (flags ?? []).some((f) => f.bookingId === bookingId && f.review === 'PENDING');
}

/**
 * Driver reports the API took but flagged (issue 18): very late, or marked as arrived far from
 * the pick-up by the vehicle's last position. Billing leaves the ride out until a dispatcher
 * confirms it here; a rejected ride is never billed. Every decision is audited by the API.
 */
export function StatusFlags(props: {
  flags: readonly Flag[];
  rideOf: (bookingId: string) => Ride | undefined;
  onReviewed: (announcement: string) => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (props.flags.length === 0) return null;
  const open = props.flags.filter((f) => f.review === 'PENDING').length;

  const review = async (f: Flag, decision: Decision) => {
    setBusy(f.id);
    setError(null);
    try {
      await call(
        client.POST('/dispatch/status-flags/{id}/review', {
          params: { path: { id: f.id } },
          body: { decision },
        }),
      );
      props.onReviewed(t(decision === 'CONFIRMED' ? 'flags.confirmedDone' : 'flags.rejectedDone'));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.message);
      props.onReviewed('');
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="card status-flags" aria-labelledby="flags-title" data-testid="status-flags">
      <h2 id="flags-title" className="h3">
        <span aria-hidden="true">⚑ </span>
        {t('flags.title')} <span className="count">({open})</span>
      </h2>
      <p className="muted">{t('flags.hint')}</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <ul className="stack">
        {props.flags.map((f) => {
          const ride = props.rideOf(f.bookingId);
          const where = placeIn(ride?.pickup.address ?? '');
          const when = fmtTime(f.plannedPickupAt ?? f.pickupEarliest);
          return (
            <li key={f.id} data-flag={f.id} data-review={f.review} className="flag">
              <p>
                <strong>{flagText(t, f)}</strong>
              </p>
              <p className="small">
                {t('flags.ride')} <span translate="no">{where}</span>, {when} ·{' '}
                {t('flags.reported', { status: t(`status.${f.status}`), at: fmtTime(f.reportedAt) })}
              </p>
              {f.review === 'PENDING' ? (
                <p className="inline-form">
                  {DECISIONS.map(([decision, key]) => (
                    <Button
                      key={decision}
                      className="btn btn-small"
                      isDisabled={busy !== null}
                      onPress={() => review(f, decision)}
                      aria-label={`${t(key)} (${where}, ${when})`}
                    >
                      {t(key)}
                    </Button>
                  ))}
                </p>
              ) : (
                <p className="small">
                  {t(f.review === 'CONFIRMED' ? 'flags.wasConfirmed' : 'flags.wasRejected', {
                    at: fmtTime(f.reviewedAt),
                  })}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
