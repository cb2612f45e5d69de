/**
 * Output writers: one article → text in the chosen format, and the framing that joins
 * several articles on one stream (a JSON array, NDJSON lines, Markdown documents).
 */
import type { Article } from '../types';
import type { Palette } from './colorize';
import { indentLines, toJson, toNdjsonLine } from './json';
import { toMarkdown } from './markdown';

export { colorizeJson, jqPalette } from './colorize';
export type { Palette, Painter } from './colorize';
export { frontMatter, toMarkdown, markdownBody, escapeMarkdown, joinLines } from './markdown';
export type { FrontMatter } from './markdown';
export { toJson, toNdjsonLine } from './json';

export const FORMATS = ['json', 'ndjson', 'md'] as const;
export type Format = (typeof FORMATS)[number];

/** File extension (with the dot) of an output file per format. */
export const EXTENSIONS: Record<Format, string> = { json: '.json', ndjson: '.ndjson', md: '.md' };

/** One article as a complete document in `format`, ending in a newline. Markdown is never coloured. */
export function render(article: Article, format: Format, palette: Palette | null = null): string {
  switch (format) {
    case 'json':
      return toJson(article, palette) + '\n';
    case 'ndjson':
      return toNdjsonLine(article, palette) + '\n';
    case 'md':
      return toMarkdown(article);
  }
}

/** A rendered document as it goes in the stream after Framer.prefix(): indented within a JSON array, else as it is. */
export function frameBody(doc: string, format: Format, mode: 'single' | 'many'): string {
  return mode === 'many' && format === 'json' ? indentLines(doc.replace(/\n$/, ''), '  ') : doc;
}

/**
 * Joins the articles of one run on a single stream, as they come (nothing is buffered):
 * - `single` (one input named on the command line): the document as is;
 * - `many`, json: one JSON array, laid out as JSON.stringify(array, null, 2) would, `[]` if empty;
 * - `many`, ndjson: one line per article;
 * - `many`, md: documents one after another, separated by an empty line (each starts with `---`).
 */
export class Framer {
  private count = 0;

  constructor(
    private readonly format: Format,
    private readonly mode: 'single' | 'many',
    private readonly palette: Palette | null = null,
  ) {}

  /** Text to write for the next article (counted only once it has rendered). */
  item(article: Article): string {
    return this.document(render(article, this.format, this.palette));
  }

  /**
   * Text to write for the next article, given as the document `render()` made of it (with
   * this framer's palette).
   */
  document(doc: string): string {
    return this.prefix() + frameBody(doc, this.format, this.mode);
  }

  /**
   * What goes before the next article's framed body (frameBody): `[` or `,` in a JSON array,
   * the empty line between Markdown documents, else nothing. Parser threads frame the body.
   */
  prefix(): string {
    const first = this.count++ === 0;
    const p = this.palette;
    if (this.mode === 'many' && this.format === 'json') return first ? (p ? p.punctuation('[') : '[') + '\n' : (p ? p.punctuation(',') : ',') + '\n';
    return this.mode === 'many' && this.format === 'md' && !first ? '\n' : '';
  }

  /** Text to write after the last article. */
  end(): string {
    if (this.mode === 'many' && this.format === 'json') {
      const p = this.palette;
      const close = p ? p.punctuation(']') : ']';
      return this.count === 0 ? (p ? p.punctuation('[]') : '[]') + '\n' : '\n' + close + '\n';
    }
    return '';
  }
}
