/**
 * HTML input through parseArticle: detection, the offset remapping into the HTML, and the
 * metadata refiner, on fixtures/nato-stoltenberg.html (the seed article wrapped in a page).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { looksLikeHtml } from '../src/html/detect';
import type { EntityRecognizer } from '../src/nlp/recognizer';
import { parseArticle } from '../src/pipeline/parse';
import type { Article } from '../src/types';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const HTML = readFileSync(path.join(FIXTURES, 'nato-stoltenberg.html'), 'utf8');
const TEXT = readFileSync(path.join(FIXTURES, 'nato-stoltenberg.txt'), 'utf8');

/** A stand-in recogniser (the NER model is not what these tests are about): known names as entities. */
const NAMES: Record<string, 'PERSON' | 'ORGANIZATION' | 'LOCATION'> = {
  Stoltenberg: 'PERSON', NATO: 'ORGANIZATION', Moscow: 'LOCATION', Russia: 'LOCATION', Geneva: 'LOCATION',
};
const recognizer: EntityRecognizer = {
  name: 'test-names',
  recognize: (sentences) =>
    sentences.flatMap((tokens, sentence) =>
      tokens.flatMap((t, i) => {
        const type = NAMES[t.text];
        return type ? [{ type, sentence, tokenStart: i, tokenEnd: i + 1, start: t.start, end: t.end }] : [];
      }),
    ),
};

/** Every `{ start, end }` in the article, with the path it was found at. */
function spans(value: unknown, at = ''): Array<{ at: string; start: number; end: number; text?: string }> {
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => spans(v, `${at}[${i}]`));
  const o = value as Record<string, unknown>;
  const own = typeof o.start === 'number' && typeof o.end === 'number'
    ? [{ at, start: o.start, end: o.end, ...(typeof o.text === 'string' ? { text: o.text } : {}) }]
    : [];
  return [...own, ...Object.entries(o).flatMap(([k, v]) => spans(v, `${at}.${k}`))];
}

/** Words of a rendered text, as they appear in the HTML source (entities decoded loosely). */
function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

describe('detection', () => {
  test.each([
    ['<!DOCTYPE html><html>', true],
    ['\ufeff  \n<!doctype HTML>', true],
    ['<!-- saved from url=(0014)about:internet -->\n<html lang="en">', true],
    ['<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">', true],
    ['<HEAD><title>x</title>', true],
    ['<body>', true],
    ['<p>A paragraph</p>', false],
    ['Updated January 17th, 2022 at 13:14 IST\n\n<html> in text', false],
    ['<htmlish>', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });

  test('format auto reads the page as HTML, the dump as text; format forces either', () => {
    const none: EntityRecognizer = { name: 'none', recognize: () => [] };
    expect(parseArticle(HTML, { recognizer: none }).source.format).toBe('html');
    expect(parseArticle(TEXT, { recognizer: none }).source.format).toBeUndefined();
    expect(parseArticle(HTML, { recognizer: none, format: 'text' }).source.format).toBeUndefined();
    const fragment = parseArticle('<h1>A title</h1><p>Just a <b>fragment</b> of a page, with a sentence.</p>', { recognizer: none, format: 'html' });
    expect([fragment.source.format, fragment.headline, fragment.body[0]?.text]).toEqual(['html', 'A title', 'Just a fragment of a page, with a sentence.']);
  });
});

describe('an HTML page through parseArticle', () => {
  let article: Article;
  beforeAll(() => {
    article = parseArticle(HTML, { path: 'fixtures/nato-stoltenberg.html', recognizer });
  });

  test('source: html, the page byte count', () => {
    expect(article.source).toEqual({ path: 'fixtures/nato-stoltenberg.html', bytes: Buffer.byteLength(HTML), encoding: 'utf-8', format: 'html' });
  });

  test('finds what the text dump gives: headline, standfirst, author, body, quotes, dates', () => {
    const text = parseArticle(TEXT, { recognizer });
    expect(article.headline).toBe(text.headline);
    expect(article.subheadline).toBe(text.subheadline);
    expect(article.authors.map((a) => a.name)).toEqual(['Dipaneeta Das']);
    expect(article.body.map((b) => [b.type, b.text])).toEqual(text.body.map((b) => [b.type, b.text]));
    expect(article.quotes.map((q) => [q.text, q.speaker])).toEqual(text.quotes.map((q) => [q.text, q.speaker]));
    expect(article.published).toBe('2022-01-17T13:13:00+05:30');
    expect(article.updated).toBe('2022-01-17T13:14:00+05:30');
    expect(article.entities.length).toBeGreaterThan(0);
  });

  test('every offset lies inside the HTML and its source holds the rendered words', () => {
    const all = spans(article);
    expect(all.length).toBeGreaterThan(50);
    for (const s of all) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeGreaterThanOrEqual(s.start);
      expect(s.end).toBeLessThanOrEqual(HTML.length);
      if (s.text === undefined) continue;
      const source = HTML.slice(s.start, s.end);
      let from = 0;
      for (const w of words(s.text)) {
        const at = source.indexOf(w, from);
        if (at < 0) throw new Error(`${s.at}: "${w}" of ${JSON.stringify(s.text)} not in its source ${JSON.stringify(source)}`);
        from = at + w.length;
      }
    }
  });

  test('offsets of body blocks, quotes and mentions cover the source exactly, entities included', () => {
    const para = article.body.find((b) => b.text.startsWith('"Of course'));
    expect(para).toBeDefined();
    const source = HTML.slice(para?.start, para?.end);
    expect(source.startsWith('&quot;Of course')).toBe(true);
    const quote = article.quotes.find((q) => q.text.startsWith('Of course'));
    expect(HTML.slice(quote?.start, quote?.end).startsWith('Of course, we cannot agree')).toBe(true);
    const mention = article.entities.find((e) => e.name.includes('Stoltenberg'))?.mentions[0];
    expect(mention && HTML.slice(mention.start, mention.end)).toBe(mention?.text);
    const headline = article.spans.headline;
    expect(headline && HTML.slice(headline.start, headline.end)).toBe('NATO chief Jens Stoltenberg says &#39;won&#39;t agree&#39; to keep military within pre-1997 borders');
  });

  test('script, style, nav, ads and footer stay out of the body', () => {
    const body = article.body.map((b) => b.text).join('\n');
    for (const junk of ['dataLayer', 'ad-slot', 'Entertainment', 'Related stories', 'All rights reserved', 'Enable JS']) {
      expect(body).not.toContain(junk);
    }
  });

  test('timestamps from the page metadata point at the values in the HTML', () => {
    const p = article.timestamps.published;
    expect(p?.raw).toBe('2022-01-17T13:13:00+05:30');
    expect(p && HTML.slice(p.start, p.end)).toBe('2022-01-17T13:13:00+05:30');
    expect(p?.zoneStated).toBe(true);
  });
});
