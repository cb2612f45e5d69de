/**
 * Markdown output: YAML front matter with the metadata (written with gray-matter, so it
 * parses back with gray-matter to the same values), then the body as Markdown.
 */
import type matterModule from 'gray-matter';
import type { Article, BodyBlock } from '../types';

/** The metadata in the front matter: the article without offsets, in compact form. */
export interface FrontMatter {
  headline: string | null;
  subheadline: string | null;
  authors: string[];
  authorOrganisations: string[];
  agencies: string[];
  credits: string[];
  published: string | null;
  updated: string | null;
  dateline: { place: string | null; date: string | null; agency: string | null; raw: string } | null;
  source: { path: string | null; bytes: number; encoding: string };
  entities: { name: string; type: string; mentions: number }[];
  quotes: { text: string; speaker: string | null }[];
  warnings: { code: string; message: string }[];
}

/** Names in order of first appearance, each once. */
function uniqueNames(items: { name: string }[]): string[] {
  return [...new Set(items.map((i) => i.name))];
}

export function frontMatter(article: Article): FrontMatter {
  const d = article.dateline;
  return {
    headline: article.headline,
    subheadline: article.subheadline,
    authors: uniqueNames(article.authors),
    authorOrganisations: uniqueNames(article.authorOrganisations),
    agencies: uniqueNames(article.agencies),
    credits: uniqueNames(article.credits),
    published: article.published,
    updated: article.updated,
    dateline: d ? { place: d.place, date: d.date, agency: d.agency, raw: d.raw } : null,
    source: { path: article.source.path, bytes: article.source.bytes, encoding: article.source.encoding },
    entities: article.entities.map((e) => ({ name: e.name, type: e.type, mentions: e.mentions.length })),
    quotes: article.quotes.map((q) => ({ text: q.text, speaker: q.speaker })),
    warnings: article.warnings.map((w) => ({ code: w.code, message: w.message })),
  };
}

/**
 * Join a hard-wrapped paragraph into one line: a line break and the blanks around it become
 * one space, except after a hyphen between letters ("anti-\ninflation" → "anti-inflation").
 */
export function joinLines(text: string): string {
  const lines = text.replace(/(\p{L})-[ \t]*\r?\n[ \t]*(?=\p{L})/gu, '$1-').split(/\r\n|\r|\n/);
  // Blanks are trimmed by hand: /[ \t]*\n[ \t]*/g rescans a long run of blanks from each of its characters.
  const last = lines.length - 1;
  return lines.map((line, i) => trimBlanks(line, i > 0, i < last)).join(' ').trim();
}

/** `line` without the spaces and tabs at its start (`head`) and end (`tail`). */
function trimBlanks(line: string, head: boolean, tail: boolean): string {
  let a = 0;
  let b = line.length;
  if (head) while (a < b && (line[a] === ' ' || line[a] === '\t')) a++;
  if (tail) while (b > a && (line[b - 1] === ' ' || line[b - 1] === '\t')) b--;
  return line.slice(a, b);
}

/**
 * Escape what Markdown would otherwise read as markup, so the text renders as written:
 * inline markers anywhere (`\ ` * _ [ ] <`, entity-like `&…;`) and block markers at the
 * start of the line (`#`, `>`, list bullets, ordered-list numbers, fences, thematic breaks).
 */
export function escapeMarkdown(line: string): string {
  let out = line.replace(/[\\`*_[\]<]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  out = out.replace(/^(\s*)([#>+=~|-])/, '$1\\$2');
  out = out.replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
  return out;
}

/** The body blocks as Markdown: headings as `## …`, paragraphs as one line each. */
export function markdownBody(blocks: BodyBlock[]): string {
  const parts = blocks
    .map((b) => {
      const line = escapeMarkdown(joinLines(b.text));
      if (line === '') return '';
      return b.type === 'heading' ? `## ${line}` : line;
    })
    .filter((s) => s !== '');
  return parts.length ? parts.join('\n\n') + '\n' : '';
}

/**
 * The title block a reader expects on top of the rendered page: `# headline`, then the
 * standfirst in italics. Both are also in the front matter, for programs.
 */
export function markdownTitle(article: Article): string {
  const lines: string[] = [];
  if (article.headline) lines.push(`# ${escapeMarkdown(article.headline)}`);
  if (article.subheadline) lines.push(`*${escapeMarkdown(joinLines(article.subheadline))}*`);
  return lines.length ? lines.join('\n\n') + (article.body.length ? '\n\n' : '\n') : '';
}

/**
 * One Markdown document: `---` front matter `---`, an empty line, the body.
 * Long strings stay on one line (lineWidth -1); list items of objects are written in flow
 * style (`- {name: NATO, type: ORGANIZATION, mentions: 5}`) to keep the header short.
 * js-yaml quotes any string that would read back as another type (timestamps, numbers,
 * `null`, `yes`), so every value parses back unchanged.
 */
export function toMarkdown(article: Article): string {
  const body = markdownTitle(article) + markdownBody(article.body);
  const fm = frontMatter(article) as unknown as Record<string, unknown>;
  // loaded on first use: gray-matter and js-yaml are about 20 ms of a cold start that writes JSON
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const matter = require('gray-matter') as typeof matterModule;
  return matter.stringify(body === '' ? '' : '\n' + body, fm, { lineWidth: -1, flowLevel: 2 } as matterModule.GrayMatterOption<string, never>);
}
