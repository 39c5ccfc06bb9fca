import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import type { Schema } from '../api/client';
import { StatusBadge } from '../components';
import { fmtTime } from '../format';
import { alertFatesText } from '../alert-fates';

type Alert = Schema<'BoardAlert'>;
type AlertRide = Schema<'BoardAlertRide'>;

/**
 * Rides a vehicle could no longer serve (a breakdown, a driver who did not come, a cancelled
 * shift), shown to every dispatcher who can take them, in the region's priority order (issue 18).
 * An alert stays until each of its rides has a vehicle again; then one quiet line says what became
 * of each (alertFates: other vehicles, cancelled, sent back again...). An undone breakdown says the vehicle is back in service.
 */
export function DispatchAlerts({
  alerts,
  onAssign,
}: {
  alerts: Alert[];
  /** Opens the move panel for a ride, when the board has it in a column. */
  onAssign: (bookingId: string) => (() => void) | null;
}) {
  const { t } = useTranslation();
  if (alerts.length === 0) return null;
  // An undone breakdown says the vehicle is back and where its rides are (walk t18, finding 3).
  const headline = (a: Alert) =>
    a.undone
      ? t('board.alerts.undone', { plate: a.vehiclePlate, back: a.backOnVehicle, elsewhere: a.elsewhere })
      : t(`board.alerts.kind.${a.kind}`, { plate: a.vehiclePlate, n: a.rides.length });
  const open = alerts.filter((a) => a.waiting > 0);
  const settled = alerts.filter((a) => a.waiting === 0);
  return (
    <section className="dispatch-alerts" aria-labelledby="dispatch-alerts-title">
      <h2 id="dispatch-alerts-title" className="visually-hidden">
        {t('board.alerts.title')}
      </h2>
      {open.map((a) => (
        <div key={a.id} className="notice notice-warning" role="alert" data-testid="dispatch-alert">
          <p>
            <span aria-hidden="true">⚠ </span>
            <strong>{headline(a)}</strong> {t('board.alerts.fates', { fates: alertFatesText(t, a) })}
          </p>
          <p className="small">{t('board.alerts.order')}</p>
          <ol className="stack" data-testid="dispatch-alert-rides">
            {a.rides.map((r) => (
              <AlertRideLine key={r.bookingId} ride={r} onAssign={onAssign(r.bookingId)} />
            ))}
          </ol>
        </div>
      ))}
      {settled.map((a) => (
        <p key={a.id} className="muted" data-testid="dispatch-alert-settled">
          {a.undone
            ? headline(a)
            : `${headline(a)} ${t('board.alerts.allPlaced', { fates: alertFatesText(t, a) })}`}
        </p>
      ))}
    </section>
  );
}

function AlertRideLine({ ride, onAssign }: { ride: AlertRide; onAssign: (() => void) | null }) {
  const { t } = useTranslation();
  const label = `${t(`purpose.${ride.purpose}`)} ${fmtTime(ride.pickupEarliest)}–${fmtTime(ride.pickupLatest)}`;
  return (
    <li>
      <strong>{label}</strong> <span translate="no">{ride.riderName}</span>
      {ride.wheelchair && <>, {t('board.alerts.wheelchair')}</>}
      {' · '}
      {ride.waiting ? (
        <StatusBadge status={ride.status} />
      ) : ride.vehiclePlate ? (
        t('board.alerts.placed', { plate: ride.vehiclePlate, time: fmtTime(ride.plannedPickupAt) })
      ) : (
        <StatusBadge status={ride.status} />
      )}
      {ride.waiting && onAssign && (
        <>
          {' '}
          <Button
            className="btn btn-small"
            onPress={onAssign}
            aria-label={t('board.alerts.assignRide', {
              name: ride.riderName,
              time: fmtTime(ride.pickupEarliest),
            })}
          >
            {t('board.assign')}
          </Button>
        </>
      )}
    </li>
  );
}
