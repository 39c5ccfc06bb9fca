import { onboardingState } from './onboarding';

const DAY = 86_400_000;
const awardedAt = new Date('2026-12-01T06:00:00Z');
const at = (days: number): Date => new Date(awardedAt.getTime() + days * DAY);
const none = { invitedAt: null, signedInAt: null, fleetAddedAt: null, firstShiftAt: null };

describe('onboardingState', () => {
  it('waits for the sign-in from the last invitation, stalled after the stall days', () => {
    const f = { ...none, awardedAt, invitedAt: at(1) };
    expect(onboardingState(f, at(3.9), 3)).toEqual({
      waitingFor: 'NOT_SIGNED_IN',
      since: at(1),
      stalled: false,
    });
    expect(onboardingState(f, at(4), 3)).toEqual({
      waitingFor: 'NOT_SIGNED_IN',
      since: at(1),
      stalled: true,
    });
    // No invitation could be sent: counted from the award.
    expect(onboardingState({ ...none, awardedAt }, at(3), 3).stalled).toBe(true);
  });

  it('moves on with each step done, counting from it', () => {
    const signed = { ...none, awardedAt, invitedAt: at(0), signedInAt: at(2) };
    expect(onboardingState(signed, at(4), 3)).toEqual({
      waitingFor: 'NO_FLEET',
      since: at(2),
      stalled: false,
    });
    expect(onboardingState(signed, at(5), 3).stalled).toBe(true);
    const fleet = { ...signed, fleetAddedAt: at(5) };
    expect(onboardingState(fleet, at(6), 3)).toEqual({
      waitingFor: 'NO_SHIFT',
      since: at(5),
      stalled: false,
    });
    expect(onboardingState(fleet, at(8), 3)).toMatchObject({ waitingFor: 'NO_SHIFT', stalled: true });
  });

  it('is over with the first shift, whoever planned it and whatever else is missing', () => {
    expect(onboardingState({ ...none, awardedAt, firstShiftAt: at(1) }, at(30), 3)).toEqual({
      waitingFor: null,
      since: null,
      stalled: false,
    });
    // A vehicle added by the officer before any sign-in: the shift is what is missing.
    expect(onboardingState({ ...none, awardedAt, fleetAddedAt: at(1) }, at(2), 3).waitingFor).toBe(
      'NO_SHIFT',
    );
  });
});
