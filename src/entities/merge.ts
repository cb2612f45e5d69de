/**
 * Merge entity mentions of one document into entities: the same name, a surname and the
 * full name ("Stoltenberg" → "Jens Stoltenberg"), an acronym and its expansion
 * ("North Atlantic Treaty Organisation (NATO)"). The entity's name is its fullest form.
 */
import { Entity, EntityType, TextSpan } from '../types';
import { contextualType } from './context-type';

export interface Mention extends TextSpan {
  type: EntityType;
}

const CONNECTIVES = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'on', 'in', '&']);
const HONORIFICS = /^(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|president|prime|minister|gen|general|sen|senator|rep|gov|governor|judge|justice|king|queen|prince|princess|pope|rev|st)\.?$/i;

/** Normalised surface form: white space collapsed, possessive and quotes dropped. */
export function normalizeName(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[’']s$/, '')
    .replace(/^[“"'‘]+|[”"'’]+$/g, '')
    .trim();
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
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
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
    const honorific = HONORIFICS.test(nameWords[i][0] ?? '') ? 1 : 0;
    const score = (group[i].type === type ? 1000 : 0) + (isAcronym(name) ? 0 : 500) + nameWords[i].length * 50 - honorific * 60 + name.length;
    if (score > bestScore) {
      best = name;
      bestScore = score;
    }
  });
  return best;
}

export function mergeMentions(text: string, mentions: Mention[]): Entity[] {
  const sorted = mentions
    .map((m) => ({ ...m, type: contextualType(text, m) }))
    .sort((a, b) => a.start - b.start);
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
  const people = sorted
    .map((m, i) => ({ i, w: nameWords[i] }))
    .filter(({ i, w }) => sorted[i].type === 'PERSON' && w.length > 1);
  const peopleByLastWord = new Map<string, typeof people>();
  for (const p of people) {
    const last = p.w[p.w.length - 1];
    peopleByLastWord.set(last, [...(peopleByLastWord.get(last) ?? []), p]);
  }
  sorted.forEach((m, i) => {
    const w = nameWords[i].filter((x) => !HONORIFICS.test(x));
    if (w.length === 0 || isAcronym(names[i])) return;
    const candidates = (peopleByLastWord.get(w[w.length - 1]) ?? []).filter(
      (p) => p.i !== i && p.w.length > w.length && w.every((x, k) => p.w[p.w.length - w.length + k] === x),
    );
    if (candidates.length === 0) return;
    const distinct = new Set(candidates.map((c) => uf.find(c.i)));
    const before = candidates.filter((c) => sorted[c.i].start < m.start);
    const chosen = distinct.size === 1 ? candidates[0] : before[before.length - 1] ?? candidates[0];
    uf.union(chosen.i, i);
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
