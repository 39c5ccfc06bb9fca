import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpException, HttpStatus } from '@nestjs/common';

/** The refresh token's cookie: httpOnly, Secure, SameSite=Strict, sent only to /auth. */
export const REFRESH_COOKIE = 'invataxi_refresh';
export const REFRESH_COOKIE_PATH = '/auth';
/** The header every cookie-authenticated call must carry (a cross-site form cannot set it). */
export const CSRF_HEADER = 'x-invataxi-csrf';

export function refreshCookie(token: string, maxAgeSeconds: number): string {
  return `${REFRESH_COOKIE}=${token}; Path=${REFRESH_COOKIE_PATH}; Max-Age=${maxAgeSeconds}; HttpOnly; Secure; SameSite=Strict`;
}

export function clearedRefreshCookie(): string {
  return `${REFRESH_COOKIE}=; Path=${REFRESH_COOKIE_PATH}; Max-Age=0; HttpOnly; Secure; SameSite=Strict`;
}

/** The refresh token from the request's cookie, or null. */
export function refreshTokenOf(req: FastifyRequest): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    if (part.slice(0, i).trim() === REFRESH_COOKIE) {
      const v = part.slice(i + 1).trim();
      return /^[A-Za-z0-9_-]{20,200}$/.test(v) ? v : null;
    }
  }
  return null;
}

/**
 * Refuses a cookie-authenticated call without the CSRF header (400 CSRF_HEADER_REQUIRED): a
 * cross-site page cannot add a custom header without a CORS preflight, which the API never grants.
 */
export function assertCsrfHeader(req: FastifyRequest): void {
  const v = req.headers[CSRF_HEADER];
  if (typeof v !== 'string' || v.length === 0)
    throw new HttpException(
      { code: 'CSRF_HEADER_REQUIRED', message: 'X-Invataxi-Csrf header required' },
      HttpStatus.BAD_REQUEST,
    );
}

export function setCookie(reply: FastifyReply, cookie: string): void {
  void reply.header('set-cookie', cookie);
}

/** What the session list shows of the client: its User-Agent, shortened. */
export function clientOf(req: FastifyRequest): ClientInfo {
  const ua = req.headers['user-agent'];
  return { userAgent: typeof ua === 'string' ? ua.slice(0, 200) : null, ip: req.ip };
}

export interface ClientInfo {
  userAgent: string | null;
  ip: string;
}
