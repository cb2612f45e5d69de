/**
 * The tag set (BIO / IOB2 over the four CoNLL types), conversions from the CoNLL-2003
 * IOB1 scheme, chunk extraction, and the allowed-transition table used by decoding.
 */

export const TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;
export type ConllType = (typeof TYPES)[number];

/** Index 0 is O; then B-/I- for each type in TYPES order. */
export const TAGS: readonly string[] = ['O', ...TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const NUM_TAGS = TAGS.length;
const TAG_INDEX = new Map(TAGS.map((t, i) => [t, i]));

export function tagIndex(tag: string): number {
  const i = TAG_INDEX.get(tag);
  if (i === undefined) throw new Error(`unknown tag ${tag}`);
  return i;
}

/** Index of a tag's type in [O, ...TYPES]: 0 for O (same as indexOf of tagType, + 1). */
export function typeIndex(i: number): number {
  return i === 0 ? 0 : ((i - 1) >> 1) + 1;
}

/** Type of a tag index, or null for O. */
export function tagType(i: number): ConllType | null {
  return i === 0 ? null : TYPES[(i - 1) >> 1];
}

export function isBegin(i: number): boolean {
  return i !== 0 && (i - 1) % 2 === 0;
}

/** An entity chunk: tokens [start, end) of type `type`. */
export interface Chunk {
  type: string;
  start: number;
  end: number;
}

/**
 * Chunks of a tag sequence, conlleval-style: works for IOB1 and IOB2 alike. A chunk starts at
 * B-X, or at I-X when the previous tag is O or of another type; it ends before O, B-*, or a
 * different type.
 */
export function chunksOf(tags: readonly string[]): Chunk[] {
  return chunksBy(tags.length, (i) => (tags[i].startsWith('O') ? null : tags[i].slice(2)), (i) => tags[i].startsWith('I'));
}

/** chunksOf for tag indices (TAGS order), as the tagger returns them: no tag names made. */
export function chunksOfIndices(tags: ArrayLike<number>): Chunk[] {
  return chunksBy(tags.length, (i) => tagType(tags[i]), (i) => tags[i] !== 0 && !isBegin(tags[i]));
}

/** The chunking of chunksOf over n tags: `typeAt(i)` (null for O) and whether tag i is an I- tag. */
function chunksBy(n: number, typeAt: (i: number) => string | null, inside: (i: number) => boolean): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  for (let i = 0; i < n; i++) {
    const type = typeAt(i);
    if (cur !== null && type !== null && inside(i) && cur.type === type) {
      cur.end = i + 1;
    } else {
      if (cur) out.push(cur);
      cur = type === null ? null : { type, start: i, end: i + 1 };
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** Convert any IOB1/IOB2 sequence to IOB2 (BIO) tags. */
export function toBio(tags: readonly string[]): string[] {
  const out: string[] = tags.map(() => 'O');
  for (const c of chunksOf(tags)) {
    out[c.start] = `B-${c.type}`;
    for (let i = c.start + 1; i < c.end; i++) out[i] = `I-${c.type}`;
  }
  return out;
}

/** Convert any IOB1/IOB2 sequence to IOB1 (B- only between adjacent same-type chunks). */
export function toIob1(tags: readonly string[]): string[] {
  const out: string[] = tags.map(() => 'O');
  let prev: Chunk | null = null;
  for (const c of chunksOf(tags)) {
    const adjacent = prev !== null && prev.end === c.start && prev.type === c.type;
    for (let i = c.start; i < c.end; i++) out[i] = `I-${c.type}`;
    if (adjacent) out[c.start] = `B-${c.type}`;
    prev = c;
  }
  return out;
}

/**
 * allowed[prev * NUM_TAGS + next]: may tag `next` follow tag `prev`? I-X may only follow B-X or
 * I-X. Row index NUM_TAGS stands for the sentence start.
 */
export function allowedTransitions(): Uint8Array {
  const allowed = new Uint8Array((NUM_TAGS + 1) * NUM_TAGS);
  for (let prev = 0; prev <= NUM_TAGS; prev++) {
    for (let next = 0; next < NUM_TAGS; next++) {
      let ok = true;
      if (next !== 0 && !isBegin(next)) {
        ok = prev < NUM_TAGS && prev !== 0 && tagType(prev) === tagType(next);
      }
      allowed[prev * NUM_TAGS + next] = ok ? 1 : 0;
    }
  }
  return allowed;
}

/** Is this BIO sequence valid (no I-X after O, start, or another type)? */
export function isValidBio(tags: readonly string[]): boolean {
  for (let i = 0; i < tags.length; i++) {
    if (!tags[i].startsWith('I-')) continue;
    const prev = i === 0 ? 'O' : tags[i - 1];
    if (prev === 'O' || prev.slice(2) !== tags[i].slice(2)) return false;
  }
  return true;
}
