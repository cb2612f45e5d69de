/**
 * Page metadata: what an HTML page says about itself, as candidates for the text pipeline's
 * findings (see ./refine.ts). JSON-LD first (objects of an article type — NewsArticle and its
 * subtypes, Article, BlogPosting, Report, …, found anywhere in the block, `@graph` included,
 * `@id` references to authors resolved; WebPage only when no article object is found), then
 * `<meta>` tags (Open Graph, article:*, Dublin Core, itemprop, …) for whatever JSON-LD left out.
 *
 * Every value keeps its place in the HTML: the attribute value or the JSON string (inside the
 * quotes), and per character where it can (escapes and entities map to their whole source).
 */
import { Parser } from 'htmlparser2';
import type { Span } from '../types';
import { JsonString, JsonValue, readJson } from './json';

/** A metadata string and where it lies in the HTML. */
export interface MetaValue {
  value: string;
  start: number;
  end: number;
  /** Per character of `value`: [start, end) of its source in the HTML. */
  starts: number[];
  ends: number[];
  /** Where it was read: "json-ld:NewsArticle.headline", "meta:og:title", … */
  source: string;
}

export interface MetaAuthor {
  value: MetaValue;
  /** The JSON-LD @type of the author, when given ("Person", "Organization"). */
  type: string | null;
}

export interface PageMetadata {
  headline: MetaValue | null;
  /** Candidates in order of precedence (JSON-LD, then meta tags); the refiner takes the first it can read. */
  published: MetaValue[];
  modified: MetaValue[];
  authors: MetaAuthor[];
}

/** The HTML span of characters [start, end) of a metadata value. */
export function valueSpan(v: MetaValue, start = 0, end = v.value.length): Span {
  if (end <= start || v.starts.length === 0) return { start: v.start, end: v.start };
  return { start: v.starts[start] ?? v.start, end: v.ends[end - 1] ?? v.end };
}

const ARTICLE_TYPES = new Set([
  'newsarticle', 'article', 'blogposting', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'reviewnewsarticle', 'backgroundnewsarticle', 'askpublicnewsarticle', 'liveblogposting',
  'socialmediaposting', 'report', 'techarticle', 'scholarlyarticle', 'satiricalarticle', 'advertisercontentarticle',
]);

const META_KEYS = {
  headline: ['og:title', 'twitter:title', 'headline', 'dc.title', 'dcterms.title'],
  published: [
    'article:published_time', 'og:article:published_time', 'article:published', 'datepublished', 'og:pubdate',
    'pubdate', 'publish-date', 'publishdate', 'pub_date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued',
    'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'date',
  ],
  modified: [
    'article:modified_time', 'og:article:modified_time', 'og:updated_time', 'datemodified', 'dc.date.modified',
    'dcterms.modified', 'last-modified',
  ],
  authors: [
    'author', 'article:author', 'og:article:author', 'byl', 'dc.creator', 'dcterms.creator', 'sailthru.author',
    'parsely-author', 'article_author',
  ],
} as const;

interface RawMeta {
  key: string;
  value: MetaValue;
}

interface RawPage {
  metas: RawMeta[];
  scripts: Array<{ text: string; start: number }>;
}

/** The value of an attribute as found in the HTML, mapped per character when it has no entities. */
function attributeValue(html: string, name: string, value: string, attrStart: number, attrEnd: number, source: string): MetaValue {
  let at = html.indexOf('=', attrStart + name.length);
  if (at < 0 || at >= attrEnd) return { value, start: attrStart, end: attrEnd, starts: [], ends: [], source };
  at++;
  while (at < attrEnd && /\s/.test(html[at])) at++;
  const quote = html[at] === '"' || html[at] === "'" ? html[at] : null;
  const start = quote ? at + 1 : at;
  let end = quote ? html.indexOf(quote, start) : attrEnd;
  if (end < 0) end = attrEnd;
  const raw = html.slice(start, end);
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < value.length; i++) {
    starts.push(raw === value ? start + i : start);
    ends.push(raw === value ? start + i + 1 : end);
  }
  return { value, start, end, starts, ends, source };
}

/** One pass over the HTML: every `<meta>` with a content, every JSON-LD script. */
function scan(html: string): RawPage {
  const metas: RawMeta[] = [];
  const scripts: RawPage['scripts'] = [];
  let attrs: Array<{ name: string; value: string; start: number; end: number }> = [];
  let inJsonLd = false;
  let script: { text: string; start: number } | null = null;
  const parser: Parser = new Parser(
    {
      onopentagname(): void {
        attrs = [];
      },
      onattribute(name: string, value: string): void {
        attrs.push({ name, value, start: parser.startIndex, end: parser.endIndex });
      },
      onopentag(name: string, attributes: Record<string, string>): void {
        if (name === 'script') {
          inJsonLd = /^\s*application\/ld\+json\s*$/i.test(attributes.type ?? '');
          script = null;
          return;
        }
        if (name !== 'meta') return;
        const content = attrs.find((a) => a.name === 'content');
        if (!content) return;
        for (const keyAttr of ['property', 'name', 'itemprop']) {
          const key = attributes[keyAttr];
          if (!key) continue;
          for (const k of key.toLowerCase().split(/\s+/).filter(Boolean)) {
            const value = attributeValue(html, 'content', content.value, content.start, content.end, `meta:${k}`);
            metas.push({ key: k, value });
          }
        }
      },
      ontext(data: string): void {
        if (!inJsonLd) return;
        if (script === null) script = { text: data, start: parser.startIndex };
        else script.text += data;
      },
      onclosetag(name: string): void {
        if (name !== 'script') return;
        if (inJsonLd && script !== null) scripts.push(script);
        inJsonLd = false;
        script = null;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { metas, scripts };
}

// ---------------------------------------------------------------- JSON-LD

type JsonObject = Extract<JsonValue, { kind: 'object' }>;

function types(o: JsonObject): string[] {
  const t = o.entries.get('@type');
  if (!t) return [];
  const list = t.kind === 'array' ? t.items : [t];
  return list.filter((x): x is JsonString => x.kind === 'string').map((x) => x.value.replace(/^.*[/#:]/, ''));
}

/** Every object in the value, depth first, in document order. */
function objects(v: JsonValue, out: JsonObject[] = [], depth = 0): JsonObject[] {
  if (depth > 30) return out;
  if (v.kind === 'object') {
    out.push(v);
    for (const child of v.entries.values()) objects(child, out, depth + 1);
  } else if (v.kind === 'array') {
    for (const item of v.items) objects(item, out, depth + 1);
  }
  return out;
}

function fromJson(s: JsonString, source: string): MetaValue {
  return { value: s.value, start: s.start, end: s.end, starts: s.starts, ends: s.ends, source };
}

/** A string field, or the first string of a list; `@value` objects too. */
function stringField(o: JsonObject, key: string): JsonString | null {
  let v = o.entries.get(key);
  if (v?.kind === 'array') v = v.items[0];
  if (v?.kind === 'object') v = v.entries.get('@value');
  return v?.kind === 'string' && v.value.trim() !== '' ? v : null;
}

function jsonAuthors(article: JsonObject, byId: Map<string, JsonObject>, typeName: string): MetaAuthor[] {
  const field = article.entries.has('author') ? 'author' : 'creator';
  const v = article.entries.get(field);
  if (!v) return [];
  const out: MetaAuthor[] = [];
  for (const item of v.kind === 'array' ? v.items : [v]) {
    const source = `json-ld:${typeName}.${field}`;
    if (item.kind === 'string') {
      if (item.value.trim()) out.push({ value: fromJson(item, source), type: null });
      continue;
    }
    if (item.kind !== 'object') continue;
    const id = stringField(item, '@id');
    const target = !item.entries.has('name') && id ? byId.get(id.value) ?? item : item;
    const name = stringField(target, 'name');
    if (name) out.push({ value: fromJson(name, source), type: types(target)[0] ?? null });
  }
  return out;
}

const listOf = <T>(v: T | null): T[] => (v === null ? [] : [v]);

function readJsonLd(scripts: RawPage['scripts']): PageMetadata {
  const all: JsonObject[] = [];
  for (const s of scripts) {
    try {
      objects(readJson(s.text, s.start), all);
    } catch {
      // not JSON even leniently: the block is skipped
    }
  }
  const byId = new Map<string, JsonObject>();
  // A reference ({"@id": …}, perhaps with an @type) may come before the object it names:
  // objects with properties of their own are registered first.
  const own = (o: JsonObject): boolean => [...o.entries.keys()].some((k) => !k.startsWith('@'));
  for (const o of [...all.filter(own), ...all.filter((x) => !own(x))]) {
    const id = stringField(o, '@id');
    if (id && !byId.has(id.value)) byId.set(id.value, o);
  }
  const article =
    all.find((o) => types(o).some((t) => ARTICLE_TYPES.has(t.toLowerCase()))) ??
    all.find((o) => types(o).some((t) => t.toLowerCase() === 'webpage'));
  if (!article) return { headline: null, published: [], modified: [], authors: [] };
  const typeName = types(article)[0] ?? 'Thing';
  const field = (key: string, alt?: string): MetaValue | null => {
    const s = stringField(article, key) ?? (alt ? stringField(article, alt) : null);
    return s ? fromJson(s, `json-ld:${typeName}.${stringField(article, key) ? key : alt}`) : null;
  };
  return {
    headline: field('headline', 'name'),
    published: listOf(field('datePublished')),
    modified: listOf(field('dateModified')),
    authors: jsonAuthors(article, byId, typeName),
  };
}

// ---------------------------------------------------------------- together

function allMeta(metas: RawMeta[], keys: readonly string[]): MetaValue[] {
  const out: MetaValue[] = [];
  for (const key of keys) for (const m of metas) if (m.key === key && m.value.value.trim() !== '') out.push(m.value);
  return out;
}

function firstMeta(metas: RawMeta[], keys: readonly string[], accept: (v: string) => boolean = () => true): MetaValue | null {
  for (const key of keys) {
    const m = metas.find((x) => x.key === key && x.value.value.trim() !== '' && accept(x.value.value));
    if (m) return m.value;
  }
  return null;
}

const notUrl = (v: string): boolean => !/^(?:https?:)?\/\//i.test(v.trim());

/** Read the page's metadata: JSON-LD first, `<meta>` tags for what it leaves out. */
export function readPageMetadata(html: string): PageMetadata {
  const raw = scan(html);
  const ld = readJsonLd(raw.scripts);
  let authors = ld.authors;
  if (authors.length === 0) {
    for (const key of META_KEYS.authors) {
      const found = raw.metas.filter((m) => m.key === key && m.value.value.trim() !== '' && notUrl(m.value.value));
      if (found.length) {
        authors = found.map((m) => ({ value: m.value, type: null }));
        break;
      }
    }
  }
  return {
    headline: ld.headline ?? firstMeta(raw.metas, META_KEYS.headline),
    published: [...ld.published, ...allMeta(raw.metas, META_KEYS.published)],
    modified: [...ld.modified, ...allMeta(raw.metas, META_KEYS.modified)],
    authors,
  };
}
