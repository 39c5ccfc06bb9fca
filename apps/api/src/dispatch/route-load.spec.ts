import { routeLoad } from './board.service';

describe('routeLoad (the vehicle picker, issue 23)', () => {
  const trips = new Map([
    ['a', { loadSeats: 2, loadWheelchairPlaces: 0 }],
    ['b', { loadSeats: 0, loadWheelchairPlaces: 1 }],
    ['c', { loadSeats: 1, loadWheelchairPlaces: 0 }],
  ]);
  const stop = (bookingId: string, kind: string, sequence: number) => ({ bookingId, kind, sequence });

  it('counts the rides and the most on board at once, in stop order whatever the list order', () => {
    expect(
      routeLoad(
        [
          stop('b', 'DROPOFF', 4),
          stop('a', 'PICKUP', 1),
          stop('b', 'PICKUP', 2),
          stop('a', 'DROPOFF', 3),
          stop('c', 'PICKUP', 5),
          stop('c', 'DROPOFF', 6),
        ],
        trips,
      ),
    ).toEqual({ rides: 3, peakSeats: 2, peakWheelchairPlaces: 1 });
  });

  it('an empty route carries nothing; a ride on board since before (its drop-off only) is not a new ride', () => {
    expect(routeLoad([], trips)).toEqual({ rides: 0, peakSeats: 0, peakWheelchairPlaces: 0 });
    expect(routeLoad([stop('a', 'DROPOFF', 1)], trips)).toEqual({
      rides: 0,
      peakSeats: 0,
      peakWheelchairPlaces: 0,
    });
  });
});
