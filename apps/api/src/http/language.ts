import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { pickLanguage, type Language } from '@invataxi/domain';

/** The caller's language from Accept-Language (kk, ru or en; ru when none fits), as the ErrorFilter picks it. */
export const Lang = createParamDecorator((_: unknown, ctx: ExecutionContext): Language => {
  const accept = ctx.switchToHttp().getRequest<FastifyRequest>().headers['accept-language'];
  return pickLanguage(Array.isArray(accept) ? accept[0] : accept);
});
