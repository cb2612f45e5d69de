/** Word-shape helpers: "Stoltenberg" → "Xx", "1997" → "d", "U.S." → "X.X.", "pre-1997" → "x-d". */

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
