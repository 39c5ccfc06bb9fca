// Kazakh registration plates (the 2012 format): three digits, two letters (legal entities) or
// three letters (private owners), then the two-digit region code, 01 (Astana) to 20 (Ulytau,
// codes 18-20 since the 2022 regions). Written "123 ABC 01" or "123ABC01"; stored compact.

/** Cyrillic letters that look like the Latin ones a plate uses, as people type them. */
const CYRILLIC_LOOKALIKES: Readonly<Record<string, string>> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
};

const PLATE_RE = /^(\d{3})([A-Z]{2,3})(\d{2})$/;
const MAX_REGION_CODE = 20;

/** The compact canonical form ("123ABC01"), or null when it is not a Kazakh plate. */
export function normalisePlate(input: string): string | null {
  const compact = input
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/[А-Я]/g, (c) => CYRILLIC_LOOKALIKES[c] ?? c);
  const m = PLATE_RE.exec(compact);
  if (!m) return null;
  const region = Number(m[3]);
  if (region < 1 || region > MAX_REGION_CODE) return null;
  return compact;
}
