import {
  Catch,
  HttpException,
  HttpStatus,
  Inject,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  isAuthRefusal,
  isConflictReason,
  isDomainError,
  message,
  MESSAGES,
  pickLanguage,
  type DomainError,
  type Language,
  type MessageKey,
  type MessageParams,
} from '@invataxi/domain';
import { isReleasedConnectionError, statementRefusalOf } from '@invataxi/persistence';
import { LOGGER, type Logger } from '@invataxi/platform';
import { codeOfStatus, type ApiErrorBody } from './api-error';
import { RateLimitedException } from './rate-limit';

export const DOMAIN_STATUS: Record<DomainError['code'], number> = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  CONFLICT: 409,
  STALE_VERSION: 409,
  ILLEGAL_TRANSITION: 409,
  BOOKING_REJECTED: 422,
  IDEMPOTENCY_KEY_REUSED: 422,
  REQUEST_IN_PROGRESS: 409,
  UNAUTHENTICATED: 401,
  TOO_MANY_ATTEMPTS: 429,
};

/** PostgreSQL errors that mean "the database is not there right now", not "we broke". */
const UNAVAILABLE_PG = new Set([
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08003',
  '08006',
  '08001',
  '08004',
  '53300',
]);
const UNAVAILABLE_NODE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);

/** The message for a known code in the caller's language; scalar params only. */
function text(code: string, lang: Language, params: Record<string, unknown> = {}): string {
  if (!(code in MESSAGES)) return code;
  const scalars: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params))
    if (typeof v === 'string' || typeof v === 'number') scalars[k] = v;
  return message(code as MessageKey, lang, scalars as MessageParams);
}

/**
 * A conflict's sentence and the parameters it names (scalars only, nothing the sentence does not
 * already say), for a page that says it again later in its reader's language.
 */
function saidOf(key: string, params: Record<string, unknown>): ApiErrorBody['said'] {
  if (!(key in MESSAGES)) return undefined;
  const named = new Set(
    Object.values(MESSAGES[key as MessageKey]).flatMap((t) => [...t.matchAll(/\{(\w+)/g)].map((m) => m[1]!)),
  );
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params))
    if (named.has(k) && (typeof v === 'string' || typeof v === 'number')) out[k] = v;
  return { key, params: out };
}

/** The code of one entry of params.reasons: a bare code or `{ code, field?, params? }`. */
function reasonCode(r: unknown): string {
  return typeof r === 'string' ? r : String((r as { code: string }).code);
}

function isUnavailable(e: unknown): boolean {
  if (isReleasedConnectionError(e)) return true;
  const err = e as { code?: string; message?: string; driverError?: { code?: string } };
  const code = err?.driverError?.code ?? err?.code;
  if (code && (UNAVAILABLE_PG.has(code) || UNAVAILABLE_NODE.has(code))) return true;
  const msg = err?.message ?? '';
  return /Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED|Connection is closed|getaddrinfo|MaxRetriesPerRequest|Stream isn't writeable/.test(
    msg,
  );
}

/**
 * Seconds the client should wait before sending the request again, when sending it again may
 * succeed: the database or Redis down (503), over a rate limit (429), or a domain error that says
 * so (params.retryAfterSeconds: the same Idempotency-Key still in progress).
 */
export function retryAfter(e: unknown, status: number): number | null {
  if (status === 503) return 5;
  const seconds = isDomainError(e) ? e.params.retryAfterSeconds : undefined;
  if (typeof seconds === 'number') return seconds;
  if (status === 429) return e instanceof RateLimitedException ? e.retryAfterSeconds : 60;
  return null;
}

/**
 * One filter for every error (STYLE.md, 8): domain errors -> their status with fields and
 * reasons; unique and exclusion violations -> 409; the database or Redis down -> 503 with
 * Retry-After (so are 429 and a 409 that may be retried: retryAfter); anything else -> 500
 * with the request id only, never internals.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const accept = req.headers['accept-language'];
    const lang = pickLanguage(Array.isArray(accept) ? accept[0] : accept);
    const body = this.render(exception, String(req.id), lang);
    const wait = retryAfter(exception, body.statusCode);
    if (wait !== null) {
      void reply.header('Retry-After', String(wait));
      // Also in the body, for a page that counts it down (the message says it in words).
      body.retryAfterSeconds = wait;
    }
    if (body.statusCode >= 500) {
      const e = exception as Error;
      // The message of a driver error can quote a row: log the class and code, not the text.
      this.logger.error(
        {
          requestId: req.id,
          errorClass: e?.constructor?.name,
          code: (e as { code?: string })?.code,
          stack: e?.stack?.split('\n').slice(1, 6).join('\n'),
        },
        'request failed',
      );
    }
    void reply.status(body.statusCode).send(body);
  }

  private render(e: unknown, requestId: string, lang: Language): ApiErrorBody {
    if (isDomainError(e)) return this.domain(e, requestId, lang);
    if (e instanceof HttpException) {
      const status = e.getStatus();
      const res = e.getResponse();
      const msg = typeof res === 'string' ? res : ((res as { message?: unknown }).message ?? e.message);
      const said = Array.isArray(msg) ? msg.join('; ') : String(msg);
      const given = typeof res === 'object' ? (res as { code?: unknown }).code : undefined;
      const code = typeof given === 'string' ? given : codeOfStatus(status);
      const body: ApiErrorBody = {
        statusCode: status,
        code,
        error: HttpStatus[status] ?? 'Error',
        // A refusal we have words for is told in the caller's language.
        message: code in MESSAGES ? text(code, lang) : said,
        requestId,
      };
      if (status === 400 || status === 413 || status === 415) body.errors = [{ field: 'body', reason: said }];
      return body;
    }
    const fst = e as { statusCode?: number; code?: string; message?: string };
    // Fastify's own client errors (broken JSON, body too large, bad content type).
    if (typeof fst?.statusCode === 'number' && fst.statusCode >= 400 && fst.statusCode < 500) {
      return {
        statusCode: fst.statusCode,
        code: codeOfStatus(fst.statusCode),
        error: HttpStatus[fst.statusCode] ?? 'Error',
        message: text(codeOfStatus(fst.statusCode), lang),
        requestId,
        errors: [{ field: 'body', reason: fst.message ?? 'bad request' }],
      };
    }
    const refusal = statementRefusalOf(e);
    if (refusal) {
      const { code, constraint } = refusal;
      if (code === '23505' || code === '23P01')
        return {
          statusCode: 409,
          code: 'ALREADY_EXISTS',
          error: 'Conflict',
          message: text('ALREADY_EXISTS', lang),
          requestId,
        };
      if (code === '23503')
        return {
          statusCode: 409,
          code: 'REFERENCE_CONFLICT',
          error: 'Conflict',
          message: text('REFERENCE_CONFLICT', lang),
          requestId,
        };
      if (code === '23514' || code === '22P02' || code === '22003' || code === '22007' || code === '22008')
        return {
          statusCode: 400,
          code: 'VALIDATION',
          error: 'Bad Request',
          message: text('VALIDATION', lang),
          requestId,
          errors: [{ field: constraint ?? 'body', reason: text('FIELD_INVALID', lang) }],
        };
      if (code === '40001' || code === '40P01')
        return {
          statusCode: 409,
          code: 'CONCURRENT_CHANGE',
          error: 'Conflict',
          message: text('CONCURRENT_CHANGE', lang),
          requestId,
        };
    }
    if (isUnavailable(e))
      return {
        statusCode: 503,
        code: 'UNAVAILABLE',
        error: 'Service Unavailable',
        message: text('UNAVAILABLE', lang),
        requestId,
      };
    return {
      statusCode: 500,
      code: 'INTERNAL',
      error: 'Internal Server Error',
      message: text('INTERNAL', lang),
      requestId,
    };
  }

  private domain(e: DomainError, requestId: string, lang: Language): ApiErrorBody {
    const status = DOMAIN_STATUS[e.code];
    // A refusal with a reason of its own (PORTAL_ORDER_CHANGED, CODE_INVALID...) is answered under that code.
    const reason = e.params.reason;
    const code = isConflictReason(reason) || isAuthRefusal(reason) ? reason : e.code;
    const reasons = e.params.reasons;
    // A conflict that lists its reasons says the first one; one without any says the honest
    // generic ("this changed meanwhile, reload"): never a code, never free text.
    const first = Array.isArray(reasons) && reasons.length > 0 ? reasonCode(reasons[0]) : null;
    const said = code === 'CONFLICT' && first && first in MESSAGES ? first : code;
    const own = typeof e.params.say === 'string' && e.params.say in MESSAGES ? e.params.say : null;
    const key = own ?? (said in MESSAGES ? said : e.code);
    const body: ApiErrorBody = {
      statusCode: status,
      code,
      error: HttpStatus[status] ?? 'Error',
      // An error may name its own sentence (params.say: a GTFS feed not published yet).
      message: text(key, lang, e.params),
      requestId,
    };
    // A conflict's sentence, for a page that keeps it (a driver's refused change, read later,
    // perhaps after switching the language: walk h2 N1).
    if (status === 409) {
      const words = saidOf(key, e.params);
      if (words) body.said = words;
    }
    const errors = e.params.errors;
    if (Array.isArray(errors))
      body.errors = errors.map((x) => {
        const f = x as {
          field: string;
          code: string;
          message?: string;
          /** The sentence of this one error and its own parameters (a route conflict's plate, times). */
          say?: { key: string; params?: Record<string, unknown> };
        };
        return {
          field: f.field,
          code: f.code,
          reason:
            // A DTO's own English sentence for an English reader (a rule's generic words otherwise).
            lang === 'en' && f.message && f.say
              ? f.message
              : f.say && f.say.key in MESSAGES
                ? text(f.say.key, lang, f.say.params)
                : f.code in MESSAGES
                  ? text(f.code, lang, e.params)
                  : // A field rule without words of its own: its English detail for an English
                    // reader, "check this field" in the reader's language otherwise; never a code.
                    lang === 'en' && f.message
                    ? f.message
                    : text('FIELD_INVALID', lang),
        };
      });
    // A refusal that comes with what would happen now (a dispatcher's override: a new preview).
    const preview = e.params.preview;
    if (preview && typeof preview === 'object' && !Array.isArray(preview)) body.preview = preview;
    // A driver's change of a ride that has left them: the ride's facts, for the page to say them.
    const ride = e.params.ride as ApiErrorBody['ride'] | undefined;
    if (ride && typeof ride === 'object' && !Array.isArray(ride)) body.ride = ride;
    if (Array.isArray(reasons))
      body.reasons = reasons.map((r) => {
        const code = reasonCode(r);
        const field =
          typeof r === 'object' && r && 'field' in r ? String((r as { field: string }).field) : undefined;
        // Reasons may carry their message's parameters ({minutes}, {limit}...).
        const params =
          typeof r === 'object' && r && 'params' in r
            ? ((r as { params?: Record<string, unknown> }).params ?? {})
            : {};
        // A reason without words of its own is told as its error's generic text, not as a code.
        const message = code in MESSAGES ? text(code, lang, params) : text(e.code, lang);
        return { code, ...(field ? { field } : {}), message };
      });
    return body;
  }
}
