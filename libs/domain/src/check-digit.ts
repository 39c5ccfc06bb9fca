// The check digit of the IIN and the BIN (DOMAIN.md, "Identifiers"): the sum of the first 11
// digits times weights 1..11, mod 11; if that is 10, again with weights 3,4,5,6,7,8,9,10,11,1,2;
// if 10 again, no valid number has those 11 digits.

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

function weightedMod11(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += Number(digits[i]) * (weights[i] as number);
  return sum % 11;
}

/** The check digit for the first 11 digits, or null when both passes give 10. */
export function kzCheckDigit(first11: string): number | null {
  if (!/^\d{11}/.test(first11)) throw new RangeError('11 digits expected');
  const first = weightedMod11(first11, FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weightedMod11(first11, SECOND_WEIGHTS);
  return second === 10 ? null : second;
}
