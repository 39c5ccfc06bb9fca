// Which shifts may take a booking: ACTIVE providers whose service area covers the pickup KATO
// (a code or any of its ancestors), shifts still open whose time overlaps the booking's windows,
// on an active vehicle with a layout that holds the load and the features the rider needs.
import type { EntityManager } from 'typeorm';
import { katoAncestors } from '@invataxi/domain';
import { greatCircleMetres } from '@invataxi/routing';
import { tripNeeds, type LoadedRoute, type TripRow } from '@invataxi/dispatch';

export function coveringCodes(kato: string): string[] {
  return [kato, ...katoAncestors(kato)];
}

/** Does any ACTIVE provider serve this place at all? No -> the procurement fallback. */
export async function isCovered(m: EntityManager, pickupKato: string): Promise<boolean> {
  const rows: unknown[] = await m.query(
    `SELECT 1 FROM provider_service_area a JOIN provider p ON p.id = a.provider_id
      WHERE p.status = 'ACTIVE' AND a.kato_code = ANY($1::char(9)[]) LIMIT 1`,
    [coveringCodes(pickupKato)],
  );
  return rows.length > 0;
}

const FEATURE_SQL: Record<string, string> = {
  RAMP: 'v.has_ramp',
  LIFT: 'v.has_lift',
  WHEELCHAIR_RESTRAINTS: 'v.has_restraints',
  STEP_FREE: '(v.has_ramp OR v.has_lift)',
};

/** Shift ids that could take the trip, by coverage, time, capacity and features. */
export async function candidateShifts(m: EntityManager, t: TripRow): Promise<string[]> {
  const features = tripNeeds(t).map((n) => FEATURE_SQL[n] ?? 'false');
  const rows: { id: string }[] = await m.query(
    `SELECT s.id FROM shift s
       JOIN provider p ON p.id = s.provider_id
       JOIN vehicle v ON v.id = s.vehicle_id
      WHERE s.status IN ('PLANNED', 'ACTIVE') AND p.status = 'ACTIVE' AND v.status = 'ACTIVE'
        AND s.starts_at < $2 AND s.ends_at > $3
        AND EXISTS (SELECT 1 FROM provider_service_area a
                     WHERE a.provider_id = p.id AND a.kato_code = ANY($1::char(9)[]))
        AND ((v.seats >= $4 AND v.wheelchair_places >= $5) OR EXISTS (
              SELECT 1 FROM jsonb_array_elements(v.alternative_layouts) l
               WHERE (l->>'seats')::int >= $4 AND (l->>'wheelchairPlaces')::int >= $5))
        ${features.map((f) => `AND ${f}`).join(' ')}
      ORDER BY s.id`,
    [coveringCodes(t.pickupKato), t.dropoffLatest, t.pickupEarliest, t.loadSeats, t.loadWheelchairPlaces],
  );
  return rows.map((r) => r.id);
}

/**
 * Orders candidate routes by a cheap guess of the detour: the distance from the pickup to the
 * nearest point the vehicle is planned to be near that time (a stop within two hours of the
 * window, or its start and end). The exact insertion then looks at the nearest few first, so a
 * real-time insertion stays fast on a city with hundreds of vehicles.
 */
export function rankRoutes(
  routes: readonly LoadedRoute[],
  trips: ReadonlyMap<string, TripRow>,
  t: TripRow,
): LoadedRoute[] {
  const p = { lat: t.pickupLat, lon: t.pickupLon };
  const from = t.pickupEarliest.getTime() - 2 * 3600_000;
  const to = t.pickupLatest.getTime() + 2 * 3600_000;
  const score = (r: LoadedRoute): number => {
    let best = Math.min(
      greatCircleMetres(p, { lat: r.shift.startLat, lon: r.shift.startLon }),
      greatCircleMetres(p, { lat: r.shift.endLat, lon: r.shift.endLon }),
    );
    for (const s of r.pending) {
      const at = s.plannedAt.getTime();
      if (at < from || at > to) continue;
      const b = trips.get(s.bookingId);
      if (!b) continue;
      const q =
        s.kind === 'PICKUP'
          ? { lat: b.pickupLat, lon: b.pickupLon }
          : { lat: b.dropoffLat, lon: b.dropoffLon };
      best = Math.min(best, greatCircleMetres(p, q));
    }
    // A busy route is less likely to have room: a small tie-breaker towards emptier vehicles.
    return best + r.pending.length * 50;
  };
  return routes
    .map((r) => ({ r, s: score(r) }))
    .sort((a, b) => a.s - b.s)
    .map((x) => x.r);
}
