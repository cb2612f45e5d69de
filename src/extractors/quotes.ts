/**
 * Quotes: quotations in the body paragraphs (and, apart, in the headline), each with its speaker resolved to the fullest
 * name of that entity in the document (see src/quotes/attribute.ts for the sieves).
 */
import { Context, Extractor } from '../pipeline/context';
import { attribute, AttributionInput, continues, introducedBy, maskQuotes, MentionRef } from '../quotes/attribute';
import { lowerBound } from '../quotes/spans';
import { findQuotes, findSingleQuotes, FoundQuote } from '../quotes/find';
import { kindOf } from '../quotes/kind';
import { createResolver, Resolver } from '../quotes/resolve';
import { Quote, Span } from '../types';

function mentionRefs(ctx: Context): MentionRef[] {
  const refs: MentionRef[] = [];
  for (const entity of ctx.found.entities) {
    for (const m of entity.mentions) refs.push({ ...m, entity });
  }
  return refs.sort((a, b) => a.start - b.start);
}

/** Index of the paragraph holding `pos`, or -1 (paragraphs are sorted and disjoint). */
function paragraphIndex(paragraphs: Span[], pos: number): number {
  const i = lowerBound(paragraphs, pos + 1) - 1;
  return i >= 0 && pos <= paragraphs[i].end ? i : -1;
}

/**
 * Quote records for quotations found in `paragraphs`: each attributed by the sieves, a quote
 * with no cue of its own carrying on the previous speaker where the continuation sieve allows.
 */
function quoteRecords(ctx: Context, paragraphs: Span[], found: FoundQuote[], masked: string, mentions: MentionRef[], resolver: Resolver): Quote[] {
  const text = ctx.doc.text;
  const quotes: Quote[] = [];
  for (const q of found) {
    const first = paragraphIndex(paragraphs, q.open);
    const last = paragraphIndex(paragraphs, q.end);
    const input: AttributionInput = {
      text,
      firstParagraph: paragraphs[Math.max(first, 0)],
      previousParagraph: first > 0 ? paragraphs[first - 1] : null,
      lastParagraph: paragraphs[Math.max(last, 0)],
      masked,
      mentions,
      resolver,
    };
    let a = attribute(input, q);
    const prev = quotes[quotes.length - 1];
    const prevFound = found[quotes.length - 1];
    if (!a.speaker && !a.cue && prev && prevFound && continues(input, { close: prevFound.close ?? prevFound.end, cue: prev.cue, speaker: prev.speaker, speakerMention: prev.speakerMention }, q)) {
      a = { speaker: prev.speaker, speakerMention: null, cue: null, by: 'continuation' };
    }
    if (!a.speaker && !a.cue) a = introducedBy(input, q) ?? a;
    if (q.close === null) ctx.warn('unclosed-quote', 'quotation mark opened but never closed', q.open, q.end);
    quotes.push({
      text: text.slice(q.start, q.end),
      start: q.start,
      end: q.end,
      kind: kindOf(masked, text, input.firstParagraph, q),
      speaker: a.speaker,
      speakerMention: a.speakerMention,
      cue: a.cue,
      by: a.by,
      parts: q.parts.map((p) => ({ start: p.start, end: p.end })),
    });
  }
  return quotes;
}

/** Quotations in the headline: double marks, and single marks as British and Indian headlines use them. */
function headlineQuotes(text: string, headline: Span): FoundQuote[] {
  const double = findQuotes(text, [headline]);
  const single = findSingleQuotes(text, headline).filter((s) => !double.some((d) => d.open <= s.open && s.open <= (d.close ?? d.end)));
  return [...double, ...single].sort((x, y) => x.start - y.start);
}

/**
 * A resolver built on first use: building one reads the whole body (people, genders), and
 * most articles (wire copy above all) have no quotation to attribute.
 */
function lazyResolver(make: () => Resolver): Resolver {
  let made: Resolver | null = null;
  const get = (): Resolver => (made ??= make());
  return {
    pronoun: (gender, pos) => get().pronoun(gender, pos),
    description: (np, pos) => get().description(np, pos),
    subject: (start, end) => get().subject(start, end),
    knownPerson: (name) => get().knownPerson(name),
    isCommonWord: (word) => get().isCommonWord(word),
  };
}

export const quotesExtractor: Extractor = {
  name: 'quotes',
  run(ctx: Context): void {
    const text = ctx.doc.text;
    const paragraphs = ctx.found.body.filter((b) => b.type === 'paragraph');
    const found = findQuotes(text, paragraphs);
    const headline = ctx.found.headline;
    const inHeadline = headline ? headlineQuotes(text, headline) : [];
    if (found.length === 0 && inHeadline.length === 0) return; // most wire copy: nothing to attribute
    const mentions = mentionRefs(ctx);
    // The body read with its quotations blanked: the sieves and the pronoun and description
    // resolver read this one text.
    const masked = maskQuotes(text, found);
    const recognizer = ctx.recognizer();
    const isCommonWord = recognizer.isCommonWord?.bind(recognizer);
    const resolver = lazyResolver(() => createResolver(text, masked, mentions, isCommonWord));
    if (found.length > 0) ctx.found.quotes = quoteRecords(ctx, paragraphs, found, masked, mentions, resolver);
    if (headline && inHeadline.length > 0) {
      ctx.found.headlineQuotes = quoteRecords(ctx, [headline], inHeadline, maskQuotes(text, inHeadline), mentions, resolver);
    }
  },
};
