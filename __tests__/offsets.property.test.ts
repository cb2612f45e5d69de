/**
 * Property: whatever the text, parseArticle does not throw, and every value that carries
 * `text` with `start`/`end` satisfies the output contract: input.slice(start, end) === text.
 * Inputs are built from pieces of the real fixtures (lines, quotes, stamps, bylines, wire
 * indents) shuffled and mixed with odd characters, so the extractors meet real shapes in
 * unreal orders.
 */
import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseArticle } from '../src';
import { textSpans } from '../scripts/article-checks';

const fixtureLines = ['nato-stoltenberg.txt', 'wire-1987.txt', 'bbc-politics-084.txt'].flatMap((name) =>
  readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8').split('\n'),
);

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...fixtureLines) },
  { weight: 1, arbitrary: fc.constantFrom('', '    ', '\t', '"', '\u201c', '\u201d', '\u2019', '\ufeff', '\r', '(Reuters) -', 'By ', ' Reuter') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
);
const document = fc.array(piece, { minLength: 1, maxLength: 60 }).map((parts) => parts.join('\n'));

test('offsets always point at their text, and nothing throws', () => {
  fc.assert(
    fc.property(document, (input) => {
      const article = parseArticle(input);
      const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
      for (const s of textSpans(article)) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(s.start, s.end)).toBe(s.text);
      }
      for (const q of article.quotes) for (const p of q.parts) expect(p.start).toBeGreaterThanOrEqual(q.start);
      // Author names are taken as written: their offsets cover exactly the name.
      for (const a of article.authors) expect(text.slice(a.start, a.end)).toBe(a.name);
      if (article.spans.headline) {
        const raw = text.slice(article.spans.headline.start, article.spans.headline.end);
        expect(raw.replace(/\s+/g, ' ')).toBe(article.headline);
      }
    }),
    { numRuns: 300, seed: 20261128 },
  );
});

test('a speaker taken from capitalised words apart by a line break: the mention is the text as written, the name has one space (fuzz seed 1358485386)', () => {
  const wire = readFileSync(join(__dirname, '..', 'fixtures', 'wire-1987.txt'), 'utf8');
  const input = wire.replace('QUARTER PROFIT', 'QUARTER P\u2028By  said"ROFIT');
  const article = parseArticle(input);
  const quote = article.headlineQuotes[0];
  expect(quote?.speakerMention?.text).toBe('P\u2028By');
  expect(quote?.speaker).not.toMatch(/\s\S*\s|\u2028/); // one space between words
  for (const s of textSpans(article)) expect(input.slice(s.start, s.end)).toBe(s.text);
});
