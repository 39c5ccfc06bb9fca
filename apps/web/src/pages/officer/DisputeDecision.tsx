import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { minutesAsShown, NO_SHOW_DISPUTE_REJECTIONS, type NoShowDisputeRejection } from '@invataxi/domain';
import { ApiError, call, client, newKey, type Schema } from '../../api/client';
import { focusField } from '../../components';
import { fmtDateTimeYear, fmtTime } from '../../format';

type Booking = Schema<'BookingView'>;

type Evidence = NonNullable<NonNullable<Booking['noShow']>['evidence']>;

/**
 * What the vehicle's pings showed at a no-show (arrival, wait, distance, last seen), in words,
 * and the pickup time the rider had been told with the wait it started (walk t23 M3: told 11:55,
 * the wait counted 11:55-12:00): to the rider in their words, to the decider about the rider,
 * with the "about to arrive" and "waiting at the door" messages that reached the rider.
 * Evidence kept before t23 has no told time and says nothing of it.
 */
export function NoShowEvidenceText({
  evidence: e,
  audience,
  className,
}: {
  evidence: Evidence | null | undefined;
  audience: 'rider' | 'decider';
  className?: string;
}) {
  const { t } = useTranslation();
  if (!e) return null;
  const wait = { from: fmtTime(e.waitFrom), last: fmtTime(e.lastSeenAt) };
  // The decider sees every message about the pickup that reached the rider (issue 23): "about to
  // arrive" and "waiting at the door" with their times, not only a pickup time told.
  const arrived =
    audience === 'decider'
      ? [
          e.arrivingToldAt
            ? e.arrivingEta
              ? t('registry.toldArriving', { at: fmtTime(e.arrivingToldAt), eta: fmtTime(e.arrivingEta) })
              : t('registry.toldArrivingSoon', { at: fmtTime(e.arrivingToldAt) })
            : null,
          e.atDoorToldAt ? t('registry.toldAtDoor', { at: fmtTime(e.atDoorToldAt) }) : null,
        ].filter((line): line is string => line !== null)
      : [];
  const told =
    e.toldPickupAt === undefined
      ? null
      : e.toldPickupAt
        ? t(audience === 'rider' ? 'rides.noShow.told' : 'registry.told', {
            told: fmtTime(e.toldPickupAt),
            ...wait,
          })
        : audience === 'decider'
          ? t(arrived.length ? 'registry.noTimeTold' : 'registry.notTold', wait)
          : null;
  return (
    <p className={className} data-testid="no-show-evidence">
      {t('rides.noShow.evidence', {
        arrived: fmtTime(e.arrivedAt),
        // As the times shown read ("from 12:26 to 12:32": 6), not the rule's whole minutes (walk t23 m4).
        waited: minutesAsShown(new Date(e.waitFrom), new Date(e.lastSeenAt)),
        metres: e.metres,
        last: fmtTime(e.lastSeenAt),
      })}
      {told && <> {told}</>}
      {arrived.length > 0 && <> {arrived.join(' ')}</>}
    </p>
  );
}

/**
 * A line said once a no-show is decided or forgiven, kept as its key and date and rendered at
 * each render, so it follows a language switch (walk t23 m5: it stayed in English).
 */
export type SaidLine = { key: string; date: string } | null;

export function useSaidLine(): [string, (said: SaidLine) => void] {
  const { t } = useTranslation();
  const [said, setSaid] = useState<SaidLine>(null);
  return [said ? t(said.key, { date: fmtDateTimeYear(said.date) }) : '', setSaid];
}

/** What a decided dispute says: upheld (forgiven) or not. */
export const disputeSaid = (upheld: boolean, date: string): SaidLine => ({
  key: upheld ? 'registry.disputeUpheldSaid' : 'registry.disputeRejectedSaid',
  date,
});

/**
 * A disputed no-show decided (issue 23) by the LEB officer or the region's dispatch centre:
 * upheld forgives it, rejected lets it count, with a reason (a code, required) and the
 * decider's words to the rider ("another reason" needs them). Either way the decision is
 * confirmed first, with a place for the decider's words (walk t23 m5: upheld in one click, no
 * note). The person's registry page and the list of open disputes decide the same way.
 */
export function DisputeDecision({
  booking: b,
  onDecided,
  onError,
}: {
  booking: Booking;
  /** Said once the API took the decision (the caller announces it and reads its list again). */
  onDecided: (upheld: boolean) => void;
  onError: (message: string) => void;
}) {
  const { t } = useTranslation();
  /** The decision being confirmed: null while neither button was pressed. */
  const [deciding, setDeciding] = useState<'uphold' | 'reject' | null>(null);
  const rejecting = deciding === 'reject';
  const [rejection, setRejection] = useState<NoShowDisputeRejection | ''>('');
  const [note, setNote] = useState('');
  const [rejectError, setRejectError] = useState<{ field: 'reason' | 'note'; text: string } | null>(null);
  const when = fmtDateTimeYear(b.requestedTime);
  const decide = async (upheld: boolean) => {
    if (!upheld && !rejection) {
      setRejectError({ field: 'reason', text: t('registry.rejectWhyMissing') });
      focusField(`reject-reason-${b.id}`);
      return;
    }
    if (!upheld && rejection === 'DISPUTE_OTHER' && note.trim().length < 3) {
      setRejectError({ field: 'note', text: t('registry.rejectNoteMissing') });
      focusField(`reject-note-${b.id}`);
      return;
    }
    try {
      await call(
        client.POST('/bookings/{id}/no-show-dispute/decision', {
          params: { path: { id: b.id } },
          body: {
            upheld,
            ...(upheld ? {} : { reason: rejection || undefined }),
            ...(note.trim() ? { note: note.trim() } : {}),
          },
          headers: { 'Idempotency-Key': newKey() },
        }),
      );
      setDeciding(null);
      setRejection('');
      setNote('');
      setRejectError(null);
      onDecided(upheld);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      onError(e.fields[0]?.message ?? e.message);
    }
  };
  const open = (what: 'uphold' | 'reject') => {
    setDeciding(what);
    setRejection('');
    setNote('');
    setRejectError(null);
    focusField(what === 'reject' ? `reject-reason-${b.id}` : `uphold-note-${b.id}`);
  };
  if (!b.noShow?.disputedAt || b.noShow.decision) return null;
  return (
    <>
      <span className="button-row">
        <Button
          className="btn btn-small"
          aria-label={`${t('registry.uphold')}: ${when}`}
          onPress={() => open('uphold')}
        >
          {t('registry.uphold')}
        </Button>
        <Button
          className="btn btn-small"
          aria-label={`${t('registry.reject')}: ${when}`}
          onPress={() => open('reject')}
        >
          {t('registry.reject')}
        </Button>
      </span>
      {deciding && (
        <div
          className="field"
          role="group"
          aria-label={`${t(rejecting ? 'registry.reject' : 'registry.uphold')}: ${when}`}
        >
          {rejecting && (
            <>
              <label htmlFor={`field-reject-reason-${b.id}`}>{t('registry.rejectWhy')}</label>
              <select
                id={`field-reject-reason-${b.id}`}
                value={rejection}
                onChange={(e) => setRejection(e.target.value as NoShowDisputeRejection | '')}
                aria-invalid={rejectError?.field === 'reason' ? true : undefined}
                aria-describedby={rejectError?.field === 'reason' ? `reject-${b.id}-error` : undefined}
              >
                <option value="">{t('registry.forgiveChoose')}</option>
                {NO_SHOW_DISPUTE_REJECTIONS.map((r) => (
                  <option key={r} value={r}>
                    {t(`rides.noShow.rejection.${r}`)}
                  </option>
                ))}
              </select>
            </>
          )}
          <label htmlFor={`field-${deciding}-note-${b.id}`}>
            {t(rejecting ? 'registry.rejectNote' : 'registry.upholdNote')}
          </label>
          <textarea
            id={`field-${deciding}-note-${b.id}`}
            value={note}
            rows={2}
            maxLength={500}
            onChange={(e) => setNote(e.target.value)}
            aria-invalid={rejectError?.field === 'note' ? true : undefined}
            aria-describedby={rejectError?.field === 'note' ? `reject-${b.id}-error` : undefined}
          />
          {rejectError && (
            <p id={`reject-${b.id}-error`} className="field-error">
              {rejectError.text}
            </p>
          )}
          <div className="button-row">
            <Button className="btn btn-small btn-primary" onPress={() => void decide(!rejecting)}>
              {t(rejecting ? 'registry.rejectConfirm' : 'registry.upholdConfirm')}
            </Button>
            <Button className="btn btn-small" onPress={() => setDeciding(null)}>
              {t('common.back')}
            </Button>
          </div>
        </div>
      )}
    </>
  );
}
