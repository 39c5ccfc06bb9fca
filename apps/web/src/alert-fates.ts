/**
 * What became of each ride of a dispatch alert, said in words (walk t22 m1: "Rides back to
 * dispatch: 7. No ride is left without a vehicle: 6 went to other vehicles." left the seventh
 * unsaid). Every ride is counted once: waiting for a dispatcher, on another vehicle, back on this
 * one, no longer needing a vehicle (cancelled, refused, expired), or sent back again by a later
 * alert (its new vehicle failed too: it waits there).
 */
export interface AlertFacts {
  waiting: number;
  elsewhere: number;
  backOnVehicle: number;
  rides: readonly { waiting: boolean; vehiclePlate: string | null; status: string }[];
}

export type AlertFate = 'waiting' | 'elsewhere' | 'back' | 'over' | 'later';

const OVER = new Set(['CANCELLED', 'REJECTED', 'EXPIRED']);

/** The alert's rides by fate, in the order said, those with none left out. */
export function alertFates(a: AlertFacts): { fate: AlertFate; n: number }[] {
  const unplaced = a.rides.filter((r) => !r.waiting && r.vehiclePlate === null);
  const over = unplaced.filter((r) => OVER.has(r.status)).length;
  const counts: [AlertFate, number][] = [
    ['waiting', a.waiting],
    ['elsewhere', a.elsewhere],
    ['back', a.backOnVehicle],
    ['over', over],
    ['later', unplaced.length - over],
  ];
  return counts.filter(([, n]) => n > 0).map(([fate, n]) => ({ fate, n }));
}

/** "waiting for a dispatcher — 1; on other vehicles — 6" in the reader's language. */
export function alertFatesText(t: (key: string, o: { n: number }) => string, a: AlertFacts): string {
  return alertFates(a)
    .map((f) => t(`board.alerts.fate.${f.fate}`, { n: f.n }))
    .join('; ');
}
