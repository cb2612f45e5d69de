/**
 * Merge entity mentions of one document into entities: the same name, a surname and the
 * full name ("Stoltenberg" → "Jens Stoltenberg"), an acronym and its expansion
 * ("North Atlantic Treaty Organisation (NATO)"). The entity's name is its fullest form.
 */
import { Entity, EntityType, Span, TextSpan } from '../types';
import { isHonorific } from '../text/honorifics';
import { Gender, givenNameGender, isFirstName, titleGender } from '../text/gender';
import { contextualType } from './context-type';
import { inside } from '../quotes/spans';

export interface Mention extends TextSpan {
  type: EntityType;
}

const CONNECTIVES = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'on', 'in', '&']);

/** Normalised surface form: white space collapsed, possessive and quotes dropped. */
export function normalizeName(text: string): string {
  const name = text.replace(/\s+/g, ' ').replace(/[’']s$/, '').replace(/^[“"'‘]+/, '');
  return name.slice(0, closingQuotesStart(name)).trim();
}

const CLOSING_QUOTES = new Set(['”', '"', "'", '’']);

/** Where the closing quote marks ending `name` start (a loop: /[”"'’]+$/ would rescan a long run of marks from each one). */
function closingQuotesStart(name: string): number {
  let end = name.length;
  while (end > 0 && CLOSING_QUOTES.has(name[end - 1])) end--;
  return end;
}

function words(name: string): string[] {
  return name.split(/[\s-]+/).filter(Boolean);
}

/** Initials of the capitalised words: "North Atlantic Treaty Organisation" → "NATO". */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => !CONNECTIVES.has(w.toLowerCase()))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

export function isAcronym(name: string): boolean {
  return /^[A-Z][A-Z&.]{1,7}$/.test(name.replace(/\./g, '')) && name.length <= 10;
}

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Does the text right after mention `m` read " (ACR)"? Returns the acronym. */
function parentheticalAcronym(text: string, m: Mention): string | null {
  const after = /^\s*\(([A-Z][A-Za-z&.]{1,9})\)/.exec(text.slice(m.end, m.end + 16));
  return after ? after[1].replace(/\./g, '') : null;
}

/** `nameWords[i]`: the words of group[i]'s normalised name. */
function dominantType(group: Mention[], nameWords: string[][]): EntityType {
  // A multi-word person name decides: its surname mentions are tagged all sorts of things.
  if (group.some((m, i) => m.type === 'PERSON' && nameWords[i].length > 1)) return 'PERSON';
  const votes = new Map<EntityType, number>();
  for (const m of group) votes.set(m.type, (votes.get(m.type) ?? 0) + 1);
  let best: EntityType = group[0].type;
  for (const [type, count] of votes) if (count > (votes.get(best) ?? 0)) best = type;
  return best;
}

/** The fullest form: an acronym's expansion, a person's longest name, else the longest mention. */
function fullestName(names: string[], nameWords: string[][], type: EntityType, group: Mention[]): string {
  let best = names[0];
  let bestScore = -1;
  names.forEach((name, i) => {
    const honorific = isHonorific(nameWords[i][0] ?? '') ? 1 : 0;
    const score = (group[i].type === type ? 1000 : 0) + (isAcronym(name) ? 0 : 500) + nameWords[i].length * 50 - honorific * 60 + name.length;
    if (score > bestScore) {
      best = name;
      bestScore = score;
    }
  });
  return best;
}

/** The longest ending of a name that step 3 looks up ("Jens Stoltenberg" ends "NATO's Jens Stoltenberg"). */
const MAX_ENDING_WORDS = 6;

/** The longer person names that end with the same words: where they occur, in order, and the two occurrences a shorter name joins (worked out on first use). */
interface Endings {
  occurrences: number[];
  /**
   * The two occurrences chosen, per kind of mention: plain ("Mr"/"Mrs"/"Ms", which is nobody
   * styled "Sir" or "Lord") or not, and of which gender.
   */
  joins: Map<string, number[]>;
}

/**
 * Where person names of several words occur (indices into the sorted mentions), under each
 * of their proper endings ("Stoltenberg" for "Jens Stoltenberg"). Looking a short name up by
 * its words keeps step 3 linear when thousands of names share a surname.
 */
function fullNamesByEnding(sorted: Mention[], nameWords: string[][]): Map<string, Endings> {
  const byEnding = new Map<string, Endings>();
  sorted.forEach((m, i) => {
    const w = nameWords[i];
    if (m.type !== 'PERSON' || w.length < 2) return;
    for (let k = 1; k < w.length && k <= MAX_ENDING_WORDS; k++) {
      const key = w.slice(-k).join(' ');
      const endings = byEnding.get(key);
      if (endings) endings.occurrences.push(i);
      else byEnding.set(key, { occurrences: [i], joins: new Map() });
    }
  });
  return byEnding;
}

/** What step 3 reads besides the endings: the mentions' names, their words without titles, their titles, and the headline. */
interface NameContext {
  sorted: Mention[];
  names: string[];
  untitled: string[][];
  /** The title each mention is written with (titleOf), worked out once: steps 3 and 3b ask for each several times. */
  titles: string[];
  /** Each mention's gender as its title or its name's other titled mentions tell (nameGenders), else null. */
  genders: (Gender | null)[];
  headline: Span;
}

/** A knight's, peer's or dame's title: such a person is "Sir Ian", not "Mr Blair". */
const STYLED = /^(?:sir|dame|lord|lady|baron|baroness)$/i;
/** The plain titles a newspaper gives everyone else. */
const PLAIN = /^(?:mr|mrs|ms|miss)\.?$/i;

/** The word right before mention `m` in the text, if any ("Sir" before "Ian Blair"). */
function wordBefore(text: string, m: Mention): string {
  const before = text.slice(Math.max(0, m.start - 12), m.start);
  const trimmed = before.trimEnd();
  if (trimmed.length === before.length) return ''; // no space: not a word of its own
  const words = trimmed.split(/\s/);
  // Without the quote mark or bracket that opens it ("'Mr. Khan, you're a lawyer'").
  return words[words.length - 1].replace(/^[^\p{L}]+/u, '');
}

/**
 * The title a mention is written with, inside its span ("Mr Smith": `words`, its name's words)
 * or right before it. A word before it in lower case is none, and nor is "Miss" before a name in
 * the headline, where it is more often the verb: "Polls miss Trump's fall in Iowa vote", "Polls
 * Miss Trump's Fall" say nothing of Trump's gender.
 */
function titleOf(text: string, m: Mention, words: string[], headline: Span): string {
  const first = words[0] ?? '';
  if (isHonorific(first)) return first;
  const before = wordBefore(text, m);
  if (!/^\p{Lu}/u.test(before)) return '';
  return before === 'Miss' && inside(m, headline) ? '' : before;
}

/**
 * The full-name mention that mention `self` joins, among the longer names that end with its
 * words. When several people share a surname, all mentions of the bare surname are one
 * entity already (step 1), so they join one of them: the first the story names in its body,
 * its main person ("Cruz" after "Ted Cruz" and a later "Heidi Cruz" is Ted Cruz; choosing the
 * nearest full name before each mention would join the two). A title and the surname
 * ("Baron Kinnock") is no fuller name, and a name only in the headline comes after the
 * body's (a headline's "Classy Henman" is the recogniser's, "Tim Henman" the story's).
 */
function fullNameFor(endings: Endings | undefined, self: number, plain: boolean, context: NameContext): number | null {
  if (!endings) return null;
  const gender = context.genders[self];
  const kind = `${plain ? 'plain' : 'any'} ${gender ?? ''}`;
  let joins = endings.joins.get(kind);
  // Worked out at the first mention of this kind (mentions come in text order).
  if (!joins) {
    let pool = endings.occurrences;
    if (plain) {
      // "Mr Blair" after "Sir Ian Blair" and "Tony Blair" is Tony Blair.
      const unstyled = pool.filter((i) => !STYLED.test(context.titles[i]));
      if (unstyled.length) pool = unstyled;
    }
    if (gender) pool = ofGender(pool, gender, context.sorted[self].start, endings, context);
    joins = chooseFullName(pool, context);
    endings.joins.set(kind, joins);
  }
  // `self` is among them when it differs from a longer name by a title only ("Mr Smith").
  const [first, second] = joins;
  return (first !== self ? first : second) ?? null;
}

/**
 * What is known of the gender of full-name occurrence `i`: from a title (its own or its name's
 * other mentions'), which is sure; else from its first name (text/gender.ts), which is not: the
 * English lists hold "Philippe" and "Tory" as women's names.
 */
function occurrenceGender(i: number, { genders, untitled }: NameContext): { gender: Gender | null; sure: boolean } {
  const titled = genders[i];
  if (titled) return { gender: titled, sure: true };
  return { gender: untitled[i].length > 1 ? givenNameGender(untitled[i][0]) : null, sure: false };
}

/**
 * The occurrences in `pool` that mentions of this gender, the first at `firstAt`, may join:
 * "Mr. Obama" is not "Michelle Obama". In order of preference:
 * - the names of that gender or of unknown gender, but not one the other gender's mentions
 *   of this surname chose already ("Mr. Clinton" and "Mrs. Clinton" are two people). A known
 *   gender is no reason to prefer a name: the lists lack "Jeb", not "George";
 * - else a name whose first name alone says otherwise, when it comes before the first
 *   mention ("Philippe Sands ... Mr Sands"): a newspaper gives the full name first.
 * A name titled with the other gender is never joined. Empty: no one to join.
 */
function ofGender(pool: number[], gender: Gender, firstAt: number, endings: Endings, context: NameContext): number[] {
  const other = gender === 'male' ? 'female' : 'male';
  const taken = new Set<string>();
  for (const [kind, joins] of endings.joins) if (kind.endsWith(` ${other}`) && joins.length) taken.add(context.names[joins[0]]);
  const fitting: number[] = [];
  const antecedents: number[] = [];
  for (const i of pool) {
    const known = occurrenceGender(i, context);
    if (known.gender === gender) fitting.push(i);
    else if (taken.has(context.names[i])) continue;
    else if (known.gender === null) fitting.push(i);
    else if (!known.sure && context.sorted[i].start < firstAt) antecedents.push(i);
  }
  return fitting.length ? fitting : antecedents;
}

/** The first two occurrences of the name `fullNameFor` chooses among `occurrences` (in order). */
function chooseFullName(occurrences: number[], { sorted, names, untitled, headline }: NameContext): number[] {
  const byName = new Map<string, number[]>();
  for (const i of occurrences) {
    const at = byName.get(names[i]);
    if (at) at.push(i);
    else byName.set(names[i], [i]);
  }
  if (byName.size === 1) return occurrences.slice(0, 2);
  let best: number[] = [];
  let bestScore = -1;
  // Maps keep insertion order: of equals, the first named wins.
  for (const at of byName.values()) {
    const full = untitled[at[0]].length > 1;
    const inBody = at.some((i) => sorted[i].start >= headline.end || sorted[i].end <= headline.start);
    const score = (full ? 2 : 0) + (inBody ? 1 : 0);
    if (score > bestScore) {
      best = at;
      bestScore = score;
    }
  }
  return best.slice(0, 2);
}

/** Can two names of one person differ in these middle words ("Loretta E. Lynch", "Loretta Lynch"; "John Milo Ford", "John M. Ford")? */
function middlesAgree(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  if (a.length !== b.length) return false;
  return a.every((x, k) => x === b[k] || initialOf(x, b[k]) || initialOf(b[k], x));
}

/** Is `short` ("M." or "M") the initial of `long` ("Milo")? */
function initialOf(short: string, long: string): boolean {
  return /^\p{Lu}\.?$/u.test(short) && long.length > 2 && long[0] === short[0];
}

/** Shortest clipped word that stands for a longer one ("Lib" for "Liberal", "Met" for "Metropolitan"). */
const MIN_CLIPPED = 3;
/** Most names of one opening compared pairwise for clippings (hostile input repeats one). */
const MAX_CLIPPED_GROUP = 16;
/**
 * Most of a word a clipping keeps: "Lib" is 3/7 of "Liberal", "Wash" 4/10 of "Washington"; a
 * suffix added makes another word ("Korea" is 5/6 of "Korean", "York" 4/6 of "Yorker", "East"
 * 4/7 of "Eastern", "Committee" 9/12 of "Committeeman").
 */
const MAX_CLIPPED_SHARE = 0.5;

/** Is `short` a clipping of `long`: a prefix, maybe with the plural "s" kept ("Dems", "Democrats")? */
function clipped(short: string, long: string): boolean {
  const s = short.toLowerCase().replace(/\.$/, '');
  const l = long.toLowerCase().replace(/\.$/, '');
  if (s === l) return true;
  // The plural's "s" is no part of the word clipped: "Dems" for "Democrats", "Yorkers" is "Yorker".
  const stem = s.endsWith('s') && l.endsWith('s') ? s.slice(0, -1) : s;
  const whole = l.endsWith('s') ? l.slice(0, -1) : l;
  return stem.length >= MIN_CLIPPED && stem.length <= MAX_CLIPPED_SHARE * whole.length && whole.startsWith(stem);
}

/**
 * Step 2c: an organisation's or party's name with its words clipped ("Lib Dems" for "Liberal
 * Democrats", "Met Police" for "Metropolitan Police"): as many words, each one the other's
 * or cut short of it, one at least. The clipped mentions take the full name's type (the
 * recogniser reads "Lib Dems" as a person as often as not); `sorted` is changed so.
 */
function joinClippedNames(sorted: Mention[], names: string[], nameWords: string[][], uf: UnionFind): void {
  const firstOf = new Map<string, number>();
  sorted.forEach((m, i) => {
    if (nameWords[i].length > 1 && !firstOf.has(names[i].toLowerCase())) firstOf.set(names[i].toLowerCase(), i);
  });
  // Only names whose words open with the same three letters can be clippings of each other:
  // compared within those groups, and not at all in a group too big to be a story's names.
  const groups = new Map<string, number[]>();
  for (const i of firstOf.values()) {
    const key = nameWords[i].map((w) => w.slice(0, MIN_CLIPPED).toLowerCase()).join(' ');
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  for (const group of groups.values()) if (group.length > 1 && group.length <= MAX_CLIPPED_GROUP) joinClippedGroup(sorted, names, nameWords, uf, group);
}

/** Step 2c within one group of names whose words open alike. */
function joinClippedGroup(sorted: Mention[], names: string[], nameWords: string[][], uf: UnionFind, distinct: number[]): void {
  for (const j of distinct) {
    if (sorted[j].type === 'PERSON') continue;
    for (const i of distinct) {
      const short = nameWords[i];
      const long = nameWords[j];
      if (i === j || short.length !== long.length || names[i].length >= names[j].length) continue;
      if (!short.every((w, k) => /^\p{Lu}/u.test(w) && clipped(w, long[k])) || short.every((w, k) => w.toLowerCase() === long[k].toLowerCase())) continue;
      uf.union(j, i);
      const key = names[i].toLowerCase();
      sorted.forEach((m, k) => {
        if (names[k].toLowerCase() === key) sorted[k] = { ...m, type: sorted[j].type };
      });
    }
  }
}

/** The most names with one first and last word that step 2b compares pairwise. */
const MAX_VARIANTS = 8;

/**
 * Step 2b: names of one person with and without middle names or initials ("Donald J. Trump",
 * "Donald Trump"): the same first and last word, middle words that agree. When the names of
 * one first and last word do not all agree ("George H.W. Bush", "George W. Bush"), the bare
 * "George Bush" joins neither, and only agreeing longer ones are joined.
 */
function joinNameVariants(sorted: Mention[], names: string[], untitled: string[][], uf: UnionFind): void {
  const byEnds = new Map<string, Map<string, { words: string[]; at: number }>>();
  sorted.forEach((m, i) => {
    if (m.type !== 'PERSON') return;
    const w = untitled[i];
    if (w.length < 2) return;
    const key = `${w[0]} ${w[w.length - 1]}`;
    let variants = byEnds.get(key);
    if (!variants) byEnds.set(key, (variants = new Map()));
    if (!variants.has(names[i])) variants.set(names[i], { words: w.slice(1, -1), at: i });
  });
  for (const variants of byEnds.values()) {
    const list = [...variants.values()];
    if (list.length < 2 || list.length > MAX_VARIANTS) continue;
    const allAgree = list.every((a, i) => list.every((b, j) => j <= i || middlesAgree(a.words, b.words)));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const bare = list[i].words.length === 0 || list[j].words.length === 0;
        if ((allAgree || !bare) && middlesAgree(list[i].words, list[j].words)) uf.union(list[i].at, list[j].at);
      }
    }
  }
}

/**
 * Names the recogniser cut at a comma that the acronym after them puts back together:
 * "Ministry of Economy, Trade and Industry (METI)" is one organisation, not "Ministry of
 * Economy" and a "Trade and Industry" that METI would then stand for. `sorted` is in start order.
 */
function joinAtCommas(text: string, sorted: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.type === m.type && m.type !== 'PERSON' && /^,\s+$/.test(text.slice(prev.end, m.start))) {
      const acr = parentheticalAcronym(text, m);
      const joined = text.slice(prev.start, m.end);
      if (acr && initials(normalizeName(joined).replace(/,/g, '')) === acr.toUpperCase() && initials(normalizeName(m.text)) !== acr.toUpperCase()) {
        out[out.length - 1] = { text: joined, start: prev.start, end: m.end, type: m.type };
        continue;
      }
    }
    out.push(m);
  }
  return out;
}

/**
 * Each person mention's gender as titles tell it: its own title's ("Mr. Obama"), else the
 * gender its name is written with elsewhere (a later "Obama" after "Mr. Obama"), the more
 * frequent one when the name has titles of both genders: a bare "Trump" among 23 "Mr. Trump"
 * and one "Ms. Trump" is him. `bothGenders`: the names (untitled words) written with titles of
 * both genders.
 */
function nameGenders(titles: string[], untitledNames: string[]): { genders: (Gender | null)[]; bothGenders: Set<string> } {
  // A title makes a person of whatever the recogniser took the mention for ("Ms. Trump" as a place).
  const own = titles.map(titleGender);
  const counts = new Map<string, { male: number; female: number }>();
  own.forEach((g, i) => {
    if (!g) return;
    const key = untitledNames[i];
    const c = counts.get(key) ?? { male: 0, female: 0 };
    c[g]++;
    counts.set(key, c);
  });
  const bothGenders = new Set<string>();
  const usual = new Map<string, Gender | null>();
  for (const [key, c] of counts) {
    if (c.male && c.female) bothGenders.add(key);
    usual.set(key, c.male > c.female ? 'male' : c.female > c.male ? 'female' : null);
  }
  const genders = own.map((g, i) => g ?? usual.get(untitledNames[i]) ?? null);
  return { genders, bothGenders };
}

/**
 * Step 3c: a person called by first name after the full name ("Kelly Holmes" ... "Kelly would
 * like"), as a columnist or a speaker does; or by title and family name where the full name
 * puts that first ("Xi Jinping" ... "President Xi"). Only a word that is a first name (the
 * English lists, or the counted names) without a title, or no first name and with a title (not
 * "Sir": step 3b; "Mr Howard" is no "Howard Flight"), is nobody's surname here (`fullNames`:
 * the endings of full names), and the first word of one full name only, named before it (or
 * after it, when the first name is in the headline, "Big Win For Bernie", or follows a kinship
 * word, "her husband, Bill"): "Kelly" beside "Ruth Kelly" is her, and beside "Kelly Holmes" and
 * "Kelly Sotherton" no one. A full name whose last word the text also writes in lower case is
 * taken for no person's ("Scott County", "The Laura Ingraham Show", "Walter Energy").
 */
function joinFirstNames(
  text: string, headline: Span, sorted: Mention[], untitled: string[][], untitledNames: string[], titles: string[], fullNames: Map<string, Endings>,
  uf: UnionFind, isCommonWord: (lower: string) => boolean,
): void {
  // Each word's scan of the text once: a long text may ask of one word again and again.
  const lowerSeen = new Map<string, boolean>();
  const inLowerCase = (word: string): boolean => {
    let seen = lowerSeen.get(word);
    if (seen === undefined) lowerSeen.set(word, (seen = writtenInLowerCase(text, word)));
    return seen;
  };
  // A first name the lists lack ("Jeb", "Reince", "Khizr") passes when it is no common word.
  const firstNameLike = (word: string): boolean => isFirstName(word) || (!isCommonWord(word.toLowerCase()) && !inLowerCase(word));
  const byFirstWord = new Map<string, { name: string; at: number } | null>();
  sorted.forEach((m, i) => {
    const w = untitled[i];
    if (m.type !== 'PERSON' || w.length < 2) return;
    const name = untitledNames[i];
    const seen = byFirstWord.get(w[0]);
    if (seen === undefined) byFirstWord.set(w[0], { name, at: i });
    else if (seen && seen.name !== name) byFirstWord.set(w[0], null);
  });
  // How the recogniser typed each single word, all its mentions counted: a word it took for a
  // company or place more often than for a person joins no person's name.
  const asPerson = new Map<string, number>();
  sorted.forEach((m, i) => {
    if (untitled[i].length === 1) asPerson.set(untitled[i][0], (asPerson.get(untitled[i][0]) ?? 0) + (m.type === 'PERSON' ? 1 : -1));
  });
  const joined = new Set<string>();
  sorted.forEach((m, i) => {
    const w = untitled[i];
    if (m.type !== 'PERSON' || w.length !== 1 || STYLED.test(titles[i]) || joined.has(w[0]) || (asPerson.get(w[0]) ?? 0) <= 0) return;
    const full = byFirstWord.get(w[0]);
    if (!full || (full.at > i && !inside(m, headline) && !KIN_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) || fullNames.has(w[0])) return;
    // A title goes with a family name: "Mr. Xi" after "Xi Jinping" is him, family name first;
    // "Mr Howard" beside "Howard Flight" is someone else (Michael Howard).
    if (isHonorific(titles[i]) ? isFirstName(w[0]) : !firstNameLike(w[0])) return;
    // The last word as written, hyphens kept: "Ki-moon", not "moon".
    const last = sorted[full.at].text.trim().split(/\s+/).pop() ?? '';
    if (inLowerCase(last)) return;
    uf.union(full.at, i);
    joined.add(w[0]);
  });
}

/** A kinship word before a first name, which a story may give before the full name: "her husband, Bill", "wife Ivana". */
const KIN_BEFORE = /\b(?:wife|husband|son|daughter|father|mother|brother|sister|widow|widower),?\s+$/;

/** A character that carries a word on: a letter, a digit, or a hyphen or apostrophe inside a name ("Ki-moon"). */
const WORD_CHAR = /[\p{L}\p{N}'’-]/u;

/** Does `text` also write `word` in lower case, as a word of its own ("county" for "County"; not "moon" in "Ki-moon")? */
function writtenInLowerCase(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return true;
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    if (!WORD_CHAR.test(text[at - 1] ?? '') && !WORD_CHAR.test(text[at + lower.length] ?? '')) return true;
  }
  return false;
}

/** The first line of `text`: the headline, when no headline was found for it. */
function firstLine(text: string): Span {
  const lineBreak = text.indexOf('\n');
  return { start: 0, end: lineBreak < 0 ? text.length : lineBreak };
}

/**
 * The entities of one document's mentions. `headline`: where the document's headline is (its
 * names are the recogniser's weakest; see fullNameFor); the first line when not given.
 * `isCommonWord`: whether news mostly writes a (lower-cased) word in lower case, when the
 * recogniser can tell (EntityRecognizer.isCommonWord); without it a first name must be in the
 * name lists to join a full name (see joinFirstNames).
 */
export function mergeMentions(text: string, mentions: Mention[], headline?: Span | null, isCommonWord: (lower: string) => boolean = () => true): Entity[] {
  const sorted = joinAtCommas(
    text,
    mentions.map((m) => ({ ...m, type: contextualType(text, m) })).sort((a, b) => a.start - b.start),
  );
  const names = sorted.map((m) => normalizeName(m.text));
  // Split once: every step below asks for them.
  const nameWords = names.map(words);
  // The same without titles ("Mr", "Baron"), for the steps that compare people's names.
  // A name's last word is its surname even when it could be a title: "Mr. King" is King.
  const untitled = nameWords.map((w) => w.filter((x, k) => k === w.length - 1 || !isHonorific(x)));
  // Joined once: steps 1 and 3 and the gender and first-name steps key names by them.
  const untitledNames = untitled.map((w) => w.join(' '));
  const uf = new UnionFind(sorted.length);
  const headlineSpan = headline ?? firstLine(text);
  const titles = sorted.map((m, i) => titleOf(text, m, nameWords[i], headlineSpan));
  const { genders, bothGenders } = nameGenders(titles, untitledNames);

  // 1. Same surface form (case-insensitive) and compatible type; but where a name is written
  //    with "Mr" and with "Mrs" or "Ms", those are two people (a bare mention goes with the
  //    more frequent title; see nameGenders).
  const byName = new Map<string, number>();
  sorted.forEach((m, i) => {
    const name = names[i].toLowerCase();
    const key = bothGenders.has(untitledNames[i]) ? `${name} ${genders[i] ?? ''}` : name;
    const first = byName.get(key);
    if (first === undefined) byName.set(key, i);
    else uf.union(first, i);
  });

  // 2. Acronyms: "North Atlantic Treaty Organisation (NATO)", or initials that match.
  const acronymOwner = new Map<string, number>();
  sorted.forEach((m, i) => {
    const acr = parentheticalAcronym(text, m);
    if (acr && nameWords[i].length > 1) acronymOwner.set(acr.toUpperCase(), i);
  });
  sorted.forEach((m, i) => {
    if (nameWords[i].length > 1 && m.type !== 'PERSON') {
      const key = initials(names[i]);
      if (key.length >= 2 && !acronymOwner.has(key)) acronymOwner.set(key, i);
    }
  });
  sorted.forEach((m, i) => {
    if (!isAcronym(names[i])) return;
    const owner = acronymOwner.get(names[i].replace(/\./g, '').toUpperCase());
    if (owner !== undefined) uf.union(owner, i);
  });

  joinNameVariants(sorted, names, untitled, uf);
  joinClippedNames(sorted, names, nameWords, uf);

  // 3. People: a shorter name whose words end a longer person name ("Stoltenberg",
  //    "Mr Stoltenberg") joins the first such full name (see fullNameFor).
  const fullNames = fullNamesByEnding(sorted, nameWords);
  const context: NameContext = { sorted, names, untitled, titles, genders, headline: headlineSpan };
  // Names written with "Mr", "Mrs" or "Ms" somewhere: all their mentions are one entity
  // (step 1), so all choose as those do.
  const plainNames = new Set<string>();
  sorted.forEach((m, i) => {
    if (m.type === 'PERSON' && PLAIN.test(titles[i])) plainNames.add(untitledNames[i]);
  });
  sorted.forEach((m, i) => {
    const w = untitled[i];
    if (w.length === 0 || isAcronym(names[i])) return;
    const key = untitledNames[i];
    const chosen = w.length <= MAX_ENDING_WORDS ? fullNameFor(fullNames.get(key), i, plainNames.has(key), context) : null;
    if (chosen !== null) uf.union(chosen, i);
  });

  // 3b. "Sir Ian" after "Sir Ian Blair": a knight, dame or peer goes by title and first name.
  const styledFull = new Map<string, number>();
  sorted.forEach((m, i) => {
    const title = titles[i];
    if (m.type !== 'PERSON' || untitled[i].length < 2 || !STYLED.test(title)) return;
    const key = `${title.toLowerCase()} ${untitled[i][0]}`;
    if (!styledFull.has(key)) styledFull.set(key, i);
  });
  if (styledFull.size > 0) {
    sorted.forEach((m, i) => {
      if (m.type !== 'PERSON' || untitled[i].length !== 1) return;
      const full = styledFull.get(`${titles[i].toLowerCase()} ${untitled[i][0]}`);
      if (full !== undefined) uf.union(full, i);
    });
  }

  joinFirstNames(text, context.headline, sorted, untitled, untitledNames, titles, fullNames, uf, isCommonWord);

  const groups = new Map<number, number[]>();
  sorted.forEach((_, i) => {
    const root = uf.find(i);
    const list = groups.get(root);
    if (list) list.push(i);
    else groups.set(root, [i]);
  });

  const entities: Entity[] = [];
  for (const members of groups.values()) {
    const group = members.map((i) => sorted[i]);
    const groupNames = members.map((i) => names[i]);
    const groupWords = members.map((i) => nameWords[i]);
    const type = dominantType(group, groupWords);
    entities.push({
      name: fullestName(groupNames, groupWords, type, group),
      type,
      mentions: group.map((m) => ({ text: m.text, start: m.start, end: m.end })),
    });
  }
  return entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}
