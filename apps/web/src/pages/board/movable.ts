/**
 * A ride a dispatcher can still place or move: not yet under way, not ended (the API's rule:
 * an ended or started ride is refused with its status in words, walk t18 finding 1).
 */
const MOVABLE = new Set<string>(['REQUESTED', 'ACCEPTED', 'WAITLISTED', 'AWAITING_PROCUREMENT', 'SCHEDULED']);

export const canMove = (status: string): boolean => MOVABLE.has(status);
