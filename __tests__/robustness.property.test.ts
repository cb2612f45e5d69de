/**
 * The fuzz properties (scripts/fuzz-cases.ts) at a few hundred cases each with a fixed seed;
 * `npm run fuzz` runs 100,000. Also: the checks they rely on do catch a broken article, and
 * small versions of the adversarial inputs (scripts/adversarial.ts) parse into valid articles.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { parseArticle } from '../src';
import { adversarialInputs } from '../scripts/adversarial';
import { articleProblems, markdownProblems, offsetProblems } from '../scripts/article-checks';
import { PROPERTIES } from '../scripts/fuzz-cases';

const RUNS = 150;
const SEED = 20261128;

describe.each(Object.entries(PROPERTIES))('%s', (_name, run) => {
  test(`${RUNS} cases: no throw, valid schema, offsets slice back, Markdown reads back`, () => {
    const details = run({ numRuns: RUNS, seed: SEED });
    expect(fc.defaultReportMessage(details) ?? null).toBeNull();
    expect(details.numRuns).toBe(RUNS);
  });
});

describe('the checks catch broken articles', () => {
  const input = readFileSync(join(__dirname, '..', 'fixtures', 'nato-stoltenberg.txt'), 'utf8');
  const article = parseArticle(input);

  test('a real article passes', () => {
    expect(articleProblems(input, article)).toEqual([]);
  });

  test('a mention shifted by one character is an offset problem', () => {
    const entities = article.entities.map((e, i) => (i === 0 ? { ...e, mentions: e.mentions.map((m) => ({ ...m, start: m.start + 1, end: m.end + 1 })) } : e));
    expect(offsetProblems(input, { ...article, entities })[0]).toMatch(/^offset: text /);
  });

  test('a span past the end of the input is an offset problem', () => {
    expect(offsetProblems('short', article).some((p) => p.includes('outside'))).toBe(true);
  });

  test('front matter that does not read back the same is a Markdown problem', () => {
    expect(markdownProblems({ ...article, headline: 'null: 2022-01-17 # not a comment' })).toEqual([]);
    // YAML writes NaN as .nan and reads it back as NaN; the article as JSON has null there.
    expect(markdownProblems({ ...article, source: { ...article.source, bytes: NaN } })).toEqual(['markdown: front matter does not read back to the same values']);
  });
});

describe('adversarial inputs (small versions of npm run bench:adversarial)', () => {
  test.each(adversarialInputs(20_000).map((a) => [a.kind, a.text]))('%s', (_kind, text) => {
    expect(articleProblems(text, parseArticle(text))).toEqual([]);
  });
});
