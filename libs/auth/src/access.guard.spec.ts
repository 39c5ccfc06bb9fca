import 'reflect-metadata';
import { ForbiddenException, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { Public, Roles, SignedRequest } from './roles.decorator';
import jwt from 'jsonwebtoken';
import { InvalidTokenError, JwtTokenVerifier, signAccessToken, signToken } from './token';
import type { Principal } from './principal';
import { assertRegion, inRegion } from './scope';

const keys = { secret: 'x'.repeat(40), issuer: 'invataxi' };

class Ctl {
  @Roles('DISPATCHER')
  board(): void {}
  @Public()
  health(): void {}
  @SignedRequest()
  portal(): void {}
  undeclared(): void {}
}

function ctx(
  handler: keyof Ctl,
  authorization?: string,
): { ctx: ExecutionContext; req: { headers: Record<string, string>; principal?: Principal } } {
  const req = { headers: authorization ? { authorization } : {} } as {
    headers: Record<string, string>;
    principal?: Principal;
  };
  const c = {
    getHandler: () => Ctl.prototype[handler],
    getClass: () => Ctl,
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext;
  return { ctx: c, req };
}

describe('AccessGuard', () => {
  const guard = new AccessGuard(new Reflector(), new JwtTokenVerifier(keys));
  const token = (p: Principal, ttl = 60) => `Bearer ${signToken(keys, p, ttl)}`;

  it('refuses an endpoint that declares no rule', () => {
    expect(() => guard.canActivate(ctx('undeclared').ctx)).toThrow(ForbiddenException);
  });

  it('lets public and signed endpoints through to their own checks', () => {
    expect(guard.canActivate(ctx('health').ctx)).toBe(true);
    expect(guard.canActivate(ctx('portal').ctx)).toBe(true);
  });

  it('requires a valid bearer token of an allowed role', () => {
    expect(() => guard.canActivate(ctx('board').ctx)).toThrow(UnauthorizedException);
    expect(() => guard.canActivate(ctx('board', 'Bearer nonsense').ctx)).toThrow(UnauthorizedException);
    const other = `Bearer ${signToken({ ...keys, secret: 'y'.repeat(40) }, { userId: 'u', role: 'DISPATCHER' }, 60)}`;
    expect(() => guard.canActivate(ctx('board', other).ctx)).toThrow(UnauthorizedException);
    expect(() => guard.canActivate(ctx('board', token({ userId: 'u', role: 'DRIVER' })).ctx)).toThrow(
      ForbiddenException,
    );
    const { ctx: c, req } = ctx('board', token({ userId: 'u', role: 'DISPATCHER', providerId: 'p1' }));
    expect(guard.canActivate(c)).toBe(true);
    expect(req.principal).toEqual(
      expect.objectContaining({ userId: 'u', role: 'DISPATCHER', providerId: 'p1' }),
    );
  });

  it('refuses an expired token', () => {
    expect(() =>
      guard.canActivate(ctx('board', token({ userId: 'u', role: 'DISPATCHER' }, -10)).ctx),
    ).toThrow(UnauthorizedException);
  });

  it('signs a token issued at a given time (a pinned test clock): iat and exp follow it', () => {
    const at = new Date(Date.now() + 20 * 3600_000);
    const t = signToken(keys, { userId: 'u', role: 'DISPATCHER' }, 3600, at);
    const claims = jwt.decode(t) as { iat: number; exp: number };
    expect(claims.iat).toBe(Math.floor(at.getTime() / 1000));
    expect(claims.exp).toBe(claims.iat + 3600);
    expect(guard.canActivate(ctx('board', `Bearer ${t}`).ctx)).toBe(true);
  });
});

describe('region scope', () => {
  it('is a KATO subtree', () => {
    const officer: Principal = { userId: 'u', role: 'LEB_OFFICER', regionKato: '710000000' };
    expect(inRegion(officer, '711410000')).toBe(true);
    expect(inRegion(officer, '750000000')).toBe(false);
    expect(() => assertRegion(officer, '750000000')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(inRegion({ userId: 'u', role: 'DISPATCHER' }, '711410000')).toBe(false);
  });
});

describe('ES256 access tokens (issue 19)', () => {
  const { generateKeyPairSync } = jest.requireActual<typeof import('node:crypto')>('node:crypto');
  const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const other = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const verifier = new JwtTokenVerifier(keys);
  verifier.setPublicKeys(new Map([['k1', pair.publicKey]]));
  const p: Principal = { userId: 'u', role: 'DISPATCHER', regionKato: '710000000' };

  it('verifies a token signed with a published key, carrying its session', () => {
    const token = signAccessToken({ kid: 'k1', privateKey: pair.privateKey }, keys.issuer, p, 's1', 60);
    expect(verifier.verify(token)).toEqual(
      expect.objectContaining({ userId: 'u', role: 'DISPATCHER', sessionId: 's1' }),
    );
  });

  it('refuses an unknown kid, another key under a known kid, and an HS256 token naming a kid', () => {
    expect(() =>
      verifier.verify(signAccessToken({ kid: 'k2', privateKey: pair.privateKey }, keys.issuer, p, 's', 60)),
    ).toThrow(InvalidTokenError);
    expect(() =>
      verifier.verify(signAccessToken({ kid: 'k1', privateKey: other.privateKey }, keys.issuer, p, 's', 60)),
    ).toThrow(InvalidTokenError);
    // Algorithm confusion: the HMAC secret must not sign a token that names a key id.
    const hs = jwt.sign({ role: 'DISPATCHER' }, keys.secret, {
      algorithm: 'HS256',
      keyid: 'k1',
      subject: 'u',
      issuer: keys.issuer,
    });
    expect(() => verifier.verify(hs)).toThrow(InvalidTokenError);
  });
});
