/**
 * A trained linear model at run time: an open-addressing hash table (linear probing) from
 * 32-bit feature hash to a row of per-tag weights, plus the tag-transition scores. Weights are
 * stored by table slot, so a lookup touches one key and one short run of weights, and the
 * table is written to the model file as it is (loading is zero-copy). Key 0 marks an empty
 * slot: feature hashes are never 0 (see hash.ts `mix`).
 */
import { NUM_TAGS } from './labels';

const L = NUM_TAGS;
/** Slots per row: a load factor of 0.8 at most. */
const SLOTS_PER_ROW = 1.25;

/** First slot to probe for a key in a table of `size` slots (multiply-shift range reduction). */
function homeSlot(key: number, size: number): number {
  return Math.floor(((key >>> 0) * size) / 4294967296);
}

export class WeightTable {
  readonly size: number;

  /** Bloom filter over the keys (two bits per key), so most absent features cost no table probe. */
  private readonly bloom: Int32Array;
  private readonly bloomMask: number;

  /**
   * `keys[s]` is the feature hash in slot s (0: empty); `slotWeights[s * L .. s * L + L)` its
   * weights (quantised Int16 from a model file, in which case `trans` is in the same units).
   */
  constructor(
    readonly keys: Int32Array,
    readonly slotWeights: Float32Array | Int16Array,
    readonly trans: Float32Array,
  ) {
    this.size = keys.length;
    let bits = 1 << 10;
    while (bits < this.size * 16) bits <<= 1;
    this.bloom = new Int32Array(bits >>> 5);
    this.bloomMask = bits - 1;
    for (let i = 0; i < this.size; i++) if (keys[i] !== 0) this.addToBloom(keys[i]);
  }

  private addToBloom(key: number): void {
    const a = key & this.bloomMask;
    const b = Math.imul(key ^ (key >>> 15), 0x2c1b3c6d) & this.bloomMask;
    this.bloom[a >>> 5] |= 1 << (a & 31);
    this.bloom[b >>> 5] |= 1 << (b & 31);
  }

  private mayContain(key: number): boolean {
    const a = key & this.bloomMask;
    if ((this.bloom[a >>> 5] & (1 << (a & 31))) === 0) return false;
    const b = Math.imul(key ^ (key >>> 15), 0x2c1b3c6d) & this.bloomMask;
    return (this.bloom[b >>> 5] & (1 << (b & 31))) !== 0;
  }

  /** Build the table from rows: `rowKeys[r]` and `weights[r * L .. r * L + L)`. Rows with key 0 are dropped. */
  static fromRows(rowKeys: Int32Array | Uint32Array, weights: Float32Array | Int16Array, trans: Float32Array): WeightTable {
    const size = Math.max(1, Math.ceil(rowKeys.length * SLOTS_PER_ROW));
    const keys = new Int32Array(size);
    const slotWeights = weights instanceof Int16Array ? new Int16Array(size * L) : new Float32Array(size * L);
    for (let r = 0; r < rowKeys.length; r++) {
      const key = rowKeys[r] | 0;
      if (key === 0) continue;
      let i = homeSlot(key, size);
      while (keys[i] !== 0) i = i + 1 === size ? 0 : i + 1;
      keys[i] = key;
      for (let y = 0; y < L; y++) slotWeights[i * L + y] = weights[r * L + y];
    }
    return new WeightTable(keys, slotWeights, trans);
  }

  get rows(): number {
    let n = 0;
    for (let i = 0; i < this.size; i++) if (this.keys[i] !== 0) n++;
    return n;
  }

  /** Slot of feature hash `h`, or -1. */
  slot(h: number): number {
    const key = h | 0;
    if (!this.mayContain(key)) return -1;
    const keys = this.keys;
    let i = homeSlot(key, this.size);
    for (;;) {
      const k = keys[i];
      if (k === key) return i;
      if (k === 0) return -1;
      i = i + 1 === this.size ? 0 : i + 1;
    }
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
