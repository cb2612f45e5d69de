/**
 * Document-level features: how a word is cased elsewhere in the document, the neighbours of
 * all its capitalised occurrences (context aggregation), and in the second pass the first
 * pass's predictions (for the token and its neighbours, and by word over the document).
 */
import { mix } from './hash';
import type { HashSink } from './hash-list';
import { NUM_TAGS, typeIndex, TYPES } from './labels';
import { T } from './templates';
import type { SentenceContext } from './features';
import { sentenceIsAllCaps, WordInfo } from './word-info';

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
  typeCounts?: Map<string, number[]>;
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
export function aggregateFeatures(s: SentenceContext, doc: DocContext, t: number, out: HashSink): void {
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
    const prevPunct = !infos[i - 1].letter && infos[i - 1].openPunct;
    if (prevPunct) continue;
    let bits = 0;
    if (!w.cap) bits = 1;
    else if (!caps && !w.allCaps) bits = 2;
    if (bits) {
      const had = casing.get(w.lower) ?? 0;
      if ((had | bits) !== had) casing.set(w.lower, had | bits);
    }
  }
}

const NO_PRED = NUM_TAGS;

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
export function predictionFeatures(code: number, out: HashSink): void {
  if (code < 0) return;
  const right = code % (NUM_TAGS + 1);
  const left = Math.floor(code / (NUM_TAGS + 1)) % (NUM_TAGS + 1);
  const self = Math.floor(code / ((NUM_TAGS + 1) * (NUM_TAGS + 1)));
  out.push(mix(T.P1_SELF, self));
  out.push(mix(T.P1_LEFT, left));
  out.push(mix(T.P1_RIGHT, right));
  out.push(mix(mix(mix(T.P1_LR, left), self), right));
}

if (TYPES.length !== 4) throw new Error('countTypes assumes the four CoNLL types');

/**
 * First-pass type counts per lower form over a document: [O, PER, LOC, ORG, MISC] (small plain
 * arrays: a typed array per word would cost three objects and twice the memory).
 */
export function countTypes(sentences: readonly SentenceContext[], pass1: readonly Int32Array[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let si = 0; si < sentences.length; si++) {
    const infos = sentences[si].infos;
    const tags = pass1[si];
    for (let t = 0; t < infos.length; t++) {
      const w = infos[t];
      if (!w.letter) continue;
      let c = out.get(w.lower);
      if (!c) {
        c = [0, 0, 0, 0, 0];
        out.set(w.lower, c);
      }
      c[typeIndex(tags[t])]++;
    }
  }
  return out;
}
