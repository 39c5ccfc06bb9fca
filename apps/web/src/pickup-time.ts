/**
 * The pick-up time said to the rider: the live ETA, but never before the planned pickup she was
 * told (walk T23B N2: the ETA waits at the booked window's opening, 11:55, while the SMS and the
 * driver's manifest said 12:10; the no-show wait counts from the told time too).
 */
export function pickupEtaOf(ride: { plannedPickupAt?: string | null }, eta: string): string {
  const planned = ride.plannedPickupAt;
  return planned && Date.parse(planned) > Date.parse(eta) ? planned : eta;
}
