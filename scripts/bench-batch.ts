/**
 * Batch throughput of the CLI: `bin/artparse <Reuters-21578> --out <tmp> --format md` with
 * `--jobs 1` (one thread, as before parser threads) and with the default (threads for a big
 * batch), each run twice in a fresh process (start-up included), best run reported as files/s.
 * The corpus is ../shared/corpora/reuters21578 (4,584 stories); `run()` is what `npm run bench`
 * calls. Wall-clock figures: other jobs on the machine lower them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const RUNS = 2;

function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + __dirname);
    dir = up;
  }
  return dir;
}

interface Timing {
  files: number;
  seconds: number;
}

function timeOnce(bin: string, corpus: string, jobs: string[]): Timing {
  const out = mkdtempSync(path.join(os.tmpdir(), 'artparse-bench-'));
  try {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [bin, corpus, '--out', out, '--format', 'md', ...jobs], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const summary = /(\d+) files?, (\d+) written, (\d+) failed/.exec(r.stderr);
    if (r.status !== 0 || !summary) throw new Error(`artparse ${jobs.join(' ')} failed (exit ${r.status}): ${r.stderr.slice(-500)}`);
    return { files: Number(summary[1]), seconds };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  const root = projectRoot();
  const bin = path.join(root, 'bin', 'artparse');
  const corpus = path.join(root, '..', 'shared', 'corpora', 'reuters21578');
  if (!existsSync(corpus)) {
    process.stdout.write(`bench-batch: ${corpus} not found, skipped\n`);
    return;
  }
  const cores = os.availableParallelism();
  process.stdout.write(`batch: artparse reuters21578 --out <tmp> --format md (${cores} cores, best of ${RUNS})\n`);
  for (const [label, jobs] of [
    ['--jobs 1', ['--jobs', '1']],
    ['default', []],
  ] as const) {
    let best: Timing | null = null;
    for (let i = 0; i < RUNS; i++) {
      const t = timeOnce(bin, corpus, [...jobs]);
      if (!best || t.seconds < best.seconds) best = t;
    }
    if (best) process.stdout.write(`  ${label.padEnd(9)} ${best.files} files in ${best.seconds.toFixed(2)} s: ${Math.round(best.files / best.seconds)} files/s\n`);
  }
  process.stdout.write(`  load average: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
}

if (require.main === module) {
  run().catch((err: unknown) => {
    process.stderr.write(`bench-batch: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
