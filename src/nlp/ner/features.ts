/**
 * Sentence-level feature extraction for the sequence tagger. Every feature is a 32-bit hash.
 * Word features (word-info.ts) sit in a window around the token; the features here depend on
 * the sentence: neighbour conjunctions, shapes in context, sentence position, all-caps lines,
 * gazetteer matches, and the document-level counts of the second pass
 * (document-features.ts holds the rest of the document-level features).
 */
import { mix } from './hash';
import type { HashSink } from './hash-list';
import { Lexicon } from './lexicon';
import { typeIndex } from './labels';
import { T } from './templates';
import type { DocContext } from './document-features';
import type { WordInfo } from './word-info';

export * from './word-info';
export * from './document-features';

/** One sentence prepared for feature extraction. */
export interface SentenceContext {
  infos: WordInfo[];
  allCaps: boolean;
  /**
   * Gazetteer match per token: (bitmask of lists << 3) | 1 if the match starts here, 2 if it
   * continues | 4 if it is longer than one token. 0 = none.
   */
  gaz: Int32Array;
  /** First-pass tag per token (second pass only). */
  pass1?: Int32Array;
}

/** Longest-match gazetteer lookup over the sentence. */
export function gazetteerMatches(infos: readonly WordInfo[], lexicon: Lexicon): Int32Array {
  const out = new Int32Array(infos.length);
  if (lexicon.maxPhrase === 0) return out;
  let i = 0;
  while (i < infos.length) {
    let best = 0;
    let bestMask = 0;
    const w = infos[i];
    if (w.cap) {
      // The one-word lookups are cached on the word info (per gazetteer).
      if (w.gazOf !== lexicon.gazetteer || w.gazPrefixesOf !== lexicon.gazetteerPrefixes) {
        w.gazOf = lexicon.gazetteer;
        w.gazPrefixesOf = lexicon.gazetteerPrefixes;
        const m = lexicon.gazetteer.get(w.lower);
        w.gazMask = m === undefined ? -1 : m;
        w.gazPrefix = lexicon.gazetteerPrefixes.has(w.lower);
      }
      if (w.gazMask !== -1) {
        best = 1;
        bestMask = w.gazMask;
      }
      let phrase = w.lower;
      for (let n = 2; w.gazPrefix && n <= lexicon.maxPhrase && i + n <= infos.length; n++) {
        phrase = `${phrase} ${infos[i + n - 1].lower}`;
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
export function shapeFeatures(s: SentenceContext, t: number, out: HashSink): void {
  const infos = s.infos;
  const w = infos[t];
  const prev = t > 0 ? infos[t - 1] : null;
  const next = t + 1 < infos.length ? infos[t + 1] : null;
  const pS = prev ? prev.shapeHash : 17;
  const nS = next ? next.shapeHash : 19;
  out.push(T.BIAS);
  if (t === 0) out.push(mix(T.FIRST_SHAPE, w.shapeHash));
  out.push(mix(mix(mix(T.SHAPE3, pS), w.shapeHash), nS));
  out.push(mix(mix(T.SHAPE_L, pS), w.shapeHash));
  out.push(mix(mix(T.SHAPE_R, w.shapeHash), nS));
  if (s.allCaps) out.push(mix(T.CAPS_LOWER, 7));
  if (w.letter) {
    const ctx = (t === 0 ? 1 : 0) + (s.allCaps ? 2 : 0) + (w.cap ? 4 : 0) + (prev !== null && !prev.letter ? 8 : 0);
    out.push(mix(mix(T.CASE_PRIOR_CTX, w.casePrior + 1), ctx));
  }
}

/** Push the token features of token `t` of sentence `s`. */
export function tokenFeatures(s: SentenceContext, doc: DocContext, t: number, out: HashSink): void {
  const infos = s.infos;
  const n = infos.length;
  const w = infos[t];
  const prev = t > 0 ? infos[t - 1] : null;
  const next = t + 1 < n ? infos[t + 1] : null;
  const pL = prev ? prev.lowerHash : 11;
  const nL = next ? next.lowerHash : 13;
  if (t === 0) out.push(mix(T.FIRST_LOWER, w.lowerHash));
  out.push(mix(mix(T.BIGRAM_L, pL), w.lowerHash));
  out.push(mix(mix(T.BIGRAM_R, w.lowerHash), nL));
  if (s.allCaps) out.push(mix(T.CAPS_LOWER, w.lowerHash));
  if (w.letter && (t === 0 || s.allCaps || w.allCaps || (prev !== null && !prev.letter))) {
    const c = doc.casing.get(w.lower) ?? 0;
    const code = c * 4 + (w.cap ? 2 : 0) + (s.allCaps ? 1 : 0);
    out.push(mix(T.DOC_CASE, code));
    out.push(mix(mix(T.DOC_CASE_SHAPE, code), w.shapeHash));
  }
  const g = s.gaz[t];
  if (g !== 0) {
    out.push(mix(T.GAZ_MATCH, g >> 3));
    out.push(mix(T.GAZ_MATCH_LEN, g));
    out.push(mix(mix(T.GAZ_MATCH, g), w.shapeHash));
  }
  const gp = t > 0 ? s.gaz[t - 1] : 0;
  const gn = t + 1 < n ? s.gaz[t + 1] : 0;
  if (gp !== 0 || gn !== 0) out.push(mix(mix(T.GAZWORD, gp), gn));
  const p1 = s.pass1;
  if (p1) {
    const self = p1[t];
    const counts = doc.typeCounts?.get(w.lower);
    if (counts && w.letter) {
      // Exclude this occurrence's own first-pass vote.
      const ownIdx = typeIndex(self);
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
        out.push(mix(T.DOC_MAJ, best * 4 + bucket));
        out.push(mix(mix(T.DOC_MAJ_SHAPE, best * 4 + bucket), w.shapeHash));
        for (let k = 1; k < counts.length; k++) {
          if (counts[k] - (k === ownIdx ? 1 : 0) > 0) out.push(mix(T.DOC_HAS, k));
        }
      }
    }
  }
}

