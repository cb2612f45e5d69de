/** Word-shape helpers: "Stoltenberg" → "Xx", "1997" → "d", "U.S." → "X.X.", "pre-1997" → "x-d". */

import { fnv1aStart, fnv1aStep } from './hash';

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

function charClass(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  if (code < 128) return c;
  if (UPPER.test(c)) return 'X';
  if (LOWER.test(c)) return 'x';
  return 'o';
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 128) return false;
  return true;
}

/** Class of an ASCII character code (same as charClass). */
function asciiClass(code: number): string {
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  return String.fromCharCode(code);
}

/** Character classes of `word`, by code point (ASCII fast path). */
function classes(word: string): string[] {
  if (isAscii(word)) {
    const out = new Array<string>(word.length);
    for (let i = 0; i < word.length; i++) out[i] = asciiClass(word.charCodeAt(i));
    return out;
  }
  return Array.from(word, charClass);
}

/** Short shape: character classes with runs collapsed to one. */
export function shortShape(word: string): string {
  let out = '';
  let last = '';
  for (const k of classes(word)) {
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

/** Long shape: character classes with runs capped at 3 (keeps length information). */
export function longShape(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const k of classes(word)) {
    run = k === last ? run + 1 : 1;
    if (run <= 3) out += k;
    last = k;
  }
  return out;
}

/** Class code of an ASCII character code (the code unit of asciiClass). */
function asciiClassCode(code: number): number {
  if (code >= 65 && code <= 90) return 88;
  if (code >= 97 && code <= 122) return 120;
  if (code >= 48 && code <= 57) return 100;
  return code;
}

/**
 * `fnv1a(shortShape(word), shortSeed)` and `fnv1a(longShape(word), longSeed)` without building
 * the strings, written to out[0] and out[1]; for ASCII words only (returns false otherwise).
 */
export function asciiShapeHashes(word: string, shortSeed: number, longSeed: number, out: number[]): boolean {
  let hs = fnv1aStart(shortSeed);
  let hl = fnv1aStart(longSeed);
  let last = -1;
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return false;
    const k = asciiClassCode(c);
    if (k === last) {
      run++;
    } else {
      run = 1;
      hs = fnv1aStep(hs, k);
    }
    if (run <= 3) hl = fnv1aStep(hl, k);
    last = k;
  }
  out[0] = hs >>> 0;
  out[1] = hl >>> 0;
  return true;
}

export function isCapitalized(word: string): boolean {
  if (word.length === 0) return false;
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : UPPER.test(word[0]);
}

export function hasLetter(word: string): boolean {
  if (isAscii(word)) {
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i) | 32;
      if (c >= 97 && c <= 122) return true;
    }
    return false;
  }
  return /\p{L}/u.test(word);
}

/** All letters upper-case, and at least one letter. */
export function isAllCaps(word: string): boolean {
  if (isAscii(word)) {
    let letter = false;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c >= 97 && c <= 122) return false;
      if (c >= 65 && c <= 90) letter = true;
    }
    return letter;
  }
  return hasLetter(word) && !LOWER.test(word);
}
