import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { ROLES, type Role } from '@invataxi/domain';
import type { Principal } from './principal';

export interface TokenKeys {
  secret: string;
  issuer: string;
}

/**
 * Verifies a bearer token into a Principal. Production identity comes from the state sign-in;
 * whatever it is, it ends in this interface.
 */
export interface TokenVerifier {
  verify(token: string): Principal;
}

export class InvalidTokenError extends Error {
  override readonly name = 'InvalidTokenError';
}

/** The access tokens' signature algorithm (issue 19): ECDSA P-256, each key named by its kid. */
export const ACCESS_TOKEN_ALGORITHM = 'ES256';

/**
 * Verifies the two kinds of bearer token: access tokens the sign-in issues (ES256, a `kid` naming
 * one of the published public keys, which the API's key ring hands over with setPublicKeys), and
 * the HS256 tokens of `npm run token` (scripts and tests, JWT_SECRET).
 */
export class JwtTokenVerifier implements TokenVerifier {
  /**
   * A KeyObject, not the string: given a string, jsonwebtoken first tries it as a public key
   * and throws, which cost ~2 ms of CPU on every request (bench:api profile).
   */
  private readonly key: KeyObject;
  private publicKeys: ReadonlyMap<string, KeyObject> = new Map();

  constructor(private readonly keys: TokenKeys) {
    this.key = createSecretKey(Buffer.from(keys.secret));
  }

  /** The public keys access tokens may be signed with, by kid (replaced as keys rotate). */
  setPublicKeys(keys: ReadonlyMap<string, KeyObject>): void {
    this.publicKeys = keys;
  }

  verify(token: string): Principal {
    let claims: jwt.JwtPayload;
    try {
      const header = jwt.decode(token, { complete: true })?.header;
      const kid = header?.kid;
      const signed = kid !== undefined ? this.publicKeys.get(kid) : this.key;
      if (!signed) throw new InvalidTokenError('unknown key id');
      const decoded = jwt.verify(token, signed, {
        algorithms: kid !== undefined ? [ACCESS_TOKEN_ALGORITHM] : ['HS256'],
        issuer: this.keys.issuer,
      });
      if (typeof decoded === 'string') throw new InvalidTokenError('token has no claims');
      claims = decoded;
    } catch (e) {
      throw new InvalidTokenError(e instanceof Error ? e.message : 'invalid token');
    }
    const role = claims.role as Role;
    if (typeof claims.sub !== 'string' || !ROLES.includes(role))
      throw new InvalidTokenError('token lacks sub or role');
    const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
    return {
      userId: claims.sub,
      role,
      regionKato: str(claims.region),
      providerId: str(claims.provider),
      beneficiaryId: str(claims.beneficiary),
      driverId: str(claims.driver),
      clientId: str(claims.client),
      sessionId: str(claims.sid),
    };
  }
}

function claimsOf(p: Principal): Record<string, string> {
  return {
    role: p.role,
    ...(p.regionKato ? { region: p.regionKato } : {}),
    ...(p.providerId ? { provider: p.providerId } : {}),
    ...(p.beneficiaryId ? { beneficiary: p.beneficiaryId } : {}),
    ...(p.driverId ? { driver: p.driverId } : {}),
    ...(p.clientId ? { client: p.clientId } : {}),
  };
}

/** A private signing key of the access tokens, with the id its public half is published under. */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
}

/**
 * Signs an access token of a session (ES256, `kid` in the header, `sid` = the session), issued
 * at `issuedAt` (the API's clock; exp = iat + ttl), the real time when not given.
 */
export function signAccessToken(
  key: SigningKey,
  issuer: string,
  p: Principal,
  sessionId: string,
  ttlSeconds: number,
  issuedAt?: Date,
): string {
  const iat = issuedAt ? { iat: Math.floor(issuedAt.getTime() / 1000) } : {};
  return jwt.sign({ ...claimsOf(p), sid: sessionId, ...iat }, key.privateKey, {
    algorithm: ACCESS_TOKEN_ALGORITHM,
    keyid: key.kid,
    issuer,
    subject: p.userId,
    expiresIn: ttlSeconds,
  });
}

/**
 * Signs a token (demo and tests: `npm run token`). `issuedAt`: the time it is issued at (iat,
 * exp = iat + ttl), the real time unless a test's clock is pinned (test/web/run.ts).
 */
export function signToken(keys: TokenKeys, p: Principal, ttlSeconds: number, issuedAt?: Date): string {
  const iat = issuedAt ? { iat: Math.floor(issuedAt.getTime() / 1000) } : {};
  return jwt.sign({ ...claimsOf(p), ...iat }, keys.secret, {
    algorithm: 'HS256',
    issuer: keys.issuer,
    subject: p.userId,
    expiresIn: ttlSeconds,
  });
}
