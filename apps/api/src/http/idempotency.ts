import { createHash } from 'node:crypto';
import {
  Injectable,
  SetMetadata,
  UseInterceptors,
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { DomainError } from '@invataxi/domain';
import type { Principal } from '@invataxi/auth';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY_RE = /^[A-Za-z0-9._:-]{1,200}$/;
/** A claim older than this whose request never finished (a crash) may be taken over. */
const ABANDONED_AFTER_S = 60;

type Claim = { kind: 'claimed' } | { kind: 'replay'; status: number; body: unknown };

/** The same JSON whatever the key order, so a client that reorders fields still matches. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return `{${Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson(obj[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function requestHash(method: string, url: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${url}\n${stableJson(body ?? null)}`)
    .digest('hex');
}

/**
 * The idempotency_record table: a key is claimed before the work runs (so two copies of one
 * request in flight do not both run), completed with the response, or released when the work
 * failed (a refused request may be retried with the same key once its cause is fixed).
 */
@Injectable()
export class IdempotencyStore {
  constructor(private readonly ds: DataSource) {}

  async claim(principal: string, key: string, hash: string): Promise<Claim> {
    const inserted = (await this.ds.query(
      `INSERT INTO idempotency_record (principal, key, request_hash, response_status, response_body)
       VALUES ($1, $2, $3, 0, 'null') ON CONFLICT DO NOTHING RETURNING 1 AS ok`,
      [principal, key, hash],
    )) as unknown[];
    if (inserted.length > 0) return { kind: 'claimed' };
    const rows = (await this.ds.query(
      `SELECT request_hash, response_status, response_body,
              created_at < now() - make_interval(secs => $3) AS abandoned
         FROM idempotency_record WHERE principal = $1 AND key = $2`,
      [principal, key, ABANDONED_AFTER_S],
    )) as { request_hash: string; response_status: number; response_body: unknown; abandoned: boolean }[];
    const row = rows[0];
    if (!row) return this.claim(principal, key, hash); // released between our insert and select
    if (row.request_hash !== hash)
      throw new DomainError('IDEMPOTENCY_KEY_REUSED', { header: 'Idempotency-Key' });
    if (row.response_status !== 0)
      return { kind: 'replay', status: row.response_status, body: row.response_body };
    if (row.abandoned) {
      const taken = (await this.ds.query(
        `UPDATE idempotency_record SET created_at = now()
          WHERE principal = $1 AND key = $2 AND response_status = 0
            AND created_at < now() - make_interval(secs => $3) RETURNING 1 AS ok`,
        [principal, key, ABANDONED_AFTER_S],
      )) as [unknown[], number];
      if (taken[0].length > 0) return { kind: 'claimed' };
    }
    throw new DomainError('CONFLICT', {
      reason: 'the same request is still in progress',
      header: 'Idempotency-Key',
    });
  }

  async complete(principal: string, key: string, status: number, body: unknown): Promise<void> {
    await this.ds.query(
      `UPDATE idempotency_record SET response_status = $3, response_body = $4::jsonb WHERE principal = $1 AND key = $2`,
      [principal, key, status, JSON.stringify(body ?? null)],
    );
  }

  async release(principal: string, key: string): Promise<void> {
    await this.ds.query(
      `DELETE FROM idempotency_record WHERE principal = $1 AND key = $2 AND response_status = 0`,
      [principal, key],
    );
  }
}

/**
 * Idempotency-Key on a POST (issue 3): the same key and body give the same response (the work
 * runs once); the same key with another body is refused with 422 IDEMPOTENCY_KEY_REUSED. Keys
 * are per caller (token subject). Without the header the request runs as it is.
 * Successful responses only are recorded; the body is stored as returned, so an endpoint must
 * not return what may not be stored (a full IIN).
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly store: IdempotencyStore,
    private readonly reflector: Reflector,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<FastifyRequest & { principal?: Principal }>();
    const raw = req.headers[IDEMPOTENCY_HEADER];
    const key = Array.isArray(raw) ? raw[0] : raw;
    if (key === undefined) return next.handle();
    if (!KEY_RE.test(key)) throw DomainError.validation([{ field: 'Idempotency-Key', code: 'MALFORMED' }]);
    const principal = req.principal ? `${req.principal.role}:${req.principal.userId}` : 'anonymous';
    const hash = requestHash(req.method, req.url, req.body);
    const status = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, ctx.getHandler()) ?? 201;
    return from(this.run(principal, key, hash, status, next));
  }

  private async run(
    principal: string,
    key: string,
    hash: string,
    status: number,
    next: CallHandler,
  ): Promise<unknown> {
    const claim = await this.store.claim(principal, key, hash);
    if (claim.kind === 'replay') return claim.body;
    let body: unknown;
    try {
      body = await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (e) {
      await this.store.release(principal, key).catch(() => undefined);
      throw e;
    }
    await this.store.complete(principal, key, status, body);
    return body;
  }
}

export const IDEMPOTENT_KEY = 'invataxi:idempotent';

/** Marks a POST as honouring Idempotency-Key; the module must provide IdempotencyStore. */
export const Idempotent = () =>
  applyDecorators(SetMetadata(IDEMPOTENT_KEY, true), UseInterceptors(IdempotencyInterceptor));
