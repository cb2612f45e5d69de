/**
 * `npm run train:ner [-- options]`: train the NER model on CoNLL-2003 eng.train and write
 * models/ner.bin. Deterministic (fixed seed). eng.testa is only used to report figures.
 *
 * Options: --train FILE  --dev FILE  --out FILE  --epochs1 N  --epochs2 N  --folds N
 *          --seed N  --runs N (average N training runs, default 3)  --min-count N  --one-pass  --dev-every-epoch  --no-clusters
 *          --no-gazetteer  --no-external-gazetteer
 *          --cluster-sizes 512,128,32 (fine to coarse)
 *          --clusters-cache FILE (reuse clusters between experiments; not needed for a normal run)
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'fs';
import { clusterPathsByWord, emptyLexicon, MutableLexicon, setClusters } from '../src/nlp/ner/lexicon';
import { join } from 'path';
import { parseConll } from '../src/nlp/ner/conll';
import { evaluateTagger, formatScore } from '../src/nlp/ner/evaluate';
import { projectRoot } from '../src/nlp/ner/index';
import { loadModel, saveModel } from '../src/nlp/ner/model-io';
import { Tagger } from '../src/nlp/ner/tagger';
import { modelFrom, TrainConfig, trainNer } from '../src/nlp/ner/train';
import { addGazetteers, buildLexicon, DEFAULT_CLUSTERS } from '../src/nlp/ner/build-lexicon';
import { arg } from './script-utils';

async function main(args: string[]): Promise<number> {
  const root = projectRoot();
  const shared = join(root, '..', 'shared', 'corpora');
  const trainPath = arg('--train', args) ?? join(shared, 'conll2003', 'eng.train');
  const devPath = arg('--dev', args) ?? join(shared, 'conll2003', 'eng.testa');
  const out = arg('--out', args) ?? join(root, 'models', 'ner.bin');
  const cfg: TrainConfig = {
    epochs1: Number(arg('--epochs1', args) ?? 10),
    epochs2: Number(arg('--epochs2', args) ?? 10),
    folds: Number(arg('--folds', args) ?? 10),
    seed: Number(arg('--seed', args) ?? 20031),
    minCount: Number(arg('--min-count', args) ?? 1),
    twoPass: !args.includes('--one-pass'),
    runs: Number(arg('--runs', args) ?? 3),
    foldGazetteer: null,
  };
  const log = (m: string): void => { process.stderr.write(`[train-ner ${(process.uptime()).toFixed(1)}s] ${m}\n`); };
  const train = parseConll(readFileSync(trainPath, 'utf8'));
  let dev = null;
  try {
    dev = parseConll(readFileSync(devPath, 'utf8'));
  } catch {
    log(`no dev file at ${devPath}; skipping dev figures`);
  }
  log(`train: ${train.length} documents from ${trainPath}`);
  const cachePath = arg('--clusters-cache', args);
  let lexicon: MutableLexicon;
  if (cachePath && existsSync(cachePath)) {
    lexicon = emptyLexicon();
    const cached = JSON.parse(readFileSync(cachePath, 'utf8')) as { clusters: Array<[string, string[]]>; casing: Array<[string, number]> };
    setClusters(lexicon, new Map(cached.clusters));
    lexicon.casing = new Map(cached.casing);
    log(`clusters: ${lexicon.clusters.size} words from ${cachePath}`);
  } else {
    const sizes = arg('--cluster-sizes', args);
    const clusterOpts = sizes ? { ...DEFAULT_CLUSTERS, sizes: sizes.split(',').map(Number) } : DEFAULT_CLUSTERS;
    lexicon = buildLexicon(shared, train, log, args.includes('--no-clusters') ? null : clusterOpts);
    if (cachePath) {
      writeFileSync(cachePath, JSON.stringify({ clusters: [...clusterPathsByWord(lexicon)], casing: [...lexicon.casing] }));
    }
  }
  if (!args.includes('--no-gazetteer')) {
    cfg.foldGazetteer = addGazetteers(lexicon, train, log, !args.includes('--no-external-gazetteer'));
  }
  const everyEpoch = args.includes('--dev-every-epoch') && dev !== null;
  const devDocs = dev;
  const tables = trainNer(train, lexicon, cfg, log, everyEpoch && devDocs ? (pass, epoch, ts) => {
    const ev = evaluateTagger(new Tagger(modelFrom(ts, lexicon)), devDocs);
    log(`pass ${pass} epoch ${epoch}: dev F1 ${ev.score.overall.f1.toFixed(2)}`);
  } : undefined);
  const meta = {
    trainedOn: 'CoNLL-2003 eng.train (946 documents, 203,621 tokens); labels IOB1 converted to BIO',
    tagScheme: 'BIO',
    config: { ...cfg, foldGazetteer: cfg.foldGazetteer ? 'eng.train entities, jackknifed by fold' : null },
    clusters: lexicon.clusters.size,
    gazetteerEntries: lexicon.gazetteer.size,
  };
  const bytes = saveModel(out, tables, lexicon, meta);
  log(`wrote ${out} (${bytes} bytes, ${(bytes / 1048576).toFixed(2)} MiB)`);
  if (devDocs) {
    const model = loadModel(out);
    const ev = evaluateTagger(new Tagger(model), devDocs);
    process.stdout.write(`dev (${devPath}), saved model:\n${formatScore(ev.score)}\n`);
    log(`model file ${statSync(out).size} bytes; pass1 rows ${model.pass1.rows}, pass2 rows ${model.pass2?.rows ?? 0}`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`train-ner: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
