/**
 * `npm run eval -- reuters <dir> [--misses headline|place|date|authors|agency] [--limit N]`
 *
 * Runs parseArticle over every N.txt with an N.json gold file in <dir> (Reuters-21578 as
 * laid out in ../shared/corpora/reuters21578, see its README) and prints:
 * - headline exact: gold `headline` vs ours, both whitespace-collapsed, over all stories;
 * - dateline place: gold `dateline.place` vs ours, exact after whitespace collapse, over
 *   stories whose gold place is non-null;
 * - dateline date: gold `dateline.date_text` vs ours, over stories whose gold date is non-null;
 * - author names: our authors' names (in order) equal gold `author.names`, over stories
 *   with a gold author;
 * - agency: gold `author.agency` vs the agency on our byline line, over stories with a
 *   gold author;
 * - time per story (parse only, excluding file reading).
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseArticle } from '../src/pipeline/parse';
import { Article } from '../src/types';

interface Gold {
  id: string;
  headline: string;
  dateline: { raw: string; place: string | null; date_text: string | null } | null;
  author: { raw: string; names: string[]; agency: string | null } | null;
}

type Field = 'headline' | 'place' | 'date' | 'authors' | 'agency';
const FIELDS: Field[] = ['headline', 'place', 'date', 'authors', 'agency'];

interface Miss {
  id: string;
  gold: string;
  ours: string;
}

const collapse = (s: string | null | undefined): string | null => (s == null ? null : s.replace(/\s+/g, ' ').trim());

/** The agency named on the same line as our first author (the byline's agency). */
function bylineAgency(text: string, a: Article): string | null {
  const first = a.authors[0];
  if (!first) return null;
  const lineStart = text.lastIndexOf('\n', first.start) + 1;
  const nl = text.indexOf('\n', first.start);
  const lineEnd = nl < 0 ? text.length : nl;
  return a.agencies.find((g) => g.start >= lineStart && g.end <= lineEnd)?.name ?? null;
}

function usage(): number {
  process.stderr.write('usage: npm run eval -- reuters <dir> [--misses headline|place|date|authors|agency] [--limit N]\n');
  return 2;
}

export async function run(args: string[]): Promise<number> {
  let dir: string | null = null;
  let missField: Field | null = null;
  let limit = Infinity;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--misses') {
      const f = args[++i] as Field;
      if (!FIELDS.includes(f)) return usage();
      missField = f;
    } else if (a === '--limit') {
      limit = Number(args[++i]);
      if (!Number.isFinite(limit) || limit < 0) return usage();
    } else if (!a.startsWith('--') && dir === null) dir = a;
    else return usage();
  }
  if (!dir) return usage();
  if (!fs.existsSync(dir)) {
    process.stderr.write(`eval reuters: no such directory: ${dir}\n`);
    return 2;
  }
  const ids = fs.readdirSync(dir)
    .filter((f) => /^\d+\.txt$/.test(f) && fs.existsSync(path.join(dir as string, f.replace(/\.txt$/, '.json'))))
    .map((f) => f.replace(/\.txt$/, ''))
    .sort((a, b) => Number(a) - Number(b));
  const hits: Record<Field, number> = { headline: 0, place: 0, date: 0, authors: 0, agency: 0 };
  const totals: Record<Field, number> = { headline: 0, place: 0, date: 0, authors: 0, agency: 0 };
  const misses: Record<Field, Miss[]> = { headline: [], place: [], date: [], authors: [], agency: [] };
  let parseMs = 0;
  const score = (field: Field, id: string, gold: string | null, ours: string | null): void => {
    totals[field]++;
    if (gold === ours) hits[field]++;
    else misses[field].push({ id, gold: JSON.stringify(gold), ours: JSON.stringify(ours) });
  };
  for (const id of ids) {
    const text = fs.readFileSync(path.join(dir, `${id}.txt`), 'utf8');
    const gold = JSON.parse(fs.readFileSync(path.join(dir, `${id}.json`), 'utf8')) as Gold;
    const t0 = process.hrtime.bigint();
    const art = parseArticle(text, { path: `${id}.txt` });
    parseMs += Number(process.hrtime.bigint() - t0) / 1e6;
    score('headline', id, collapse(gold.headline), collapse(art.headline));
    if (gold.dateline?.place != null) score('place', id, collapse(gold.dateline.place), collapse(art.dateline?.place));
    if (gold.dateline?.date_text != null) score('date', id, collapse(gold.dateline.date_text), collapse(art.dateline?.date));
    if (gold.author) {
      score('authors', id, gold.author.names.join(' | '), art.authors.map((a) => a.name).join(' | '));
      score('agency', id, gold.author.agency, bylineAgency(text, art));
    }
  }
  const pct = (f: Field): string => (totals[f] ? ((100 * hits[f]) / totals[f]).toFixed(2) : 'n/a');
  const out = process.stdout;
  out.write(`reuters: ${ids.length} stories in ${dir}\n`);
  out.write(`headline exact   ${pct('headline').padStart(6)} %  (${hits.headline}/${totals.headline})\n`);
  out.write(`dateline place   ${pct('place').padStart(6)} %  (${hits.place}/${totals.place})\n`);
  out.write(`dateline date    ${pct('date').padStart(6)} %  (${hits.date}/${totals.date})\n`);
  out.write(`author names     ${pct('authors').padStart(6)} %  (${hits.authors}/${totals.authors})\n`);
  out.write(`byline agency    ${pct('agency').padStart(6)} %  (${hits.agency}/${totals.agency})\n`);
  out.write(`time per story   ${(parseMs / Math.max(1, ids.length)).toFixed(3)} ms  (parse only, ${(parseMs / 1000).toFixed(2)} s total)\n`);
  if (missField) {
    const list = misses[missField];
    out.write(`\nmisses: ${missField} (${list.length})\n`);
    for (const m of list.slice(0, limit)) out.write(`${m.id}\tgold=${m.gold}\tours=${m.ours}\n`);
  }
  return 0;
}
