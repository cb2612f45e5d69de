/**
 * `npm run eval -- ner <conll-file> [--predictions OUT] [--model FILE]`: tag a CoNLL-format file
 * with the committed model and print conlleval-style precision / recall / F1 per type and
 * overall. With --predictions, write the file back with the predicted tag (IOB1, like the
 * CoNLL-2003 files) appended to each token line.
 */
import { readFileSync, writeFileSync } from 'fs';
import { formatConll, parseConll } from '../src/nlp/ner/conll';
import { evaluateTagger, formatScore } from '../src/nlp/ner/evaluate';
import { defaultModelPath } from '../src/nlp/ner/index';
import { loadModel } from '../src/nlp/ner/model-io';
import { Tagger } from '../src/nlp/ner/tagger';
import { arg, positionals } from './script-utils';

export async function run(args: string[]): Promise<number> {
  const predictionsPath = arg('--predictions', args);
  const modelPath = arg('--model', args) ?? defaultModelPath();
  const [file] = positionals(args);
  if (!file) {
    process.stderr.write('usage: npm run eval -- ner <conll-file> [--predictions OUT] [--model FILE]\n');
    return 2;
  }
  const docs = parseConll(readFileSync(file, 'utf8'));
  const tagger = new Tagger(loadModel(modelPath));
  const ev = evaluateTagger(tagger, docs);
  const hasGold = docs.some((d) => d.sentences.some((s) => s.tags.some((t) => /^(O|[BI]-\w+)$/.test(t))));
  if (hasGold) process.stdout.write(`${formatScore(ev.score)}\n`);
  else process.stdout.write(`tagged ${ev.tokens} tokens (no gold tags found)\n`);
  process.stdout.write(`${docs.length} documents, ${ev.tokens} tokens in ${ev.seconds.toFixed(2)} s\n`);
  if (predictionsPath) {
    writeFileSync(predictionsPath, `${formatConll(docs, ev.predicted)}\n`);
    process.stdout.write(`predictions written to ${predictionsPath}\n`);
  }
  return 0;
}
