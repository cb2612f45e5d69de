/**
 * `npm run eval -- webdumps <dir> [--html] [--misses headline|authors|published|body] [--limit N]`:
 * real news pages dumped as text (../shared/corpora/webdumps), scored against the page's own
 * metadata as that corpus's README advises: a headline counts if it matches any gold
 * headline candidate or <h1> (case-, quote- and space-folded); authors only where the gold
 * authors are visible in the dump; dates as instants when both have a zone, else as days ±1;
 * the body by word-bag precision / recall / F1 against the benchmark's articleBody.
 *
 * `--html` reads each page's `NAME.html` instead of its `NAME.txt` (artparse's own renderer
 * and the page metadata refiner). The gold *is* the page's metadata, so with --html the
 * dates and authors figures are high by construction; headline (the <h1>) and body are the
 * informative ones.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { parseArticle } from '../src';

interface Gold {
  headline: string | null;
  headlineVisible: string | null;
  h1: string[] | null;
  candidates?: { headline?: Array<{ value: string }> };
  authors: string[] | null;
  datePublished: string | null;
  checks?: { authorsInDump?: boolean[]; datePublishedVisible?: unknown };
  benchmark?: { articleBody?: string };
}

const fold = (s: string): string =>
  s.normalize('NFKC').toLowerCase().replace(/[“”„"«»]/g, '"').replace(/[‘’`']/g, "'").replace(/\s+/g, ' ').trim();

function sameMoment(ours: string, gold: string): boolean {
  const zoned = (s: string): boolean => /(?:Z|[+-]\d\d:?\d\d)$/.test(s);
  // A page shows minutes, its metadata often seconds: the same minute is the same moment.
  if (zoned(ours) && zoned(gold)) return Math.abs(Date.parse(ours) - Date.parse(gold)) < 60_000;
  const day = (s: string): number => Date.parse(s.slice(0, 10) + 'T00:00:00Z');
  return Math.abs(day(ours) - day(gold)) <= 86_400_000;
}

function bag(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [w, c] of a) n += Math.min(c, b.get(w) ?? 0);
  return n;
}

const total = (m: Map<string, number>): number => [...m.values()].reduce((x, y) => x + y, 0);
const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(1) : 'n/a');

export async function run(args: string[]): Promise<number> {
  const dir = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a) && !['headline', 'authors', 'published', 'body'].includes(a));
  const missesAt = args.indexOf('--misses');
  const missField = missesAt >= 0 ? args[missesAt + 1] : null;
  const limitAt = args.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : 50;
  const html = args.includes('--html');
  if (!dir) {
    process.stderr.write('usage: npm run eval -- webdumps <dir> [--html] [--misses headline|authors|published|body] [--limit N]\n');
    return 2;
  }
  const ids = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).map((f) => f.replace('.gold.json', '')).sort();
  const score = { headline: [0, 0], authors: [0, 0], published: [0, 0] };
  let bodyP = 0, bodyR = 0, bodyPages = 0;
  const misses: string[] = [];
  const miss = (field: string, line: string): void => {
    if (field === missField && misses.length < limit) misses.push(line);
  };
  for (const id of ids) {
    const gold = JSON.parse(readFileSync(join(dir, `${id}.gold.json`), 'utf8')) as Gold;
    const article = html
      ? parseArticle(readFileSync(join(dir, `${id}.html`), 'utf8'), { format: 'html' })
      : parseArticle(readFileSync(join(dir, `${id}.txt`), 'utf8'));
    const short = id.slice(0, 8);

    const headlines = [gold.headlineVisible, gold.headline, ...(gold.h1 ?? []), ...(gold.candidates?.headline ?? []).map((c) => c.value)]
      .filter((h): h is string => !!h).map(fold);
    if (headlines.length) {
      score.headline[1]++;
      if (article.headline && headlines.includes(fold(article.headline))) score.headline[0]++;
      else miss('headline', `${short}: gold "${gold.headlineVisible ?? gold.headline}" ours "${article.headline}"`);
    }
    const visible = gold.authors && gold.checks?.authorsInDump?.every(Boolean);
    if (gold.authors && visible) {
      score.authors[1]++;
      const ours = article.authors.map((a) => fold(a.name)).sort();
      const want = gold.authors.map(fold).sort();
      if (JSON.stringify(ours) === JSON.stringify(want)) score.authors[0]++;
      else miss('authors', `${short}: gold ${JSON.stringify(gold.authors)} ours ${JSON.stringify(article.authors.map((a) => a.name))}`);
    }
    if (gold.datePublished && gold.checks?.datePublishedVisible) {
      score.published[1]++;
      if (article.published && sameMoment(article.published, gold.datePublished)) score.published[0]++;
      else miss('published', `${short}: gold ${gold.datePublished} ours ${article.published}`);
    }
    const body = gold.benchmark?.articleBody;
    if (body) {
      const want = bag(body);
      const got = bag(article.body.map((b) => b.text).join('\n'));
      const common = overlap(got, want);
      const p = total(got) ? common / total(got) : 0;
      const r = common / Math.max(1, total(want));
      bodyP += p;
      bodyR += r;
      bodyPages++;
      if (r < 0.8 || p < 0.8) miss('body', `${short}: precision ${(100 * p).toFixed(0)} % recall ${(100 * r).toFixed(0)} %`);
    }
  }
  const P = bodyP / Math.max(1, bodyPages);
  const R = bodyR / Math.max(1, bodyPages);
  process.stdout.write(
    `webdumps: ${ids.length} pages in ${dir}\n` +
      `headline          ${pct(score.headline[0], score.headline[1])} %  (${score.headline[0]}/${score.headline[1]})\n` +
      `authors (visible) ${pct(score.authors[0], score.authors[1])} %  (${score.authors[0]}/${score.authors[1]})\n` +
      `published         ${pct(score.published[0], score.published[1])} %  (${score.published[0]}/${score.published[1]}, where the date is visible)\n` +
      `body words        precision ${(100 * P).toFixed(1)} %  recall ${(100 * R).toFixed(1)} %  F1 ${((200 * P * R) / Math.max(1e-9, P + R)).toFixed(1)} %  (mean over ${bodyPages} pages)\n`,
  );
  for (const m of misses) process.stdout.write(`  miss ${m}\n`);
  return 0;
}
