/**
 * The training recipe: a first-pass model on local features; first-pass predictions on the
 * training data by k-fold jackknifing (so the second pass learns how far to trust them); a
 * second-pass model with document-level features from those predictions.
 */
import { ConllDocument } from './conll';
import { countTypes, gazetteerMatches } from './features';
import { tagIndex, toBio } from './labels';
import { Lexicon } from './lexicon';
import { RawTable } from './model-io';
import { countFeatures, FeatureIndex, Sequence, toExamples, trainPerceptron } from './perceptron';
import { prepareDocument, PreparedDocument, WordInfoCache } from './document';
import { NerModel, Tagger } from './tagger';
import { WeightTable } from './weights';

export interface TrainConfig {
  epochs1: number;
  epochs2: number;
  folds: number;
  seed: number;
  minCount: number;
  twoPass: boolean;
  /** Train the final pass models this many times (different example orders) and average them. */
  runs: number;
  /**
   * Gazetteer to use for the training documents of fold k (built without that fold), so the
   * model sees gazetteer matches as often as it will on unseen text. Null: use the lexicon's.
   */
  foldGazetteer: ((heldOut: (docIndex: number) => boolean) => Map<string, number>) | null;
}

export type Log = (msg: string) => void;

export function toWeightTable(t: RawTable): WeightTable {
  return WeightTable.fromRows(t.keys, Float32Array.from(t.weights), Float32Array.from(t.trans));
}

export function modelFrom(tables: RawTable[], lexicon: Lexicon): NerModel {
  return { lexicon, pass1: toWeightTable(tables[0]), pass2: tables[1] ? toWeightTable(tables[1]) : null, meta: {} };
}

function sequences(docs: readonly ConllDocument[], prepared: readonly PreparedDocument[]): Sequence[] {
  const out: Sequence[] = [];
  docs.forEach((d, i) => d.sentences.forEach((s, j) => {
    out.push({ s: prepared[i].sentences[j], doc: prepared[i].doc, gold: Int32Array.from(toBio(s.tags), tagIndex) });
  }));
  return out;
}

function trainPass(data: Sequence[], cfg: TrainConfig, epochs: number, seed: number, log: Log, label: string,
  onEpoch?: (epoch: number, t: RawTable) => void, runs = 1): RawTable {
  const index = new FeatureIndex();
  countFeatures(data, index);
  index.freeze(cfg.minCount);
  const examples = toExamples(data, index);
  log(`${label}: ${data.length} sentences, ${index.size} features`);
  const first = trainPerceptron(examples, index, { epochs, seed, onEpoch });
  if (runs <= 1) return first;
  // Average the weights of several runs over different example orders (less variance).
  const weights = Float64Array.from(first.weights);
  const trans = Float64Array.from(first.trans);
  for (let r = 1; r < runs; r++) {
    const t = trainPerceptron(examples, index, { epochs, seed: seed + 7919 * r });
    for (let i = 0; i < weights.length; i++) weights[i] += t.weights[i];
    for (let i = 0; i < trans.length; i++) trans[i] += t.trans[i];
    log(`${label}: run ${r + 1}/${runs}`);
  }
  for (let i = 0; i < weights.length; i++) weights[i] /= runs;
  for (let i = 0; i < trans.length; i++) trans[i] /= runs;
  return { keys: first.keys, weights, trans };
}

export function trainNer(docs: readonly ConllDocument[], lexicon: Lexicon, cfg: TrainConfig, log: Log,
  onEpoch?: (pass: number, epoch: number, tables: RawTable[]) => void): RawTable[] {
  const cache = new WordInfoCache(lexicon);
  const prepared = docs.map((d) => prepareDocument(d.sentences.map((s) => s.tokens), cache, lexicon));
  // Lexicon without fold k's gazetteer entries, for fold k's documents.
  const foldLexicons: Lexicon[] = [];
  for (let k = 0; k < cfg.folds; k++) {
    foldLexicons.push(cfg.foldGazetteer && lexicon.maxPhrase > 0
      ? { ...lexicon, gazetteer: cfg.foldGazetteer((i) => i % cfg.folds !== k) } : lexicon);
  }
  if (cfg.foldGazetteer && lexicon.maxPhrase > 0) {
    for (let k = 0; k < cfg.folds; k++) {
      const foldLexicon = foldLexicons[k];
      prepared.forEach((p, i) => {
        if (i % cfg.folds !== k) return;
        for (const s of p.sentences) s.gaz = gazetteerMatches(s.infos, foldLexicon);
      });
    }
  }
  const data = sequences(docs, prepared);
  const table1 = trainPass(data, cfg, cfg.epochs1, cfg.seed, log, 'pass 1',
    onEpoch ? (e, t) => onEpoch(1, e, [t]) : undefined, cfg.runs);
  if (!cfg.twoPass) return [table1];

  // Jackknifed first-pass predictions over the training documents.
  const pass1: Int32Array[][] = docs.map(() => []);
  for (let k = 0; k < cfg.folds; k++) {
    const inFold = (i: number): boolean => i % cfg.folds === k;
    const trainIdx = docs.map((_, i) => i).filter((i) => !inFold(i));
    const foldData = sequences(trainIdx.map((i) => docs[i]), trainIdx.map((i) => prepared[i]));
    const t = trainPass(foldData, cfg, cfg.epochs1, cfg.seed + 1 + k, log, `fold ${k + 1}/${cfg.folds}`);
    const tagger = new Tagger(modelFrom([t], foldLexicons[k]));
    docs.forEach((d, i) => {
      if (inFold(i)) pass1[i] = tagger.tagDocumentIndices(d.sentences.map((s) => s.tokens));
    });
  }
  prepared.forEach((p, i) => {
    p.sentences.forEach((s, j) => { s.pass1 = pass1[i][j]; });
    p.doc.typeCounts = countTypes(p.sentences, pass1[i]);
  });
  const table2 = trainPass(data, cfg, cfg.epochs2, cfg.seed + 100, log, 'pass 2',
    onEpoch ? (e, t) => onEpoch(2, e, [table1, t]) : undefined, cfg.runs);
  return [table1, table2];
}
