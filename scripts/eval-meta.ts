/**
 * `npm run eval -- meta <dir> [--input txt|html] [--misses [headline|authors|published|time|body]] [--limit N]`
 *
 * Real news pages (../shared/corpora/webdumps: NAME.txt, NAME.html, NAME.gold.json) scored
 * against the page's own metadata as issue 5 and the corpus README ask:
 * - headline: exact after normalisation (NFKC, case, quotes, white space folded) against
 *   `headlineVisible`, `headline` or any `candidates.headline`; over pages with a gold headline;
 * - authors: micro precision / recall / F1 over name sets (same folding), over pages whose
 *   gold authors are not null (null gold is "unknown": what we say there is not counted);
 *   artparse's set is `authors` plus `authorOrganisations` (the gold credits desks too);
 * - published: the same calendar day in the gold's zone (ours converted to the gold's offset
 *   when both state one; else the days as written, ±1 as the corpus README advises), over
 *   pages with a gold date; and,
 *   where both state a zone, whether the instant is the same minute;
 * - body: word-bag precision / recall / F1 against the benchmark's `articleBody`.
 *
 * With `--input html` the same run also scores @mozilla/readability (over linkedom) on the
 * same pages, its byline split as the corpus normalises gold authors, beside artparse.
 * `npm run eval -- webdumps <dir> [--html]` is the older name of this suite.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { parseArticle } from '../src';
import { arg } from './script-utils';

interface Gold {
  headline: string | null;
  headlineVisible: string | null;
  candidates?: { headline?: Array<{ value: string }> };
  authors: string[] | null;
  datePublished: string | null;
  benchmark?: { articleBody?: string };
}

/** What one extractor says about one page. */
export interface MetaGuess {
  headline: string | null;
  authors: string[];
  /** The people alone, when the extractor tells them apart from desks and organisations. */
  people?: string[];
  published: string | null;
  body: string;
}

type Field = 'headline' | 'authors' | 'published' | 'time' | 'body';
const FIELDS: readonly Field[] = ['headline', 'authors', 'published', 'time', 'body'];

export const fold = (s: string): string =>
  s.normalize('NFKC').toLowerCase().replace(/[“”„"«»]/g, '"').replace(/[‘’`']/g, "'").replace(/\s+/g, ' ').trim();

/**
 * A byline string split into names the way the corpus normalises gold authors: labels
 * ("By", "Text:") and e-mail addresses dropped, split on " and ", "&", ";", the part before
 * a "," or "|" affiliation kept.
 */
export function bylineNames(byline: string): string[] {
  return byline
    .replace(/\S+@\S+/g, ' ')
    .split(/\s+and\s+|&|;|\n/i)
    .map((part) => part.split(/[,|]/)[0].replace(/^\s*(?:(?:analysis\s+)?by|text|текст)\s*:?\s+/i, '').trim())
    .filter((name) => name.length > 0);
}

const ZONE = /(Z|[+-]\d\d:?\d\d)$/;

/** Minutes east of UTC of an ISO value's offset, or null when it states none. */
function offsetMinutes(iso: string): number | null {
  const m = ZONE.exec(iso);
  if (!m) return null;
  if (m[1] === 'Z') return 0;
  const sign = m[1][0] === '-' ? -1 : 1;
  const digits = m[1].slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

const dayNumber = (iso: string): number => Date.parse(iso.slice(0, 10) + 'T00:00:00Z') / 86_400_000;

/**
 * The calendar day of `ours` in `gold`'s zone. When either states no zone the two days as
 * written may be a day apart (the corpus README's rule: a page shows "8:59 pm" local time,
 * its metadata the next day in UTC).
 */
export function sameDay(ours: string, gold: string): boolean {
  const goldZone = offsetMinutes(gold);
  if (goldZone === null || offsetMinutes(ours) === null) return Math.abs(dayNumber(ours) - dayNumber(gold)) <= 1;
  const local = new Date(Date.parse(ours) + goldZone * 60_000).toISOString();
  return local.slice(0, 10) === gold.slice(0, 10);
}

/** Null when either states no zone; else whether both name the same minute (a page shows minutes). */
export function sameInstant(ours: string, gold: string): boolean | null {
  if (offsetMinutes(ours) === null || offsetMinutes(gold) === null) return null;
  return Math.abs(Date.parse(ours) - Date.parse(gold)) < 60_000;
}

function bag(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

const total = (m: Map<string, number>): number => [...m.values()].reduce((x, y) => x + y, 0);
const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(1) : 'n/a');

/** Running scores of one extractor over the pages. */
class Scores {
  headline = [0, 0];
  /** true positives, our names, gold names */
  authors = [0, 0, 0];
  people = [0, 0, 0];
  day = [0, 0];
  instant = [0, 0];
  body = { p: 0, r: 0, pages: 0 };
  readonly misses: Array<[Field, string]> = [];

  add(id: string, gold: Gold, ours: MetaGuess): void {
    const headlines = [gold.headlineVisible, gold.headline, ...(gold.candidates?.headline ?? []).map((c) => c.value)]
      .filter((h): h is string => !!h)
      .map(fold);
    if (headlines.length) {
      this.headline[1]++;
      if (ours.headline && headlines.includes(fold(ours.headline))) this.headline[0]++;
      else this.misses.push(['headline', `${id}: gold "${gold.headlineVisible ?? gold.headline}" ours "${ours.headline}"`]);
    }
    if (gold.authors) {
      const want = new Set(gold.authors.map(fold));
      const tally = (names: string[], into: number[]): number => {
        const got = new Set(names.map(fold));
        const hit = [...got].filter((n) => want.has(n)).length;
        into[0] += hit;
        into[1] += got.size;
        into[2] += want.size;
        return hit;
      };
      if (ours.people) tally(ours.people, this.people);
      const got = new Set(ours.authors.map(fold));
      const hit = tally(ours.authors, this.authors);
      if (hit !== want.size || hit !== got.size) {
        this.misses.push(['authors', `${id}: gold ${JSON.stringify(gold.authors)} ours ${JSON.stringify(ours.authors)}`]);
      }
    }
    if (gold.datePublished) {
      this.day[1]++;
      if (ours.published && sameDay(ours.published, gold.datePublished)) this.day[0]++;
      else this.misses.push(['published', `${id}: gold ${gold.datePublished} ours ${ours.published}`]);
      const instant = ours.published ? sameInstant(ours.published, gold.datePublished) : null;
      if (instant !== null) {
        this.instant[1]++;
        if (instant) this.instant[0]++;
        else this.misses.push(['time', `${id}: gold ${gold.datePublished} ours ${ours.published}`]);
      }
    }
    const body = gold.benchmark?.articleBody;
    if (body) {
      const want = bag(body);
      const got = bag(ours.body);
      let common = 0;
      for (const [w, c] of got) common += Math.min(c, want.get(w) ?? 0);
      const p = total(got) ? common / total(got) : 0;
      const r = common / Math.max(1, total(want));
      this.body.p += p;
      this.body.r += r;
      this.body.pages++;
      if (r < 0.8 || p < 0.8) this.misses.push(['body', `${id}: precision ${(100 * p).toFixed(0)} % recall ${(100 * r).toFixed(0)} %`]);
    }
  }

  report(name: string): string {
    const prf = ([tp, got, want]: number[]): string => {
      const P = got ? tp / got : 0;
      const R = want ? tp / want : 0;
      const F = P + R ? (2 * P * R) / (P + R) : 0;
      return `F1 ${(100 * F).toFixed(1)}  P ${(100 * P).toFixed(1)} %  R ${(100 * R).toFixed(1)} %  (${tp} right of ${got} given, ${want} gold names)`;
    };
    const bp = this.body.p / Math.max(1, this.body.pages);
    const br = this.body.r / Math.max(1, this.body.pages);
    const bf = bp + br ? (2 * bp * br) / (bp + br) : 0;
    return (
      `${name}\n` +
      `  headline        ${pct(this.headline[0], this.headline[1])} %  (${this.headline[0]}/${this.headline[1]})\n` +
      `  authors         ${prf(this.authors)}\n` +
      (this.people[2] ? `  people only     ${prf(this.people)}\n` : '') +
      `  published day   ${pct(this.day[0], this.day[1])} %  (${this.day[0]}/${this.day[1]})\n` +
      `  published time  ${pct(this.instant[0], this.instant[1])} %  (${this.instant[0]}/${this.instant[1]} where both state a zone)\n` +
      `  body words      F1 ${(100 * bf).toFixed(1)}  P ${(100 * bp).toFixed(1)} %  R ${(100 * br).toFixed(1)} %  (mean over ${this.body.pages} pages)\n`
    );
  }
}

function artparseGuess(input: string, html: boolean): MetaGuess {
  const article = parseArticle(input, { format: html ? 'html' : 'text' });
  return {
    headline: article.headline,
    // The gold lists whoever the page credits, desks and organisations too ("Staff Reports").
    authors: [...article.authors, ...article.authorOrganisations].map((a) => a.name),
    people: article.authors.map((a) => a.name),
    published: article.published,
    body: article.body.map((b) => b.text).join('\n'),
  };
}

/** @mozilla/readability over linkedom: the reference extractor, loaded only for --input html. */
function readabilityGuesser(): (html: string) => MetaGuess {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { parseHTML } = require('linkedom') as typeof import('linkedom');
  const { Readability } = require('@mozilla/readability') as typeof import('@mozilla/readability');
  /* eslint-enable @typescript-eslint/no-require-imports */
  return (html) => {
    const { document } = parseHTML(html);
    const result = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    return {
      headline: result?.title ?? null,
      authors: result?.byline ? bylineNames(result.byline) : [],
      published: result?.publishedTime ? normalisedTime(result.publishedTime) : null,
      body: result?.textContent ?? '',
    };
  };
}

/** "2019-11-20T06:35:39+0000" → "2019-11-20T06:35:39+00:00" so the zone reads. */
function normalisedTime(value: string): string {
  return value.trim().replace(/([+-]\d\d)(\d\d)$/, '$1:$2');
}

export async function run(args: string[]): Promise<number> {
  const values = new Set([arg('--input', args), arg('--limit', args), arg('--misses', args)]);
  const dir = args.find((a) => !a.startsWith('--') && !values.has(a));
  const input = args.includes('--html') ? 'html' : arg('--input', args) ?? 'txt';
  const missesAt = args.indexOf('--misses');
  const missField = missesAt < 0 ? null : (FIELDS as readonly string[]).includes(args[missesAt + 1]) ? args[missesAt + 1] : 'all';
  const limit = Number(arg('--limit', args) ?? 100);
  if (!dir || (input !== 'txt' && input !== 'html')) {
    process.stderr.write('usage: npm run eval -- meta <dir> [--input txt|html] [--misses [headline|authors|published|time|body]] [--limit N]\n');
    return 2;
  }
  const html = input === 'html';
  const ids = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).map((f) => f.replace('.gold.json', '')).sort();
  const ours = new Scores();
  const reference = html ? new Scores() : null;
  const readability = html ? readabilityGuesser() : null;
  for (const id of ids) {
    const gold = JSON.parse(readFileSync(join(dir, `${id}.gold.json`), 'utf8')) as Gold;
    const page = readFileSync(join(dir, `${id}.${input}`), 'utf8');
    const short = id.slice(0, 8);
    ours.add(short, gold, artparseGuess(page, html));
    if (reference && readability) reference.add(short, gold, readability(page));
  }
  process.stdout.write(`meta: ${ids.length} pages in ${dir}, input ${input}\n` + ours.report('artparse'));
  if (reference) process.stdout.write(reference.report('@mozilla/readability (linkedom)'));
  if (missField) {
    for (const [field, line] of ours.misses.filter(([f]) => missField === 'all' || f === missField).slice(0, limit)) {
      process.stdout.write(`  miss ${field} ${line}\n`);
    }
  }
  return 0;
}
