// BIN, the business identification number of a company (a provider): YYMM of registration,
// type (4 resident legal entity, 5 non-resident, 6 joint sole trader), division (0 head office,
// 1 branch, 2 representative office, 3 farm), five digits, check digit by the IIN's algorithm
// (DOMAIN.md, "Identifiers").
import { kzCheckDigit } from './check-digit';

export const BIN_INVALID_REASONS = [
  'NOT_12_DIGITS',
  'BAD_MONTH',
  'BAD_TYPE_DIGIT',
  'BAD_DIVISION_DIGIT',
  'BAD_CHECK_DIGIT',
] as const;
export type BinInvalidReason = (typeof BIN_INVALID_REASONS)[number];

export type BinEntityType = 'RESIDENT_LEGAL_ENTITY' | 'NON_RESIDENT_LEGAL_ENTITY' | 'JOINT_SOLE_TRADER';
export type BinDivision = 'HEAD_OFFICE' | 'BRANCH' | 'REPRESENTATIVE_OFFICE' | 'FARM';

export type BinResult =
  | { valid: true; registered: { yy: string; mm: string }; entityType: BinEntityType; division: BinDivision }
  | { valid: false; reason: BinInvalidReason };

const TYPES: Record<string, BinEntityType> = {
  '4': 'RESIDENT_LEGAL_ENTITY',
  '5': 'NON_RESIDENT_LEGAL_ENTITY',
  '6': 'JOINT_SOLE_TRADER',
};
const DIVISIONS: Record<string, BinDivision> = {
  '0': 'HEAD_OFFICE',
  '1': 'BRANCH',
  '2': 'REPRESENTATIVE_OFFICE',
  '3': 'FARM',
};

export function validateBin(bin: string): BinResult {
  if (!/^\d{12}$/.test(bin)) return { valid: false, reason: 'NOT_12_DIGITS' };
  const mm = Number(bin.slice(2, 4));
  if (mm < 1 || mm > 12) return { valid: false, reason: 'BAD_MONTH' };
  const entityType = TYPES[bin[4] as string];
  if (!entityType) return { valid: false, reason: 'BAD_TYPE_DIGIT' };
  const division = DIVISIONS[bin[5] as string];
  if (!division) return { valid: false, reason: 'BAD_DIVISION_DIGIT' };
  if (kzCheckDigit(bin) !== Number(bin[11])) return { valid: false, reason: 'BAD_CHECK_DIGIT' };
  return { valid: true, registered: { yy: bin.slice(0, 2), mm: bin.slice(2, 4) }, entityType, division };
}

export function isValidBin(bin: string): boolean {
  return validateBin(bin).valid;
}

/** A valid BIN for seeding and tests (resident head office unless told otherwise). */
export function buildBin(
  yymm: string,
  serial: number,
  type: '4' | '5' | '6' = '4',
  division: '0' | '1' | '2' | '3' = '0',
): string {
  if (!/^\d{2}(0[1-9]|1[0-2])$/.test(yymm)) throw new RangeError(`not YYMM: ${yymm}`);
  for (let s = serial; s < serial + 100_000; s++) {
    const first11 = `${yymm}${type}${division}${String(s % 100_000).padStart(5, '0')}`;
    const check = kzCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
  throw new RangeError('no valid serial');
}
