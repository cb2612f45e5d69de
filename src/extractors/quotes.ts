/**
 * Quotes: quotations in the body paragraphs, each with its speaker resolved to the fullest
 * name of that entity in the document (see src/quotes/attribute.ts for the sieves).
 */
import { Context, Extractor } from '../pipeline/context';
import { attribute, AttributionInput, continues, lowerBound, maskQuotes, MentionRef } from '../quotes/attribute';
import { findQuotes } from '../quotes/find';
import { Quote, Span } from '../types';

function mentionRefs(ctx: Context): MentionRef[] {
  const refs: MentionRef[] = [];
  for (const entity of ctx.found.entities) {
    for (const m of entity.mentions) refs.push({ ...m, entity });
  }
  return refs.sort((a, b) => a.start - b.start);
}

function paragraphOf(paragraphs: Span[], pos: number): Span {
  return paragraphs.find((p) => p.start <= pos && pos <= p.end) ?? paragraphs[0];
}

function previousOf(paragraphs: Span[], pos: number): Span | null {
  const index = paragraphs.findIndex((p) => p.start <= pos && pos <= p.end);
  return index > 0 ? paragraphs[index - 1] : null;
}

export const quotesExtractor: Extractor = {
  name: 'quotes',
  run(ctx: Context): void {
    const text = ctx.doc.text;
    const paragraphs = ctx.found.body.filter((b) => b.type === 'paragraph');
    if (paragraphs.length === 0) return;
    const found = findQuotes(text, paragraphs);
    const mentions = mentionRefs(ctx);
    const masked = maskQuotes(text, found);
    const people = mentions.filter((m) => m.entity.type === 'PERSON');
    const lastPersonBefore = (pos: number): MentionRef | null => people[lowerBound(people, pos) - 1] ?? null;
    const quotes: Quote[] = [];
    for (const q of found) {
      const input: AttributionInput = {
        text,
        firstParagraph: paragraphOf(paragraphs, q.open),
        previousParagraph: previousOf(paragraphs, q.open),
        lastParagraph: paragraphOf(paragraphs, q.end),
        quotes: found,
        masked,
        mentions,
        lastPersonBefore,
      };
      let a = attribute(input, q);
      const prev = quotes[quotes.length - 1];
      const prevFound = found[quotes.length - 1];
      if (!a.speaker && !a.cue && prev && prevFound && continues(input, { close: prevFound.close ?? prevFound.end, cue: prev.cue, speaker: prev.speaker }, q)) {
        a = { speaker: prev.speaker, speakerType: null, speakerMention: null, cue: null, by: 'continuation' };
      }
      if (q.close === null) ctx.warn('unclosed-quote', 'quotation mark opened but never closed', q.open, q.end);
      quotes.push({
        text: text.slice(q.start, q.end),
        start: q.start,
        end: q.end,
        speaker: a.speaker,
        speakerMention: a.speakerMention,
        cue: a.cue,
        by: a.by,
        parts: q.parts.map((p) => ({ start: p.start, end: p.end })),
      });
    }
    ctx.found.quotes = quotes;
  },
};
