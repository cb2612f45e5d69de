/**
 * Feature extraction for the sequence tagger. Every feature is a 32-bit hash.
 *
 * Two kinds of feature:
 * - word features ("atoms" of a word, e.g. its lower-cased form or shape) placed at a window
 *   offset -2..+2 around the current token. They depend only on the word string and the
 *   offset, so the tagger caches their summed weights per word (see scorer.ts);
 * - token features that depend on the sentence/document (conjunctions of neighbours,
 *   sentence position, gazetteer matches, document-level evidence, first-pass predictions).
 */
import { fnv1a, mix } from './hash';
import { Lexicon } from './lexicon';
import { normalizeToken } from './normalize';
import { hasLetter, isAllCaps, isCapitalized, longShape, shortShape } from './shape';
import { NUM_TAGS, tagType, TYPES } from './labels';

/** Template ids (salts). Changing them invalidates trained models. */
const T = {
  WORD: 1, LOWER: 2, SHAPE: 3, LSHAPE: 4, PREFIX: 5, SUFFIX: 6, CLUSTER: 7, GAZWORD: 8, BOUNDARY: 9,
  BIAS: 20, FIRST_SHAPE: 21, FIRST_LOWER: 22, BIGRAM_L: 23, BIGRAM_R: 24, SHAPE3: 25, SHAPE_L: 26,
  SHAPE_R: 27, CAPS_LOWER: 28, DOC_CASE: 29, DOC_CASE_SHAPE: 30, GAZ_MATCH: 31, GAZ_MATCH_LEN: 32,
  P1_SELF: 40, P1_LEFT: 41, P1_RIGHT: 42, DOC_MAJ: 43, DOC_HAS: 44, DOC_PREV: 45, DOC_MAJ_SHAPE: 46,
  P1_LR: 47, HYPHEN_PART: 48, HYPHEN_CLUSTER: 49, HYPHEN_SHAPE: 50, AGG_LEFT: 51, AGG_RIGHT: 52, CASE_PRIOR: 56, CASE_PRIOR_CTX: 57,
} as const;

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
  /** Summed word-feature weights per window offset, one slot per model pass (filled by the tagger). */
  vecs: Array<Float32Array | null>;
}

function addAtom(info: WordInfo, atom: number, mask: number): void {
  info.atoms.push(atom);
  info.masks.push(mask);
}

/** Lower-case, with digits mapped to 0 so numbers share statistics. */
export function lowerForm(norm: string): string {
  const lower = norm.toLowerCase();
  return /\d/.test(lower) ? lower.replace(/\d/g, '0') : lower;
}

export function computeWordInfo(word: string, lexicon: Lexicon): WordInfo {
  const norm = normalizeToken(word);
  const lower = lowerForm(norm);
  const shape = shortShape(norm);
  const info: WordInfo = {
    norm,
    lower,
    atoms: [],
    masks: [],
    lowerHash: fnv1a(lower, T.LOWER),
    shapeHash: fnv1a(shape, T.SHAPE),
    cap: isCapitalized(norm),
    allCaps: isAllCaps(norm),
    letter: hasLetter(norm),
    casePrior: lexicon.casing.get(lower) ?? -1,
    vecs: [null, null],
  };
  addAtom(info, fnv1a(norm, T.WORD), NEAR);
  addAtom(info, info.lowerHash, ALL);
  addAtom(info, info.shapeHash, ALL);
  addAtom(info, fnv1a(longShape(norm), T.LSHAPE), SELF);
  for (let n = 1; n <= 4 && n <= norm.length; n++) {
    addAtom(info, fnv1a(norm.slice(0, n), T.PREFIX + 100 * n), SELF);
    addAtom(info, fnv1a(lower.slice(-n), T.SUFFIX + 100 * n), n === 3 ? NEAR : SELF);
  }
  const id = lexicon.clusters.get(lower);
  if (id !== undefined) {
    const path = lexicon.clusterPaths[id];
    path.forEach((c, level) => addAtom(info, fnv1a(c, T.CLUSTER + 100 * level), level === path.length - 1 ? ALL : NEAR));
  } else {
    addAtom(info, fnv1a('<unk>', T.CLUSTER), NEAR);
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

/** Pseudo-words beyond the sentence edges. */
export function boundaryInfo(which: 'start' | 'end'): WordInfo {
  const h = fnv1a(which, T.BOUNDARY);
  return {
    norm: '', lower: '', atoms: [h], masks: [ALL], lowerHash: h, shapeHash: h,
    cap: false, allCaps: false, letter: false, casePrior: -1, vecs: [null, null],
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

/** Document-level facts used by the features of every sentence in the document. */
export interface DocContext {
  /** lower form → bit 1: seen lower-case mid-sentence; bit 2: seen capitalised mid-sentence (not in an all-caps line). */
  casing: Map<string, number>;
  /**
   * Context aggregation: lower form of a capitalised word → hashes of the words seen next to
   * its occurrences anywhere in the document (left and right neighbours, deduplicated).
   */
  contexts?: Map<string, number[]>;
  /**
   * First-pass evidence, present in the second pass: lower form → counts of first-pass tags
   * by type over the document ([O, PER, LOC, ORG, MISC]).
   */
  typeCounts?: Map<string, Int32Array>;
}

/** One sentence prepared for feature extraction. */
export interface SentenceContext {
  infos: WordInfo[];
  allCaps: boolean;
  /** Gazetteer match per token: (bitmask of lists << 2) | (1 if match starts here, 2 if it continues). 0 = none. */
  gaz: Int32Array;
  /** First-pass tag per token (second pass only). */
  pass1?: Int32Array;
}

export function sentenceIsAllCaps(infos: readonly WordInfo[]): boolean {
  let letters = 0;
  for (const w of infos) {
    if (!w.letter) continue;
    letters++;
    if (!w.allCaps) return false;
  }
  return letters >= 2;
}

/** Longest-match gazetteer lookup over the sentence. */
export function gazetteerMatches(infos: readonly WordInfo[], lexicon: Lexicon): Int32Array {
  const out = new Int32Array(infos.length);
  if (lexicon.maxPhrase === 0) return out;
  let i = 0;
  while (i < infos.length) {
    let best = 0;
    let bestMask = 0;
    if (infos[i].cap) {
      let phrase = '';
      for (let n = 1; n <= lexicon.maxPhrase && i + n <= infos.length; n++) {
        phrase = n === 1 ? infos[i].lower : `${phrase} ${infos[i + n - 1].lower}`;
        const m = lexicon.gazetteer.get(phrase);
        if (m !== undefined) {
          best = n;
          bestMask = m;
        }
        if (!lexicon.gazetteerPrefixes.has(phrase)) break;
      }
    }
    if (best === 0) {
      i++;
      continue;
    }
    out[i] = (bestMask << 3) | 1 | (best > 1 ? 4 : 0);
    for (let k = 1; k < best; k++) out[i + k] = (bestMask << 3) | 2 | 4;
    i += best;
  }
  return out;
}

const MAX_CONTEXTS = 16;

/** Add the neighbours of capitalised words in one sentence to the document's aggregated contexts. */
export function addContexts(contexts: Map<string, number[]>, infos: readonly WordInfo[]): void {
  for (let i = 0; i < infos.length; i++) {
    const w = infos[i];
    if (!w.cap || !w.letter) continue;
    let list = contexts.get(w.lower);
    if (!list) {
      list = [];
      contexts.set(w.lower, list);
    }
    if (list.length >= MAX_CONTEXTS) continue;
    const left = i > 0 ? mix(T.AGG_LEFT, infos[i - 1].lowerHash) : mix(T.AGG_LEFT, 1);
    const right = i + 1 < infos.length ? mix(T.AGG_RIGHT, infos[i + 1].lowerHash) : mix(T.AGG_RIGHT, 1);
    if (!list.includes(left)) list.push(left);
    if (list.length < MAX_CONTEXTS && !list.includes(right)) list.push(right);
  }
}

/**
 * Context-aggregation features of token t (see addContexts). They depend only on the word and
 * the document, so the tagger sums their weights once per word and document.
 */
export function aggregateFeatures(s: SentenceContext, doc: DocContext, t: number, out: number[]): void {
  const w = s.infos[t];
  if (!w.cap || !doc.contexts) return;
  const list = doc.contexts.get(w.lower);
  if (list) for (let k = 0; k < list.length; k++) out.push(list[k]);
}

/** Update document casing facts with one sentence. */
export function addCasing(casing: Map<string, number>, infos: readonly WordInfo[]): void {
  const caps = sentenceIsAllCaps(infos);
  for (let i = 1; i < infos.length; i++) {
    const w = infos[i];
    if (!w.letter) continue;
    const prevPunct = !infos[i - 1].letter && /^["'(`\-:]+$/.test(infos[i - 1].norm);
    if (prevPunct) continue;
    let bits = 0;
    if (!w.cap) bits = 1;
    else if (!caps && !w.allCaps) bits = 2;
    if (bits) casing.set(w.lower, (casing.get(w.lower) ?? 0) | bits);
  }
}

const NO_PRED = NUM_TAGS;

/**
 * Key of the shape context of token t: everything shapeFeatures depends on (the shapes of the
 * token and its neighbours, sentence position and casing flags). The tagger caches the summed
 * weights of shapeFeatures per key.
 */
export function shapeKey(s: SentenceContext, t: number): number {
  const infos = s.infos;
  const w = infos[t];
  const prev = t > 0 ? infos[t - 1] : null;
  const next = t + 1 < infos.length ? infos[t + 1] : null;
  const flags = (t === 0 ? 1 : 0) | (s.allCaps ? 2 : 0) | (w.cap ? 4 : 0) | (prev !== null && !prev.letter ? 8 : 0)
    | (w.letter ? 16 : 0) | ((w.casePrior + 1) << 5);
  return mix(mix(mix(prev ? prev.shapeHash : 17, w.shapeHash), next ? next.shapeHash : 19), flags);
}

/** Features of the shape context of token t (bias, shape n-grams, position, casing prior). */
export function shapeFeatures(s: SentenceContext, t: number, out: number[]): void {
  const infos = s.infos;
  const w = infos[t];
  const prev = t > 0 ? infos[t - 1] : null;
  const next = t + 1 < infos.length ? infos[t + 1] : null;
  const pS = prev ? prev.shapeHash : 17;
  const nS = next ? next.shapeHash : 19;
  out.push(T.BIAS);
  if (t === 0) out.push(mix(T.FIRST_SHAPE, w.shapeHash));
  out.push(mix(mix(mix(T.SHAPE3, pS), w.shapeHash), nS));
  out.push(mix(mix(T.SHAPE_L, pS), w.shapeHash), mix(mix(T.SHAPE_R, w.shapeHash), nS));
  if (s.allCaps) out.push(mix(T.CAPS_LOWER, 7));
  if (w.letter) {
    const ctx = (t === 0 ? 1 : 0) + (s.allCaps ? 2 : 0) + (w.cap ? 4 : 0) + (prev !== null && !prev.letter ? 8 : 0);
    out.push(mix(mix(T.CASE_PRIOR_CTX, w.casePrior + 1), ctx));
  }
}

/** Push the token features of token `t` of sentence `s`. */
export function tokenFeatures(s: SentenceContext, doc: DocContext, t: number, out: number[]): void {
  const infos = s.infos;
  const n = infos.length;
  const w = infos[t];
  const prev = t > 0 ? infos[t - 1] : null;
  const next = t + 1 < n ? infos[t + 1] : null;
  const pL = prev ? prev.lowerHash : 11;
  const nL = next ? next.lowerHash : 13;
  if (t === 0) out.push(mix(T.FIRST_LOWER, w.lowerHash));
  out.push(mix(mix(T.BIGRAM_L, pL), w.lowerHash), mix(mix(T.BIGRAM_R, w.lowerHash), nL));
  if (s.allCaps) out.push(mix(T.CAPS_LOWER, w.lowerHash));
  if (w.letter && (t === 0 || s.allCaps || w.allCaps || (prev !== null && !prev.letter))) {
    const c = doc.casing.get(w.lower) ?? 0;
    const code = c * 4 + (w.cap ? 2 : 0) + (s.allCaps ? 1 : 0);
    out.push(mix(T.DOC_CASE, code), mix(mix(T.DOC_CASE_SHAPE, code), w.shapeHash));
  }
  const g = s.gaz[t];
  if (g !== 0) {
    out.push(mix(T.GAZ_MATCH, g >> 3), mix(T.GAZ_MATCH_LEN, g), mix(mix(T.GAZ_MATCH, g), w.shapeHash));
  }
  const gp = t > 0 ? s.gaz[t - 1] : 0;
  const gn = t + 1 < n ? s.gaz[t + 1] : 0;
  if (gp !== 0 || gn !== 0) out.push(mix(mix(T.GAZWORD, gp), gn));
  const p1 = s.pass1;
  if (p1) {
    const self = p1[t];
    const left = t > 0 ? p1[t - 1] : NO_PRED;
    const right = t + 1 < n ? p1[t + 1] : NO_PRED;
    const counts = doc.typeCounts?.get(w.lower);
    if (counts && w.letter) {
      // Exclude this occurrence's own first-pass vote.
      const own = tagType(self);
      const ownIdx = own === null ? 0 : TYPES.indexOf(own) + 1;
      let total = 0;
      let best = -1;
      let bestCount = 0;
      for (let k = 0; k < counts.length; k++) {
        const c = counts[k] - (k === ownIdx ? 1 : 0);
        total += c;
        if (c > bestCount) {
          bestCount = c;
          best = k;
        }
      }
      if (total > 0) {
        const frac = bestCount / total;
        const bucket = frac >= 0.99 ? 2 : frac >= 0.6 ? 1 : 0;
        out.push(mix(T.DOC_MAJ, best * 4 + bucket), mix(mix(T.DOC_MAJ_SHAPE, best * 4 + bucket), w.shapeHash));
        for (let k = 1; k < counts.length; k++) {
          if (counts[k] - (k === ownIdx ? 1 : 0) > 0) out.push(mix(T.DOC_HAS, k));
        }
      }
    }
  }
}

/**
 * First-pass tags of the token and its neighbours, as one small code (the tagger caches the
 * summed weights of predictionFeatures per code).
 */
export function predictionCode(s: SentenceContext, t: number): number {
  const p1 = s.pass1;
  if (!p1) return -1;
  const n = p1.length;
  const left = t > 0 ? p1[t - 1] : NO_PRED;
  const right = t + 1 < n ? p1[t + 1] : NO_PRED;
  return (p1[t] * (NUM_TAGS + 1) + left) * (NUM_TAGS + 1) + right;
}

/** Features of a prediction code: the first-pass tag of the token, its neighbours, and all three. */
export function predictionFeatures(code: number, out: number[]): void {
  if (code < 0) return;
  const right = code % (NUM_TAGS + 1);
  const left = Math.floor(code / (NUM_TAGS + 1)) % (NUM_TAGS + 1);
  const self = Math.floor(code / ((NUM_TAGS + 1) * (NUM_TAGS + 1)));
  out.push(mix(T.P1_SELF, self), mix(T.P1_LEFT, left), mix(T.P1_RIGHT, right));
  out.push(mix(mix(mix(T.P1_LR, left), self), right));
}

/** First-pass type counts per lower form over a document: [O, PER, LOC, ORG, MISC]. */
export function countTypes(sentences: readonly SentenceContext[], pass1: readonly Int32Array[]): Map<string, Int32Array> {
  const out = new Map<string, Int32Array>();
  sentences.forEach((s, si) => {
    s.infos.forEach((w, t) => {
      if (!w.letter) return;
      let c = out.get(w.lower);
      if (!c) {
        c = new Int32Array(TYPES.length + 1);
        out.set(w.lower, c);
      }
      const type = tagType(pass1[si][t]);
      c[type === null ? 0 : TYPES.indexOf(type) + 1]++;
    });
  });
  return out;
}
