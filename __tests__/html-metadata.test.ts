/** Page metadata (src/html/metadata.ts, json.ts) and the refiner (src/html/refine.ts, headline.ts). */
import { readJson } from '../src/html/json';
import { readPageMetadata, MetaValue, valueSpan } from '../src/html/metadata';
import { readMetaDate } from '../src/html/refine';
import type { EntityRecognizer } from '../src/nlp/recognizer';
import { parseArticle } from '../src/pipeline/parse';

const none: EntityRecognizer = { name: 'none', recognize: () => [] };

const STORY = [
  'The council voted on Tuesday to close the old bridge to traffic for two years while engineers rebuild its deck, a decision that will send thousands of drivers on a long detour through the city centre.',
  'Residents said the closure would hurt shops along the river road, and several of them asked the council to phase the work so that one lane could stay open during the busiest months.',
  'The council said the bridge had been inspected twice this year and that its engineers had found corrosion in the steel beams that could not wait for another season of repairs.',
].map((p) => `<p>${p}</p>`).join('\n');

function page(head: string, body: string): string {
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8">${head}</head>\n<body><nav><ul><li><a href="/">Home</a></li></ul></nav>\n${body}\n</body></html>`;
}

const at = (html: string, v: { start: number; end: number } | null | undefined): string | undefined =>
  v ? html.slice(v.start, v.end) : undefined;

describe('JSON-LD', () => {
  const ld = `<script type="application/ld+json">
  <!--
  {"@context": "https://schema.org", "@graph": [
    {"@type": "WebPage", "@id": "https://x.example/a#page", "name": "Bridge to close | City News"},
    {"@type": "Person", "@id": "https://x.example/#/person/1"},
    {"@type": ["NewsArticle"], "@id": "https://x.example/a#article",
     "headline": "Bridge to close for two years",
     "datePublished": "2019-11-19T17:02:00.000-05:00",
     "dateModified": "2019-11-20T06:39:54+0000",
     "author": [{"@id": "https://x.example/#/person/1"}, {"@type": "Organization", "name": "Reuters"}],},
    {"@type": "Person", "@id": "https://x.example/#/person/1", "name": "Ren\\u00e9e O\\u2019Neill"}
  ]}
  -->
  </script>`;
  const html = page(ld, `<h1>Bridge to close for two years</h1>\n${STORY}`);
  const meta = readPageMetadata(html);

  test('the article object is found in @graph; @id references resolve to the named object', () => {
    expect(meta.headline?.value).toBe('Bridge to close for two years');
    expect(meta.headline?.source).toBe('json-ld:NewsArticle.headline');
    expect(meta.published.map((v) => v.value)).toEqual(['2019-11-19T17:02:00.000-05:00']);
    expect(meta.modified.map((v) => v.value)).toEqual(['2019-11-20T06:39:54+0000']);
    expect(meta.authors.map((a) => [a.value.value, a.type])).toEqual([['Renée O’Neill', 'Person'], ['Reuters', 'Organization']]);
  });

  test('values point at the JSON strings in the HTML; escapes map to their whole source', () => {
    expect(at(html, meta.headline)).toBe('Bridge to close for two years');
    const author = meta.authors[0].value;
    expect(at(html, author)).toBe('Ren\\u00e9e O\\u2019Neill');
    expect(at(html, valueSpan(author, 0, 5))).toBe('Ren\\u00e9e');
    expect(at(html, valueSpan(author, 6, 13))).toBe('O\\u2019Neill');
  });

  test('the refiner: metadata dates normalised and pointing at the values; people as authors, known agencies as agencies', () => {
    const a = parseArticle(html, { recognizer: none });
    expect(a.headline).toBe('Bridge to close for two years');
    expect(at(html, a.spans.headline)).toBe('Bridge to close for two years');
    expect(a.published).toBe('2019-11-19T17:02:00-05:00');
    expect(a.updated).toBe('2019-11-20T06:39:54Z');
    expect(at(html, a.timestamps.published)).toBe('2019-11-19T17:02:00.000-05:00');
    expect(a.authors.map((x) => [x.name, at(html, x)])).toEqual([['Renée O’Neill', 'Ren\\u00e9e O\\u2019Neill']]);
    expect(a.agencies.map((x) => [x.name, at(html, x)])).toEqual([['Reuters', 'Reuters']]);
    expect(a.body).toHaveLength(3);
  });

  test('a block that is not JSON even leniently is skipped; meta tags still count', () => {
    const broken = page('<script type="application/ld+json">{"headline": "x", oops}</script><meta property="og:title" content="From og">', STORY);
    expect(readPageMetadata(broken).headline?.value).toBe('From og');
  });

  test('readJson is lenient: comments, trailing commas, raw control characters; keeps positions', () => {
    const text = '// x\n{"a": ["b\tc", ], /* note */ "d": {"e": 1,},}';
    const v = readJson(text, 100);
    expect(v.kind).toBe('object');
    const a = v.kind === 'object' ? v.entries.get('a') : undefined;
    const s = a?.kind === 'array' ? a.items[0] : undefined;
    expect(s?.kind === 'string' ? [s.value, s.start - 100, s.end - 100] : null).toEqual(['b\tc', text.indexOf('b'), text.indexOf('b') + 3]);
  });
});

describe('<meta> tags', () => {
  const head = '<meta property="og:title" content="Mayor &amp; council agree budget">' +
    '<meta property="article:published_time" content="2020-03-04T10:00:00Z">' +
    '<meta property="article:modified_time" content="2020-03-04T12:30:00+01:00">' +
    '<meta name="author" content="By TOM KRISHER, AP Auto Writer">';
  const html = page(head, `<h1>Mayor &amp; council agree budget</h1>\n${STORY}`);

  test('read when there is no JSON-LD; entity-bearing values map to the whole attribute value', () => {
    const meta = readPageMetadata(html);
    expect(meta.headline?.value).toBe('Mayor & council agree budget');
    expect(meta.headline?.source).toBe('meta:og:title');
    expect(at(html, meta.headline)).toBe('Mayor &amp; council agree budget');
    expect(at(html, meta.published[0])).toBe('2020-03-04T10:00:00Z');
    expect(meta.authors.map((a) => a.value.value)).toEqual(['By TOM KRISHER, AP Auto Writer']);
  });

  test('a byline-shaped author value gives the person (and the agency), pointing into the attribute', () => {
    const a = parseArticle(html, { recognizer: none });
    expect(a.authors.map((x) => [x.name, at(html, x)])).toEqual([['TOM KRISHER', 'TOM KRISHER']]);
    expect(a.agencies.map((x) => x.name)).toEqual(['AP']);
    expect(a.headline).toBe('Mayor & council agree budget');
    expect(a.updated).toBe('2020-03-04T12:30:00+01:00');
  });

  test('organisations, desks and user names are not authors; a URL author is skipped', () => {
    for (const author of ['BBC News', 'admin', 'Staff Reports', 'https://www.facebook.com/someone']) {
      const h = page(`<meta name="author" content="${author}">`, `<h1>Bridge to close</h1>\n${STORY}`);
      expect(parseArticle(h, { recognizer: none }).authors).toEqual([]);
    }
  });

  test('the text byline wins over metadata authors', () => {
    const h = page('<meta name="author" content="Someone Else">', `<h1>Bridge to close for two years</h1>\n<p>By Jane Doe</p>\n${STORY}`);
    expect(parseArticle(h, { recognizer: none }).authors.map((x) => x.name)).toEqual(['Jane Doe']);
  });

  test('a date-only metadata value does not replace a stamp that has a time and zone', () => {
    const h = page('<meta property="article:published_time" content="2019-11-19">',
      `<h1>Bridge to close for two years</h1>\n<p>Published Nov 19, 2019 9:02 AM EST</p>\n${STORY}`);
    const a = parseArticle(h, { recognizer: none });
    expect(a.published).toBe('2019-11-19T09:02:00-05:00');
    expect(a.timestamps.published?.raw).toContain('Nov 19, 2019');
  });

  test('the <h1> that is the metadata headline is the headline, over a teaser the text heuristic prefers', () => {
    const h = page('<meta property="og:title" content="Bridge to close for two years | City News">',
      '<div>Council votes on bridge works</div>\n<p>By Jane Doe</p>\n<h1>Bridge to close for two years</h1>\n' + STORY);
    const a = parseArticle(h, { recognizer: none });
    expect(a.headline).toBe('Bridge to close for two years');
    expect(at(h, a.spans.headline)).toBe('Bridge to close for two years');
    expect(a.body.map((b) => b.text)).not.toContain('Bridge to close for two years');
  });
});

test('an <h1> inside a list item is the headline without the bullet the renderer gives the item', () => {
  const h = page('<meta property="og:title" content="Bridge to close for two years">',
    '<ul class="title"><li><h1>Bridge to close for two years</h1></li></ul>\n' + STORY);
  const a = parseArticle(h, { recognizer: none });
  expect([a.headline, at(h, a.spans.headline)]).toEqual(['Bridge to close for two years', 'Bridge to close for two years']);
});

describe('readMetaDate', () => {
  const v = (value: string): MetaValue => ({ value, start: 0, end: value.length, starts: [], ends: [], source: 'test' });
  test.each([
    ['2019-11-20T06:35:39+0000', '2019-11-20T06:35:39Z', true],
    ['2019-11-19T17:02:00.000-05:00', '2019-11-19T17:02:00-05:00', true],
    ['2019-11-19T02:24', '2019-11-19T02:24:00', false],
    ['2019-11-19', '2019-11-19', false],
    ['2014-06-13T11:43:38+01:00', '2014-06-13T11:43:38+01:00', true],
    ['2019-11-19 14:20:00 UTC', '2019-11-19T14:20:00Z', true],
    ['Tue, 19 Nov 2019 14:20:00 GMT', '2019-11-19T14:20:00Z', true],
    ['November 19, 2019 9:02 AM EST', '2019-11-19T09:02:00-05:00', true],
  ])('%s → %s', (raw, iso, zoneStated) => {
    expect(readMetaDate(v(raw))).toMatchObject({ iso, zoneStated });
  });

  test('placeholders and non-dates are not read', () => {
    for (const raw of ['0001-01-01T00:00:00Z', 'yesterday', '', '2019-13-45']) expect(readMetaDate(v(raw))).toBeNull();
  });

  test('--timezone gives a zone-less time its offset, as for stamps in the text', () => {
    expect(readMetaDate(v('2019-11-19T02:24:00'), 'Asia/Kolkata')).toMatchObject({ iso: '2019-11-19T02:24:00+05:30', zoneStated: false });
  });
});
