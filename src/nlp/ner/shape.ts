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

/** Short shape: character classes with runs collapsed to one. */
export function shortShape(word: string): string {
  let out = '';
  let last = '';
  for (const c of word) {
    const k = charClass(c);
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
  for (const c of word) {
    const k = charClass(c);
    run = k === last ? run + 1 : 1;
    if (run <= 3) out += k;
    last = k;
  }
  return out;
}

export function isCapitalized(word: string): boolean {
  return word.length > 0 && UPPER.test(word[0]);
}

export function hasLetter(word: string): boolean {
  return /\p{L}/u.test(word);
}

/** All letters upper-case, and at least one letter. */
export function isAllCaps(word: string): boolean {
  return hasLetter(word) && !LOWER.test(word);
}
