/** Nearest-rank percentile (NaN for no values). */
export function pct(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] : NaN;
}

export const round = (x: number, d = 1): number => Math.round(x * 10 ** d) / 10 ** d;
