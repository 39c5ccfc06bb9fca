import {
  wheelchairGaps,
  boardingSeconds,
  eligibilityNeedsOf,
  mobilityNeedsOf,
  NO_MOBILITY_NEEDS,
  rideLoad,
  vehicleRequirement,
  vehicleSatisfies,
} from './mobility';

const wheelchair = { ...NO_MOBILITY_NEEDS, wheelchair: 'ELECTRIC' as const };

describe('mobility needs', () => {
  it('puts a wheelchair user in a wheelchair place and companions in seats', () => {
    expect(rideLoad(NO_MOBILITY_NEEDS, 0)).toEqual({ seats: 1, wheelchairPlaces: 0 });
    expect(rideLoad(wheelchair, 0)).toEqual({ seats: 0, wheelchairPlaces: 1 });
    expect(rideLoad(wheelchair, 2)).toEqual({ seats: 2, wheelchairPlaces: 1 });
  });

  it('does not count a guide dog as capacity', () => {
    expect(rideLoad({ ...NO_MOBILITY_NEEDS, visual: true, guideDog: true }, 1)).toEqual({
      seats: 2,
      wheelchairPlaces: 0,
    });
  });

  it('requires step-free boarding and restraints for a wheelchair, a lift only when the wheelchair needs one', () => {
    expect(vehicleRequirement(NO_MOBILITY_NEEDS)).toEqual({ allOf: [], stepFree: false });
    expect(vehicleRequirement(wheelchair)).toEqual({ allOf: ['WHEELCHAIR_RESTRAINTS'], stepFree: true });
    expect(vehicleRequirement({ ...wheelchair, needsLift: true })).toEqual({
      allOf: ['LIFT', 'WHEELCHAIR_RESTRAINTS'],
      stepFree: true,
    });
    expect(vehicleRequirement({ ...NO_MOBILITY_NEEDS, stepFree: true })).toEqual({
      allOf: [],
      stepFree: true,
    });
  });

  it('issue 18: step-free boarding is served by a lift as well as by a ramp', () => {
    const stepFree = vehicleRequirement({ ...NO_MOBILITY_NEEDS, stepFree: true });
    expect(vehicleSatisfies(['LIFT'], stepFree)).toBe(true);
    expect(vehicleSatisfies(['RAMP'], stepFree)).toBe(true);
    expect(vehicleSatisfies([], stepFree)).toBe(false);
    expect(vehicleSatisfies(['WHEELCHAIR_RESTRAINTS'], stepFree)).toBe(false);
    const inChair = vehicleRequirement({ ...wheelchair, stepFree: true });
    expect(vehicleSatisfies(['LIFT', 'WHEELCHAIR_RESTRAINTS'], inChair)).toBe(true);
  });

  it('reads the older needsRamp (the Portal, stored profiles) as step-free boarding', () => {
    const old = { wheelchair: 'MANUAL' as const, needsRamp: true, needsLift: false };
    expect(mobilityNeedsOf(old)).toEqual({ ...NO_MOBILITY_NEEDS, wheelchair: 'MANUAL', stepFree: true });
    expect(vehicleRequirement(old)).toEqual({ allOf: ['WHEELCHAIR_RESTRAINTS'], stepFree: true });
    expect(vehicleSatisfies(['LIFT', 'WHEELCHAIR_RESTRAINTS'], vehicleRequirement(old))).toBe(true);
    expect(vehicleSatisfies(['LIFT'], vehicleRequirement({ needsRamp: true }))).toBe(true);
    expect(mobilityNeedsOf(null)).toEqual(NO_MOBILITY_NEEDS);
  });

  it('matches vehicles to requirements', () => {
    const req = vehicleRequirement(wheelchair);
    expect(vehicleSatisfies(['RAMP', 'WHEELCHAIR_RESTRAINTS'], req)).toBe(true);
    expect(vehicleSatisfies(['LIFT', 'WHEELCHAIR_RESTRAINTS'], req)).toBe(true);
    expect(vehicleSatisfies(['WHEELCHAIR_RESTRAINTS'], req)).toBe(false);
    expect(vehicleSatisfies(['RAMP'], req)).toBe(false);
    expect(
      vehicleSatisfies(
        ['RAMP', 'WHEELCHAIR_RESTRAINTS'],
        vehicleRequirement({ ...wheelchair, needsLift: true }),
      ),
    ).toBe(false);
    expect(vehicleSatisfies([], vehicleRequirement(NO_MOBILITY_NEEDS))).toBe(true);
  });

  it('takes longer to board a wheelchair user', () => {
    const policy = { default: 120, wheelchair: 300 };
    expect(boardingSeconds(NO_MOBILITY_NEEDS, policy)).toBe(120);
    expect(boardingSeconds(wheelchair, policy)).toBe(300);
  });

  it('reads eligibility needs from the profile', () => {
    expect(eligibilityNeedsOf({ ...wheelchair, visual: true })).toEqual([
      'WHEELCHAIR_USER',
      'VISUAL_IMPAIRMENT',
    ]);
    expect(eligibilityNeedsOf(NO_MOBILITY_NEEDS)).toEqual([]);
  });
});

describe('a vehicle with a wheelchair place that cannot carry a wheelchair (walk 20)', () => {
  const bare = { wheelchairPlaces: 1, hasRamp: false, hasLift: false, hasRestraints: false };

  it('names what is missing: a ramp or a lift, and restraints', () => {
    expect(wheelchairGaps(bare)).toEqual(['STEP_FREE', 'WHEELCHAIR_RESTRAINTS']);
    expect(wheelchairGaps({ ...bare, hasLift: true })).toEqual(['WHEELCHAIR_RESTRAINTS']);
    expect(wheelchairGaps({ ...bare, hasRestraints: true })).toEqual(['STEP_FREE']);
    expect(wheelchairGaps({ ...bare, hasRamp: true, hasRestraints: true })).toEqual([]);
  });

  it('looks at the alternative layouts too, and says nothing without a wheelchair place', () => {
    expect(wheelchairGaps({ ...bare, wheelchairPlaces: 0 })).toEqual([]);
    expect(
      wheelchairGaps({ ...bare, wheelchairPlaces: 0, alternativeLayouts: [{ wheelchairPlaces: 2 }] }),
    ).toEqual(['STEP_FREE', 'WHEELCHAIR_RESTRAINTS']);
  });
});
