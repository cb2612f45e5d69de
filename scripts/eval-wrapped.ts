/**
 * `npm run eval -- wrapped <dir>... [--width N]`: clean text wrapped at N columns (default 72;
 * scripts/wrap-text.ts, as `fold -s` or an e-mail wraps it) against the same text unwrapped.
 * Every *.txt file below each dir is parsed both ways; the suite counts
 * the headlines, quotes (span and speaker) and entities (type and name) that differ. Files
 * that are not UTF-8 are skipped. Soft line breaks: src/document/soft-breaks.ts.
 */
import { readFileSync } from 'fs';
import { parseArticle } from '../src';
import { arg, positionals, textFilesBelow } from './script-utils';
import { wrapText } from './wrap-text';

/** Items of `a` not in `b`, and of `b` not in `a`. */
function differing(a: string[], b: string[]): number {
  const inB = new Set(b);
  const inA = new Set(a);
  return a.filter((x) => !inB.has(x)).length + b.filter((x) => !inA.has(x)).length;
}

export async function run(args: string[]): Promise<number> {
  const dirs = positionals(args);
  const width = Number(arg('--width', args) ?? 72);
  if (dirs.length === 0 || !(width > 0)) {
    process.stderr.write('usage: npm run eval -- wrapped <dir>... [--width N]\n');
    return 2;
  }
  let docs = 0;
  const counts = { headlines: [0, 0], quotes: [0, 0], entities: [0, 0] };
  for (const dir of dirs) {
    for (const path of textFilesBelow([dir])) {
      const bytes = readFileSync(path);
      const text = bytes.toString('utf8');
      if (!Buffer.from(text, 'utf8').equals(bytes)) continue;
      docs++;
      const plain = parseArticle(text);
      const wrapped = parseArticle(wrapText(text, width));
      counts.headlines[0] += plain.headline === wrapped.headline ? 0 : 1;
      counts.headlines[1]++;
      const quotes = (a: typeof plain): string[] => a.quotes.map((q) => `${q.start}:${q.end}:${q.speaker}`);
      counts.quotes[0] += differing(quotes(plain), quotes(wrapped));
      counts.quotes[1] += plain.quotes.length;
      const entities = (a: typeof plain): string[] => a.entities.map((e) => `${e.type}:${e.name}`);
      counts.entities[0] += differing(entities(plain), entities(wrapped));
      counts.entities[1] += plain.entities.length;
    }
  }
  process.stdout.write(
    `wrapped at ${width} columns against unwrapped: ${docs} texts\n` +
      `  headlines differ: ${counts.headlines[0]} of ${counts.headlines[1]}\n` +
      `  quotes differ (span or speaker, either side): ${counts.quotes[0]} (unwrapped has ${counts.quotes[1]})\n` +
      `  entities differ (type and name, either side): ${counts.entities[0]} (unwrapped has ${counts.entities[1]})\n`,
  );
  return 0;
}
