/**
 * Word features: everything about one word string ("atoms": its form, lower-cased form,
 * shapes, affixes, clusters, casing prior, parts of hyphenated words), placed at a window
 * offset -2..+2 around the current token. They depend only on the word and the offset, so
 * the tagger caches their summed weights per word.
 */
import { fnv1a, fnv1aRange, mix } from './hash';
import { Lexicon, StringSet } from './lexicon';
import { StringLookup } from './string-table';
import { normalizeToken } from './normalize';
import { asciiShapeHashes, hasLetter, isAllCaps, isCapitalized, longShape, shortShape } from './shape';
import { T } from './templates';

export const WINDOW = 2;
const OFFSET_SALT = [0x1b873593, 0x2c1b3c6d, 0x297a2d39, 0x5bd1e995, 0x68e31da4];

/** Offsets at which an atom is used, as a bitmask over offset+WINDOW. */
const ALL = 0b11111;
const NEAR = 0b01110;
const SELF = 0b00100;

/** Everything the tagger needs about one word string, computed once and cached. */
export interface WordInfo {
  /** The CoNLL-normalised form. */
  norm: string;
  lower: string;
  atoms: number[];
  masks: number[];
  lowerHash: number;
  shapeHash: number;
  cap: boolean;
  allCaps: boolean;
  letter: boolean;
  /** Casing-prior bucket from the lexicon, or -1. */
  casePrior: number;
  /**
   * Where the tagger keeps this word's summed word-feature weights (all window offsets) for
   * the first and second pass: an offset into its vector slab, or -1 if not computed yet.
   */
  vec1: number;
  vec2: number;
  /**
   * One-word gazetteer lookups, cached by gazetteerMatches for the gazetteer (and prefix set)
   * they were made in: the word's list bitmask (-1: not a phrase) and whether it starts a
   * longer phrase.
   */
  gazOf: StringLookup | null;
  gazPrefixesOf: StringSet | null;
  gazMask: number;
  gazPrefix: boolean;
  /** The word is made only of opening punctuation (quotes, brackets, dashes, colons): see addCasing. */
  openPunct: boolean;
  /**
   * Kept by WordInfoCache to choose what to keep when it is full: in how many documents the
   * word was seen (halved at each eviction it survives), and the last of them.
   */
  docs: number;
  lastDoc: number;
}

function addAtom(info: WordInfo, atom: number, mask: number): void {
  info.atoms.push(atom);
  info.masks.push(mask);
}

/** Lower-case, with digits mapped to 0 so numbers share statistics. */
export function lowerForm(norm: string): string {
  const lower = norm.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 48 && c <= 57) return lower.replace(/\d/g, '0');
  }
  return lower;
}

/** Atom hashes of each cluster's path (by cluster id and level), per clusterPaths array. */
const clusterAtomCache = new WeakMap<string[][], number[][]>();

function clusterAtoms(lexicon: Lexicon, id: number): number[] {
  let byId = clusterAtomCache.get(lexicon.clusterPaths);
  if (byId === undefined) {
    byId = [];
    clusterAtomCache.set(lexicon.clusterPaths, byId);
  }
  let atoms = byId[id];
  if (atoms === undefined) {
    atoms = lexicon.clusterPaths[id].map((c, level) => fnv1a(c, T.CLUSTER + 100 * level));
    byId[id] = atoms;
  }
  return atoms;
}

/** Only opening punctuation (as /^["'(`\-:]+$/): before a capitalised word, see addCasing. */
function isOpenPunct(norm: string): boolean {
  if (norm.length === 0) return false;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    // " ' ( ` - :
    if (c !== 34 && c !== 39 && c !== 40 && c !== 96 && c !== 45 && c !== 58) return false;
  }
  return true;
}

const UNK_CLUSTER = fnv1a('<unk>', T.CLUSTER);
const shapeScratch: number[] = [0, 0];

export function computeWordInfo(word: string, lexicon: Lexicon): WordInfo {
  const norm = normalizeToken(word);
  const lower = lowerForm(norm);
  // Shape hashes straight from the character codes for ASCII words (the common case).
  const sh = shapeScratch;
  const ascii = asciiShapeHashes(norm, T.SHAPE, T.LSHAPE, sh);
  const info: WordInfo = {
    norm,
    lower,
    atoms: [],
    masks: [],
    lowerHash: fnv1a(lower, T.LOWER),
    shapeHash: ascii ? sh[0] : fnv1a(shortShape(norm), T.SHAPE),
    cap: isCapitalized(norm),
    allCaps: isAllCaps(norm),
    letter: hasLetter(norm),
    casePrior: lexicon.casing.get(lower) ?? -1,
    vec1: -1,
    vec2: -1,
    gazOf: null,
    gazPrefixesOf: null,
    gazMask: -1,
    gazPrefix: false,
    openPunct: isOpenPunct(norm),
    docs: 0,
    lastDoc: -1,
  };
  addAtom(info, fnv1a(norm, T.WORD), NEAR);
  addAtom(info, info.lowerHash, ALL);
  addAtom(info, info.shapeHash, ALL);
  addAtom(info, ascii ? sh[1] : fnv1a(longShape(norm), T.LSHAPE), SELF);
  // Prefixes and suffixes hashed in place (same hashes as fnv1a of the slices).
  for (let n = 1; n <= 4 && n <= norm.length; n++) {
    addAtom(info, fnv1aRange(norm, 0, n, T.PREFIX + 100 * n), SELF);
    addAtom(info, fnv1aRange(lower, Math.max(0, lower.length - n), lower.length, T.SUFFIX + 100 * n), n === 3 ? NEAR : SELF);
  }
  const id = lexicon.clusters.get(lower);
  if (id !== undefined) {
    const path = clusterAtoms(lexicon, id);
    for (let level = 0; level < path.length; level++) addAtom(info, path[level], level === path.length - 1 ? ALL : NEAR);
  } else {
    addAtom(info, UNK_CLUSTER, NEAR);
  }
  if (info.letter) addAtom(info, mix(T.CASE_PRIOR, info.casePrior + 1), NEAR);
  // Parts of hyphenated compounds ("NATO-Russia", "US-led", "ex-Soviet").
  if (norm.length > 2 && norm.indexOf('-', 1) > 0 && norm.indexOf('-', 1) < norm.length - 1) {
    const parts = norm.split('-').filter((p) => p.length > 0);
    parts.forEach((part, k) => {
      const pos = k === 0 ? 0 : k === parts.length - 1 ? 2 : 1;
      const pl = lowerForm(part);
      addAtom(info, mix(fnv1a(pl, T.HYPHEN_PART), pos), SELF);
      addAtom(info, mix(fnv1a(shortShape(part), T.HYPHEN_SHAPE), pos), SELF);
      const pid = lexicon.clusters.get(pl);
      if (pid !== undefined) {
        const path = lexicon.clusterPaths[pid];
        addAtom(info, mix(fnv1a(path[path.length - 1], T.HYPHEN_CLUSTER), pos), SELF);
        addAtom(info, mix(fnv1a(path[0], T.HYPHEN_CLUSTER + 100), pos), SELF);
      }
    });
  }
  return info;
}

const NO_ATOMS: number[] = [];

/**
 * Drop a word's atoms (and their masks) once the tagger has summed them into weight vectors
 * for every pass: it never reads them again.
 */
export function releaseAtoms(info: WordInfo): void {
  info.atoms = NO_ATOMS;
  info.masks = NO_ATOMS;
}

/** Pseudo-words beyond the sentence edges. */
export function boundaryInfo(which: 'start' | 'end'): WordInfo {
  const h = fnv1a(which, T.BOUNDARY);
  return {
    norm: '', lower: '', atoms: [h], masks: [ALL], lowerHash: h, shapeHash: h,
    cap: false, allCaps: false, letter: false, casePrior: -1, vec1: -1, vec2: -1,
    gazOf: null, gazPrefixesOf: null, gazMask: -1, gazPrefix: false, openPunct: false,
    docs: 0, lastDoc: -1,
  };
}

/** Hash of word atom `atom` seen at window offset `offset` (−WINDOW..WINDOW). */
export function atomAt(atom: number, offset: number): number {
  return mix(atom, OFFSET_SALT[offset + WINDOW]);
}

/** Push the hashes of the word features of `info` at `offset`. */
export function wordFeatures(info: WordInfo, offset: number, out: number[]): void {
  const bit = 1 << (offset + WINDOW);
  for (let k = 0; k < info.atoms.length; k++) {
    if (info.masks[k] & bit) out.push(atomAt(info.atoms[k], offset));
  }
}

/** An all-caps line (a wire headline): every word with letters is upper-case, and there are two or more. */
export function sentenceIsAllCaps(infos: readonly WordInfo[]): boolean {
  let letters = 0;
  for (const w of infos) {
    if (!w.letter) continue;
    letters++;
    if (!w.allCaps) return false;
  }
  return letters >= 2;
}
