import pino, { type Logger } from 'pino';

/**
 * Paths that may carry personal data (IIN, names, phones, addresses, health) anywhere in a
 * log line. Redacted whatever logs them: the Law on personal data does not care which layer leaked.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["x-signature"]',
  '*.iin',
  '*.fullName',
  '*.phone',
  '*.address',
  '*.pickupAddress',
  '*.dropoffAddress',
  '*.residenceAddress',
  '*.mobility',
  '*.disabilityCategory',
  '*.text',
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
