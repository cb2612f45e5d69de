/**
 * The reference article (fixtures/nato-stoltenberg.txt, the project seed) end to end:
 * every field the foundation issue names, with offsets that point back into the input.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { Article, parseArticle } from '../src';

const input = readFileSync(join(__dirname, '..', 'fixtures', 'nato-stoltenberg.txt'), 'utf8');
let article: Article;

beforeAll(() => {
  article = parseArticle(input, { path: 'fixtures/nato-stoltenberg.txt' });
});

test('headline and standfirst', () => {
  expect(article.headline).toBe("NATO chief Jens Stoltenberg says 'won't agree' to keep military within pre-1997 borders");
  expect(article.subheadline).toMatch(/^Jens Stoltenberg, Secy-General of NATO, stated that .* since 1997\.$/);
  const { headline, subheadline } = article.spans;
  expect(input.slice(headline!.start, headline!.end)).toBe(article.headline);
  expect(input.slice(subheadline!.start, subheadline!.end)).toBe(article.subheadline);
});

test('authors, stamps and credits', () => {
  expect(article.authors.map((a) => a.name)).toEqual(['Dipaneeta Das']);
  expect(article.published).toBe('2022-01-17T13:13:00+05:30');
  expect(article.updated).toBe('2022-01-17T13:14:00+05:30');
  expect(article.warnings.map((w) => w.code)).toContain('ambiguous-timezone');
  expect(article.credits.map((c) => c.name)).toEqual(['AP', 'AP']);
  expect(article.dateline).toBeNull();
});

test('body: one heading, no boilerplate, offsets exact', () => {
  const headings = article.body.filter((b) => b.type === 'heading');
  expect(headings.map((h) => h.text)).toEqual(['Moscow demands security guarantees in NATO-Russia meet']);
  const paragraphs = article.body.filter((b) => b.type === 'paragraph');
  expect(paragraphs).toHaveLength(8);
  expect(paragraphs[0].text).toMatch(/^Jens Stoltenberg, Secretary-General of the North Atlantic/);
  expect(paragraphs[7].text).toMatch(/reduce space and cyber threats\."$/);
  const all = article.body.map((b) => b.text).join('\n');
  for (const junk of ['Advertisement', 'IMAGE: AP', '(Image: AP)', 'Updated January', 'Published January', 'Reported by']) {
    expect(all).not.toContain(junk);
  }
  for (const b of article.body) expect(input.slice(b.start, b.end)).toBe(b.text);
});

test('six quotes with their speakers', () => {
  const quotes = article.quotes.map((q) => [q.text.slice(0, 25), q.speaker]);
  expect(quotes).toEqual([
    ['Of course, we cannot agre', 'Jens Stoltenberg'],
    ['We will never introduce t', 'Jens Stoltenberg'],
    ['sit idly', 'Vladimir Putin'],
    ['aggressive western politi', 'Vladimir Putin'],
    ['NATO allies ready to meet', 'Jens Stoltenberg'],
    ['prevent dangerous militar', null],
  ]);
  for (const q of article.quotes) expect(input.slice(q.start, q.end)).toBe(q.text);
  expect(article.quotes[2].text).toBe('sit idly');
  expect(article.quotes[3].text).toBe('aggressive western politics.');
});

test('entities: merged, typed, and none from boilerplate', () => {
  const byName = new Map(article.entities.map((e) => [e.name, e]));
  const expected: Array<[string, string]> = [
    ['Jens Stoltenberg', 'PERSON'], ['Vladimir Putin', 'PERSON'],
    ['North Atlantic Treaty Organisation', 'ORGANIZATION'], ['OSCE', 'ORGANIZATION'], ['CBS', 'ORGANIZATION'],
    ['Russia', 'LOCATION'], ['Ukraine', 'LOCATION'], ['Kyiv', 'LOCATION'], ['Donbas', 'LOCATION'],
    ['Geneva', 'LOCATION'], ['Brussels', 'LOCATION'], ['Vienna', 'LOCATION'],
  ];
  for (const [name, type] of expected) expect([name, byName.get(name)?.type]).toEqual([name, type]);
  const stoltenberg = byName.get('Jens Stoltenberg')!;
  expect(stoltenberg.mentions.map((m) => m.text)).toContain('Stoltenberg');
  const nato = byName.get('North Atlantic Treaty Organisation')!;
  expect(nato.mentions.map((m) => m.text)).toContain('NATO');
  expect(article.entities.filter((e) => e.name === 'NATO')).toHaveLength(0);
  for (const e of article.entities) {
    for (const m of e.mentions) {
      expect(input.slice(m.start, m.end)).toBe(m.text);
      expect(m.text).not.toMatch(/Advertisement|IMAGE|Image|Updated|Published|Dipaneeta/);
    }
  }
});
