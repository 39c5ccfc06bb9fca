/**
 * apps/web/src/pickup-time.ts: the pick-up time the rider's card and live panel say (walk T23B
 * N2: the card said the booked 11:55 while the SMS and the manifest said 12:10).
 */
import { pickupEtaOf } from '../../apps/web/src/pickup-time';

describe('pickupEtaOf', () => {
  const planned = '2026-12-08T07:10:00.000Z'; // 12:10 in Almaty
  it('an ETA held at the booked window opening says the planned pickup instead', () => {
    expect(pickupEtaOf({ plannedPickupAt: planned }, '2026-12-08T06:55:00.000Z')).toBe(planned);
  });
  it('an ETA after the planned pickup is said as it is', () => {
    expect(pickupEtaOf({ plannedPickupAt: planned }, '2026-12-08T07:18:00.000Z')).toBe(
      '2026-12-08T07:18:00.000Z',
    );
  });
  it('with no plan, the live ETA', () => {
    expect(pickupEtaOf({ plannedPickupAt: null }, '2026-12-08T06:55:00.000Z')).toBe(
      '2026-12-08T06:55:00.000Z',
    );
  });
});
