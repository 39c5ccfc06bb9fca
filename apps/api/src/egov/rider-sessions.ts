/** Who asked, for the session record and the audit. */
export interface SessionMeta {
  userAgent: string | null;
  ip: string | null;
  requestId?: string | null;
}

export const RIDER_SESSIONS = Symbol('RIDER_SESSIONS');

/**
 * What eGov needs of the identity backend: sign the rider of this beneficiary in (linking a
 * rider account to the person the first time), answering the Set-Cookie values of the new
 * session, or null when the account may not sign in (disabled).
 */
export interface RiderSessions {
  signInBeneficiary(beneficiaryId: string, meta: SessionMeta): Promise<string[] | null>;
}
