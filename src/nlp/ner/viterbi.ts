/**
 * First-order Viterbi decoding with hard transition constraints (I-X only after B-X / I-X).
 */
import { allowedTransitions, NUM_TAGS } from './labels';

const ALLOWED = allowedTransitions();
const L = NUM_TAGS;

/**
 * Best tag sequence. `emissions[t * L + y]` scores tag y at token t; `trans[p * L + y]` scores
 * the transition p→y, with row L the sentence start. Disallowed transitions are never taken.
 */
export function viterbi(emissions: Float32Array | Float64Array, n: number, trans: Float32Array | Float64Array): Int32Array {
  const out = new Int32Array(n);
  if (n === 0) return out;
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let y = 0; y < L; y++) {
    score[y] = ALLOWED[L * L + y] ? emissions[y] + trans[L * L + y] : -Infinity;
  }
  for (let t = 1; t < n; t++) {
    const base = t * L;
    const prevBase = base - L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[p * L + y]) continue;
        const s = score[prevBase + p] + trans[p * L + y];
        if (s > best) {
          best = s;
          arg = p;
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
