import {
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_KEY, type AccessRule } from './roles.decorator';
import { InvalidTokenError, type TokenVerifier } from './token';
import type { Principal } from './principal';

export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');

interface RequestWithPrincipal {
  headers: Record<string, string | string[] | undefined>;
  principal?: Principal;
}

/** Global guard: authentication (bearer token) and the role check of the endpoint's declaration. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
  ) {}

  canActivate(ctx: ExecutionContext): boolean {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      ctx.getHandler(),
      ctx.getClass(),
    ]);
    if (!rule) throw new ForbiddenException('endpoint declares no access rule');
    if (rule.kind === 'public' || rule.kind === 'signature') return true;
    const req = ctx.switchToHttp().getRequest<RequestWithPrincipal>();
    const header = req.headers.authorization;
    const value = Array.isArray(header) ? header[0] : header;
    if (!value || !value.startsWith('Bearer ')) throw new UnauthorizedException('bearer token required');
    try {
      req.principal = this.verifier.verify(value.slice('Bearer '.length).trim());
    } catch (e) {
      if (e instanceof InvalidTokenError) throw new UnauthorizedException('invalid or expired token');
      throw e;
    }
    if (!rule.roles.includes(req.principal.role)) throw new ForbiddenException('role not allowed');
    return true;
  }
}
