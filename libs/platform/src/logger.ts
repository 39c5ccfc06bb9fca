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

/**
 * Paths that may carry personal data anywhere in a log line: each personal field at the top,
 * one and two levels down (pino's paths do not recurse), plus credentials in headers. Redacted
 * whatever logs them: the Law on personal data does not care which layer leaked.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["x-signature"]',
  'req.headers["x-portal-signature"]',
  ...PERSONAL_FIELDS.flatMap((f) => [f, `*.${f}`, `*.*.${f}`]),
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
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
