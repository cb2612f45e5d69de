/** JSON and NDJSON text for one article, optionally coloured. */
import type { Article } from '../types';
import { colorizeJson } from './colorize';
import type { Palette } from './colorize';

/** Pretty JSON (2-space indent), coloured when a palette is given. No trailing newline. */
export function toJson(article: Article, palette: Palette | null = null): string {
  return palette ? colorizeJson(article, palette, 2) : JSON.stringify(article, null, 2);
}

/** One compact line (no newline inside, none at the end), coloured when a palette is given. */
export function toNdjsonLine(article: Article, palette: Palette | null = null): string {
  return palette ? colorizeJson(article, palette, 0) : JSON.stringify(article);
}

/** Indent every line of a pretty JSON text (JSON strings never hold a raw newline). */
export function indentLines(text: string, by: string): string {
  return text
    .split('\n')
    .map((line) => by + line)
    .join('\n');
}
