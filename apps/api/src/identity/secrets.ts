import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

export { newOpaqueToken, tokenHash } from '@invataxi/auth';

/** A keyed hash (DATA_HASH_KEY) of a short secret or personal value: a phone, a 6-digit code. */
export function keyedHash(key: string, purpose: string, value: string): string {
  return createHmac('sha256', Buffer.from(key, 'utf8')).update(`${purpose}:${value}`, 'utf8').digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A uniformly random code of `digits` digits (leading zeros kept). */
export function randomDigits(digits: number): string {
  return String(randomInt(0, 10 ** digits)).padStart(digits, '0');
}
