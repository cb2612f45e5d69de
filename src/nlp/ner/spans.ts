/** Turning predicted tags into recognised spans with character offsets. */
import { EntityType } from '../../types';
import { RecognizedSpan } from '../recognizer';
import { Token } from '../tokenize';
import { chunksOfIndices } from './labels';

const TYPE_MAP: Record<string, EntityType> = {
  PER: 'PERSON',
  ORG: 'ORGANIZATION',
  LOC: 'LOCATION',
  MISC: 'MISC',
};

/** Courtesy titles, which CoNLL-2003 (like MUC) leaves out of person names. */
const TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?$/;

/** A sum of money as one token: "£24.5m", "US$42m", "A$8.4bn", "€3", "¥1,200". */
const AMOUNT = /^[A-Z]{0,3}[$£€¥]\d[\d.,]*[a-z]{0,3}$/;
/** A word that only joined a sum to the name ("Chelsea of £24.5m"). */
const LINK = /^(?:of|for|and|in|at|to)$/;

/** Spans for one document: `tags[i]` are the tag indices (TAGS order) of `sentences[i]`. */
export function spansFromTags(sentences: readonly Token[][], tags: readonly ArrayLike<number>[]): RecognizedSpan[] {
  const out: RecognizedSpan[] = [];
  sentences.forEach((tokens, si) => {
    for (const c of chunksOfIndices(tags[si])) {
      const type = TYPE_MAP[c.type];
      if (!type) continue;
      // The model learned titles from British text poorly ("Ms Hewitt"): keep them out.
      while (type === 'PERSON' && c.end - c.start > 1 && TITLE.test(tokens[c.start].text)) c.start++;
      // Nor is a sum of money part of a name, or a name at all: "Chelsea of £24.5m" is Chelsea,
      // "£7.5bn of Treasury" the Treasury, "US$42m" nothing.
      const isAmount = (i: number): boolean => i >= 0 && i < tokens.length && AMOUNT.test(tokens[i].text);
      const isLink = (i: number): boolean => LINK.test(tokens[i].text);
      while (c.end > c.start && (isAmount(c.end - 1) || (isLink(c.end - 1) && isAmount(c.end)))) c.end--;
      while (c.end > c.start && (isAmount(c.start) || (isLink(c.start) && isAmount(c.start - 1)))) c.start++;
      if (c.end === c.start) continue;
      out.push({
        type,
        sentence: si,
        tokenStart: c.start,
        tokenEnd: c.end,
        start: tokens[c.start].start,
        end: tokens[c.end - 1].end,
      });
    }
  });
  return out;
}
