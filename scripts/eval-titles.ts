/**
 * `npm run eval -- titles <polnear-split-dir>... [--show N]`: headline and standfirst against
 * the title PolNeAR's metadata.tsv gives each story (its `title` column, read from the
 * publisher's database: "Jobs report gives Democrats a lift; Solid upturn, with a rise in
 * hourly earnings, could blunt Republican claims").
 *
 * - headline: right when it equals the title, or the title's part before a "; " (the title is
 *   the database's "title; subtitle" where the story has a subtitle);
 * - standfirst: of the titles with a "; ", how many have the part after it (after the last
 *   one, when the headline is wrong) as the subheadline.
 *
 * Compared after the corpus's own edits are undone: PolNeAR appends a full stop to the first
 * line ("… ‘Bad Angels Of Our Nature.’" for "… Nature’", "(… not to.)"), and typographic quotes and spaces
 * are made plain.
 */
import { readFileSync } from 'fs';
import path from 'path';
import fg from 'fast-glob';
import { parseArticle } from '../src';
import { arg, fmt, positionals } from './script-utils';

/** A title as compared: plain quotes, one space, no full stop or separator at the end. */
export function comparable(title: string | null): string {
  return (title ?? '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/\.(['")]?)$/, '$1')
    .replace(/[.;\s]+$/, '')
    .trim();
}

/** metadata.tsv beside the split folders: file name (without .txt) → title. */
function titles(metadata: string): Map<string, string> {
  const rows = readFileSync(metadata, 'utf8').trim().split('\n');
  const header = rows[0].split('\t');
  const file = header.indexOf('filename');
  const title = header.indexOf('title');
  return new Map(rows.slice(1).map((row) => row.split('\t')).map((c) => [c[file], c[title]]));
}

export async function run(args: string[]): Promise<number> {
  const dirs = positionals(args);
  if (dirs.length === 0) {
    process.stderr.write('usage: npm run eval -- titles <polnear-split-dir>... [--show N]\n');
    return 2;
  }
  const show = Number(arg('--show', args) ?? 0);
  let stories = 0;
  let right = 0;
  let withSubtitle = 0;
  let standfirsts = 0;
  const misses: string[] = [];
  for (const dir of dirs) {
    const gold = titles(path.join(dir, '..', 'metadata.tsv'));
    for (const file of fg.sync('text/*.txt', { cwd: dir, absolute: true }).sort()) {
      const name = path.basename(file, '.txt');
      const title = gold.get(name);
      if (title === undefined) continue;
      stories++;
      const article = parseArticle(readFileSync(file, 'utf8'));
      // The title may hold "; " itself ("Trump leads pack; terrorism a top issue; Ahead by …"):
      // the headline is right at any of them, and the subtitle is what follows it there.
      const headline = comparable(article.headline);
      const cuts = [...title.matchAll(/; /g)].map((m) => m.index);
      const cut = cuts.find((at) => headline === comparable(title.slice(0, at)));
      if (headline === comparable(title) || cut !== undefined) right++;
      else misses.push(`${name}\n  ours: ${article.headline}\n  gold: ${title}`);
      if (cuts.length > 0) {
        withSubtitle++;
        const subtitle = title.slice((cut ?? cuts[cuts.length - 1]) + 2);
        if (comparable(article.subheadline) === comparable(subtitle)) standfirsts++;
        else misses.push(`${name} (standfirst)\n  ours: ${article.subheadline}\n  gold: ${subtitle}`);
      }
    }
  }
  const pct = (n: number, of: number): string => `${((100 * n) / Math.max(1, of)).toFixed(1)} %`;
  process.stdout.write(`titles: ${fmt(stories)} PolNeAR stories in ${dirs.join(', ')}\n`);
  process.stdout.write(`  headline     ${pct(right, stories)}  (${right}/${stories})\n`);
  process.stdout.write(`  standfirst   ${pct(standfirsts, withSubtitle)}  (${standfirsts}/${withSubtitle} titles with a "; " whose second part is the subheadline)\n`);
  for (const miss of misses.slice(0, show)) process.stdout.write(`${miss}\n`);
  return 0;
}
