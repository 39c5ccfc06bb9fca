import pino, { type Logger } from 'pino';

/** Fields that carry personal data (IIN, names, phones, addresses, health, free text). */
export const PERSONAL_FIELDS = [
  'iin',
  'fullName',
  'displayName',
  'phone',
  'address',
  'pickupAddress',
  'dropoffAddress',
  'residenceAddress',
  'mobility',
  'disabilityCategory',
  'notes',
  'text',
];

/** Fields that carry credentials (issue 19): never logged, whatever logs them. */
export const CREDENTIAL_FIELDS = [
  'password',
  'code',
  'mfaToken',
  'accessToken',
  'refreshToken',
  'token',
  'secret',
  'totpSecret',
];

/**
 * Paths that may carry personal data anywhere in a log line: each personal field at the top,
 * one and two levels down (pino's paths do not recurse), plus credentials in headers. Redacted
 * whatever logs them: the Law on personal data does not care which layer leaked.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["x-signature"]',
  'req.headers["x-portal-signature"]',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  ...[...PERSONAL_FIELDS, ...CREDENTIAL_FIELDS].flatMap((f) => [f, `*.${f}`, `*.*.${f}`]),
  'body',
  'payload',
];

/** The one logger setup; `destination` (default stdout) lets tests read exactly what production writes. */
export function createLogger(level: string, name: string, destination?: pino.DestinationStream): Logger {
  const options = {
    name,
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    base: { app: name },
    serializers: { req: requestLine },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };

/** An invitation link's token in a path: the part that must never reach a log. */
const TOKEN_IN_PATH = /(\/invitations\/)[^/?#]+/g;
/** A search's free text (a rider's name or phone, issue 23): personal data, never in a log. */
const SEARCH_TEXT = /([?&]q=)[^&#]*/g;

/**
 * A request as a log line shows it (Fastify's fields), with an invitation token in its path
 * and a search's text replaced: the request log at debug level would otherwise carry a live credential.
 */
export function requestLine(req: {
  method?: string;
  url?: string;
  host?: string;
  hostname?: string;
  ip?: string;
  headers?: Record<string, unknown>;
}): Record<string, unknown> {
  if (!req || typeof req !== 'object') return { value: String(req) };
  return {
    method: req.method,
    url:
      typeof req.url === 'string'
        ? req.url.replace(TOKEN_IN_PATH, '$1[redacted]').replace(SEARCH_TEXT, '$1[redacted]')
        : req.url,
    host: req.host ?? req.hostname,
    remoteAddress: req.ip,
    // A plain object someone logged keeps its headers (redacted above); Fastify's request does not.
    ...(req.headers && Object.getPrototypeOf(req) === Object.prototype ? { headers: req.headers } : {}),
  };
}

/**
 * Fastify's childLoggerFactory: the request's logger is made only when something logs through
 * it. Most requests log nothing, and a pino child (its bindings serialised through the redaction)
 * was ~3% of a booking's CPU in the API. What it logs, and with which bindings, is unchanged.
 */
export function lazyChildLogger(
  parent: Logger,
  bindings: pino.Bindings,
  options: pino.ChildLoggerOptions,
): Logger {
  let child: Logger | undefined;
  const made = (): Logger => (child ??= parent.child(bindings, options));
  const lazy = {
    get level() {
      return child?.level ?? options.level ?? parent.level;
    },
    set level(v: string) {
      made().level = v;
    },
    fatal: (...a: unknown[]) => (made().fatal as (...x: unknown[]) => void)(...a),
    error: (...a: unknown[]) => (made().error as (...x: unknown[]) => void)(...a),
    warn: (...a: unknown[]) => (made().warn as (...x: unknown[]) => void)(...a),
    info: (...a: unknown[]) => (made().info as (...x: unknown[]) => void)(...a),
    debug: (...a: unknown[]) => (made().debug as (...x: unknown[]) => void)(...a),
    trace: (...a: unknown[]) => (made().trace as (...x: unknown[]) => void)(...a),
    silent: () => undefined,
    child: (b: pino.Bindings, o?: pino.ChildLoggerOptions) => made().child(b, o),
    bindings: () => made().bindings(),
    isLevelEnabled: (l: string) => (child ?? parent).isLevelEnabled(l),
  };
  return lazy as unknown as Logger;
}
