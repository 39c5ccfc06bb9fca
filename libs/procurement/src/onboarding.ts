// An awarded supplier's start (issue 20, "a supplier who can start"): invited to the platform,
// its administrator signed in, its fleet added, its first shift planned. Pure: the officer's page
// shows each step with its date, and the worker alerts the officer when the supplier has made no
// progress for PROCUREMENT_ONBOARDING_STALL_DAYS at the step it is on.

/** The step a supplier has not done yet, in order (ONBOARDING_STEP_TEXTS says each in words). */
export type OnboardingStep = 'NOT_SIGNED_IN' | 'NO_FLEET' | 'NO_SHIFT';

export interface OnboardingFacts {
  awardedAt: Date;
  /** The last invitation sent to the supplier's administrator (null: none could be sent). */
  invitedAt: Date | null;
  /** The first sign-in of one of its administrators. */
  signedInAt: Date | null;
  /** Its first vehicle, its first shift. */
  fleetAddedAt: Date | null;
  firstShiftAt: Date | null;
}

export interface OnboardingState {
  /** The step it is on; null once it has a shift (it runs). */
  waitingFor: OnboardingStep | null;
  /** Since when nothing moved: the last step done (or the award). */
  since: Date | null;
  /** No progress for the stall days at that step. */
  stalled: boolean;
}

/**
 * The step it is on is the first one missing from the end: a shift ends onboarding whoever
 * planned it; a vehicle without a shift waits for the shift; a sign-in without a vehicle waits
 * for the fleet; otherwise the administrator has not signed in yet.
 */
export function onboardingState(f: OnboardingFacts, now: Date, stallDays: number): OnboardingState {
  if (f.firstShiftAt) return { waitingFor: null, since: null, stalled: false };
  const [waitingFor, since]: [OnboardingStep, Date] = f.fleetAddedAt
    ? ['NO_SHIFT', f.fleetAddedAt]
    : f.signedInAt
      ? ['NO_FLEET', f.signedInAt]
      : ['NOT_SIGNED_IN', latest(f.awardedAt, f.invitedAt)];
  return { waitingFor, since, stalled: now.getTime() - since.getTime() >= stallDays * 86_400_000 };
}

function latest(a: Date, b: Date | null): Date {
  return b && b.getTime() > a.getTime() ? b : a;
}
