import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client } from '../../api/client';
import { Announcer, LoadError, Loading, PageTitle, useLoad } from '../../components';
import { fmtDateTimeYear, fmtDateYear, kzToday } from '../../format';
import { DisputeDecision, disputeSaid, NoShowEvidenceText, useSaidLine } from './DisputeDecision';
import { placeIn } from '../../place-names';

/**
 * The open no-show disputes (issue 23: "the LEB officer or the dispatcher decides the dispute"):
 * those of the officer's region, or of the region's dispatch centre, the oldest first, each with
 * the rider, the ride, what the vehicle's pings showed, the rider's words and the deadline, and
 * the decision the person's registry page offers too. A decided one leaves the list.
 */
export function DisputesPage() {
  const { t } = useTranslation();
  const [said, setSaid] = useSaidLine();
  const [error, setError] = useState<string | null>(null);
  const list = useLoad((signal) => call(client.GET('/bookings/no-show-disputes', { signal })), []);
  return (
    <section aria-busy={list.loading} data-testid="disputes-page">
      <PageTitle>{t('disputes.title')}</PageTitle>
      <p>{t('disputes.intro')}</p>
      <Announcer text={said} />
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {list.error && <LoadError error={list.error} />}
      {!list.data && !list.error && <Loading />}
      {list.data && list.data.length === 0 && <p>{t('disputes.none')}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="stack">
          {list.data.map((b) => (
            <li key={b.id} className="card" data-testid="dispute" data-booking={b.id}>
              <h2 className="h3" translate="no">
                {b.rider?.name}
              </h2>
              {b.rider?.phone && (
                <p className="small">
                  {t('disputes.phone')} <a href={`tel:${b.rider.phone}`}>{b.rider.phone}</a>
                </p>
              )}
              <p>
                {t('disputes.ride', { date: fmtDateTimeYear(b.requestedTime) })}{' '}
                <span translate="no">{placeIn(b.pickup.address)}</span> <span aria-hidden="true">→</span>
                <span className="visually-hidden"> {t('book.to')}: </span>{' '}
                <span translate="no">{placeIn(b.dropoff.address)}</span>
              </p>
              {b.noShow?.evidence ? (
                <NoShowEvidenceText evidence={b.noShow.evidence} audience="decider" className="small" />
              ) : (
                <p className="small">{t('rides.noShow.noEvidence')}</p>
              )}
              {b.noShow?.disputedAt && (
                <blockquote className="small">
                  {t('registry.disputed', { date: fmtDateTimeYear(b.noShow.disputedAt) })}{' '}
                  <q>{b.noShow.disputeText}</q>
                </blockquote>
              )}
              {b.noShow?.disputeUntil && (
                <p className="small">
                  {/* Said as still open until the day has passed (walk t23 m5: "could dispute" while open). */}
                  {t(b.noShow.disputeUntil < kzToday() ? 'disputes.deadlinePast' : 'disputes.deadline', {
                    date: fmtDateYear(b.noShow.disputeUntil),
                  })}
                </p>
              )}
              <DisputeDecision
                booking={b}
                onDecided={(upheld) => {
                  setError(null);
                  setSaid(disputeSaid(upheld, b.requestedTime));
                  list.reload();
                }}
                onError={setError}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
