import { drawTrip, REQUESTS_PER_HOUR, requestsIn, seededRandom, TRIP_KINDS } from './rhythm';

describe("the demo city's rhythm", () => {
  it('books in the day, not at night; busiest in the morning', () => {
    const random = seededRandom(1);
    const perHour = (hour: number): number => {
      let n = 0;
      for (let day = 0; day < 200; day++)
        for (let m = 0; m < 60; m += 5) n += requestsIn(hour * 60 + m, 5, random);
      return n / 200;
    };
    expect(perHour(3)).toBe(0);
    const morning = perHour(9);
    // A Poisson draw at the hour's rate: the mean over 200 days is close to it.
    expect(Math.abs(morning - REQUESTS_PER_HOUR[9]!)).toBeLessThan(1);
    expect(morning).toBeGreaterThan(perHour(15));
    expect(morning).toBeGreaterThan(perHour(20));
  });

  it('puts dialysis and clinic arrivals in the morning and returns later', () => {
    const random = seededRandom(7);
    const trips = Array.from({ length: 2000 }, () => drawTrip(8 * 60, 30, random));
    const dialysis = trips.filter((t) => t.kind.purpose === 'HAEMODIALYSIS');
    expect(dialysis.length).toBeGreaterThan(200);
    for (const t of dialysis) {
      expect(t.kind.anchor).toBe('DROPOFF');
      expect(t.minute).toBeGreaterThanOrEqual(7 * 60 + 30);
      expect(t.minute).toBeLessThanOrEqual(9 * 60 + 30);
      // Back home after the session.
      expect(t.minute + t.kind.returnAfterMinutes!).toBeGreaterThanOrEqual(11 * 60 + 30);
    }
    const medical = trips.filter((t) => t.kind.purpose === 'MEDICAL');
    expect(medical.every((t) => t.minute >= 8 * 60 + 30 && t.minute <= 11 * 60 + 30)).toBe(true);
  });

  it('books some rides for later today, never inside the lead time, the rest for tomorrow', () => {
    const random = seededRandom(3);
    const now = 10 * 60 + 7;
    const trips = Array.from({ length: 1000 }, () => drawTrip(now, 45, random));
    const today = trips.filter((t) => t.dayOffset === 0);
    expect(today.length).toBeGreaterThan(200);
    expect(today.length).toBeLessThan(500);
    for (const t of today) expect(t.minute).toBeGreaterThanOrEqual(now + 45);
    expect(trips.every((t) => t.minute % 5 === 0)).toBe(true);
    // Late in the evening no kind still has hours today: everything is for tomorrow.
    expect(
      Array.from({ length: 100 }, () => drawTrip(20 * 60, 45, random)).every((t) => t.dayOffset === 1),
    ).toBe(true);
  });

  it('draws every kind of trip', () => {
    const random = seededRandom(11);
    const seen = new Set(Array.from({ length: 3000 }, () => drawTrip(6 * 60, 30, random).kind.purpose));
    expect(seen.size).toBe(TRIP_KINDS.length);
  });
});
