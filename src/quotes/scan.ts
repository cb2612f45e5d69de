/** Small backward scans the quote sieves share (linear stand-ins for patterns anchored at `$`). */

const LOW_SURROGATE = /[\udc00-\udfff]/;
const HIGH_SURROGATE = /[\ud800-\udbff]/;

/**
 * Start of the run of code points that ends at `end` and goes back no further than `from`,
 * each matched by `char` (a test of one whole character, e.g. /^[\p{L}-]$/u). A surrogate pair
 * is read as one code point, as a pattern with the u flag reads it.
 */
export function runStartBefore(s: string, end: number, from: number, char: RegExp): number {
  let i = end;
  while (i > from) {
    const pair = i - 2 >= from && LOW_SURROGATE.test(s[i - 1]) && HIGH_SURROGATE.test(s[i - 2]);
    const width = pair ? 2 : 1;
    if (!char.test(s.slice(i - width, i))) break;
    i -= width;
  }
  return i;
}
