// Staff invitations' secrets and links, shared by the API (an officer's or admin's invitation)
// and the procurement worker (an awarded supplier's administrator, issue 20): one link format,
// one way a token is stored (only its hash), whoever invites.
import { createHash, randomBytes } from 'node:crypto';

/** The page of the web app an invitation link opens. */
export const INVITATION_PAGE = '/invite/';

/** A new opaque token (refresh token, invitation): 256 random bits, URL-safe. */
export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

/** How an opaque token is stored and found: its SHA-256 (it has 256 bits of entropy, no key needed). */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The link an invitation's SMS carries: the web app's invitation page with the token. */
export function invitationLink(publicBaseUrl: string, token: string): string {
  return `${publicBaseUrl.replace(/\/$/, '')}${INVITATION_PAGE}${token}`;
}
