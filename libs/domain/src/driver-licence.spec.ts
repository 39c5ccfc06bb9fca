import { licenceCoversShift, licenceState } from './driver-licence';
import { localDateTimeToUtc } from './time';

describe('driver licence', () => {
  it('is valid, expiring soon within 30 days, expired after its last day, or not recorded', () => {
    expect(licenceState('2027-03-01', '2026-12-07')).toBe('VALID');
    expect(licenceState('2027-01-06', '2026-12-07')).toBe('VALID');
    expect(licenceState('2027-01-05', '2026-12-07')).toBe('EXPIRING_SOON');
    expect(licenceState('2026-12-07', '2026-12-07')).toBe('EXPIRING_SOON');
    expect(licenceState('2026-12-06', '2026-12-07')).toBe('EXPIRED');
    expect(licenceState(null, '2026-12-07')).toBe('NOT_RECORDED');
  });

  it('covers a shift only when still valid on the local day the shift ends', () => {
    const until = '2026-12-10';
    expect(licenceCoversShift(until, localDateTimeToUtc('2026-12-10', '21:00'))).toBe(true);
    // Ends at midnight after the last day: driven on the last day only.
    expect(licenceCoversShift(until, localDateTimeToUtc('2026-12-11', '00:00'))).toBe(true);
    // A night shift into the day after the last day is not covered.
    expect(licenceCoversShift(until, localDateTimeToUtc('2026-12-11', '06:00'))).toBe(false);
    expect(licenceCoversShift(until, localDateTimeToUtc('2026-12-12', '10:00'))).toBe(false);
    expect(licenceCoversShift(null, localDateTimeToUtc('2030-01-01', '10:00'))).toBe(true);
  });
});
