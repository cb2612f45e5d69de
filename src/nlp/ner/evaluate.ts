/** Running a tagger over CoNLL documents and scoring it. */
import { ConllDocument } from './conll';
import { toBio, toIob1 } from './labels';
import { formatScore, Score, scoreChunks } from './score';
import { Tagger } from './tagger';

export interface Evaluation {
  score: Score;
  /** Predicted tags (IOB1, like the CoNLL-2003 files) per document, sentence, token. */
  predicted: string[][][];
  tokens: number;
  seconds: number;
}

export function evaluateTagger(tagger: Tagger, docs: readonly ConllDocument[]): Evaluation {
  const t0 = process.hrtime.bigint();
  const predicted = docs.map((d) => tagger.tagDocument(d.sentences.map((s) => s.tokens)).map((tags) => toIob1(tags)));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const gold: string[][] = [];
  const pred: string[][] = [];
  docs.forEach((d, i) => d.sentences.forEach((s, j) => {
    gold.push(toBio(s.tags));
    pred.push(predicted[i][j]);
  }));
  const score = scoreChunks(gold, pred);
  return { score, predicted, tokens: score.tokens, seconds };
}

export { formatScore };
