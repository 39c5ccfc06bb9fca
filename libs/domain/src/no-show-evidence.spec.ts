import { distanceMetres, type GeoPoint } from './geo';
import { minutesAsShown } from './time';
import { noShowEvidence, NO_SHOW_PING_GAP_MS, type NoShowFacts, type PositionPing } from './no-show-evidence';

// A pickup in Astana (Baiterek, Nurzhol boulevard); 0.001 degree of latitude is about 111 m.
const PICKUP: GeoPoint = { lat: 51.128207, lon: 71.430411 };
const north = (metres: number): GeoPoint => ({ lat: PICKUP.lat + metres / 111_195, lon: PICKUP.lon });
const T0 = new Date('2026-12-01T05:00:00Z'); // 10:00 in Astana: the window opens
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const policy = { noShowWaitMinutes: 5, noShowRadiusMetres: 150 };

/** A ping every 30 s from `from` to `to` minutes at `metres` north of the pickup. */
function stay(from: number, to: number, metres = 20): PositionPing[] {
  const out: PositionPing[] = [];
  for (let m = from; m <= to + 1e-9; m += 0.5) out.push({ ...north(metres), at: at(m) });
  return out;
}

const facts = (pings: PositionPing[], now: number, over: Partial<NoShowFacts> = {}): NoShowFacts => ({
  now: at(now),
  pickup: PICKUP,
  window: { earliest: at(0), latest: at(15) },
  reportedArrivalAt: null,
  toldPickupAt: null,
  toldArriving: null,
  toldAtDoorAt: null,
  pings,
  ...over,
});

describe('no-show evidence (issue 23)', () => {
  it('takes a no-show after the whole wait within the radius, inside the window, and keeps the evidence', () => {
    const v = noShowEvidence(facts(stay(1, 6), 6), policy);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.evidence).toMatchObject({
      arrivedAt: at(1).toISOString(),
      waitFrom: at(1).toISOString(),
      lastSeenAt: at(6).toISOString(),
      minutesWaited: 5,
      radiusMetres: 150,
      waitMinutes: 5,
      pingCount: 11,
    });
    expect(v.evidence.metres).toBeGreaterThanOrEqual(19);
    expect(v.evidence.metres).toBeLessThanOrEqual(21);
    expect(v.evidence.pings).toHaveLength(11);
  });

  it('the radius edge: within it taken, a metre beyond refused with the distance', () => {
    const inside = distanceMetres(north(149), PICKUP);
    expect(Math.round(inside)).toBe(149);
    expect(noShowEvidence(facts(stay(0, 5, 149), 5), policy).ok).toBe(true);
    expect(noShowEvidence(facts(stay(0, 5, 152), 5), policy)).toEqual({
      ok: false,
      refusal: { code: 'NO_SHOW_AWAY', params: { metres: 152, radius: 150 } },
    });
    // the region's own radius applies; a policy without one has the 150 m
    expect(noShowEvidence(facts(stay(0, 5, 152), 5), { ...policy, noShowRadiusMetres: 200 }).ok).toBe(true);
    expect(noShowEvidence(facts(stay(0, 5, 152), 5), { noShowWaitMinutes: 5 }).ok).toBe(false);
  });

  it('the wait edge: a ping short of the wait is refused with the seconds left; at the wait taken', () => {
    const early = noShowEvidence(facts(stay(1, 5.5), 5.5), policy);
    expect(early).toEqual({ ok: false, refusal: { code: 'NO_SHOW_TOO_EARLY', params: { secondsLeft: 30 } } });
    expect(noShowEvidence(facts(stay(1, 6), 6), policy).ok).toBe(true);
  });

  it('the wait counts from the window opening for a vehicle that came early', () => {
    const v = noShowEvidence(facts(stay(-10, 4.5), 4.5), policy);
    expect(v).toEqual({ ok: false, refusal: { code: 'NO_SHOW_TOO_EARLY', params: { secondsLeft: 30 } } });
    const ok = noShowEvidence(facts(stay(-10, 5), 5), policy);
    expect(ok.ok && ok.evidence.waitFrom).toBe(at(0).toISOString());
    expect(ok.ok && ok.evidence.arrivedAt).toBe(at(-10).toISOString());
  });

  it('the wait counts from the "arrived" tap when it is later (the rider was told only then)', () => {
    const v = noShowEvidence(facts(stay(1, 7), 7, { reportedArrivalAt: at(3) }), policy);
    expect(v).toEqual({ ok: false, refusal: { code: 'NO_SHOW_TOO_EARLY', params: { secondsLeft: 60 } } });
  });

  it('the wait counts from the pickup time the rider was told (walk t23 M3: told 11:55, window 11:40-11:55)', () => {
    // the vehicle came a minute into the window; the rider had been told the window's end
    const told = { toldPickupAt: at(15) };
    expect(noShowEvidence(facts(stay(1, 7), 7, told), policy)).toEqual({
      ok: false,
      refusal: { code: 'NO_SHOW_TOO_EARLY', params: { secondsLeft: 13 * 60 } },
    });
    expect(noShowEvidence(facts(stay(1, 19.5), 19.5, told), policy)).toEqual({
      ok: false,
      refusal: { code: 'NO_SHOW_TOO_EARLY', params: { secondsLeft: 30 } },
    });
    const v = noShowEvidence(facts(stay(1, 20), 20, told), policy);
    expect(v.ok && v.evidence).toMatchObject({
      arrivedAt: at(1).toISOString(),
      waitFrom: at(15).toISOString(),
      toldPickupAt: at(15).toISOString(),
      minutesWaited: 5,
    });
    // a told time before the window opening changes nothing; none told is stored as null
    const earlier = noShowEvidence(facts(stay(1, 6), 6, { toldPickupAt: at(-5) }), policy);
    expect(earlier.ok && earlier.evidence.waitFrom).toBe(at(1).toISOString());
    const none = noShowEvidence(facts(stay(1, 6), 6), policy);
    expect(none.ok && none.evidence.toldPickupAt).toBeNull();
  });

  it('keeps every message the rider got about the pickup: "about to arrive" with its time, "waiting at the door" with when; the wait counts from neither (issue 23)', () => {
    const v = noShowEvidence(
      facts(stay(1, 6), 6, { toldArriving: { at: at(-7), eta: at(1) }, toldAtDoorAt: at(1.5) }),
      policy,
    );
    expect(v.ok && v.evidence).toMatchObject({
      waitFrom: at(1).toISOString(),
      toldPickupAt: null,
      arrivingToldAt: at(-7).toISOString(),
      arrivingEta: at(1).toISOString(),
      atDoorToldAt: at(1.5).toISOString(),
    });
    const none = noShowEvidence(facts(stay(1, 6), 6), policy);
    expect(none.ok && [none.evidence.arrivingToldAt, none.evidence.atDoorToldAt]).toEqual([null, null]);
  });

  it('the window edge: a stay begun at the window end is taken; a minute later it is the vehicle being late', () => {
    // the wait runs past the window's end (walk t23 M4: deliberate, the rider only gains time)
    expect(noShowEvidence(facts(stay(15, 20), 20), policy).ok).toBe(true);
    expect(noShowEvidence(facts(stay(13, 18), 18), policy).ok).toBe(true);
    expect(noShowEvidence(facts(stay(16, 21), 21), policy)).toEqual({
      ok: false,
      refusal: { code: 'NO_SHOW_ARRIVED_LATE', params: { arrivedAt: '10:16', windowTo: '10:15' } },
    });
  });

  it('only the unbroken stay counts: a visit that left the radius, or a gap in the pings, starts it again', () => {
    const left = [...stay(0, 2), ...stay(2.5, 3, 400), ...stay(3.5, 6)];
    expect(noShowEvidence(facts(left, 6), policy)).toEqual({
      ok: false,
      refusal: { code: 'NO_SHOW_TOO_EARLY', params: { secondsLeft: 150 } },
    });
    const gap = [...stay(0, 1), ...stay(1 + NO_SHOW_PING_GAP_MS / 60_000 + 0.5, 6)];
    const v = noShowEvidence(facts(gap, 6), policy);
    expect(v.ok).toBe(false);
  });

  it('refuses without a fresh position: none at all, or the last one older than the gap', () => {
    const none = { ok: false, refusal: { code: 'NO_SHOW_NO_POSITION', params: { minutes: 3 } } };
    expect(noShowEvidence(facts([], 10), policy)).toEqual(none);
    expect(noShowEvidence(facts(stay(0, 6), 9.5), policy)).toEqual(none);
    // pings after "now" (a clock ahead on the phone) are not evidence
    expect(noShowEvidence(facts(stay(7, 9), 6), policy)).toEqual(none);
  });
});

describe('minutesAsShown (walk t23 m4)', () => {
  it('says the wait as the times shown read: 12:26:40 to 12:32:10 is 6 min, as "12:26 to 12:32"', () => {
    const at = (hhmmss: string) => new Date(`2026-12-08T${hhmmss}+05:00`);
    expect(minutesAsShown(at('12:26:40'), at('12:32:10'))).toBe(6);
    expect(minutesAsShown(at('12:26:00'), at('12:31:59'))).toBe(5);
    expect(minutesAsShown(at('12:26:59'), at('12:27:00'))).toBe(1);
    // over midnight
    expect(minutesAsShown(at('23:58:30'), new Date(at('00:03:10').getTime() + 86_400_000))).toBe(5);
  });
});
