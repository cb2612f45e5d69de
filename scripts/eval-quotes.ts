/**
 * `npm run eval -- quotes <polnear-split-dir> [--misses N]`: quotation finding and speaker
 * attribution against PolNeAR's hand-annotated attributions (../shared/corpora/polnear).
 *
 * PolNeAR marks all attribution, not only direct quotes. As its README suggests, a Content
 * span that begins with a quotation mark stands for a direct quote (recall is measured on
 * those); one of our quotes is correct when it lies inside any annotated Content span
 * (precision). A speaker is right when our speaker mention overlaps the annotated Source, or
 * the Source's text holds our speaker's last name (the Source is often "he" or "the senator").
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { parseArticle } from '../src';

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

const overlaps = (a: Piece, b: Piece): boolean => a.start < b.end && b.start < a.end;
const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(1) : 'n/a');

export async function run(args: string[]): Promise<number> {
  const dir = args.find((a) => !a.startsWith('--'));
  const missesAt = args.indexOf('--misses');
  const showMisses = missesAt >= 0 ? Number(args[missesAt + 1] ?? 20) : 0;
  if (!dir) {
    process.stderr.write('usage: npm run eval -- quotes <polnear-split-dir> [--misses N]\n');
    return 2;
  }
  const annFiles = readdirSync(join(dir, 'attributions')).sort();
  const texts = readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort();
  let goldDirect = 0, found = 0, ours = 0, oursInside = 0, withSource = 0, attributed = 0, right = 0;
  const misses: string[] = [];
  let namedAttributed = 0, namedRight = 0;
  const unattributed: string[] = [];
  for (const file of texts) {
    const stem = file.replace(/\.txt$/, '');
    const ann = annFiles.find((a) => a.startsWith(stem + '_'));
    if (!ann) continue;
    const text = readFileSync(join(dir, 'text', file), 'utf8');
    const gold = parseAnn(readFileSync(join(dir, 'attributions', ann), 'utf8'));
    const article = parseArticle(text);
    const contents = gold.flatMap((g) => g.content);
    for (const q of article.quotes) {
      ours++;
      if (contents.some((c) => c.start <= q.start && q.end <= c.end + 1)) oursInside++;
    }
    for (const g of gold) {
      const first = g.content[0];
      if (!first || !/^\s*["“]/.test(text.slice(first.start, first.end))) continue;
      goldDirect++;
      const q = article.quotes.find((x) => g.content.some((c) => overlaps(c, x)));
      if (!q) continue;
      found++;
      if (g.source.length === 0) continue;
      withSource++;
      if (!q.speaker) {
        if (unattributed.length < showMisses) unattributed.push(`${stem}: gold "${g.source.map((s) => text.slice(s.start, s.end)).join(' ')}" (${q.by ?? 'no cue'}) for "${q.text.slice(0, 50)}"`);
        continue;
      }
      attributed++;
      const sourceText = g.source.map((s) => text.slice(s.start, s.end)).join(' ');
      const last = q.speaker.split(/\s+/).pop() ?? '';
      const ok = (q.speakerMention && g.source.some((s) => overlaps(s, q.speakerMention as Piece))) || (last.length > 1 && sourceText.includes(last));
      // Where the gold source is itself a name, the check above is exact; pronouns and
      // descriptions ("he", "the senator") can only match by overlap.
      const named = /\b[A-Z][a-z]+/.test(sourceText.replace(/^(?:He|She|They|We|I|It|The|A|An|His|Her)\b/, ''));
      if (named) {
        namedAttributed++;
        if (ok) namedRight++;
      }
      if (ok) right++;
      else if (misses.length < showMisses) misses.push(`${stem}: gold "${sourceText}" ours "${q.speaker}" (${q.by}) for "${q.text.slice(0, 60)}"`);
    }
  }
  process.stdout.write(
    `PolNeAR ${dir}: ${texts.length} articles\n` +
      `quotes found: ${ours}; inside an annotated attribution: ${oursInside} (precision ${pct(oursInside, ours)} %)\n` +
      `direct quotes (gold content opening with a mark): ${goldDirect}; found ${found} (recall ${pct(found, goldDirect)} %)\n` +
      `speaker, over found quotes with a gold source (${withSource}): attributed ${attributed} (${pct(attributed, withSource)} %), ` +
      `right ${right} (${pct(right, withSource)} % of all, ${pct(right, attributed)} % of attributed)\n` +
      `  of attributed quotes whose gold source is a name: ${namedRight}/${namedAttributed} right (${pct(namedRight, namedAttributed)} %)\n`,
  );
  for (const m of misses) process.stdout.write(`  miss ${m}\n`);
  for (const m of unattributed) process.stdout.write(`  none ${m}\n`);
  return 0;
}
