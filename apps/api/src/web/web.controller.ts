import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '@invataxi/auth';
import { DomainError } from '@invataxi/domain';
import { WithoutDatabase } from '../http/database-gate';

/**
 * SPA fallback: a browser navigating to a client-side path (/book, /board/2026-11-25) gets the
 * app's index.html. Fastify's router prefers static and parametric routes over this wildcard,
 * so every API route wins; a non-HTML request to an unknown path stays a 404.
 */
@ApiExcludeController()
@Controller()
@WithoutDatabase()
export class WebController {
  @Get(['/', '*'])
  @Public()
  index(@Req() req: FastifyRequest, @Res() reply: FastifyReply): void {
    const accept = req.headers.accept ?? '';
    if (!accept.includes('text/html')) throw new DomainError('NOT_FOUND', { path: 'route' });
    void reply.header('cache-control', 'no-cache').sendFile('index.html');
  }
}
