import 'reflect-metadata';
import { ForbiddenException, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { Public, Roles, SignedRequest } from './roles.decorator';
import { JwtTokenVerifier, signToken } from './token';
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
