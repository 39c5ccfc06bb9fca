import { useTranslation } from 'react-i18next';
import type { Schema } from '../../api/client';
import { NEED_FLAGS } from '../BookPage';

type Mobility = Schema<'BookingView'>['mobility'];

/** Who rides this ride, for a dispatcher: name (surname and initials) and the phone to call. */
export interface RiderContact {
  name: string;
  phone: string | null;
}

/** What the rider needs from the vehicle, in words. */
export function needWords(mobility: Mobility, t: (key: string) => string): string[] {
  return [
    ...(mobility.wheelchair !== 'NONE' ? [t(`wheelchair.${mobility.wheelchair}`)] : []),
    ...NEED_FLAGS.filter((f) => mobility[f] && !(f === 'stepFree' && mobility.wheelchair !== 'NONE')).map(
      (f) => t(`need.${f}`),
    ),
  ];
}

/**
 * Who rides, what they need from the vehicle, and a call link to their phone (walk F3, issue 23):
 * the board gives name and phone to a dispatcher only, and only of rides in the dispatcher's scope.
 */
export function RiderLine({
  rider,
  mobility,
  inButton = false,
}: {
  rider?: RiderContact;
  mobility: Mobility;
  /** Inside a button (a timeline trip): the phone as text, as a link may not nest in a control. */
  inButton?: boolean;
}) {
  const { t } = useTranslation();
  const needs = needWords(mobility, t);
  if (!rider && needs.length === 0) return null;
  return (
    <span className="stop-rider small" data-testid="rider-line">
      {rider && (
        <strong translate="no" data-testid="rider-name">
          {rider.name}
        </strong>
      )}
      {rider?.phone && inButton && (
        <>
          {' · '}
          <span translate="no">{rider.phone}</span>
        </>
      )}
      {rider?.phone && !inButton && (
        <>
          {' · '}
          <a
            href={`tel:${rider.phone.replace(/[^\d+]/g, '')}`}
            translate="no"
            data-testid="rider-phone"
            aria-label={t('board.callRider', { name: rider.name, phone: rider.phone })}
          >
            {rider.phone}
          </a>
        </>
      )}
      {rider && needs.length > 0 && ' · '}
      {needs.join(', ')}
    </span>
  );
}
