/**
 * Kazakh phone numbers as +7 and ten digits. People write 8 701 ..., +7 (701) ... or with
 * dashes: all read as the same number. Anything else is returned as typed, for the validator.
 */
export function normalisePhone(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const digits = value.replace(/[\s()-]/g, '');
  if (/^8\d{10}$/.test(digits)) return `+7${digits.slice(1)}`;
  if (/^7\d{10}$/.test(digits)) return `+${digits}`;
  return digits;
}
