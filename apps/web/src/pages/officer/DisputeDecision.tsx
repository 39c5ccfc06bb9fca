import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { NO_SHOW_DISPUTE_REJECTIONS, type NoShowDisputeRejection } from '@invataxi/domain';
import { ApiError, call, client, newKey, type Schema } from '../../api/client';
import { focusField } from '../../components';
import { fmtDateTimeYear, fmtTime } from '../../format';

type Booking = Schema<'BookingView'>;

/** What the vehicle's pings showed at a no-show (arrival, wait, distance, last seen), in words. */
export function NoShowEvidenceText({ booking }: { booking: Booking }) {
  const { t } = useTranslation();
  const e = booking.noShow?.evidence;
  if (!e) return null;
  return (
    <p className="small">
      {t('rides.noShow.evidence', {
        arrived: fmtTime(e.arrivedAt),
        waited: e.minutesWaited,
        metres: e.metres,
        last: fmtTime(e.lastSeenAt),
      })}
    </p>
  );
}

/**
 * A disputed no-show decided (issue 23) by the LEB officer or the region's dispatch centre:
 * upheld forgives it, rejected lets it count, with a reason (a code, required) and the
 * decider's words to the rider ("another reason" needs them). The person's registry page and
 * the list of open disputes decide the same way.
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
  const [rejecting, setRejecting] = useState(false);
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
          body: upheld
            ? { upheld }
            : { upheld, reason: rejection || undefined, ...(note.trim() ? { note: note.trim() } : {}) },
          headers: { 'Idempotency-Key': newKey() },
        }),
      );
      setRejecting(false);
      setRejection('');
      setNote('');
      setRejectError(null);
      onDecided(upheld);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      onError(e.fields[0]?.message ?? e.message);
    }
  };
  if (!b.noShow?.disputedAt || b.noShow.decision) return null;
  return (
    <>
      <span className="button-row">
        <Button
          className="btn btn-small"
          aria-label={`${t('registry.uphold')}: ${when}`}
          onPress={() => void decide(true)}
        >
          {t('registry.uphold')}
        </Button>
        <Button
          className="btn btn-small"
          aria-label={`${t('registry.reject')}: ${when}`}
          onPress={() => {
            setRejecting(true);
            setRejection('');
            setNote('');
            setRejectError(null);
            focusField(`reject-reason-${b.id}`);
          }}
        >
          {t('registry.reject')}
        </Button>
      </span>
      {rejecting && (
        <div className="field" role="group" aria-label={`${t('registry.reject')}: ${when}`}>
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
          <label htmlFor={`field-reject-note-${b.id}`}>{t('registry.rejectNote')}</label>
          <textarea
            id={`field-reject-note-${b.id}`}
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
            <Button className="btn btn-small btn-primary" onPress={() => void decide(false)}>
              {t('registry.rejectConfirm')}
            </Button>
            <Button className="btn btn-small" onPress={() => setRejecting(false)}>
              {t('common.back')}
            </Button>
          </div>
        </div>
      )}
    </>
  );
}
