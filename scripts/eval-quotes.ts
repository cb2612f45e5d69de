/**
 * `npm run eval -- quotes <polnear-split-dir> [--misses N]`: quotation finding and speaker
 * attribution against PolNeAR's hand-annotated attributions (../shared/corpora/polnear).
 *
 * A gold direct quote is, as in PolNeAR, an attribution with a Source whose Content lies
 * inside quotation marks (opens with one and ends with one; a typed “ for ” counts, and so do
 * two apostrophes, '' for “ or ”, as the NYT stories print them). Spans: our quotes of kind `direct` against those (a quote and
 * a gold quote match when they overlap): precision, recall, F1.
 *
 * Speakers are scored by the person, over matched direct quotes: ours is right when it
 * names the person the gold Source refers to. A Source that holds a name is that name
 * ("Rep. Gwen Moore (D-Wis.)" → Moore); a pronoun or a description ("he", "the senator") is
 * resolved by hand in `scripts/data/polnear-<split>-referents.tsv` (file, offset, source,
 * referent; an empty referent when the source names no one, "a doctor"). A null speaker is
 * wrong. Articles with several annotators use the first annotator in sorted order.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { basename, join } from 'path';
import { parseArticle } from '../src';
import { initials, isAcronym } from '../src/entities/merge';
import { Quote } from '../src/types';

interface Piece { start: number; end: number }
interface GoldAttribution { content: Piece[]; source: Piece[] }

function parseAnn(ann: string): GoldAttribution[] {
  // Lines that do not start with an id continue the previous line (spans over paragraph breaks).
  const lines: string[] = [];
  for (const line of ann.split('\n')) {
    if (/^[TEAR#]\d+\t/.test(line) || lines.length === 0) lines.push(line);
    else lines[lines.length - 1] += '\n' + line;
  }
  const spans = new Map<string, Piece[]>();
  const events: GoldAttribution[] = [];
  for (const line of lines) {
    const [id, body] = line.split('\t');
    if (id?.startsWith('T') && body) {
      const [, ...ranges] = body.split(' ');
      const pieces = ranges.join(' ').split(';').map((r) => {
        const [a, b] = r.trim().split(/\s+/).map(Number);
        return { start: a, end: b };
      });
      spans.set(id, pieces);
    }
  }
  for (const line of lines) {
    const [id, body] = line.split('\t');
    if (!id?.startsWith('E') || !body) continue;
    const roles = body.trim().split(/\s+/).slice(1);
    const ev: GoldAttribution = { content: [], source: [] };
    for (const role of roles) {
      const [name, ref] = role.split(':');
      const pieces = spans.get(ref) ?? [];
      if (name.startsWith('Content')) ev.content.push(...pieces);
      if (name === 'Source') ev.source.push(...pieces);
    }
    events.push(ev);
  }
  return events;
}

/** A quotation mark: straight or typographic, or two apostrophes (the New York Times stories print '' for “ and ”). */
const opensWithMark = (text: string, content: Piece[]): boolean => /^\s*(?:["“]|'')/.test(text.slice(content[0].start, content[0].end));

/**
 * Does the content lie inside quotation marks: open with one and end with one (punctuation
 * after it aside)? ""thousands of shootings" in Chicago this year" does not: it is the
 * writer's sentence around a quoted phrase.
 */
function insideMarks(text: string, content: Piece[]): boolean {
  const last = content[content.length - 1];
  return opensWithMark(text, content) && /(?:["”“]|'')[\s.,;:!?)\u2014-]*$/.test(text.slice(last.start, last.end));
}

const overlaps = (a: Piece, b: Piece): boolean => a.start < b.end && b.start < a.end;
const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(1) : 'n/a');
const oneLine = (s: string, n: number): string => s.replace(/\s+/g, ' ').slice(0, n);

/** Words that describe rather than name ("Rep.", "the", "spokesman"): not part of a name. */
const NOT_NAME = /^(?:the|a|an|mr|mrs|ms|dr|sen|rep|gov|rev|president|senator|representative|secretary|press|leader|majority|minority|chairman|chief|spokesman|spokeswoman|state|del|judge|campaign|police|panel|senate|lawyer)\.?$/i;

/**
 * The name a Source holds, or null for a pronoun or description. The head of the first
 * clause: "Rep. Jim Jordan (R-Ohio), an oversight panel member," → "Jim Jordan";
 * "Trump campaign spokesman Jason Miller" → "Jason Miller".
 */
export function sourceName(source: string): string | null {
  const head = source.replace(/\([^)]*\)/g, ' ').split(/,|\s(?:of|who|whose|from)\s/)[0];
  const runs = [...head.matchAll(/[A-Z][\p{L}'’.-]*(?:\s+(?:[A-Z][\p{L}'’.-]*))*/gu)].map((m) =>
    m[0].split(/\s+/).filter((w) => !NOT_NAME.test(w)),
  ).filter((ws) => ws.length > 0 && !/^(?:He|She|It|They|We|I|You|His|Her)$/.test(ws[0]) && !/[’']s$/.test(ws[ws.length - 1]));
  const last = runs[runs.length - 1];
  return last ? last.join(' ') : null;
}

/**
 * Does `speaker` (our full name) name the same person as `gold`? The gold surname is among
 * our words and, when both give more, they share another word ("Donald Tusk" for "European
 * Council President Donald Tusk", not "Donald Trump" for "Melania Trump").
 */
export function samePerson(speaker: string, gold: string): boolean {
  const words = (s: string): string[] => s.toLowerCase().replace(/[’']s$/, '').split(/[\s-]+/).filter((w) => w && !NOT_NAME.test(w));
  const ours = words(speaker);
  const theirs = words(gold);
  const surname = theirs[theirs.length - 1];
  // An acronym names what our speaker spells out ("the IMF", "International Monetary Fund").
  if (theirs.length === 1 && isAcronym(gold.trim().split(/\s+/).pop() ?? '') && initials(speaker) === surname.toUpperCase()) return true;
  if (!surname || !ours.includes(surname)) return false;
  const othersOurs = ours.filter((w) => w !== surname);
  const othersTheirs = theirs.filter((w) => w !== surname);
  return othersOurs.length === 0 || othersTheirs.length === 0 || othersOurs.some((w) => othersTheirs.includes(w));
}

/** What the gold Source is: a pronoun ("he"), a name ("Rep. Gwen Moore"), or a description ("the mayor"). */
function sourceKind(source: string): 'pronoun' | 'name' | 'description' {
  if (/^(?:he|she|they|it|i|we|you|who|which)$/i.test(source.trim())) return 'pronoun';
  return sourceName(source) ? 'name' : 'description';
}

/** Hand-resolved referents of pronoun and description sources: "file\toffset" → referent ('' = no one). */
function readReferents(dir: string): Map<string, string> {
  const file = join(__dirname, '..', '..', 'scripts', 'data', `polnear-${basename(dir.replace(/\/+$/, ''))}-referents.tsv`);
  const out = new Map<string, string>();
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [stem, offset, , referent = ''] = line.split('\t');
    out.set(`${stem}\t${offset}`, referent.trim());
  }
  return out;
}

export async function run(args: string[]): Promise<number> {
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--misses');
  const missesAt = args.indexOf('--misses');
  const showMisses = missesAt >= 0 ? Number(args[missesAt + 1] ?? 20) : 0;
  if (!dir) {
    process.stderr.write('usage: npm run eval -- quotes <polnear-split-dir> [--misses N]\n');
    return 2;
  }
  const referents = readReferents(dir);
  const annFiles = readdirSync(join(dir, 'attributions')).sort();
  const texts = readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort();
  let gold = 0, goldFound = 0, ours = 0, oursRight = 0, openingOnly = 0;
  let matched = 0, right = 0, nameless = 0, namelessNull = 0, unresolved = 0, given = 0;
  const byKind = new Map<string, number>();
  const bySieve = new Map<string, [number, number]>();
  const bySource = new Map<string, [number, number]>();
  const spanMisses: string[] = [];
  const speakerMisses: string[] = [];
  const toResolve: string[] = [];
  for (const file of texts) {
    const stem = file.replace(/\.txt$/, '');
    const ann = annFiles.find((a) => a.startsWith(stem + '_'));
    if (!ann) continue;
    const text = readFileSync(join(dir, 'text', file), 'utf8');
    const sourced = parseAnn(readFileSync(join(dir, 'attributions', ann), 'utf8')).filter((g) => g.source.length > 0 && g.content.length > 0);
    const direct = sourced.filter((g) => insideMarks(text, g.content));
    openingOnly += sourced.filter((g) => opensWithMark(text, g.content) && !insideMarks(text, g.content)).length;
    const article = parseArticle(text);
    for (const q of article.quotes) byKind.set(q.kind, (byKind.get(q.kind) ?? 0) + 1);
    const speech = article.quotes.filter((q) => q.kind === 'direct');
    for (const q of speech) {
      ours++;
      if (direct.some((g) => g.content.some((c) => overlaps(c, q)))) oursRight++;
      else spanMisses.push(`${stem}: not gold: "${oneLine(q.text, 70)}"`);
    }
    for (const g of direct) {
      gold++;
      const q: Quote | undefined = speech.find((x) => g.content.some((c) => overlaps(c, x)));
      const sourceText = g.source.map((s) => text.slice(s.start, s.end)).join(' ');
      if (!q) {
        const any = article.quotes.find((x) => g.content.some((c) => overlaps(c, x)));
        spanMisses.push(`${stem}: missed${any ? ` (found as ${any.kind})` : ''}: "${oneLine(text.slice(g.content[0].start, g.content[0].end), 70)}"`);
        continue;
      }
      goldFound++;
      const key = `${stem}\t${g.source[0].start}`;
      // The hand-made table wins: it also corrects names read wrongly from a source ("Small groups of protesters").
      const referent = referents.get(key) ?? sourceName(sourceText);
      if (referent === undefined || referent === null) {
        unresolved++;
        toResolve.push(`${key}\t${oneLine(sourceText, 60)}\t${q.speaker ?? ''}`);
        continue;
      }
      if (referent === '') {
        // "a doctor", "the announcer": no name is right; ours is null or names someone.
        nameless++;
        if (q.speaker === null) namelessNull++;
        else speakerMisses.push(`${stem}: gold "${oneLine(sourceText, 40)}" names no one; ours ${q.speaker} (${q.by ?? 'no sieve'}) for "${oneLine(q.text, 50)}"`);
        continue;
      }
      matched++;
      const ok = q.speaker !== null && samePerson(q.speaker, referent);
      if (q.speaker) given++;
      if (ok) right++;
      const sieve = (q.by ?? 'none').split(':')[0];
      const tally = bySieve.get(sieve) ?? [0, 0];
      bySieve.set(sieve, [tally[0] + (ok ? 1 : 0), tally[1] + 1]);
      const kind = sourceKind(sourceText);
      const counts = bySource.get(kind) ?? [0, 0];
      bySource.set(kind, [counts[0] + (ok ? 1 : 0), counts[1] + 1]);
      if (!ok) speakerMisses.push(`${stem}: gold "${oneLine(sourceText, 40)}" = ${referent}; ours ${q.speaker ?? 'null'} (${q.by ?? 'no sieve'}) for "${oneLine(q.text, 50)}"`);
    }
  }
  const p = ours ? oursRight / ours : 0;
  const r = gold ? goldFound / gold : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  process.stdout.write(
    `PolNeAR ${dir}: ${texts.length} articles; our quotes by kind: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}\n` +
      `direct quotes: gold ${gold} (content inside marks; ${openingOnly} more only open with one), ours ${ours}; precision ${pct(oursRight, ours)} %, recall ${pct(goldFound, gold)} %, F1 ${(100 * f1).toFixed(2)}\n` +
      `speaker, over matched direct quotes whose source names someone (${matched}): right ${right} (${pct(right, matched)} %), ` +
      `given ${given}, null ${matched - given}; source names no one: ${nameless} (ours null for ${namelessNull}); source not resolved: ${unresolved}\n` +
      `  all matched direct quotes with a source (${matched + nameless}): right ${right + namelessNull} (${pct(right + namelessNull, matched + nameless)} %, a null right only where the source names no one)\n` +
      `  by gold source (right/all): ${[...bySource].map(([k, [r, n]]) => `${k} ${r}/${n} (${pct(r, n)} %)`).join(', ')}\n` +
      `  by sieve (right/decided): ${[...bySieve].sort((a, b) => b[1][1] - a[1][1]).map(([s, [k, n]]) => `${s} ${k}/${n}`).join(', ')}\n`,
  );
  if (showMisses > 0) {
    for (const m of spanMisses.slice(0, showMisses)) process.stdout.write(`  span ${m}\n`);
    for (const m of speakerMisses.slice(0, showMisses)) process.stdout.write(`  speaker ${m}\n`);
    for (const m of toResolve.slice(0, showMisses)) process.stdout.write(`  unresolved ${m}\n`);
  }
  return 0;
}
