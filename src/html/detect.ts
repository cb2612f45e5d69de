/**
 * Is this text an HTML page? Yes when, after white space, a byte-order mark, comments and an
 * XML declaration, it starts with `<!doctype html`, `<html`, `<head` or `<body` (any case).
 */
const START = /^<(?:!doctype\s+html|html|head|body)(?=[\s>/]|$)/i;

export function looksLikeHtml(text: string): boolean {
  let i = 0;
  const n = Math.min(text.length, 64 * 1024);
  for (;;) {
    while (i < n && (/\s/.test(text[i]) || text.charCodeAt(i) === 0xfeff)) i++;
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return false;
      i = end + 3;
    } else if (text.startsWith('<?xml', i)) {
      const end = text.indexOf('?>', i + 5);
      if (end < 0) return false;
      i = end + 2;
    } else {
      return START.test(text.slice(i, i + 16));
    }
  }
}
