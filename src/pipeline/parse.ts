/** parseArticle: run the extractors over one input and assemble the Article. */
import { Document } from '../document/document';
import { readingView, restoreSlices } from '../document/reading-view';
import { forgetDates } from '../extractors/metadata/stamps';
import { looksLikeHtml } from '../html/detect';
import type * as HtmlArticle from '../html/article';
import { HtmlTooDeep } from '../html/too-deep';
import { Agency, Article, ParseOptions } from '../types';
import { bodyOnly } from './body-only';
import { Context, Extractor, titleText } from './context';
import { EXTRACTORS } from './extractors';

/** The HTML path (htmlparser2 and its helpers), loaded for the first HTML input only: start-up time. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const htmlArticle = (): typeof HtmlArticle => require('../html/article') as typeof HtmlArticle;

/** Strip a leading byte-order mark: offsets count from the text after it (output contract). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** One entry per agency (the first place it is named), in order of appearance. */
function firstOfEach(agencies: Agency[]): Agency[] {
  const seen = new Set<string>();
  return [...agencies]
    .sort((a, b) => a.start - b.start)
    .filter((a) => !seen.has(a.name) && seen.add(a.name) !== undefined);
}

/**
 * Parse one article. HTML input (`options.format` 'html', or 'auto' — the default — and the
 * text starts like a page, see src/html/detect.ts) is rendered to text first and its offsets
 * point into the HTML; see src/html/article.ts.
 */
export function parseArticle(input: string, options: ParseOptions = {}): Article {
  const text = stripBom(input);
  const format = options.format ?? 'auto';
  if (format === 'html' || (format === 'auto' && looksLikeHtml(text))) {
    try {
      return htmlArticle().parseHtmlArticle(text, options, (rendered, steps) => parseText(rendered, input, options, 'html', steps));
    } catch (err) {
      if (!(err instanceof HtmlTooDeep)) throw err;
      const article = parseText(text, input, options, 'text');
      article.warnings.unshift({ code: 'html-too-deep', message: `${err.message}; read as text`, start: null, end: null });
      return article;
    }
  }
  return parseText(text, input, options, 'text');
}

/**
 * The text pipeline over `text`; `input` is what the caller passed (for the byte count).
 * HTML input may add steps, each run right after the extractor of the name it gives.
 */
function parseText(
  text: string, input: string, options: ParseOptions, format: 'text' | 'html', steps: ReadonlyArray<[string, Extractor]> = [],
): Article {
  forgetDates();
  // Hard-wrapped text is read with its soft line breaks as spaces, a lynx dump with w3m's marks
  // (same length, same offsets): src/document/reading-view.ts.
  const view = format === 'text' ? readingView(text) : null;
  const ctx = new Context(new Document(view ?? text), options);
  for (const extractor of EXTRACTORS) {
    extractor.run(ctx);
    for (const [after, step] of steps) if (after === extractor.name) step.run(ctx);
  }
  bodyOnly(ctx);
  const f = ctx.found;
  const article: Article = {
    source: {
      path: options.path ?? null,
      bytes: options.bytes ?? Buffer.byteLength(input, 'utf8'),
      encoding: options.encoding ?? 'utf-8',
      ...(format === 'html' ? { format } : {}),
    },
    headline: f.headline?.text ?? null,
    subheadline: f.subheadline?.text ?? null,
    authors: f.authors,
    authorOrganisations: f.authorOrganisations,
    agencies: firstOfEach(f.agencies),
    credits: f.credits,
    published: f.published?.iso ?? null,
    updated: f.updated?.iso ?? null,
    timestamps: { published: f.published, updated: f.updated },
    dateline: f.dateline,
    body: f.body,
    quotes: f.quotes,
    headlineQuotes: f.headlineQuotes,
    entities: f.entities,
    spans: {
      headline: f.headline ? { start: f.headline.start, end: f.headline.end } : null,
      subheadline: f.subheadline ? { start: f.subheadline.start, end: f.subheadline.end } : null,
    },
    warnings: ctx.warnings,
  };
  if (view !== null) {
    restoreSlices(article, view, text);
    restoreTitles(article, view, text);
  }
  return article;
}

/**
 * The headline and standfirst as written in the input (titleText), where they were read from
 * the reading view: they stand apart from their spans, so restoreSlices does not see them (a
 * lynx dump's "* July 2, 2018" had kept the view's "• July 2, 2018").
 */
function restoreTitles(article: Article, read: string, input: string): void {
  for (const key of ['headline', 'subheadline'] as const) {
    const span = article.spans[key];
    if (span && article[key] === titleText(read.slice(span.start, span.end))) article[key] = titleText(input.slice(span.start, span.end));
  }
}
