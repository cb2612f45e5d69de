/**
 * Decoded text that is not worth parsing: empty, only white space, or binary (a file saved
 * with a .txt name). The reason is the one line the CLI prints; null means parse it.
 *
 * Binary is told by NUL characters (never in text) or by a high share of other control
 * characters. A few stray ones are text: Reuters-21578 has DEL bytes mid-word, old exports
 * carry form feeds and escape codes.
 */

/** Share of control characters from which text counts as binary. */
export const MAX_CONTROL_SHARE = 0.1;
/** Texts this short are judged on NULs only: one odd byte in a line is not binary. */
const MIN_CHARS_FOR_SHARE = 64;

/** C0 controls other than tab, line feed, vertical tab, form feed and carriage return; DEL; C1 controls. */
function isControl(code: number): boolean {
  return (code < 0x20 && (code < 0x09 || code > 0x0d)) || (code >= 0x7f && code <= 0x9f);
}

function controlCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) n++;
  return n;
}

/** Why `text` is refused, or null when it should be parsed. */
export function refusalReason(text: string): string | null {
  if (text.length === 0) return 'empty file';
  if (text.includes('\u0000')) return 'not a text file';
  if (text.length >= MIN_CHARS_FOR_SHARE) {
    const share = controlCount(text) / text.length;
    if (share > MAX_CONTROL_SHARE) return `not a text file (${Math.round(share * 100)} % control characters)`;
  }
  if (text.trim() === '') return 'empty file (only whitespace)';
  return null;
}
