// What a rider needs from the vehicle: the load in two dimensions (seats, wheelchair places),
// the features the vehicle must have, and the time boarding takes (DESIGN.md, "Dispatch").
import type { EligibilityNeed, VehicleFeature, WheelchairType } from './vocabulary';

export interface MobilityNeeds {
  wheelchair: WheelchairType;
  /**
   * Step-free boarding: the rider cannot climb the steps, so the vehicle needs a ramp or a lift
   * (either will do). A wheelchair user always needs it, whether this is set or not.
   */
  stepFree: boolean;
  /**
   * A lift specifically: the wheelchair cannot go up a ramp (e.g. a heavy electric one).
   * Recorded per person, not guessed from the wheelchair type.
   */
  needsLift: boolean;
  visual: boolean;
  hearing: boolean;
  intellectual: boolean;
  guideDog: boolean;
}

export const NO_MOBILITY_NEEDS: MobilityNeeds = {
  wheelchair: 'NONE',
  stepFree: false,
  needsLift: false,
  visual: false,
  hearing: false,
  intellectual: false,
  guideDog: false,
};

/**
 * The needs a dispatcher filters rides by (issue 23): a wheelchair of any kind, or one of the
 * profile's flags. `stepFree` includes every wheelchair user (they always need it).
 */
export const RIDE_NEED_FILTERS = [
  'wheelchair',
  'stepFree',
  'needsLift',
  'visual',
  'hearing',
  'intellectual',
  'guideDog',
] as const;
export type RideNeedFilter = (typeof RIDE_NEED_FILTERS)[number];

/**
 * A mobility profile as stored before issue 18 or as the Portal still sends it: `needsRamp`
 * was the name of the step-free need (a ramp or a lift ever satisfied it in practice), so it
 * reads as `stepFree`.
 */
export type MobilityInput = Partial<MobilityNeeds> & { needsRamp?: boolean | null };

/** A complete profile from any shape it was stored or sent in (missing flags are false). */
export function mobilityNeedsOf(input: MobilityInput | null | undefined): MobilityNeeds {
  const i = input ?? {};
  return {
    wheelchair: i.wheelchair ?? 'NONE',
    stepFree: !!(i.stepFree || i.needsRamp),
    needsLift: !!i.needsLift,
    visual: !!i.visual,
    hearing: !!i.hearing,
    intellectual: !!i.intellectual,
    guideDog: !!i.guideDog,
  };
}

/** The capacity a ride takes in a vehicle. */
export interface RideLoad {
  seats: number;
  wheelchairPlaces: number;
}

/**
 * A wheelchair user rides in the wheelchair, secured in a wheelchair place: no seat. Every
 * companion takes a seat. A guide dog takes neither: it travels at its owner's feet, as guide
 * dogs do in ordinary taxis and buses; it is told to the driver, not counted as capacity.
 */
export function rideLoad(needs: MobilityNeeds, companions: number): RideLoad {
  const inWheelchair = needs.wheelchair !== 'NONE';
  return {
    seats: (inWheelchair ? 0 : 1) + companions,
    wheelchairPlaces: inWheelchair ? 1 : 0,
  };
}

/**
 * What a vehicle must have. `allOf`: every listed feature; `stepFree`: at least a ramp or a
 * lift. A wheelchair user needs step-free boarding and restraints; a rider who cannot climb
 * steps needs step-free boarding; only a rider whose wheelchair needs a lift makes the lift
 * itself a must (a ramp alone is never required: a lift serves whoever a ramp serves).
 */
export interface VehicleRequirement {
  allOf: VehicleFeature[];
  stepFree: boolean;
}

export function vehicleRequirement(input: MobilityInput): VehicleRequirement {
  const needs = mobilityNeedsOf(input);
  const allOf: VehicleFeature[] = [];
  if (needs.needsLift) allOf.push('LIFT');
  const inWheelchair = needs.wheelchair !== 'NONE';
  if (inWheelchair) allOf.push('WHEELCHAIR_RESTRAINTS');
  return { allOf, stepFree: inWheelchair || needs.stepFree || needs.needsLift };
}

export function vehicleSatisfies(
  features: readonly VehicleFeature[],
  requirement: VehicleRequirement,
): boolean {
  const has = new Set(features);
  if (!requirement.allOf.every((f) => has.has(f))) return false;
  return !requirement.stepFree || has.has('RAMP') || has.has('LIFT');
}

/** Policy parameter: seconds to board (or alight) one rider. */
export interface BoardingSeconds {
  default: number;
  wheelchair: number;
}

/** Boarding time of one rider: longer for a wheelchair user (ramp or lift, securing). */
export function boardingSeconds(needs: MobilityNeeds, policy: BoardingSeconds): number {
  return needs.wheelchair === 'NONE' ? policy.default : policy.wheelchair;
}

/** The eligibility needs a mobility profile shows by itself (used with EligibilityGrant NEED). */
export function eligibilityNeedsOf(needs: MobilityNeeds): EligibilityNeed[] {
  const out: EligibilityNeed[] = [];
  if (needs.wheelchair !== 'NONE') out.push('WHEELCHAIR_USER');
  if (needs.visual) out.push('VISUAL_IMPAIRMENT');
  if (needs.hearing) out.push('HEARING_IMPAIRMENT');
  if (needs.intellectual) out.push('INTELLECTUAL_IMPAIRMENT');
  return out;
}

/** What a vehicle with a wheelchair place lacks to carry a rider in a wheelchair. */
export type WheelchairGap = 'STEP_FREE' | 'WHEELCHAIR_RESTRAINTS';

/**
 * Why a vehicle that offers wheelchair places (in its layout or an alternative one) cannot carry
 * a rider in a wheelchair (vehicleRequirement: restraints and a ramp or a lift); empty when it
 * can, or offers no wheelchair place. Walk 20: a vehicle saved with a place and no equipment
 * was taken for a wheelchair vehicle while the wheelchair rider kept waiting.
 */
export function wheelchairGaps(v: {
  wheelchairPlaces: number;
  alternativeLayouts?: readonly { wheelchairPlaces: number }[];
  hasRamp: boolean;
  hasLift: boolean;
  hasRestraints: boolean;
}): WheelchairGap[] {
  const places = Math.max(v.wheelchairPlaces, ...(v.alternativeLayouts ?? []).map((l) => l.wheelchairPlaces));
  if (!(places > 0)) return [];
  const gaps: WheelchairGap[] = [];
  if (!v.hasRamp && !v.hasLift) gaps.push('STEP_FREE');
  if (!v.hasRestraints) gaps.push('WHEELCHAIR_RESTRAINTS');
  return gaps;
}
