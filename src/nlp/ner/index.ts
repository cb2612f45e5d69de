/**
 * The statistical named-entity recogniser: a two-pass averaged-perceptron tagger trained on
 * CoNLL-2003 (see scripts/train-ner.ts). The model in models/ner.bin is loaded lazily, once.
 */
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'fs';
import { dirname, join } from 'path';
import { EntityRecognizer, RecognizedSpan } from '../recognizer';
import { Token } from '../tokenize';
import { loadModel, parseModel } from './model-io';
import { taggedSegments } from './segments';
import { spansFromTags } from './spans';
import { NerModel, Tagger } from './tagger';

export const MODEL_FILE = 'ner.bin';

/** The project root: the nearest directory above this file holding package.json. */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
}

export function defaultModelPath(): string {
  return join(projectRoot(), 'models', MODEL_FILE);
}

let cached: Tagger | null = null;
/** The model file's bytes when they were read or given already (sharedModelBytes, useModelBytes). */
let modelBytes: Uint8Array | null = null;

/**
 * The committed model's bytes in a SharedArrayBuffer, read once. A batch's parser threads are
 * given them (useModelBytes), so the threads view one copy of the weights and lexicon instead
 * of each reading its own (the model is read-only once loaded).
 */
export function sharedModelBytes(): Uint8Array {
  if (modelBytes && modelBytes.buffer instanceof SharedArrayBuffer) return modelBytes;
  const fd = openSync(defaultModelPath(), 'r');
  try {
    const bytes = new Uint8Array(new SharedArrayBuffer(fstatSync(fd).size));
    for (let at = 0; at < bytes.length;) {
      const n = readSync(fd, bytes, at, bytes.length - at, at);
      if (n === 0) throw new Error(`${defaultModelPath()}: the model file shrank while being read`);
      at += n;
    }
    modelBytes = bytes;
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/** Load the model from these bytes (from sharedModelBytes) instead of the file, if not loaded yet. */
export function useModelBytes(bytes: Uint8Array): void {
  if (!cached) modelBytes = bytes;
}

/** The shared tagger over the committed model (loaded on first use). */
export function getTagger(): Tagger {
  if (!cached) {
    const model = modelBytes
      ? parseModel(Buffer.from(modelBytes.buffer, modelBytes.byteOffset, modelBytes.byteLength))
      : loadModel(defaultModelPath());
    cached = new Tagger(model);
  }
  return cached;
}

/** Tag one document given as sentences of token strings; returns BIO tags. */
export function tagSentences(tokens: readonly (readonly string[])[]): string[][] {
  return getTagger().tagDocument(tokens);
}

export class NerRecognizer implements EntityRecognizer {
  readonly name = 'ner-perceptron';
  constructor(private readonly tagger: Tagger) {}

  /** The model's casing prior: capitalised in under 30 % of its uses mid-sentence (buckets 0 and 1). */
  isCommonWord(lower: string): boolean {
    return (this.tagger.model.lexicon.casing.get(lower) ?? 4) <= 1;
  }

  recognize(sentences: Token[][]): RecognizedSpan[] {
    const segments = taggedSegments(sentences);
    const tags = this.tagger.tagDocumentIndices(segments.map((s) => s.tokens.map((t) => t.text)));
    return spansFromTags(segments.map((s) => s.tokens), tags).map((span) => {
      const seg = segments[span.sentence];
      return { ...span, sentence: seg.sentence, tokenStart: span.tokenStart + seg.offset, tokenEnd: span.tokenEnd + seg.offset };
    });
  }
}

let recognizer: NerRecognizer | null = null;

export function getNerRecognizer(): EntityRecognizer {
  if (!recognizer) recognizer = new NerRecognizer(getTagger());
  return recognizer;
}

export { Tagger, loadModel };
export type { NerModel };
