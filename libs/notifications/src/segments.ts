// How many SMS parts a text costs. GSM 03.38: a text made only of the GSM-7 alphabet travels in
// 7-bit units, 160 per single message or 153 per part of a concatenated one (the user data
// header takes the rest); anything else (Cyrillic, Kazakh letters, emoji) travels as UCS-2,
// 70 per single message or 67 per part. Kazakh and Russian texts are therefore always UCS-2.

export type SmsEncoding = 'GSM7' | 'UCS2';

export interface SegmentCount {
  encoding: SmsEncoding;
  /** Septets (GSM-7, an extension character takes two) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
}

const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Reached through the escape code: each costs two septets. */
const GSM7_EXTENSION = '\f^{}\\[~]|€';

const BASIC = new Set(GSM7_BASIC);
const EXTENSION = new Set(GSM7_EXTENSION);

export const GSM7_SINGLE = 160;
export const GSM7_PART = 153;
export const UCS2_SINGLE = 70;
export const UCS2_PART = 67;

export function isGsm7(text: string): boolean {
  for (const ch of text) if (!BASIC.has(ch) && !EXTENSION.has(ch)) return false;
  return true;
}

/**
 * Splits like a handset does: an escape pair (GSM-7) or a surrogate pair (UCS-2) is never cut
 * between two parts, so a part may carry one unit less than its maximum.
 */
function countParts(sizes: readonly number[], single: number, part: number): number {
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total <= single) return 1;
  let parts = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > part) {
      parts++;
      used = 0;
    }
    used += size;
  }
  return parts;
}

export function countSegments(text: string): SegmentCount {
  if (isGsm7(text)) {
    const sizes = [...text].map((ch) => (EXTENSION.has(ch) ? 2 : 1));
    return {
      encoding: 'GSM7',
      units: sizes.reduce((a, b) => a + b, 0),
      segments: countParts(sizes, GSM7_SINGLE, GSM7_PART),
    };
  }
  const sizes = [...text].map((ch) => ch.length);
  return {
    encoding: 'UCS2',
    units: text.length,
    segments: countParts(sizes, UCS2_SINGLE, UCS2_PART),
  };
}
