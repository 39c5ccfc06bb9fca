// Delivery reports from the SMS gateway, signed with a shared secret: HMAC-SHA256 over
// "timestamp.message_id.client_message_id.status", hex, in X-Sms-Signature, with the Unix
// timestamp (seconds) in X-Sms-Timestamp. Signing named fields rather than raw bytes keeps the
// check independent of how the body was parsed; the timestamp bounds replays.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const DELIVERY_STATUSES = ['DELIVERED', 'UNDELIVERED', 'EXPIRED', 'REJECTED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface DeliveryReport {
  message_id: string;
  client_message_id: string;
  status: DeliveryStatus;
  /** The gateway's reason for an undelivered message (an operator code), if any. */
  error_code?: string;
}

export const SIGNATURE_HEADER = 'x-sms-signature';
export const TIMESTAMP_HEADER = 'x-sms-timestamp';
/** How old a signed report may be. */
export const REPORT_MAX_AGE_SECONDS = 300;

export function signDeliveryReport(secret: string, timestamp: number, r: DeliveryReport): string {
  return createHmac('sha256', secret)
    .update(`${timestamp}.${r.message_id}.${r.client_message_id}.${r.status}`)
    .digest('hex');
}

export function verifyDeliveryReport(
  secret: string,
  r: DeliveryReport,
  timestampHeader: string | undefined,
  signatureHeader: string | undefined,
  now: Date = new Date(),
): boolean {
  if (!secret || !timestampHeader || !signatureHeader) return false;
  const ts = Number(timestampHeader);
  if (!Number.isInteger(ts) || Math.abs(now.getTime() / 1000 - ts) > REPORT_MAX_AGE_SECONDS) return false;
  const expected = Buffer.from(signDeliveryReport(secret, ts, r), 'hex');
  const given = Buffer.from(signatureHeader, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
