import { CENTRE, dayAt, type Fixtures } from './fixtures';

/** Random rides over a few hours of a day, around the centre (deterministic by `seed`). */
export async function manyRides(fx: Fixtures, n: number, day: number, seed: number): Promise<string[]> {
  let x = seed;
  const rnd = () => (x = (x * 16807) % 2147483647) / 2147483647;
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const h = 8 + Math.floor(rnd() * 8);
    const m = Math.floor(rnd() * 4) * 15;
    const r = await fx.accepted({
      pickup: { lat: CENTRE.lat + (rnd() - 0.5) * 0.12, lon: CENTRE.lon + (rnd() - 0.5) * 0.16 },
      dropoff: { lat: CENTRE.lat + (rnd() - 0.5) * 0.12, lon: CENTRE.lon + (rnd() - 0.5) * 0.16 },
      pickupAt: dayAt(day, `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
      wheelchair: rnd() < 0.15,
    });
    ids.push(r.id);
  }
  return ids;
}

/** A provider with `shifts` vehicles on the day, 07:00-19:00 around the centre (one in three with a ramp). */
export async function fleet(fx: Fixtures, shifts: number, day: number): Promise<void> {
  const provider = await fx.provider();
  for (let i = 0; i < shifts; i++)
    await fx.shift(provider, {
      startsAt: dayAt(day, '07:00'),
      endsAt: dayAt(day, '19:00'),
      depot: { lat: CENTRE.lat + (i % 3) * 0.02 - 0.02, lon: CENTRE.lon + (i % 4) * 0.02 - 0.03 },
      vehicle: i % 3 === 0 ? { seats: 2, wheelchairPlaces: 1, ramp: true, restraints: true } : { seats: 3 },
    });
}
