/**
 * `npm run train:names`: counts which gender each first name is written with, for the names the
 * @stdlib English first-name lists leave open (in both lists: "Hillary", "Bill") or lack
 * ("Donald", "Barack"), and writes models/first-name-genders.json (read by src/text/gender.ts).
 *
 * Evidence is the newspapers' own titles. In a story that writes a surname with one gender of
 * title only ("Mrs. Clinton", never "Mr. Clinton") and gives one first name before that
 * surname ("Hillary Clinton"), the first name gets one vote for that gender. A name is kept
 * with at least MIN_STORIES votes of which at least MIN_SHARE go one way.
 *
 * Reads PolNeAR train and BBC News from ../shared/corpora (PolNeAR dev is left for the quote
 * evaluation); other folders may be given instead.
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { firstNameLists, Gender, NAME_GENDERS_FILE, titleGender } from '../src/text/gender';
import { projectRoot } from '../src/nlp/ner';
import { positionals, textFilesBelow } from './script-utils';

const MIN_STORIES = 3;
const MIN_SHARE = 0.9;
const DEFAULT_DIRS = ['polnear/train/text', 'bbc'].map((d) => join(projectRoot(), '..', 'shared', 'corpora', d));

const NAME_WORD = '[A-Z][a-z]+(?:-[A-Z][a-z]+)?';
const TITLED = new RegExp(`\\b(Mr|Mrs|Ms|Miss)\\.? (${NAME_WORD})\\b`, 'g');
// A first name, an optional middle initial, a surname: "Hillary Clinton", "Donald J. Trump".
const FULL = new RegExp(`\\b(${NAME_WORD}) (?:[A-Z]\\. )?(${NAME_WORD})\\b`, 'g');

interface Votes {
  male: number;
  female: number;
}

function main(): void {
  const dirs = positionals(process.argv.slice(2));
  const files = textFilesBelow(dirs.length ? dirs : DEFAULT_DIRS);
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  // Words that are also written in lower case ("The", "Will") are no first names, unless a list has them.
  const lowerWords = new Set<string>();
  for (const text of texts) for (const w of text.match(/\b[a-z]+\b/g) ?? []) lowerWords.add(w);
  const votes = new Map<string, Votes>();
  for (const text of texts) {
    const titled = new Map<string, Gender | 'both'>();
    for (const m of text.matchAll(TITLED)) {
      const g = titleGender(m[1]) as Gender;
      const seen = titled.get(m[2]);
      titled.set(m[2], seen && seen !== g ? 'both' : g);
    }
    const firsts = new Map<string, Set<string>>();
    for (const m of text.matchAll(FULL)) {
      const [, first, surname] = m;
      const g = titled.get(surname);
      if (!g || g === 'both' || titleGender(first)) continue;
      (firsts.get(surname) ?? firsts.set(surname, new Set()).get(surname)!).add(first);
    }
    for (const [surname, names] of firsts) {
      if (names.size !== 1) continue;
      const [first] = names;
      const v = votes.get(first) ?? { male: 0, female: 0 };
      v[titled.get(surname) as Gender]++;
      votes.set(first, v);
    }
  }
  const lists = firstNameLists();
  const names: Record<string, Gender> = {};
  let open = 0;
  for (const [first, v] of [...votes].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const inMale = lists.male.has(first);
    const inFemale = lists.female.has(first);
    if (inMale !== inFemale) continue; // one list has it: the lists decide
    if (!inMale && lowerWords.has(first.toLowerCase())) continue;
    const total = v.male + v.female;
    if (total < MIN_STORIES) continue;
    open++;
    const share = Math.max(v.male, v.female) / total;
    if (share >= MIN_SHARE) names[first] = v.male > v.female ? 'male' : 'female';
  }
  const out = {
    about: 'First names the @stdlib English lists leave open or lack, with the gender newspapers title their bearers with. Made by scripts/count-name-genders.ts.',
    sources: (dirs.length ? dirs : ['polnear/train/text', 'bbc']).join(', '),
    stories: texts.length,
    rule: `at least ${MIN_STORIES} stories, at least ${MIN_SHARE * 100} % one way`,
    names,
  };
  writeFileSync(join(projectRoot(), 'models', NAME_GENDERS_FILE), JSON.stringify(out, null, 1) + '\n');
  const decided = Object.keys(names).length;
  console.log(`${texts.length} stories; ${open} open names with enough votes, ${decided} decided (${Object.values(names).filter((g) => g === 'male').length} male, ${Object.values(names).filter((g) => g === 'female').length} female)`);
}

main();
