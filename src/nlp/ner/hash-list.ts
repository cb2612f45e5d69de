/**
 * Where feature extraction puts the hashes of a token's features: a plain array (training,
 * tests) or, in the tagger, a HashList.
 */
export interface HashSink {
  push(hash: number): void;
}

/**
 * A growable list of feature hashes in an Int32Array (the same 32 bits: table lookups read a
 * hash as `h | 0`). Emptying it keeps its storage, where emptying an array (length = 0) frees
 * it, and the unsigned hashes above 2^30 are not boxed as heap numbers on the way in.
 */
export class HashList implements HashSink {
  data = new Int32Array(256);
  length = 0;

  push(hash: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = hash;
  }
}
