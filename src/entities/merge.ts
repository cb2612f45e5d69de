/**
 * Merge entity mentions of one document into entities: the same name, a surname and the
 * full name ("Stoltenberg" → "Jens Stoltenberg"), an acronym and its expansion
 * ("North Atlantic Treaty Organisation (NATO)"). The entity's name is its fullest form.
 */
import { Entity, EntityType, TextSpan } from '../types';
import { isHonorific } from '../text/honorifics';
import { contextualType } from './context-type';

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

/** A person name of two or more words and where it occurs (indices into the sorted mentions, in order). */
interface FullName {
  w: string[];
  at: number[];
}

/** The longest ending of a name that step 3 looks up ("Jens Stoltenberg" ends "NATO's Jens Stoltenberg"). */
const MAX_ENDING_WORDS = 6;

/** The longer person names that end with the same words, and all their occurrences in order. */
interface Endings {
  names: FullName[];
  occurrences: number[];
}

/**
 * Person names of several words, each distinct name once, under each of their proper
 * endings ("Stoltenberg" for "Jens Stoltenberg"). Grouping the occurrences of a name keeps
 * step 3 linear when one name recurs thousands of times (all of them share one entity
 * already, step 1), and looking a short name up by its words, not scanning every name with
 * its last word, keeps it so when thousands of names share a surname.
 */
function fullNamesByEnding(sorted: Mention[], names: string[], nameWords: string[][]): Map<string, Endings> {
  const byName = new Map<string, FullName>();
  sorted.forEach((m, i) => {
    if (m.type !== 'PERSON') return;
    const known = byName.get(names[i]);
    if (known) known.at.push(i);
    else if (nameWords[i].length >= 2) byName.set(names[i], { w: nameWords[i], at: [i] });
  });
  const byEnding = new Map<string, Endings>();
  for (const name of byName.values()) {
    for (let k = 1; k < name.w.length && k <= MAX_ENDING_WORDS; k++) {
      const key = name.w.slice(-k).join(' ');
      const endings = byEnding.get(key);
      if (endings) endings.names.push(name);
      else byEnding.set(key, { names: [name], occurrences: [] });
    }
  }
  for (const endings of byEnding.values()) {
    for (const name of endings.names) for (const i of name.at) endings.occurrences.push(i);
    endings.occurrences.sort((a, b) => a - b);
  }
  return byEnding;
}

/**
 * The full-name mention that mention `self` joins, among the longer names that end with its
 * words: when they belong to one entity, their first occurrence; else the nearest one before
 * it (else the first).
 */
function fullNameFor(endings: Endings | undefined, self: number, sorted: Mention[], uf: UnionFind): number | null {
  if (!endings) return null;
  const occurrences = endings.occurrences;
  // `self` is among them when it differs from a longer name by a title only ("Mr Smith").
  const first = occurrences[0] !== self ? occurrences[0] : occurrences[1];
  if (first === undefined) return null;
  // The last occurrence starting before `self` (occurrences are in start order).
  const start = sorted[self].start;
  let lo = 0;
  let hi = occurrences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[occurrences[mid]].start < start) lo = mid + 1;
    else hi = mid;
  }
  const lastBefore = lo > 0 ? occurrences[lo - 1] : -1;
  if (lastBefore < 0) return first;
  // One entity or several: stop at the second one found.
  let root = -1;
  for (const name of endings.names) {
    const other = name.at[0] !== self ? name.at[0] : name.at[1];
    if (other === undefined) continue;
    const r = uf.find(other);
    if (root < 0) root = r;
    else if (r !== root) return lastBefore;
  }
  return first;
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

export function mergeMentions(text: string, mentions: Mention[]): Entity[] {
  const sorted = joinAtCommas(
    text,
    mentions.map((m) => ({ ...m, type: contextualType(text, m) })).sort((a, b) => a.start - b.start),
  );
  const names = sorted.map((m) => normalizeName(m.text));
  // Split once: every step below asks for them.
  const nameWords = names.map(words);
  const uf = new UnionFind(sorted.length);

  // 1. Same surface form (case-insensitive) and compatible type.
  const byName = new Map<string, number>();
  sorted.forEach((m, i) => {
    const key = names[i].toLowerCase();
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

  // 3. People: a shorter name whose words end a longer person name ("Stoltenberg",
  //    "Mr Stoltenberg") joins the nearest earlier full name, else the first.
  const fullNames = fullNamesByEnding(sorted, names, nameWords);
  sorted.forEach((m, i) => {
    const w = nameWords[i].filter((x) => !isHonorific(x));
    if (w.length === 0 || isAcronym(names[i])) return;
    const chosen = w.length <= MAX_ENDING_WORDS ? fullNameFor(fullNames.get(w.join(' ')), i, sorted, uf) : null;
    if (chosen !== null) uf.union(chosen, i);
  });

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
