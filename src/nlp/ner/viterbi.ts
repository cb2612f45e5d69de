/**
 * First-order Viterbi decoding with hard transition constraints (I-X only after B-X / I-X).
 */
import { allowedTransitions, NUM_TAGS } from './labels';

const ALLOWED = allowedTransitions();
const L = NUM_TAGS;

/**
 * For each tag y, the tags allowed before it, in increasing order: PRED_LIST[PRED_START[y] ..
 * PRED_START[y + 1]) (row L = sentence start is handled apart).
 */
const PRED_START = new Int32Array(L + 1);
const PRED_LIST: Int32Array = (() => {
  const ps: number[] = [];
  for (let y = 0; y < L; y++) {
    PRED_START[y] = ps.length;
    for (let p = 0; p < L; p++) if (ALLOWED[p * L + y]) ps.push(p);
  }
  PRED_START[L] = ps.length;
  return Int32Array.from(ps);
})();

/** Tags that may follow any tag (O and B-X): their best predecessor is a plain loop over all tags. */
const FROM_ANY: Uint8Array = Uint8Array.from({ length: L }, (_, y) => (PRED_START[y + 1] - PRED_START[y] === L ? 1 : 0));

/**
 * The transition scores into each tag, filled from `trans` at each call (training changes
 * them between calls): into[y * L + p] = trans[p * L + y], so the loop over predecessors reads
 * one run of memory; float64 holds every float32 exactly.
 */
const into = new Float64Array(L * L);

let scoreBuf = new Float64Array(256 * L);
let backBuf = new Int32Array(256 * L);

/**
 * Best tag sequence. `emissions[t * L + y]` scores tag y at token t; `trans[p * L + y]` scores
 * the transition p→y, with row L the sentence start. Disallowed transitions are never taken.
 */
export function viterbi(emissions: Float32Array | Float64Array, n: number, trans: Float32Array | Float64Array): Int32Array {
  const out = new Int32Array(n);
  if (n === 0) return out;
  if (scoreBuf.length < n * L) {
    scoreBuf = new Float64Array(n * L * 2);
    backBuf = new Int32Array(n * L * 2);
  }
  const score = scoreBuf;
  const back = backBuf;
  const preds = PRED_LIST;
  const start = PRED_START;
  for (let p = 0; p < L; p++) for (let y = 0; y < L; y++) into[y * L + p] = trans[p * L + y];
  for (let y = 0; y < L; y++) {
    score[y] = ALLOWED[L * L + y] ? emissions[y] + trans[L * L + y] : -Infinity;
  }
  for (let t = 1; t < n; t++) {
    const base = t * L;
    const prevBase = base - L;
    for (let y = 0; y < L; y++) {
      // Predecessors in increasing order, a later one taken only when strictly better.
      let arg: number;
      let best: number;
      if (FROM_ANY[y] === 1) {
        const row = y * L;
        arg = 0;
        best = score[prevBase] + into[row];
        for (let p = 1; p < L; p++) {
          const s = score[prevBase + p] + into[row + p];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
      } else {
        const from = start[y];
        const to = start[y + 1];
        arg = preds[from];
        best = score[prevBase + arg] + trans[arg * L + y];
        for (let k = from + 1; k < to; k++) {
          const p = preds[k];
          const s = score[prevBase + p] + trans[p * L + y];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
      }
      score[base + y] = best + emissions[base + y];
      back[base + y] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * L;
  for (let y = 0; y < L; y++) {
    if (score[last + y] > best) {
      best = score[last + y];
      arg = y;
    }
  }
  for (let t = n - 1; t >= 0; t--) {
    out[t] = arg;
    arg = back[t * L + arg];
  }
  return out;
}
