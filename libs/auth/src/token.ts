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

export class JwtTokenVerifier implements TokenVerifier {
  /**
   * A KeyObject, not the string: given a string, jsonwebtoken first tries it as a public key
   * and throws, which cost ~2 ms of CPU on every request (bench:api profile).
   */
  private readonly key: KeyObject;

  constructor(private readonly keys: TokenKeys) {
    this.key = createSecretKey(Buffer.from(keys.secret));
  }

  verify(token: string): Principal {
    let claims: jwt.JwtPayload;
    try {
      const decoded = jwt.verify(token, this.key, {
        algorithms: ['HS256'],
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
    };
  }
}

/** Signs a token (demo and tests: `npm run token`). */
export function signToken(keys: TokenKeys, p: Principal, ttlSeconds: number): string {
  return jwt.sign(
    {
      role: p.role,
      ...(p.regionKato ? { region: p.regionKato } : {}),
      ...(p.providerId ? { provider: p.providerId } : {}),
      ...(p.beneficiaryId ? { beneficiary: p.beneficiaryId } : {}),
      ...(p.driverId ? { driver: p.driverId } : {}),
      ...(p.clientId ? { client: p.clientId } : {}),
    },
    keys.secret,
    { algorithm: 'HS256', issuer: keys.issuer, subject: p.userId, expiresIn: ttlSeconds },
  );
}
