/**
 * A Kazakh mobile number in the +7 format the gateways expect: '8 701 123 45 67',
 * '+7 (701) 123-45-67', '7011234567' -> '+77011234567'. Null when it is not a +7 number.
 */
export function toE164Kz(phone: string): string | null {
  const digits = phone.replace(/[\s()\-.]/g, '');
  if (!/^\+?\d+$/.test(digits)) return null;
  const d = digits.replace(/^\+/, '');
  if (d.length === 11 && (d.startsWith('7') || d.startsWith('8'))) return `+7${d.slice(1)}`;
  if (d.length === 10 && !phone.trim().startsWith('+')) return `+7${d}`;
  return null;
}

/** '+77011234567' -> '+7701***4567': for logs and dispatcher views. */
export function maskPhone(e164: string): string {
  return e164.length > 8 ? `${e164.slice(0, 5)}***${e164.slice(-4)}` : '***';
}
