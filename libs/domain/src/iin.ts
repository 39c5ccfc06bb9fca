// IIN, the individual identification number: YYMMDD, C (century and sex: 1/2 = 1800s,
// 3/4 = 1900s, 5/6 = 2000s; odd male, even female), four serial digits, check digit
// (DOMAIN.md, "Identifiers"). Birth date and sex derive from it. The IIN is personal data:
// log and list it only masked (issue 3: 9001******11).
import { kzCheckDigit } from './check-digit';
import type { LocalDate } from './time';
import { isValidLocalDate } from './time';
import type { Sex } from './vocabulary';

export const IIN_INVALID_REASONS = [
  'NOT_12_DIGITS',
  'BAD_CENTURY_DIGIT',
  'BAD_DATE',
  'BAD_CHECK_DIGIT',
] as const;
export type IinInvalidReason = (typeof IIN_INVALID_REASONS)[number];

export type IinResult =
  { valid: true; birthDate: LocalDate; sex: Sex } | { valid: false; reason: IinInvalidReason };

const CENTURY: Record<string, number> = { '1': 1800, '2': 1800, '3': 1900, '4': 1900, '5': 2000, '6': 2000 };

export function validateIin(iin: string): IinResult {
  if (!/^\d{12}$/.test(iin)) return { valid: false, reason: 'NOT_12_DIGITS' };
  const c = iin[6] as string;
  const century = CENTURY[c];
  if (century === undefined) return { valid: false, reason: 'BAD_CENTURY_DIGIT' };
  const birthDate = `${century + Number(iin.slice(0, 2))}-${iin.slice(2, 4)}-${iin.slice(4, 6)}`;
  if (!isValidLocalDate(birthDate)) return { valid: false, reason: 'BAD_DATE' };
  if (kzCheckDigit(iin) !== Number(iin[11])) return { valid: false, reason: 'BAD_CHECK_DIGIT' };
  return { valid: true, birthDate, sex: Number(c) % 2 === 1 ? 'MALE' : 'FEMALE' };
}

export function isValidIin(iin: string): boolean {
  return validateIin(iin).valid;
}

/** '900101300811' -> '9001******11'. Anything not 12 characters is masked whole. */
export function maskIin(iin: string): string {
  if (iin.length !== 12) return '*'.repeat(iin.length);
  return `${iin.slice(0, 4)}******${iin.slice(10)}`;
}

/**
 * A valid IIN for a birth date, sex and serial (0..9999), for seeding and tests. Serials whose
 * 11 digits admit no check digit are skipped to the next one.
 */
export function buildIin(birthDate: LocalDate, sex: Sex, serial: number): string {
  if (!isValidLocalDate(birthDate)) throw new RangeError(`not a date: ${birthDate}`);
  const year = Number(birthDate.slice(0, 4));
  const centuryIndex = Math.floor(year / 100) - 18; // 1800s -> 0, 1900s -> 1, 2000s -> 2
  if (centuryIndex < 0 || centuryIndex > 2) throw new RangeError(`no IIN century digit for ${year}`);
  const c = centuryIndex * 2 + (sex === 'MALE' ? 1 : 2);
  const head = `${birthDate.slice(2, 4)}${birthDate.slice(5, 7)}${birthDate.slice(8, 10)}${c}`;
  for (let s = serial; s < serial + 10_000; s++) {
    const first11 = `${head}${String(s % 10_000).padStart(4, '0')}`;
    const check = kzCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
  throw new RangeError('no valid serial');
}
