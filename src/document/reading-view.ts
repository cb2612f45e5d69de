/**
 * The reading view: the text as the extractors read it, when that is not the input itself,
 * and the way back. Each change keeps the length of the text, so every offset found in the
 * view is an offset into the input; restoreSlices then puts the input's own characters back
 * into each piece of text. Text input only (HTML is rendered, with its own source map).
 */
import { withFactivaCodesBlanked } from './factiva-codes';
import { withLynxMarksAsW3m } from './lynx';
import { withoutSoftBreaks } from './soft-breaks';

/**
 * The text as the extractors read it, when that is not the text itself: Factiva's field codes
 * blanked (src/document/factiva-codes.ts), a lynx dump's marks as w3m's (src/document/lynx.ts),
 * then soft line breaks as spaces (src/document/soft-breaks.ts). Every change keeps the length,
 * so offsets into it are offsets into the input.
 */
export function readingView(text: string): string | null {
  const uncoded = withFactivaCodesBlanked(text);
  const base = uncoded ?? text;
  const marked = withLynxMarksAsW3m(base);
  return withoutSoftBreaks(marked ?? base, marked !== null) ?? marked ?? uncoded;
}

/**
 * Read from the reading view (`read`: soft line breaks as spaces, lynx's marks as w3m's), each
 * piece of text and each stamp or dateline as written (`text`, `raw`) becomes the input's own
 * characters again, so `input.slice(start, end) === text` holds. Names (authors, agencies)
 * keep a space for a line break, once.
 */
export function restoreSlices(value: unknown, read: string, input: string): void {
  if (Array.isArray(value)) {
    for (const item of value) restoreSlices(item, read, input);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  const { start, end } = record;
  const located = typeof start === 'number' && typeof end === 'number';
  for (const [key, field] of Object.entries(record)) {
    if (typeof field === 'string') {
      if (!located || field !== read.slice(start, end)) continue;
      if (key === 'text' || key === 'raw') record[key] = input.slice(start, end);
      else if (key === 'name') record[key] = field.replace(/\s{2,}/g, ' ');
    } else restoreSlices(field, read, input);
  }
}
