import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';
import { DomainError } from '@invataxi/domain';

/** The first path (e.g. `stops[0].address`) whose string or key holds U+0000, or null. */
export function findNul(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path || '(value)' : null;
  if (depth > 32 || value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findNul(value[i], `${path}[${i}]`, depth + 1);
      if (hit) return hit;
    }
    return null;
  }
  for (const [k, v] of Object.entries(value)) {
    const here = path ? `${path}.${k}` : k;
    if (k.includes('\u0000')) return path || '(name)';
    const hit = findNul(v, here, depth + 1);
    if (hit) return hit;
  }
  return null;
}

/**
 * PostgreSQL text cannot hold U+0000, so no field may carry it: refused here with the field named,
 * before it can reach a query as a 500 (the fuzz suite found one through a list cursor).
 */
@Injectable()
export class RejectNulInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() === 'http') {
      const req = ctx.switchToHttp().getRequest<FastifyRequest>();
      const field = findNul(req.query) ?? findNul(req.params) ?? findNul(req.body);
      if (field)
        throw DomainError.validation([
          { field, code: 'NUL_CHARACTER', message: 'must not contain the NUL character' },
        ]);
    }
    return next.handle();
  }
}
