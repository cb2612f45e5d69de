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

/** Spans for one document: `tags[i]` are the tag indices (TAGS order) of `sentences[i]`. */
export function spansFromTags(sentences: readonly Token[][], tags: readonly ArrayLike<number>[]): RecognizedSpan[] {
  const out: RecognizedSpan[] = [];
  sentences.forEach((tokens, si) => {
    for (const c of chunksOfIndices(tags[si])) {
      const type = TYPE_MAP[c.type];
      if (!type) continue;
      // The model learned titles from British text poorly ("Ms Hewitt"): keep them out.
      while (type === 'PERSON' && c.end - c.start > 1 && TITLE.test(tokens[c.start].text)) c.start++;
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
