/**
 * `npm run eval -- softbreaks <unwrapped-dir> <wrapped-dir> [--misses N]`: how well
 * src/document/soft-breaks.ts tells soft line breaks from hard ones, with the unwrapped dump of
 * each page as the answer. The wrapped dir holds the same NAME.txt dumped at a fixed width
 * (scripts/dump-webdumps.sh w3m). Between two lines of text in the wrapped dump the break is
 * soft when the end of the one and the start of the next stand on one line, space-separated,
 * in the unwrapped dump; hard when they stand on two lines in a row; else (changed text, the
 * same words in both shapes) it is not counted.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { withoutSoftBreaks } from '../src/document/soft-breaks';
import { arg, positionals } from './script-utils';

/** How much of each line's end and the next line's start is matched. */
const CONTEXT = 25;

const folded = (s: string): string => s.replace(/[ \t\u00a0]+/g, ' ');

export async function run(args: string[]): Promise<number> {
  const [unwrappedDir, wrappedDir] = positionals(args);
  if (!unwrappedDir || !wrappedDir) {
    process.stderr.write('usage: npm run eval -- softbreaks <unwrapped-dir> <wrapped-dir> [--misses N]\n');
    return 2;
  }
  const showMisses = Number(arg('--misses', args) ?? 0);
  let found = 0;
  let wrong = 0;
  let missed = 0;
  const wrongs: string[] = [];
  const misses: string[] = [];
  const names = readdirSync(wrappedDir).filter((f) => f.endsWith('.txt')).sort();
  for (const name of names) {
    const wrapped = readFileSync(join(wrappedDir, name), 'utf8');
    const answer = readFileSync(join(unwrappedDir, name), 'utf8').split('\n').map((l) => folded(l).trim()).join('\n');
    const read = withoutSoftBreaks(wrapped);
    let offset = 0;
    const lines = wrapped.split('\n');
    for (let i = 0; i + 1 < lines.length; i++) {
      const breakAt = offset + lines[i].length;
      offset = breakAt + 1;
      const a = folded(lines[i]).trim();
      const b = folded(lines[i + 1]).trim();
      if (!a || !b) continue;
      const soft = answer.includes(`${a.slice(-CONTEXT)} ${b.slice(0, CONTEXT)}`);
      const hard = answer.includes(`${a.slice(-CONTEXT)}\n${b.slice(0, CONTEXT)}`);
      if (soft === hard) continue;
      const taken = read !== null && read[breakAt] === ' ';
      const shown = `${name.slice(0, 8)}: ${a.slice(-50)} || ${b.slice(0, 40)}`;
      if (taken && soft) found++;
      else if (taken) {
        wrong++;
        wrongs.push(shown);
      } else if (soft) {
        missed++;
        misses.push(shown);
      }
    }
  }
  const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(1) : 'n/a');
  process.stdout.write(
    `soft line breaks: ${names.length} pages in ${wrappedDir} against ${unwrappedDir}\n` +
      `  taken for soft ${found + wrong}: right ${found} (precision ${pct(found, found + wrong)} %)\n` +
      `  soft in the answer ${found + missed}: found ${found} (recall ${pct(found, found + missed)} %)\n`,
  );
  if (showMisses) {
    for (const line of wrongs.slice(0, showMisses)) process.stdout.write(`  wrong  ${line}\n`);
    for (const line of misses.slice(0, showMisses)) process.stdout.write(`  missed ${line}\n`);
  }
  return 0;
}
