/**
 * A trained linear model at run time: an open-addressing hash table from 32-bit feature hash to
 * a row of per-tag weights, plus the tag-transition scores.
 */
import { NUM_TAGS } from './labels';

export class WeightTable {
  readonly rows: number;
  private readonly mask: number;
  private readonly keys: Int32Array;
  private readonly slots: Int32Array;

  /**
   * `keys[r]` is the feature hash of row r; `weights` holds rows × NUM_TAGS values (quantised
   * Int16 from a model file, in which case `trans` is in the same units).
   */
  constructor(
    rowKeys: Int32Array | Uint32Array,
    readonly weights: Float32Array | Int16Array,
    readonly trans: Float32Array,
  ) {
    this.rows = rowKeys.length;
    let size = 1;
    while (size < this.rows * 2) size <<= 1;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.slots = new Int32Array(size).fill(-1);
    for (let r = 0; r < this.rows; r++) {
      const key = rowKeys[r] | 0;
      let i = key & this.mask;
      while (this.slots[i] !== -1) i = (i + 1) & this.mask;
      this.keys[i] = key;
      this.slots[i] = r;
    }
  }

  /** Row index of feature hash `h`, or -1. */
  row(h: number): number {
    const key = h | 0;
    let i = key & this.mask;
    for (;;) {
      const r = this.slots[i];
      if (r === -1) return -1;
      if (this.keys[i] === key) return r;
      i = (i + 1) & this.mask;
    }
  }

  /** Add the weights of feature `h` (if known) into `out[offset .. offset+NUM_TAGS)`. */
  addTo(h: number, out: Float32Array | Float64Array, offset: number): void {
    const r = this.row(h);
    if (r < 0) return;
    const w = this.weights;
    const base = r * NUM_TAGS;
    for (let y = 0; y < NUM_TAGS; y++) out[offset + y] += w[base + y];
  }
}
