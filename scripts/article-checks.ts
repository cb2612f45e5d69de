/**
 * What must hold for every Article, whatever the input (used by the property tests and by
 * `npm run fuzz`): it validates against the shipped JSON Schema, every offset points at its
 * text in the input (`input.slice(start, end) === text`, for text input), and its Markdown
 * front matter reads back through gray-matter to the same values.
 */
import { isDeepStrictEqual } from 'node:util';
import Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';
import matter from 'gray-matter';
import { schemaText } from '../src/cli/schema';
import { frontMatter, toMarkdown } from '../src/output/markdown';
import type { Article } from '../src/types';

let validator: ValidateFunction | null = null;

/** Schema errors of `value` as one line each; [] when it validates. */
export function schemaProblems(value: unknown): string[] {
  validator ??= new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(schemaText()) as object);
  if (validator(value)) return [];
  return (validator.errors ?? []).map((e) => `schema: ${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** A {start, end} pair found in an article, with its `text` when the object has one. */
export interface Located {
  start: number;
  end: number;
  text?: string;
}

/** Every {start, end} pair anywhere in the value (depth first, in order), with its text if any. */
export function allSpans(value: unknown, out: Located[] = []): Located[] {
  if (Array.isArray(value)) value.forEach((v) => allSpans(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      out.push(typeof o.text === 'string' ? { start: o.start, end: o.end, text: o.text } : { start: o.start, end: o.end });
    }
    Object.values(o).forEach((v) => allSpans(v, out));
  }
  return out;
}

/** Every {text, start, end} object anywhere in the value. */
export function textSpans(value: unknown): Array<Required<Located>> {
  return allSpans(value).filter((s): s is Required<Located> => s.text !== undefined);
}

/**
 * Offset problems of `article` parsed from `input` (the text given to parseArticle). Every
 * span lies inside the text; for text input (not HTML) each piece of text, author name,
 * dateline and stamp is exactly the slice its offsets point at.
 */
export function offsetProblems(input: string, article: Article): string[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const problems: string[] = [];
  const spans = allSpans(article);
  for (const s of spans) {
    if (!(s.start >= 0 && s.start <= s.end && s.end <= text.length)) problems.push(`offset: span ${s.start}-${s.end} outside 0-${text.length}`);
  }
  if (article.source.format === 'html') return problems;
  const expect = (what: string, start: number, end: number, value: string): void => {
    if (text.slice(start, end) !== value) problems.push(`offset: ${what} ${start}-${end} is ${JSON.stringify(text.slice(start, end))}, not ${JSON.stringify(value)}`);
  };
  for (const s of spans) if (s.text !== undefined) expect('text', s.start, s.end, s.text);
  // A name read across a soft line break (src/document/soft-breaks.ts) has a space for it.
  for (const a of article.authors) {
    const slice = text.slice(a.start, a.end);
    if (a.name !== slice && a.name !== slice.replace(/\s+/g, ' ')) problems.push(`offset: author ${a.start}-${a.end} is not ${JSON.stringify(a.name)}`);
  }
  if (article.dateline) expect('dateline', article.dateline.start, article.dateline.end, article.dateline.raw);
  for (const t of [article.timestamps.published, article.timestamps.updated]) if (t) expect('timestamp', t.start, t.end, t.raw);
  const h = article.spans.headline;
  if (h && text.slice(h.start, h.end).replace(/\s+/g, ' ') !== article.headline) problems.push(`offset: headline ${h.start}-${h.end}`);
  return problems;
}

/** Whether the Markdown front matter reads back (gray-matter) to the article's front matter. */
export function markdownProblems(article: Article): string[] {
  // Options given so gray-matter does not cache every document it has read.
  const data = matter(toMarkdown(article), { language: 'yaml' }).data;
  return isDeepStrictEqual(data, JSON.parse(JSON.stringify(frontMatter(article)))) ? [] : ['markdown: front matter does not read back to the same values'];
}

/** All problems with one article. */
export function articleProblems(input: string, article: Article): string[] {
  return [...schemaProblems(article), ...offsetProblems(input, article), ...markdownProblems(article)];
}
