/**
 * A trained linear model at run time: an open-addressing hash table from 32-bit feature hash to
 * a row of per-tag weights, plus the tag-transition scores. Weights are stored by table slot,
 * next to nothing else, so a lookup touches one key and one short run of weights.
 */
import { NUM_TAGS } from './labels';

const L = NUM_TAGS;

export class WeightTable {
  readonly rows: number;
  private readonly mask: number;
  private readonly keys: Int32Array;
  private readonly used: Uint8Array;
  /** Weights by slot: slot s holds weights[s * L .. s * L + L). */
  private readonly slotWeights: Float32Array | Int16Array;

  /**
   * `rowKeys[r]` is the feature hash of row r; `weights` holds rows × NUM_TAGS values (quantised
   * Int16 from a model file, in which case `trans` is in the same units).
   */
  constructor(
    rowKeys: Int32Array | Uint32Array,
    weights: Float32Array | Int16Array,
    readonly trans: Float32Array,
  ) {
    this.rows = rowKeys.length;
    let size = 1;
    while (size < this.rows * 2) size <<= 1;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.used = new Uint8Array(size);
    this.slotWeights = weights instanceof Int16Array ? new Int16Array(size * L) : new Float32Array(size * L);
    for (let r = 0; r < this.rows; r++) {
      const key = rowKeys[r] | 0;
      let i = key & this.mask;
      while (this.used[i]) i = (i + 1) & this.mask;
      this.keys[i] = key;
      this.used[i] = 1;
      const from = r * L;
      const to = i * L;
      for (let y = 0; y < L; y++) this.slotWeights[to + y] = weights[from + y];
    }
  }

  /** Slot of feature hash `h`, or -1. */
  slot(h: number): number {
    const key = h | 0;
    let i = key & this.mask;
    while (this.used[i]) {
      if (this.keys[i] === key) return i;
      i = (i + 1) & this.mask;
    }
    return -1;
  }

  /** Add the weights of feature `h` (if known) into `out[offset .. offset+NUM_TAGS)`. */
  addTo(h: number, out: Float32Array | Float64Array, offset: number): void {
    const s = this.slot(h);
    if (s < 0) return;
    const w = this.slotWeights;
    const base = s * L;
    for (let y = 0; y < L; y++) out[offset + y] += w[base + y];
  }
}
