/** Sizes as people write them on a command line: "1000000", "500k", "100M", "1.5G" (powers of 1024). */

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** Bytes for `value`, or null when it is not a positive size. */
export function parseByteSize(value: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(value.trim());
  if (!m) return null;
  const bytes = Math.floor(Number(m[1]) * (UNITS[(m[2] ?? '').toLowerCase()] ?? 1));
  return bytes >= 1 && Number.isSafeInteger(bytes) ? bytes : null;
}
