import { useCallback, useEffect, useState } from 'react';

export interface VehiclePosition {
  lat: number;
  lon: number;
  at: string;
}

/**
 * Where each shift's vehicle is: its last ping as the board read it, then each ping the board's
 * event stream brings (`{ type: 'position', shiftId, position }`), without reloading the board.
 * `take` returns whether an event was a position (handled here).
 */
export function useVehiclePositions(
  shifts: readonly { id: string; position: VehiclePosition | null }[] | undefined,
) {
  const [live, setLive] = useState(new Map<string, VehiclePosition>());
  // A fresh board read is the truth again (another day, a reload): the stream adds to it.
  useEffect(() => setLive(new Map()), [shifts]);
  const take = useCallback((data: unknown): boolean => {
    const d = data as { type?: string; shiftId?: string; position?: VehiclePosition } | null;
    if (d?.type !== 'position' || !d.shiftId || !d.position) return false;
    const { shiftId, position } = d;
    setLive((m) => new Map(m).set(shiftId, position));
    return true;
  }, []);
  const positionOf = (shiftId: string): VehiclePosition | null => {
    const read = shifts?.find((s) => s.id === shiftId)?.position ?? null;
    const heard = live.get(shiftId) ?? null;
    if (!read || !heard) return heard ?? read;
    return heard.at >= read.at ? heard : read;
  };
  return { take, positionOf };
}
