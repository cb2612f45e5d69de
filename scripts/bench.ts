/**
 * `npm run bench`: NER model load time and single-threaded tagging speed (tokens/s, after load),
 * then the batch-at-scale figures (scripts/bench-scale.ts).
 * Tags CoNLL-2003 eng.testa from ../shared when present, else the seed fixture (tokenised).
 * `npm run bench -- --model FILE` benchmarks another model file; `npm run bench -- --scale`
 * runs the batch-at-scale part only.
 */
import { existsSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { parseConll } from '../src/nlp/ner/conll';
import { defaultModelPath, projectRoot } from '../src/nlp/ner/index';
import { parseModel } from '../src/nlp/ner/model-io';
import { Tagger } from '../src/nlp/ner/tagger';
import { splitSentences } from '../src/nlp/sentences';
import { tokenize } from '../src/nlp/tokenize';
import { run as runScaleBench } from './bench-scale';
import { arg, cpuMs, fmt, median, wallMs as ms } from './script-utils';

function corpus(root: string): { name: string; docs: string[][][] } {
  const dev = join(root, '..', 'shared', 'corpora', 'conll2003', 'eng.testa');
  if (existsSync(dev)) {
    return { name: 'eng.testa', docs: parseConll(readFileSync(dev, 'utf8')).map((d) => d.sentences.map((s) => s.tokens)) };
  }
  const text = readFileSync(join(root, 'fixtures', 'nato-stoltenberg.txt'), 'utf8');
  const doc = splitSentences(tokenize(text)).map((s) => s.map((t) => t.text));
  return { name: 'fixtures/nato-stoltenberg.txt x50', docs: Array.from({ length: 50 }, () => doc) };
}

async function main(): Promise<number> {
  if (process.argv.includes('--scale')) {
    await runScaleBench();
    return 0;
  }
  const root = projectRoot();
  const path = arg('--model') || defaultModelPath();
  const loads: number[] = [];
  const loadCpu: number[] = [];
  let tagger: Tagger | null = null;
  for (let i = 0; i < 5; i++) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    tagger = new Tagger(parseModel(readFileSync(path)));
    loads.push(ms(t0));
    loadCpu.push(cpuMs(c0));
  }
  if (!tagger) return 1;
  const { name, docs } = corpus(root);
  const tokens = docs.reduce((a, d) => a + d.reduce((b, s) => b + s.length, 0), 0);

  // First run: cold per-word caches, as for the first document a process sees.
  let t0 = process.hrtime.bigint();
  const coldC0 = process.cpuUsage();
  for (const d of docs) tagger.tagDocument(d);
  const cold = ms(t0);
  const coldCpu = cpuMs(coldC0);
  // Steady state: best of several runs (wall clock, and CPU time of this single thread).
  let best = Infinity;
  let bestCpu = Infinity;
  for (let r = 0; r < 5; r++) {
    t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    for (const d of docs) tagger.tagDocument(d);
    best = Math.min(best, ms(t0));
    bestCpu = Math.min(bestCpu, cpuMs(c0));
  }
  // Unseen text after a warm-up on other text (when eng.train is there): a fresh tagger warmed
  // on eng.train, then one pass over the corpus (about a third of its word types are new).
  // Three such trials, each with its own fresh tagger: best and median CPU time.
  const unseen: number[] = [];
  const trainPath = join(root, '..', 'shared', 'corpora', 'conll2003', 'eng.train');
  if (name === 'eng.testa' && existsSync(trainPath)) {
    const train = parseConll(readFileSync(trainPath, 'utf8')).map((d) => d.sentences.map((s) => s.tokens));
    for (let r = 0; r < 3; r++) {
      const fresh = new Tagger(parseModel(readFileSync(path)));
      for (const d of train) fresh.tagDocument(d);
      const c0 = process.cpuUsage();
      for (const d of docs) fresh.tagDocument(d);
      unseen.push(cpuMs(c0));
    }
  }
  process.stdout.write(
    [
      `NER model: ${path} (${(statSync(path).size / 1048576).toFixed(2)} MiB)`,
      `NER model load: first ${loads[0].toFixed(1)} ms (cpu ${loadCpu[0].toFixed(1)} ms), median ${median(loads).toFixed(1)} ms`,
      `NER tagging (${name}, ${fmt(tokens)} tokens, single thread, two passes):`,
      `  first run (cold word cache): ${fmt(tokens / (cold / 1000))} tokens/s wall clock, ${fmt(tokens / (coldCpu / 1000))} tokens/s of CPU time`,
      `  steady state (best of 5):    ${fmt(tokens / (best / 1000))} tokens/s wall clock, ${fmt(tokens / (bestCpu / 1000))} tokens/s of CPU time`,
      ...(unseen.length === 0 ? [] : [
        `  unseen text after warming up on eng.train (3 fresh taggers): best ${fmt(tokens / (Math.min(...unseen) / 1000))}, `
        + `median ${fmt(tokens / (median(unseen) / 1000))} tokens/s of CPU time`,
      ]),
      '',
    ].join('\n'),
  );
  // Whole-pipeline throughput, threads, cold start, memory and big inputs.
  await runScaleBench();
  return 0;
}

main().then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
