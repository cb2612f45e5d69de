/**
 * `npm run eval -- people <dir>... [--show N]`: how consistently the people of each story are
 * merged, where no gold says who is who. Counted over the person entities of every story:
 *
 * - mixed titles: an entity with mentions written "Mr" and mentions written "Mrs", "Ms" or
 *   "Miss" (husband and wife, or "Mr. Obama" given to Michelle Obama);
 * - first names left alone: a one-word person entity that is the first word of exactly one
 *   person entity of two or more words ("Kelly" beside "Kelly Holmes");
 * - surnames left alone: a one-word person entity that is the last word of exactly one such
 *   entity ("Browne" beside "John Browne").
 *
 * Each can be right (a Kelly no one names in full, a Brown who is not Gordon Brown), so the
 * figures are for comparing two versions over the same stories, with `--show` to read them.
 */
import { readFileSync } from 'fs';
import { parseArticle } from '../src';
import { arg, fmt, positionals, textFilesBelow } from './script-utils';

const MALE_BEFORE = /\bMr\.?\s*$/;
const FEMALE_BEFORE = /\b(?:Mrs|Ms|Miss)\.?\s*$/;

export async function run(args: string[]): Promise<number> {
  const dirs = positionals(args);
  if (dirs.length === 0) {
    process.stderr.write('usage: npm run eval -- people <dir>... [--show N]\n');
    return 2;
  }
  const show = Number(arg('--show', args) ?? 0);
  const files = textFilesBelow(dirs);
  let people = 0;
  const found: Record<'mixed' | 'first' | 'surname', string[]> = { mixed: [], first: [], surname: [] };
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const persons = parseArticle(text).entities.filter((e) => e.type === 'PERSON');
    people += persons.length;
    const where = file.split('/').slice(-2).join('/');
    const full = persons.map((e) => e.name.split(/\s+/)).filter((w) => w.length > 1);
    for (const e of persons) {
      const before = (start: number): string => text.slice(Math.max(0, start - 5), start);
      const male = e.mentions.some((m) => MALE_BEFORE.test(before(m.start)) || /^Mr\.?\s/.test(m.text));
      const female = e.mentions.some((m) => FEMALE_BEFORE.test(before(m.start)) || /^(?:Mrs|Ms|Miss)\.?\s/.test(m.text));
      if (male && female) found.mixed.push(`${where}: ${e.name}`);
      if (/\s/.test(e.name)) continue;
      const opens = full.filter((w) => w[0] === e.name);
      const ends = full.filter((w) => w[w.length - 1] === e.name);
      if (opens.length === 1) found.first.push(`${where}: ${e.name} ~ ${opens[0].join(' ')}`);
      if (ends.length === 1) found.surname.push(`${where}: ${e.name} ~ ${ends[0].join(' ')}`);
    }
  }
  process.stdout.write(
    `people: ${fmt(files.length)} stories, ${fmt(people)} person entities\n` +
      `  mixed titles (Mr and Mrs/Ms in one entity)   ${fmt(found.mixed.length)}\n` +
      `  first names left beside one full name        ${fmt(found.first.length)}\n` +
      `  surnames left beside one full name           ${fmt(found.surname.length)}\n`,
  );
  for (const [kind, lines] of Object.entries(found)) for (const line of lines.slice(0, show)) process.stdout.write(`  ${kind} ${line}\n`);
  return 0;
}
