/**
 * A read-only string → int32 map stored in four flat typed arrays, so a model file can hold it
 * ready to use: loading is making views on the file's bytes, not inserting tens of thousands
 * of keys into a Map (which took ~35 ms and ~7 MB of heap per thread for the NER lexicon).
 *
 * Keys are kept as UTF-16 code units, so a lookup compares them with `charCodeAt` and never
 * decodes. The slots are an open-addressing hash table (linear probing) of entry numbers + 1.
 */

/** What the tagger reads from a lexicon table; a Map<string, number> is one too. */
export interface StringLookup {
  readonly size: number;
  get(key: string): number | undefined;
  has(key: string): boolean;
  keys(): IterableIterator<string>;
}

/** The arrays a StringTable is made of (what a model file stores). */
export interface StringTableArrays {
  /** Entry i's key is chars[starts[i] .. starts[i + 1]). */
  starts: Int32Array;
  values: Int32Array;
  /** Power-of-two hash table of entry number + 1 (0: empty). */
  slots: Int32Array;
  chars: Uint16Array;
}

/** FNV-1a over UTF-16 code units. */
function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h;
}

export class StringTable implements StringLookup {
  readonly size: number;
  private readonly mask: number;

  constructor(readonly arrays: StringTableArrays) {
    this.size = arrays.values.length;
    this.mask = arrays.slots.length - 1;
    if (arrays.slots.length === 0 || (arrays.slots.length & this.mask) !== 0) throw new Error('string table: slot count is not a power of two');
    if (arrays.starts.length !== this.size + 1) throw new Error('string table: starts and values differ in length');
  }

  /** A table of `entries` (in that order; a repeated key keeps its first value). */
  static build(entries: Iterable<readonly [string, number]>): StringTable {
    const keys: string[] = [];
    const vals: number[] = [];
    const seen = new Set<string>();
    for (const [key, value] of entries) {
      if (seen.has(key)) continue;
      seen.add(key);
      keys.push(key);
      vals.push(value);
    }
    const starts = new Int32Array(keys.length + 1);
    for (let i = 0; i < keys.length; i++) starts[i + 1] = starts[i] + keys[i].length;
    const chars = new Uint16Array(starts[keys.length]);
    keys.forEach((key, i) => {
      for (let c = 0; c < key.length; c++) chars[starts[i] + c] = key.charCodeAt(c);
    });
    // At most half full, so probes stay short.
    let size = 2;
    while (size < keys.length * 2) size <<= 1;
    const slots = new Int32Array(size);
    keys.forEach((key, i) => {
      let s = hashKey(key) & (size - 1);
      while (slots[s] !== 0) s = (s + 1) & (size - 1);
      slots[s] = i + 1;
    });
    return new StringTable({ starts, values: Int32Array.from(vals), slots, chars });
  }

  private find(key: string): number {
    const { starts, slots, chars } = this.arrays;
    let s = hashKey(key) & this.mask;
    for (;;) {
      const entry = slots[s] - 1;
      if (entry < 0) return -1;
      const from = starts[entry];
      if (starts[entry + 1] - from === key.length) {
        let c = 0;
        while (c < key.length && chars[from + c] === key.charCodeAt(c)) c++;
        if (c === key.length) return entry;
      }
      s = (s + 1) & this.mask;
    }
  }

  get(key: string): number | undefined {
    const entry = this.find(key);
    return entry < 0 ? undefined : this.arrays.values[entry];
  }

  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  /** Entry i's key. */
  keyAt(i: number): string {
    const { starts, chars } = this.arrays;
    let out = '';
    for (let c = starts[i]; c < starts[i + 1]; c++) out += String.fromCharCode(chars[c]);
    return out;
  }

  *keys(): IterableIterator<string> {
    for (let i = 0; i < this.size; i++) yield this.keyAt(i);
  }

  *entries(): IterableIterator<[string, number]> {
    for (let i = 0; i < this.size; i++) yield [this.keyAt(i), this.arrays.values[i]];
  }
}

/**
 * A view of a StringTable whose values are decoded (`decode` returns undefined for entries
 * that are absent from this view), e.g. one field packed with another in the same value.
 */
export class DecodedLookup implements StringLookup {
  private counted = -1;

  constructor(private readonly table: StringTable, private readonly decode: (value: number) => number | undefined) {}

  /** Counted on first use: only training and tests ask, and counting costs a cold start ~3 ms. */
  get size(): number {
    if (this.counted < 0) {
      let n = 0;
      for (const v of this.table.arrays.values) if (this.decode(v) !== undefined) n++;
      this.counted = n;
    }
    return this.counted;
  }

  get(key: string): number | undefined {
    const v = this.table.get(key);
    return v === undefined ? undefined : this.decode(v);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  *keys(): IterableIterator<string> {
    for (const [key, v] of this.table.entries()) if (this.decode(v) !== undefined) yield key;
  }
}
