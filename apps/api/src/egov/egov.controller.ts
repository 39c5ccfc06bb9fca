import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '@invataxi/auth';
import { DomainError } from '@invataxi/domain';
import { CONFIG, type AppConfig } from '@invataxi/config';
import { EGOV_PAGES, EgovService } from './egov.service';

/** The browser's flow cookie of a started eGov sign-in (see EgovLogins). */
export const EGOV_FLOW_COOKIE = 'invataxi_egov';

function cookieOf(req: FastifyRequest, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

/**
 * "Sign in with eGov" as browser navigations (not API calls, so not in the OpenAPI document):
 * GET /auth/egov sends the browser to the identity provider; the provider sends it back to
 * GET /auth/egov/callback, which opens the session (refresh cookie) and sends it on to a page of
 * the web app. The flow cookie is SameSite=Lax: it must come back with the provider's top-level
 * redirect, which a Strict cookie would not.
 */
@ApiExcludeController()
@Controller('auth/egov')
export class EgovController {
  constructor(
    private readonly egov: EgovService,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  async start(
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('lang') lang?: string,
  ): Promise<void> {
    let started: { url: string; binding: string } | null;
    try {
      started = await this.egov.start(lang ?? req.headers['accept-language'], req.ip);
    } catch (e) {
      // Too many starts from this address: said in words on the sign-in page.
      if (e instanceof DomainError && e.code === 'TOO_MANY_ATTEMPTS')
        return this.redirect(reply, EGOV_PAGES.tooMany);
      throw e;
    }
    if (!started) return this.redirect(reply, EGOV_PAGES.unavailable);
    void reply.header(
      'set-cookie',
      `${EGOV_FLOW_COOKIE}=${started.binding}; Path=/auth/egov; HttpOnly; Secure; SameSite=Lax; Max-Age=${this.config.EGOV_LOGIN_TTL_SECONDS}`,
    );
    this.redirect(reply, started.url);
  }

  @Get('callback')
  @Public()
  async callback(@Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const query: Record<string, string> = {};
    for (const [k, v] of Object.entries((req.query ?? {}) as Record<string, unknown>))
      if (typeof v === 'string') query[k] = v;
    const ua = req.headers['user-agent'];
    const result = await this.egov.callback(query, cookieOf(req, EGOV_FLOW_COOKIE), {
      userAgent: typeof ua === 'string' ? ua.slice(0, 300) : null,
      ip: req.ip ?? null,
      requestId: String(req.id),
    });
    void reply.header('set-cookie', [
      `${EGOV_FLOW_COOKIE}=; Path=/auth/egov; HttpOnly; Secure; SameSite=Lax; Max-Age=0`,
      ...result.cookies,
    ]);
    this.redirect(reply, EGOV_PAGES[result.outcome]);
  }

  private redirect(reply: FastifyReply, location: string): void {
    void reply.code(303).header('location', location).header('cache-control', 'no-store').send();
  }
}
