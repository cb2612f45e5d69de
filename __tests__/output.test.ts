import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { parseArticle } from '../src/pipeline/parse';
import type { Article } from '../src/types';
import {
  colorizeJson, escapeMarkdown, Framer, frontMatter, jqPalette, joinLines, markdownBody, render, toMarkdown,
} from '../src/output';
import type { Palette } from '../src/output';
import { painter } from '../src/cli/terminal';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const nato = readFileSync(path.join(FIXTURES, 'nato-stoltenberg.txt'), 'utf8');
const wire = readFileSync(path.join(FIXTURES, 'wire-1987.txt'), 'utf8');
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

function article(text: string, file: string): Article {
  return parseArticle(text, { path: `fixtures/${file}` });
}

/** An Article with awkward strings in every front-matter field. */
function awkward(): Article {
  const a = article(nato, 'nato-stoltenberg.txt');
  return {
    ...a,
    headline: 'null',
    subheadline: '2022-01-17T13:13:00+05:30',
    published: '2022-01-17T13:13:00+05:30',
    updated: '2022-01-17',
    authors: [{ name: 'yes', start: 0, end: 3 }, { name: '1987', start: 4, end: 8 }],
    agencies: [{ name: '~', start: 0, end: 1 }],
    credits: [{ name: 'AP: "x"', raw: 'IMAGE: AP', start: 0, end: 2 }],
    dateline: { place: 'NEW YORK', date: 'Feb 26', agency: null, raw: 'NEW YORK, Feb 26 -', start: 0, end: 18 },
    quotes: [{ text: "it's # not \x7f a comment: really", kind: 'direct', speaker: null, speakerMention: null, cue: null, by: null, start: 0, end: 5, parts: [] }],
    warnings: [{ code: 'encoding-fallback', message: "- leading dash, 'quotes' and 😀", start: null, end: null }],
  };
}

describe('colorizeJson', () => {
  const sample = { a: 1, b: [true, null, 'x"y', { c: [] }], d: {}, e: undefined, f: -0.5, g: [undefined] };

  test('has the layout of JSON.stringify, pretty and compact, once colours are stripped', () => {
    const p = jqPalette(painter(true));
    expect(colorizeJson(sample, p, 2).replace(ANSI, '')).toBe(JSON.stringify(sample, null, 2));
    expect(colorizeJson(sample, p, 0).replace(ANSI, '')).toBe(JSON.stringify(sample));
    const a = article(nato, 'nato-stoltenberg.txt');
    expect(colorizeJson(a, p).replace(ANSI, '')).toBe(JSON.stringify(a, null, 2));
  });

  test('paints keys, strings, numbers and null differently', () => {
    const tag = (name: string) => (t: string) => `<${name}>${t}</${name}>`;
    const p: Palette = { key: tag('k'), string: tag('s'), number: tag('n'), boolean: tag('b'), null: tag('z'), punctuation: (t) => t };
    expect(colorizeJson({ a: 'x', n: 2, t: true, z: null }, p, 0)).toBe('{<k>"a"</k>:<s>"x"</s>,<k>"n"</k>:<n>2</n>,<k>"t"</k>:<b>true</b>,<k>"z"</k>:<z>null</z>}');
    const coloured = colorizeJson({ a: 'x', n: 2, z: null }, jqPalette(painter(true)), 0);
    const codes = new Set(coloured.match(ANSI));
    expect(codes.size).toBeGreaterThanOrEqual(4);
  });

  test('a painter with colour off adds no escape codes', () => {
    expect(colorizeJson(sample, jqPalette(painter(false)), 2)).toBe(JSON.stringify(sample, null, 2));
  });
});

describe('render and Framer', () => {
  const a = article(nato, 'nato-stoltenberg.txt');
  const b = article(wire, 'wire-1987.txt');

  test('json is one pretty object; ndjson one line', () => {
    expect(JSON.parse(render(a, 'json'))).toEqual(JSON.parse(JSON.stringify(a)));
    expect(render(a, 'json')).toBe(JSON.stringify(a, null, 2) + '\n');
    const line = render(a, 'ndjson');
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(line)).toEqual(JSON.parse(JSON.stringify(a)));
  });

  test('several articles as json make one array laid out like JSON.stringify', () => {
    const f = new Framer('json', 'many');
    const text = f.item(a) + f.item(b) + f.end();
    expect(text).toBe(JSON.stringify([a, b], null, 2) + '\n');
    const empty = new Framer('json', 'many');
    expect(JSON.parse(empty.end())).toEqual([]);
  });

  test('several articles as ndjson are one line each; md documents are separated by an empty line', () => {
    const nd = new Framer('ndjson', 'many');
    const lines = (nd.item(a) + nd.item(b) + nd.end()).split('\n').filter(Boolean);
    expect(lines.map((l) => (JSON.parse(l) as Article).source.path)).toEqual(['fixtures/nato-stoltenberg.txt', 'fixtures/wire-1987.txt']);
    const md = new Framer('md', 'many');
    const docs = md.item(a) + md.item(b) + md.end();
    expect(docs).toBe(toMarkdown(a) + '\n' + toMarkdown(b));
  });

  test('an article that fails to render does not break the array', () => {
    const f = new Framer('json', 'many');
    const bad = { ...a, headline: { toJSON: () => { throw new Error('no'); } } } as unknown as Article;
    expect(() => f.item(bad)).toThrow('no');
    const text = f.item(b) + f.end();
    expect(JSON.parse(text)).toEqual([JSON.parse(JSON.stringify(b))]);
  });

  test('a coloured array strips to the plain one', () => {
    const f = new Framer('json', 'many', jqPalette(painter(true)));
    const text = f.item(a) + f.item(b) + f.end();
    expect(text).toMatch(ANSI);
    expect(text.replace(ANSI, '')).toBe(JSON.stringify([a, b], null, 2) + '\n');
  });
});

describe('markdown', () => {
  test('front matter of the seed parses back with gray-matter to the same values, strings as strings', () => {
    const a = article(nato, 'nato-stoltenberg.txt');
    const md = toMarkdown(a);
    expect(md.startsWith('---\n')).toBe(true);
    const back = matter(md, {});
    expect(back.data).toEqual(frontMatter(a));
    expect(back.data.source).toEqual({ path: 'fixtures/nato-stoltenberg.txt', bytes: Buffer.byteLength(nato), encoding: 'utf-8' });
    if (a.published !== null) expect(typeof back.data.published).toBe('string');
  });

  test('values YAML would read as other types stay strings', () => {
    const a = awkward();
    const back = matter(toMarkdown(a), {}).data;
    expect(back).toEqual(frontMatter(a));
    expect(back.published).toBe('2022-01-17T13:13:00+05:30');
    expect(back.updated).toBe('2022-01-17');
    expect(back.headline).toBe('null');
    expect(back.authors).toEqual(['yes', '1987']);
    expect(back.agencies).toEqual(['~']);
  });

  test('front matter holds the metadata in compact form', () => {
    const fm = frontMatter(awkward());
    expect(Object.keys(fm)).toEqual([
      'headline', 'subheadline', 'authors', 'authorOrganisations', 'agencies', 'credits', 'published', 'updated', 'dateline', 'source', 'entities', 'quotes', 'warnings',
    ]);
    expect(fm.dateline).toEqual({ place: 'NEW YORK', date: 'Feb 26', agency: null, raw: 'NEW YORK, Feb 26 -' });
    expect(fm.quotes).toEqual([{ text: "it's # not \x7f a comment: really", speaker: null }]);
  });

  test('body: headings as ##, hard-wrapped paragraphs joined into one line, quotes kept', () => {
    const body = markdownBody([
      { type: 'heading', text: 'Moscow demands guarantees', start: 0, end: 1 },
      { type: 'paragraph', text: '"Orders ran well ahead of our own\nplan," chairman Walter Pike told\n  analysts.', start: 0, end: 1 },
      { type: 'paragraph', text: 'an anti-\ninflation plan', start: 0, end: 1 },
    ]);
    expect(body).toBe('## Moscow demands guarantees\n\n"Orders ran well ahead of our own plan," chairman Walter Pike told analysts.\n\nan anti-inflation plan\n');
  });

  test('the seed body: the mid-body heading, one line per paragraph, quotes in the text', () => {
    const a = article(nato, 'nato-stoltenberg.txt');
    const md = matter(toMarkdown(a), {}).content;
    const paragraphs = a.body.filter((bl) => bl.type === 'paragraph');
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const heading of a.body.filter((bl) => bl.type === 'heading')) expect(md).toContain(`\n## ${escapeMarkdown(joinLines(heading.text))}\n`);
    expect(md).toContain('sit idly');
  });

  test('the seed body opens with the headline as # and the standfirst in italics', () => {
    const md = matter(toMarkdown(article(nato, 'nato-stoltenberg.txt')), {}).content;
    const [title, standfirst, first] = md.trim().split('\n\n');
    expect(title).toBe("# NATO chief Jens Stoltenberg says 'won't agree' to keep military within pre-1997 borders");
    expect(standfirst).toMatch(/^\*Jens Stoltenberg, Secy-General of NATO, stated .* since 1997\.\*$/);
    expect(first).toMatch(/^Jens Stoltenberg, Secretary-General of the North Atlantic Treaty Organisation/);
  });

  test('escapes what Markdown would read as markup', () => {
    expect(escapeMarkdown('ChemLawn Corp <CHEM> said')).toBe('ChemLawn Corp \\<CHEM> said');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1987. A year')).toBe('1987\\. A year');
    expect(escapeMarkdown('*** +Bahia superior+ [x]')).toBe('\\*\\*\\* +Bahia superior+ \\[x\\]');
    expect(escapeMarkdown('AT&T &amp; co')).toBe('AT&T \\&amp; co');
    expect(joinLines('  one\n  two \r\nthree  ')).toBe('one two three');
  });
});

describe('schema/article.schema.json', () => {
  interface Schema {
    type?: string | string[];
    required?: string[];
    properties?: Record<string, Schema>;
    items?: Schema;
    anyOf?: Schema[];
    $ref?: string;
    additionalProperties?: boolean;
  }
  const schema = JSON.parse(readFileSync(path.join(__dirname, '..', 'schema', 'article.schema.json'), 'utf8')) as Schema & {
    $schema: string;
    $defs: Record<string, Schema>;
  };

  /** Required properties present at every level the output reaches (a structural check, not a validator). */
  function missing(value: unknown, s: Schema, at: string): string[] {
    if (s.$ref) return missing(value, schema.$defs[s.$ref.replace('#/$defs/', '')] as Schema, at);
    if (s.anyOf) {
      if (value === null && s.anyOf.some((o) => o.type === 'null')) return [];
      return missing(value, s.anyOf.find((o) => o.type !== 'null') as Schema, at);
    }
    if (Array.isArray(value)) return s.items ? value.flatMap((v, i) => missing(v, s.items as Schema, `${at}[${i}]`)) : [];
    if (value === null || typeof value !== 'object') return [];
    const obj = value as Record<string, unknown>;
    const out = (s.required ?? []).filter((k) => !(k in obj)).map((k) => `${at}.${k}`);
    for (const [k, sub] of Object.entries(s.properties ?? {})) if (k in obj) out.push(...missing(obj[k], sub, `${at}.${k}`));
    return out;
  }

  test('is draft 2020-12 and its top-level required properties are exactly the Article keys', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    for (const [text, file] of [[nato, 'nato-stoltenberg.txt'], [wire, 'wire-1987.txt']] as const) {
      const a = JSON.parse(JSON.stringify(article(text, file))) as Record<string, unknown>;
      expect([...(schema.required ?? [])].sort()).toEqual(Object.keys(a).sort());
      expect(Object.keys(schema.properties ?? {}).sort()).toEqual(Object.keys(a).sort());
    }
  });

  test('every required nested property is present in the seed output', () => {
    const a = JSON.parse(JSON.stringify(article(nato, 'nato-stoltenberg.txt'))) as unknown;
    expect(missing(a, schema, 'article')).toEqual([]);
    const w = JSON.parse(JSON.stringify(article(wire, 'wire-1987.txt'))) as unknown;
    expect(missing(w, schema, 'article')).toEqual([]);
  });
});
