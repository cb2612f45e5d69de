/**
 * Entities: the recogniser (the trained NER model by default; swappable through
 * `options.recognizer`) runs over the headline, standfirst and body only, so boilerplate,
 * stamps and bylines never become entities. Mentions are then merged per document.
 */
import { mergeMentions, Mention } from '../entities/merge';
import { trimHeadlineMentions } from '../entities/trim-headline';
import { Token } from '../nlp/tokenize';
import { Context, Extractor } from '../pipeline/context';
import { Span } from '../types';

/** The spans of text the recogniser reads, in document order. */
function readableSpans(ctx: Context): Span[] {
  const spans: Span[] = [];
  const { headline, subheadline, body } = ctx.found;
  if (headline) spans.push(headline);
  if (subheadline) spans.push(subheadline);
  for (const block of body) spans.push(block);
  return spans.sort((a, b) => a.start - b.start);
}

export const entitiesExtractor: Extractor = {
  name: 'entities',
  run(ctx: Context): void {
    const recognizer = ctx.recognizer();
    const sentences: Token[][] = [];
    for (const span of readableSpans(ctx)) sentences.push(...ctx.doc.sentences(span.start, span.end));
    const mentions: Mention[] = recognizer.recognize(sentences).map((r) => ({
      type: r.type,
      start: r.start,
      end: r.end,
      text: ctx.doc.text.slice(r.start, r.end),
    }));
    const isCommonWord = (lower: string): boolean => recognizer.isCommonWord?.(lower) ?? false;
    const trimmed = trimHeadlineMentions(ctx.doc.text, mentions, ctx.found.headline, isCommonWord);
    ctx.found.entities = mergeMentions(ctx.doc.text, trimmed, ctx.found.headline, isCommonWord);
  },
};
