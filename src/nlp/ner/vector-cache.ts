/**
 * A cache of per-tag score vectors keyed by a 32-bit hash (open addressing, flat typed arrays,
 * no per-entry objects). Cleared when half full.
 */
import { NUM_TAGS } from './labels';

const L = NUM_TAGS;

export class VectorCache {
  private readonly keys: Int32Array;
  private readonly used: Uint8Array;
  readonly values: Float32Array;
  private readonly mask: number;
  private count = 0;

  constructor(capacityPow2 = 1 << 14) {
    this.keys = new Int32Array(capacityPow2);
    this.used = new Uint8Array(capacityPow2);
    this.values = new Float32Array(capacityPow2 * L);
    this.mask = capacityPow2 - 1;
  }

  /**
   * Offset into `values` of the vector for `key`, or -1 - offset of a fresh zeroed slot that the
   * caller must fill (the slot is then taken).
   */
  find(key: number): number {
    const k = key | 0;
    let i = (k ^ (k >>> 16)) & this.mask;
    while (this.used[i]) {
      if (this.keys[i] === k) return i * L;
      i = (i + 1) & this.mask;
    }
    if (this.count * 2 >= this.keys.length) {
      this.used.fill(0);
      this.count = 0;
      i = (k ^ (k >>> 16)) & this.mask;
    }
    this.used[i] = 1;
    this.keys[i] = k;
    this.count++;
    this.values.fill(0, i * L, i * L + L);
    return -1 - i * L;
  }
}
