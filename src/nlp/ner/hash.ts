/**
 * 32-bit hashing for feature ids: FNV-1a over strings, and integer mixing to combine a
 * hashed atom with a template / window offset without building new strings.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of `s`, seeded with `seed` (a template id). */
export function fnv1a(s: string, seed = 0): number {
  let h = (FNV_OFFSET ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/**
 * FNV-1a over the code units `s[start .. end)`, seeded like `fnv1a`: equal to
 * `fnv1a(s.slice(start, end), seed)` without building the substring.
 */
export function fnv1aRange(s: string, start: number, end: number, seed = 0): number {
  let h = (FNV_OFFSET ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Start of an FNV-1a hash seeded like `fnv1a` (feed code units with `fnv1aStep`). */
export function fnv1aStart(seed: number): number {
  return (FNV_OFFSET ^ Math.imul(seed + 1, 0x9e3779b1)) | 0;
}

/** One FNV-1a step: hash `h` (from fnv1aStart / fnv1aStep) followed by code unit `c`. */
export function fnv1aStep(h: number, c: number): number {
  return Math.imul(h ^ c, FNV_PRIME);
}

/** Murmur3 finaliser: spreads the bits of a 32-bit value. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combine two 32-bit values into one (order matters). Never returns 0. */
export function mix(a: number, b: number): number {
  const h = fmix((Math.imul(a ^ 0x27d4eb2d, 0x165667b1) + b) | 0);
  return h === 0 ? 1 : h;
}
