/**
 * The statistical named-entity recogniser: a two-pass averaged-perceptron tagger trained on
 * CoNLL-2003 (see scripts/train-ner.ts). The model in models/ner.bin is loaded lazily, once.
 */
import { existsSync } from 'fs';
import { dirname, join } from 'path';
import { EntityRecognizer, RecognizedSpan } from '../recognizer';
import { Token } from '../tokenize';
import { loadModel } from './model-io';
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

/** The shared tagger over the committed model (loaded on first use). */
export function getTagger(): Tagger {
  if (!cached) cached = new Tagger(loadModel(defaultModelPath()));
  return cached;
}

/** Tag one document given as sentences of token strings; returns BIO tags. */
export function tagSentences(tokens: readonly (readonly string[])[]): string[][] {
  return getTagger().tagDocument(tokens);
}

export class NerRecognizer implements EntityRecognizer {
  readonly name = 'ner-perceptron';
  constructor(private readonly tagger: Tagger) {}

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
