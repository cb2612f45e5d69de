/**
 * The model file: "ARTNER02", a little-endian u32 header length, a JSON header (metadata,
 * cluster paths, table sizes), then the lexicon's three string tables (words, gazetteer
 * phrases, phrase prefixes; see StringTable), then per weight table: feature hashes (Int32),
 * quantised weights (Int16, one scale per table) and transition scores (Float32).
 * Everything is little-endian and 4-byte aligned, so loading makes typed-array views on the
 * file's bytes and builds nothing key by key.
 */
import { readFileSync, writeFileSync } from 'fs';
import { NUM_TAGS, TAGS } from './labels';
import { Lexicon, phrasePrefixes } from './lexicon';
import { DecodedLookup, StringTable } from './string-table';
import { NerModel } from './tagger';
import { WeightTable } from './weights';

const MAGIC = 'ARTNER02';
/** Drop feature rows whose largest weight is below this fraction of the table's largest. */
const PRUNE_BELOW = 0.012;
const L = NUM_TAGS;

interface TableHeader {
  /** Slots of the hash table (keys Int32 × size, then weights Int16 × size × tags). */
  size: number;
  rows: number;
  scale: number;
}

interface StringTableSize {
  entries: number;
  slots: number;
  chars: number;
}

interface Header {
  tags: string[];
  meta: Record<string, unknown>;
  /** Cluster paths by id, each joined by spaces. */
  clusterPaths: string[];
  /**
   * Sizes of the string tables: words (value: cluster id * 8 + casing bucket + 1), gazetteer
   * phrases (value: list bitmask) and proper prefixes of phrases (value unused).
   */
  words: StringTableSize;
  gazetteer: StringTableSize;
  prefixes: StringTableSize;
  gazetteerNames: string[];
  maxPhrase: number;
  tables: TableHeader[];
}

function pad4(b: Buffer): Buffer[] {
  return b.length % 4 ? [b, Buffer.alloc(4 - (b.length % 4))] : [b];
}

/** Trained weights before quantisation: feature hashes and rows × NUM_TAGS weights. */
export interface RawTable {
  keys: Int32Array;
  weights: Float64Array | Float32Array;
  trans: Float64Array | Float32Array;
}

function quantise(t: RawTable): { keys: Int32Array; q: Int16Array; scale: number; trans: Float32Array } {
  let max = 0;
  for (let i = 0; i < t.weights.length; i++) max = Math.max(max, Math.abs(t.weights[i]));
  const scale = max === 0 ? 1 : max / 32767;
  const rows = t.keys.length;
  const keep: number[] = [];
  const q = new Int16Array(rows * L);
  for (let r = 0; r < rows; r++) {
    let largest = 0;
    for (let y = 0; y < L; y++) {
      const v = Math.round(t.weights[r * L + y] / scale);
      q[r * L + y] = v;
      largest = Math.max(largest, Math.abs(v));
    }
    // Rows whose weights are all tiny are dropped (about 30% of rows, no loss in dev F1).
    if (largest > 0 && largest >= PRUNE_BELOW * 32767) keep.push(r);
  }
  const keys = new Int32Array(keep.length);
  const qq = new Int16Array(keep.length * L);
  keep.forEach((r, i) => {
    keys[i] = t.keys[r];
    qq.set(q.subarray(r * L, r * L + L), i * L);
  });
  return { keys, q: qq, scale, trans: Float32Array.from(t.trans) };
}

function stringTableSize(t: StringTable): StringTableSize {
  return { entries: t.size, slots: t.arrays.slots.length, chars: t.arrays.chars.length };
}

function stringTableBytes(t: StringTable): Buffer[] {
  const view = (a: Int32Array | Uint16Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  const { starts, values, slots, chars } = t.arrays;
  return [view(starts), view(values), view(slots), ...pad4(view(chars))];
}

/** The lexicon as the file's three string tables, and its longest gazetteer phrase in tokens. */
function lexiconTables(lexicon: Lexicon): { words: StringTable; gazetteer: StringTable; prefixes: StringTable; maxPhrase: number } {
  for (const w of lexicon.casing.keys()) {
    if (!lexicon.clusters.has(w)) throw new Error(`casing prior for an unclustered word ${w}`);
  }
  // Cluster id and casing prior of each word, packed: id * 8 + (casing bucket + 1).
  const words = StringTable.build([...lexicon.clusters.keys()].map((w) =>
    [w, (lexicon.clusters.get(w) ?? 0) * 8 + (lexicon.casing.get(w) ?? -1) + 1] as const));
  const phrases = [...lexicon.gazetteer.keys()];
  const gazetteer = StringTable.build(phrases.map((p) => [p, lexicon.gazetteer.get(p) ?? 0] as const));
  const { prefixes, maxPhrase } = phrasePrefixes(phrases);
  return { words, gazetteer, prefixes: StringTable.build([...prefixes].map((p) => [p, 0] as const)), maxPhrase };
}

export function serializeModel(tables: RawTable[], lexicon: Lexicon, meta: Record<string, unknown>): Buffer {
  const qs = tables.map(quantise).map((q) => ({ q, table: WeightTable.fromRows(q.keys, q.q, q.trans) }));
  const lex = lexiconTables(lexicon);
  const header: Header = {
    tags: [...TAGS],
    meta,
    clusterPaths: lexicon.clusterPaths.map((p) => p.join(' ')),
    words: stringTableSize(lex.words),
    gazetteer: stringTableSize(lex.gazetteer),
    prefixes: stringTableSize(lex.prefixes),
    gazetteerNames: lexicon.gazetteerNames,
    maxPhrase: lex.maxPhrase,
    tables: qs.map(({ q, table }) => ({ size: table.size, rows: q.keys.length, scale: q.scale })),
  };
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  const pad = (4 - ((MAGIC.length + 4 + json.length) % 4)) % 4;
  json = Buffer.concat([json, Buffer.alloc(pad, 0x20)]);
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length, 0);
  const parts: Buffer[] = [Buffer.from(MAGIC, 'ascii'), len, json,
    ...stringTableBytes(lex.words), ...stringTableBytes(lex.gazetteer), ...stringTableBytes(lex.prefixes)];
  for (const { q, table } of qs) {
    parts.push(Buffer.from(table.keys.buffer, table.keys.byteOffset, table.keys.byteLength));
    const sw = table.slotWeights;
    parts.push(...pad4(Buffer.from(sw.buffer, sw.byteOffset, sw.byteLength)));
    parts.push(Buffer.from(q.trans.buffer, q.trans.byteOffset, q.trans.byteLength));
  }
  return Buffer.concat(parts);
}

export function saveModel(path: string, tables: RawTable[], lexicon: Lexicon, meta: Record<string, unknown>): number {
  const buf = serializeModel(tables, lexicon, meta);
  writeFileSync(path, buf);
  return buf.length;
}

export function parseModel(buf: Buffer): NerModel {
  if (buf.toString('ascii', 0, MAGIC.length) !== MAGIC) throw new Error('not an artparse NER model');
  const hlen = buf.readUInt32LE(MAGIC.length);
  let pos = MAGIC.length + 4;
  const header = JSON.parse(buf.toString('utf8', pos, pos + hlen)) as Header;
  pos += hlen;
  if (header.tags.join(',') !== TAGS.join(',')) throw new Error('model tag set does not match this build');
  // Typed-array views straight into the file's bytes (readFileSync gives a 4 MB file a buffer of
  // its own at offset 0); a copy only when the buffer is not 4-byte aligned.
  const aligned = buf.byteOffset % 4 === 0;
  const ab = aligned ? buf.buffer : buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
  const base = aligned ? buf.byteOffset : 0;
  const align = (): void => { pos += (4 - (pos % 4)) % 4; };
  const int32s = (n: number): Int32Array => {
    const a = new Int32Array(ab, base + pos, n);
    pos += n * 4;
    return a;
  };
  const stringTable = (size: StringTableSize): StringTable => {
    const starts = int32s(size.entries + 1);
    const values = int32s(size.entries);
    const slots = int32s(size.slots);
    const chars = new Uint16Array(ab, base + pos, size.chars);
    pos += size.chars * 2;
    align();
    return new StringTable({ starts, values, slots, chars });
  };
  const words = stringTable(header.words);
  const gazetteer = stringTable(header.gazetteer);
  const prefixes = stringTable(header.prefixes);
  const tables = header.tables.map((t) => {
    const keys = int32s(t.size);
    const q = new Int16Array(ab, base + pos, t.size * L);
    pos += t.size * L * 2;
    align();
    // Scores stay in quantised units: transitions are divided by the scale instead of
    // multiplying every weight (decoding is invariant to a positive scale).
    const trans = new Float32Array(ab.slice(base + pos, base + pos + (L + 1) * L * 4));
    for (let i = 0; i < trans.length; i++) trans[i] /= t.scale;
    pos += (L + 1) * L * 4;
    return new WeightTable(keys, q, trans);
  });
  const lexicon: Lexicon = {
    clusters: new DecodedLookup(words, (v) => v >> 3),
    clusterPaths: header.clusterPaths.map((p) => p.split(' ')),
    gazetteer,
    gazetteerNames: header.gazetteerNames,
    maxPhrase: header.maxPhrase,
    gazetteerPrefixes: prefixes,
    casing: new DecodedLookup(words, (v) => ((v & 7) === 0 ? undefined : (v & 7) - 1)),
  };
  return { lexicon, pass1: tables[0], pass2: tables[1] ?? null, meta: header.meta };
}

export function loadModel(path: string): NerModel {
  return parseModel(readFileSync(path));
}
