import {
  afterFailedSignIn,
  decideRefresh,
  invitationStatus,
  judgePhoneCode,
  lockedForSeconds,
  LOCKOUT,
  PHONE_CODE,
  phoneCodeWait,
  totpRequired,
} from './sign-in';

const now = new Date('2026-12-07T05:00:00Z');
const at = (s: number) => new Date(now.getTime() + s * 1000);

describe('phone codes', () => {
  const live = { expiresAt: at(60), tries: 0, consumedAt: null };
  it('accepts the right code once, in time', () => {
    expect(judgePhoneCode(live, true, now)).toBe('ACCEPTED');
    expect(judgePhoneCode({ ...live, consumedAt: at(-1) }, true, now)).toBe('INVALID');
    expect(judgePhoneCode({ ...live, expiresAt: now }, true, now)).toBe('INVALID');
    expect(judgePhoneCode(null, true, now)).toBe('INVALID');
  });
  it('kills the code at the last wrong try, and a right code after that loses too', () => {
    expect(judgePhoneCode({ ...live, tries: PHONE_CODE.maxTries - 2 }, false, now)).toBe('INVALID');
    expect(judgePhoneCode({ ...live, tries: PHONE_CODE.maxTries - 1 }, false, now)).toBe('EXHAUSTED');
    expect(judgePhoneCode({ ...live, tries: PHONE_CODE.maxTries }, true, now)).toBe('EXHAUSTED');
  });
  it('throttles resending: a minute between codes, five an hour', () => {
    expect(phoneCodeWait([], now)).toBe(0);
    expect(phoneCodeWait([at(-10)], now)).toBe(50);
    expect(phoneCodeWait([at(-61)], now)).toBe(0);
    const five = [at(-3000), at(-2000), at(-1000), at(-500), at(-100)];
    expect(phoneCodeWait(five, now)).toBe(600);
    expect(phoneCodeWait([at(-4000), ...five.slice(1)], now)).toBe(0);
  });
});

describe('lock-out', () => {
  it('locks after the fifth failure in a row, for 15 minutes', () => {
    let s = { failedSignIns: 0, lockedUntil: null as Date | null };
    for (let i = 1; i < LOCKOUT.failures; i++) {
      s = afterFailedSignIn(s, now);
      expect(lockedForSeconds(s, now)).toBe(0);
    }
    s = afterFailedSignIn(s, now);
    expect(lockedForSeconds(s, now)).toBe(LOCKOUT.minutes * 60);
    expect(lockedForSeconds(s, at(LOCKOUT.minutes * 60))).toBe(0);
  });
});

describe('refresh family', () => {
  const session = { revokedAt: null, expiresAt: at(3600) };
  const token = { usedAt: null, expiresAt: at(600) };
  it('rotates a fresh token, detects a replay, refuses the dead', () => {
    expect(decideRefresh(token, session, now)).toBe('ROTATE');
    expect(decideRefresh({ ...token, usedAt: at(-60) }, session, now)).toBe('REUSE');
    // Two tabs refreshing at once: the loser is refused, the family kept.
    expect(decideRefresh({ ...token, usedAt: at(-5) }, session, now)).toBe('REFUSE');
    expect(decideRefresh(token, { ...session, revokedAt: at(-1) }, now)).toBe('REFUSE');
    expect(decideRefresh({ ...token, expiresAt: now }, session, now)).toBe('REFUSE');
    expect(decideRefresh(token, { ...session, expiresAt: now }, now)).toBe('REFUSE');
    expect(decideRefresh(null, session, now)).toBe('REFUSE');
  });
});

it('requires TOTP of administrators, LEB officers and analysts only', () => {
  expect(totpRequired('LEB_OFFICER')).toBe(true);
  expect(totpRequired('ADMIN')).toBe(true);
  expect(totpRequired('DISPATCHER')).toBe(false);
  expect(totpRequired(null)).toBe(false);
});

describe('invitation status', () => {
  const inv = { acceptedAt: null, revokedAt: null, expiresAt: at(60) };
  it('is pending until it expires, then expired', () => {
    expect(invitationStatus(inv, now)).toBe('PENDING');
    expect(invitationStatus(inv, at(60))).toBe('EXPIRED');
  });
  it('a revoked one stays revoked after its expiry; an accepted one is accepted', () => {
    expect(invitationStatus({ ...inv, revokedAt: now }, at(120))).toBe('REVOKED');
    expect(invitationStatus({ ...inv, acceptedAt: now, revokedAt: now }, at(120))).toBe('ACCEPTED');
  });
});
