// Sign-in rules (issue 19): one-time phone codes, lock-out after failed passwords, refresh-token
// families, and which roles must use a second factor. Pure: "now" is passed in.
import type { Role } from './vocabulary';

/** A phone code: 6 digits, valid 5 minutes, at most 5 tries, a new one at most every minute, 5 an hour. */
export const PHONE_CODE = {
  digits: 6,
  ttlSeconds: 300,
  maxTries: 5,
  resendAfterSeconds: 60,
  perHour: 5,
} as const;

/** After 5 failed passwords or second-factor codes in a row, the account is locked for 15 minutes. */
export const LOCKOUT = { failures: 5, minutes: 15 } as const;

/** Roles that must sign in with a second factor (TOTP); the others may turn it on. */
export const TOTP_REQUIRED_ROLES: readonly Role[] = ['ADMIN', 'LEB_OFFICER', 'MINISTRY_ANALYST'];

export function totpRequired(role: Role | null): boolean {
  return role !== null && TOTP_REQUIRED_ROLES.includes(role);
}

export interface PhoneCodeState {
  expiresAt: Date;
  tries: number;
  consumedAt: Date | null;
}

export type PhoneCodeOutcome =
  /** The code is right: sign in and consume it. */
  | 'ACCEPTED'
  /** Wrong, expired, used or none: one answer for all (no oracle). */
  | 'INVALID'
  /** This wrong try was the last one: the code is dead. */
  | 'EXHAUSTED';

/**
 * What a submitted phone code means. `matches` is the constant-time comparison of the hashes; a
 * code past its tries is dead even when right (the 6th guess must not be able to win).
 */
export function judgePhoneCode(state: PhoneCodeState | null, matches: boolean, now: Date): PhoneCodeOutcome {
  if (!state || state.consumedAt || state.expiresAt.getTime() <= now.getTime()) return 'INVALID';
  if (state.tries >= PHONE_CODE.maxTries) return 'EXHAUSTED';
  if (matches) return 'ACCEPTED';
  return state.tries + 1 >= PHONE_CODE.maxTries ? 'EXHAUSTED' : 'INVALID';
}

/**
 * Seconds until a new code may be sent to a number, given when the last ones were sent (newest
 * first or in any order); 0 = now.
 */
export function phoneCodeWait(sentAt: readonly Date[], now: Date): number {
  const t = now.getTime();
  const lastHour = sentAt.filter((d) => t - d.getTime() < 3600_000).map((d) => d.getTime());
  if (lastHour.length === 0) return 0;
  const newest = Math.max(...lastHour);
  const resend = newest + PHONE_CODE.resendAfterSeconds * 1000 - t;
  let hourly = 0;
  if (lastHour.length >= PHONE_CODE.perHour) {
    const sorted = [...lastHour].sort((a, b) => b - a);
    hourly = sorted[PHONE_CODE.perHour - 1]! + 3600_000 - t;
  }
  return Math.max(0, Math.ceil(Math.max(resend, hourly) / 1000));
}

export interface LockState {
  failedSignIns: number;
  lockedUntil: Date | null;
}

/** Seconds the account stays locked (0 = not locked). */
export function lockedForSeconds(s: LockState, now: Date): number {
  if (!s.lockedUntil) return 0;
  return Math.max(0, Math.ceil((s.lockedUntil.getTime() - now.getTime()) / 1000));
}

/** The lock state after one more failure: the LOCKOUT.failures-th in a row locks the account. */
export function afterFailedSignIn(s: LockState, now: Date): LockState {
  const failed = lockedForSeconds(s, now) > 0 ? s.failedSignIns : s.failedSignIns + 1;
  if (failed >= LOCKOUT.failures)
    return { failedSignIns: 0, lockedUntil: new Date(now.getTime() + LOCKOUT.minutes * 60_000) };
  return { failedSignIns: failed, lockedUntil: s.lockedUntil };
}

export interface RefreshTokenState {
  usedAt: Date | null;
  expiresAt: Date;
}

export interface SessionState {
  revokedAt: Date | null;
  expiresAt: Date;
}

/**
 * A used refresh token presented again this soon after its use is taken for a race of the same
 * browser (two tabs refreshing at once), not a theft: refused, the family kept (the other tab's
 * new cookie works).
 */
export const REFRESH_RACE_SECONDS = 10;

export type RefreshDecision =
  /** Issue a new pair and mark this token used. */
  | 'ROTATE'
  /** A used token came back: someone holds a copy. Revoke the whole family. */
  | 'REUSE'
  /** Unknown, expired or its session ended: refuse, nothing else to do. */
  | 'REFUSE';

/**
 * The refresh-token family rule: every token is good once; a second use of any member (even
 * after the session was rotated further) revokes the session, unless it comes within
 * REFRESH_RACE_SECONDS of the first (refused, nothing revoked).
 */
export function decideRefresh(
  token: RefreshTokenState | null,
  session: SessionState | null,
  now: Date,
): RefreshDecision {
  if (!token || !session) return 'REFUSE';
  if (session.revokedAt) return 'REFUSE';
  if (token.usedAt)
    return now.getTime() - token.usedAt.getTime() < REFRESH_RACE_SECONDS * 1000 ? 'REFUSE' : 'REUSE';
  const t = now.getTime();
  if (token.expiresAt.getTime() <= t || session.expiresAt.getTime() <= t) return 'REFUSE';
  return 'ROTATE';
}

/** Where a staff invitation stands, as its manager's list says it (issue 19, /staff). */
export const INVITATION_STATUSES = ['PENDING', 'EXPIRED', 'REVOKED', 'ACCEPTED'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** Accepted wins over everything; a revoked link is revoked even after it would have expired. */
export function invitationStatus(
  inv: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationStatus {
  if (inv.acceptedAt) return 'ACCEPTED';
  if (inv.revokedAt) return 'REVOKED';
  return inv.expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : 'PENDING';
}
