/**
 * Map real-text token forms to the forms the CoNLL-2003 training data uses: curly quotes and
 * typographic dashes/ellipses become ASCII.
 */

const MAP: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u00ab': '"', '\u00bb': '"', '\u2033': '"',
  '\u2013': '-', '\u2014': '--', '\u2015': '--', '\u2212': '-', '\u2010': '-', '\u2011': '-',
  '\u2026': '...', '\u00a0': ' ',
};
const PATTERN = /[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u2013\u2014\u2015\u2212\u2010\u2011\u2026\u00a0]/g;

/** The CoNLL-like form of a token. Returns `token` itself when nothing changes. */
export function normalizeToken(token: string): string {
  // Fast path: every mapped character is at or above U+00A0.
  let i = 0;
  while (i < token.length && token.charCodeAt(i) < 0xa0) i++;
  if (i === token.length) return token;
  PATTERN.lastIndex = 0;
  if (!PATTERN.test(token)) return token;
  PATTERN.lastIndex = 0;
  return token.replace(PATTERN, (c) => MAP[c] ?? c);
}
