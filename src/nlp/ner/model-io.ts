/**
 * The model file: "ARTNER01", a little-endian u32 header length, a JSON header (metadata,
 * lexicon, table sizes), then per table: feature hashes (Int32), quantised weights (Int16,
 * one scale per table) and transition scores (Float32).
 */
import { readFileSync, writeFileSync } from 'fs';
import { NUM_TAGS, TAGS } from './labels';
import { Lexicon, setGazetteer } from './lexicon';
import { NerModel } from './tagger';
import { WeightTable } from './weights';

const MAGIC = 'ARTNER01';
/** Drop feature rows whose largest weight is below this fraction of the table's largest. */
const PRUNE_BELOW = 0.012;
const L = NUM_TAGS;

interface TableHeader {
  /** Slots of the hash table (keys Int32 × size, then weights Int16 × size × tags). */
  size: number;
  rows: number;
  scale: number;
}

interface Header {
  tags: string[];
  meta: Record<string, unknown>;
  /** Cluster paths by id, each joined by spaces. */
  clusterPaths: string[];
  /** Number of clustered words / gazetteer phrases (their text and ids follow in binary). */
  clusterWords: number;
  gazetteerPhrases: number;
  /** Byte lengths of the two UTF-8 blobs ("\n"-joined words, phrases). */
  clusterBytes: number;
  gazetteerBytes: number;
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

export function serializeModel(tables: RawTable[], lexicon: Lexicon, meta: Record<string, unknown>): Buffer {
  const qs = tables.map(quantise).map((q) => ({ q, table: WeightTable.fromRows(q.keys, q.q, q.trans) }));
  for (const w of lexicon.casing.keys()) {
    if (!lexicon.clusters.has(w)) throw new Error(`casing prior for an unclustered word ${w}`);
  }
  const words = [...lexicon.clusters.keys()];
  const wordBlob = Buffer.from(words.join('\n'), 'utf8');
  // Cluster id and casing prior of each word, packed: id * 8 + (casing bucket + 1).
  const wordIds = Int32Array.from(words, (w) => (lexicon.clusters.get(w) ?? 0) * 8 + (lexicon.casing.get(w) ?? -1) + 1);
  const phrases = [...lexicon.gazetteer.keys()];
  const phraseBlob = Buffer.from(phrases.join('\n'), 'utf8');
  const masks = Int32Array.from(phrases, (p) => lexicon.gazetteer.get(p) ?? 0);
  const header: Header = {
    tags: [...TAGS],
    meta,
    clusterPaths: lexicon.clusterPaths.map((p) => p.join(' ')),
    clusterWords: words.length,
    gazetteerPhrases: phrases.length,
    clusterBytes: wordBlob.length,
    gazetteerBytes: phraseBlob.length,
    gazetteerNames: lexicon.gazetteerNames,
    maxPhrase: lexicon.maxPhrase,
    tables: qs.map(({ q, table }) => ({ size: table.size, rows: q.keys.length, scale: q.scale })),
  };
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  const pad = (4 - ((MAGIC.length + 4 + json.length) % 4)) % 4;
  json = Buffer.concat([json, Buffer.alloc(pad, 0x20)]);
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length, 0);
  const parts: Buffer[] = [Buffer.from(MAGIC, 'ascii'), len, json,
    Buffer.from(wordIds.buffer), ...pad4(wordBlob), Buffer.from(masks.buffer), ...pad4(phraseBlob)];
  for (const { q, table } of qs) {
    parts.push(Buffer.from(table.keys.buffer, table.keys.byteOffset, table.keys.byteLength));
    const sw = table.slotWeights;
    const w = Buffer.from(sw.buffer, sw.byteOffset, sw.byteLength);
    parts.push(w);
    if (w.length % 4) parts.push(Buffer.alloc(4 - (w.length % 4)));
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
  // The tables are views into the file's bytes: copied only when they would not be 4-byte aligned
  // (a copy would cost each parser thread the model's size again).
  const inPlace = buf.byteOffset % 4 === 0;
  const ab = inPlace ? buf.buffer : buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
  /** Offset in `ab` of the file's first byte. */
  const base = inPlace ? buf.byteOffset : 0;
  const align = (): void => { pos += (4 - (pos % 4)) % 4; };
  const wordIds = new Int32Array(ab, base + pos, header.clusterWords);
  pos += header.clusterWords * 4;
  const words = header.clusterWords ? buf.toString('utf8', pos, pos + header.clusterBytes).split('\n') : [];
  pos += header.clusterBytes;
  align();
  const masks = new Int32Array(ab, base + pos, header.gazetteerPhrases);
  pos += header.gazetteerPhrases * 4;
  const phrases = header.gazetteerPhrases ? buf.toString('utf8', pos, pos + header.gazetteerBytes).split('\n') : [];
  pos += header.gazetteerBytes;
  align();
  const tables = header.tables.map((t) => {
    const keys = new Int32Array(ab, base + pos, t.size);
    pos += t.size * 4;
    const q = new Int16Array(ab, base + pos, t.size * L);
    pos += t.size * L * 2;
    pos += (4 - (pos % 4)) % 4;
    // Scores stay in quantised units: transitions are divided by the scale instead of
    // multiplying every weight (decoding is invariant to a positive scale).
    const trans = new Float32Array(ab.slice(base + pos, base + pos + (L + 1) * L * 4));
    for (let i = 0; i < trans.length; i++) trans[i] /= t.scale;
    pos += (L + 1) * L * 4;
    return new WeightTable(keys, q, trans);
  });
  const clusters = new Map<string, number>();
  const casing = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    clusters.set(words[i], wordIds[i] >> 3);
    const c = (wordIds[i] & 7) - 1;
    if (c >= 0) casing.set(words[i], c);
  }
  const gazetteer = new Map<string, number>();
  for (let i = 0; i < phrases.length; i++) gazetteer.set(phrases[i], masks[i]);

  const lexicon: Lexicon = {
    clusters,
    clusterPaths: header.clusterPaths.map((p) => p.split(' ')),
    gazetteer,
    gazetteerNames: header.gazetteerNames,
    maxPhrase: header.maxPhrase,
    gazetteerPrefixes: new Set(),
    casing,
  };
  setGazetteer(lexicon, gazetteer);
  return { lexicon, pass1: tables[0], pass2: tables[1] ?? null, meta: header.meta };
}

export function loadModel(path: string): NerModel {
  return parseModel(readFileSync(path));
}
