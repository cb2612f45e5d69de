/**
 * An HTML page → Article: render the page to text with a source map (./render.ts), run the
 * text pipeline on the rendered text, map every offset in the result back into the HTML
 * (./source-map.ts, one generic walk over the Article), then refine with the page's own
 * metadata (./metadata.ts, ./refine.ts). Offsets then point into the HTML; `text` fields keep
 * the rendered text.
 */
import type { Extractor } from '../pipeline/context';
import type { Article, ParseOptions } from '../types';
import { h1HeadlineStep, matchingH1 } from './headline';
import { readPageMetadata } from './metadata';
import { refineWithMetadata } from './refine';
import { renderHtml } from './render';
import { remapOffsets } from './source-map';

/** The text pipeline: parse `text`, running each extra step after the extractor it names. */
export type TextPipeline = (text: string, steps: ReadonlyArray<[string, Extractor]>) => Article;

/** Parse `html` (BOM already removed) with the text pipeline `parseText`. */
export function parseHtmlArticle(html: string, options: ParseOptions, parseText: TextPipeline): Article {
  const rendered = renderHtml(html);
  const meta = readPageMetadata(html);
  const h1 = matchingH1(rendered.headings, meta.headline?.value ?? null);
  const article = parseText(rendered.text, [['headline', h1HeadlineStep(h1)]]);
  remapOffsets(article, (start, end) => rendered.map.toSource(start, end));
  return refineWithMetadata(article, meta, options);
}
