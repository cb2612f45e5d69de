/**
 * The batch-at-scale figures of `npm run bench` (issue 6), each printed with its target and
 * whether this run reaches it:
 *
 * - full pipeline (decode + every extractor, NER included), one thread, in this process, over
 *   the Reuters-21578 stories: articles/s, MB/s, tokens/s; compromise (devDependency) tagging
 *   the same texts in the same run; the ratio of tokens/s (CPU time of this process, so other
 *   jobs on the machine disturb it less than wall clock);
 * - the CLI over the corpus with --jobs 1 and --jobs 2 (wall clock, start-up included);
 * - cold start of `artparse fixtures/nato-stoltenberg.txt` against `node -e 0`, medians of
 *   interleaved runs;
 * - peak RSS of the whole CLI process (all threads: getrusage's maxrss, as `/usr/bin/time -f %M`
 *   reports it), with the threads a big batch gets by default (given as --jobs, so both sizes
 *   run alike), with --out and with --format ndjson to /dev/null, over 1,000 and 10,000 files
 *   made in a temp folder from the stories, the median of RSS_RUNS runs of each;
 * - one synthetic 5 MB and one 50 MB input (stories concatenated), wall clock.
 *
 * Token counts are the project's tokenizer's (src/nlp/tokenize.ts), the same count for both
 * tools. Wall-clock figures drop when other jobs share the machine: the load average is printed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultJobs } from '../src/cli/main';
import { articleFromBytes } from '../src/cli/run';
import { projectRoot } from '../src/nlp/ner/index';
import { tokenize } from '../src/nlp/tokenize';
import { cpuMs, fmt, median, wallMs } from './script-utils';

/** The part of compromise used here: building a document runs its tokenizer and tagger. */
type Compromise = (text: string) => { terms(): { length: number } };

const COLD_RUNS = 9;
const JOB_RUNS = 2;
/** Runs per batch size and mode for the peak RSS figures, whose median is taken: a peak is the maximum of a noisy sum (three heaps collected at their own times), and one run of 1,000 files was seen anywhere from 120 to 127 MiB. */
const RSS_RUNS = 3;

interface Story {
  name: string;
  text: string;
  bytes: Buffer;
}

function loadStories(corpus: string): Story[] {
  const collator = new Intl.Collator('en', { numeric: true });
  return readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort(collator.compare)
    .map((name) => {
      const bytes = readFileSync(path.join(corpus, name));
      return { name, bytes, text: bytes.toString('utf8') };
    });
}

const cpuSeconds = (from: NodeJS.CpuUsage): number => cpuMs(from) / 1000;
const wallSeconds = (from: bigint): number => wallMs(from) / 1000;

interface Check {
  figure: string;
  value: string;
  target: string;
  pass: boolean;
}

/** Run a command with stdout to /dev/null; wall seconds, and the peak RSS (MiB) when `rss` is set. */
function timeCommand(args: string[], options: { cwd: string; rssProbe?: string } = { cwd: '.' }): { seconds: number; status: number | null; stderr: string; rssMiB: number | null } {
  const devNull = openSync('/dev/null', 'w');
  const rssFile = options.rssProbe ? path.join(os.tmpdir(), `artparse-rss-${process.pid}-${Date.now()}`) : null;
  try {
    const pre = options.rssProbe && rssFile ? ['-r', options.rssProbe] : [];
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [...pre, ...args], {
      cwd: options.cwd,
      stdio: ['ignore', devNull, 'pipe'],
      encoding: 'utf8',
      env: { ...process.env, ...(rssFile ? { ARTPARSE_RSS_FILE: rssFile } : {}) },
      maxBuffer: 64 * 1024 * 1024,
    });
    const seconds = wallSeconds(start);
    const rssMiB = rssFile && existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : null;
    return { seconds, status: r.status, stderr: r.stderr, rssMiB };
  } finally {
    closeSync(devNull);
    if (rssFile) rmSync(rssFile, { force: true });
  }
}

/** A preload script that writes the process's peak RSS (KiB, all threads) to $ARTPARSE_RSS_FILE at exit. */
function writeRssProbe(dir: string): string {
  const file = path.join(dir, 'rss-probe.js');
  writeFileSync(file, "process.on('exit', () => require('fs').writeFileSync(process.env.ARTPARSE_RSS_FILE, String(process.resourceUsage().maxRSS)));\n");
  return file;
}

function pipelineFigures(stories: Story[], checks: Check[], out: (line: string) => void): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise') as Compromise;
  const tokens = stories.reduce((n, s) => n + tokenize(s.text).length, 0);
  const mb = stories.reduce((n, s) => n + s.bytes.length, 0) / 1e6;
  out(`pipeline, one thread: ${stories.length} Reuters-21578 stories, ${mb.toFixed(2)} MB, ${fmt(tokens)} tokens`);

  for (const s of stories.slice(0, 200)) articleFromBytes(s.bytes, s.name); // warm-up: model, caches, JIT
  let c0 = process.cpuUsage();
  let w0 = process.hrtime.bigint();
  for (const s of stories) articleFromBytes(s.bytes, s.name);
  const ours = { cpu: cpuSeconds(c0), wall: wallSeconds(w0) };
  out(`  artparse (all extractors, NER): ${fmt(stories.length / ours.cpu)} articles/s, ${(mb / ours.cpu).toFixed(2)} MB/s, ${fmt(tokens / ours.cpu)} tokens/s of CPU time (wall: ${fmt(tokens / ours.wall)} tokens/s)`);

  for (const s of stories.slice(0, 200)) nlp(s.text);
  c0 = process.cpuUsage();
  w0 = process.hrtime.bigint();
  let terms = 0;
  for (const s of stories) terms += nlp(s.text).terms().length;
  const theirs = { cpu: cpuSeconds(c0), wall: wallSeconds(w0) };
  out(`  compromise (tokenize + tag):     ${fmt(stories.length / theirs.cpu)} articles/s, ${(mb / theirs.cpu).toFixed(2)} MB/s, ${fmt(tokens / theirs.cpu)} tokens/s of CPU time (wall: ${fmt(tokens / theirs.wall)} tokens/s; ${fmt(terms)} terms of its own)`);
  out(`  peak RSS of this process so far: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
  const ratio = theirs.cpu / ours.cpu;
  checks.push({ figure: 'pipeline tokens/s vs compromise (one thread, CPU time)', value: `${ratio.toFixed(1)}x`, target: '>= 20x', pass: ratio >= 20 });
}

/**
 * CPU seconds of each thread of a command (Linux: /proc/<pid>/task/<tid>/stat, polled every
 * 20 ms, last value kept), as { main, others } with `others` sorted high to low. Node names
 * no thread, so roles are told apart by CPU: with --jobs N the N busiest other threads are the
 * parser threads; the rest are V8's (garbage collection, compilers) and libuv's.
 */
async function threadCpu(args: string[], cwd: string): Promise<{ main: number; others: number[] } | null> {
  if (process.platform !== 'linux') return null;
  const child = spawn(process.execPath, args, { cwd, stdio: 'ignore' });
  const pid = child.pid;
  if (pid === undefined) return null;
  const seconds = new Map<string, number>();
  const poll = (): void => {
    let tids: string[] = [];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      return; // exited
    }
    for (const tid of tids) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        seconds.set(tid, (Number(fields[11]) + Number(fields[12])) / 100); // utime + stime, in USER_HZ ticks (100 on Linux)
      } catch {
        // the thread ended between the two reads
      }
    }
  };
  const timer = setInterval(poll, 20);
  await new Promise<void>((resolve) => child.on('exit', () => resolve()));
  clearInterval(timer);
  const main = seconds.get(String(pid)) ?? 0;
  seconds.delete(String(pid));
  return { main, others: [...seconds.values()].sort((a, b) => b - a) };
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

async function jobFigures(bin: string, corpus: string, files: number, checks: Check[], out: (line: string) => void): Promise<void> {
  out(`CLI over the corpus (artparse reuters21578 --format ndjson > /dev/null, best of ${JOB_RUNS}, start-up included):`);
  const rates: Record<string, number> = {};
  for (const jobs of ['1', '2']) {
    let best = Infinity;
    for (let i = 0; i < JOB_RUNS; i++) {
      const r = timeCommand([bin, corpus, '--format', 'ndjson', '--jobs', jobs]);
      if (r.status !== 0) throw new Error(`artparse --jobs ${jobs} failed (exit ${r.status}): ${r.stderr.slice(-300)}`);
      best = Math.min(best, r.seconds);
    }
    rates[jobs] = files / best;
    out(`  --jobs ${jobs}: ${files} files in ${best.toFixed(2)} s: ${fmt(files / best)} articles/s`);
  }
  const scale = (rates['2'] as number) / (rates['1'] as number);
  checks.push({ figure: '--jobs 2 vs --jobs 1 (articles/s, wall clock)', value: `${scale.toFixed(2)}x`, target: '>= 1.7x', pass: scale >= 1.7 });
  // Where the CPU goes, per thread (one more run each, not timed): with --jobs 1 the main thread
  // parses and V8's own threads already use part of a second core.
  for (const jobs of [1, 2]) {
    const cpu = await threadCpu([bin, corpus, '--format', 'ndjson', '--jobs', String(jobs)], '.');
    if (!cpu) break;
    const parsers = jobs > 1 ? cpu.others.slice(0, jobs) : [];
    const rest = sum(cpu.others.slice(parsers.length));
    const total = cpu.main + sum(parsers) + rest;
    out(`  --jobs ${jobs} CPU by thread: ${total.toFixed(2)} s in all; main ${cpu.main.toFixed(2)} s${parsers.length ? `, parser threads ${parsers.map((x) => x.toFixed(2)).join(' + ')} s` : ''}, V8 and libuv threads ${rest.toFixed(2)} s`);
  }
  await machineCeiling(bin, corpus, out);
}

/** Wall seconds until every one of these commands (node args) has exited, all started at once. */
async function wallOfAll(commands: string[][]): Promise<number> {
  const start = process.hrtime.bigint();
  await Promise.all(
    commands.map(
      (args) =>
        new Promise<void>((resolve, reject) => {
          const child = spawn(process.execPath, args, { stdio: 'ignore' });
          child.on('error', reject);
          child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.slice(0, 2).join(' ')} … exited with ${code}`))));
        }),
    ),
  );
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/**
 * What two cores give this workload at best, threads or not: the corpus in two halves (odd and
 * even stories), two one-thread runs one after the other against both at once. Their ratio is
 * the ceiling for --jobs 2 vs --jobs 1 on this machine (a run in one thread already keeps V8's
 * compiler and collector busy on the second core).
 */
async function machineCeiling(bin: string, corpus: string, out: (line: string) => void): Promise<void> {
  const stories = readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => path.join(corpus, f));
  const halves = [stories.filter((_, i) => i % 2 === 0), stories.filter((_, i) => i % 2 === 1)];
  const commands = halves.map((files) => [bin, ...files, '--format', 'ndjson', '--jobs', '1']);
  let apart = Infinity;
  let together = Infinity;
  for (let i = 0; i < JOB_RUNS; i++) {
    apart = Math.min(apart, (await wallOfAll([commands[0] as string[]])) + (await wallOfAll([commands[1] as string[]])));
    together = Math.min(together, await wallOfAll(commands));
  }
  out(`  two --jobs 1 processes, half the corpus each: ${apart.toFixed(2)} s one after the other, ${together.toFixed(2)} s at once: ${(apart / together).toFixed(2)}x (what two cores give this work at best)`);
}

function coldStartFigures(bin: string, root: string, checks: Check[], out: (line: string) => void): void {
  const seed = path.join('fixtures', 'nato-stoltenberg.txt');
  const node: number[] = [];
  const ours: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    node.push(timeCommand(['-e', '0'], { cwd: root }).seconds * 1000);
    ours.push(timeCommand([bin, seed], { cwd: root }).seconds * 1000);
  }
  const ratio = median(ours) / median(node);
  out(`cold start (median of ${COLD_RUNS}, interleaved): node -e 0 ${median(node).toFixed(0)} ms; artparse ${seed} ${median(ours).toFixed(0)} ms`);
  checks.push({ figure: 'cold start vs node -e 0 (medians)', value: `${ratio.toFixed(1)}x`, target: '<= 2x', pass: ratio <= 2 });
}

/** The two ways a batch is run for the RSS figures: one file per input, or one stream to stdout. */
const RSS_MODES = [
  { name: '--out DIR', args: (work: string, n: number): string[] => ['--out', path.join(work, `out-${n}`)] },
  { name: '--format ndjson > /dev/null', args: (): string[] => ['--format', 'ndjson'] },
] as const;

/**
 * The threads of the RSS runs, given explicitly: what a big batch gets by default. Both sizes
 * then run the same way whatever the default does for 1,000 inputs (it depends on the cores:
 * minInputsForThreads in src/cli/main.ts).
 */
const RSS_JOBS = String(defaultJobs(Infinity));

const mb = (mib: number): string => `${mib.toFixed(0)} MiB (${(mib * 1.048576).toFixed(0)} MB)`;

/** One CLI run with the RSS probe: its wall seconds and peak RSS (MiB); a failed run stops the bench. */
function rssRun(args: string[], work: string, probe: string, what: string): { seconds: number; rssMiB: number } {
  const r = timeCommand(args, { cwd: work, rssProbe: probe });
  if (r.status !== 0 || r.rssMiB === null) throw new Error(`artparse ${what} failed (exit ${r.status}): ${r.stderr.slice(-300)}`);
  return { seconds: r.seconds, rssMiB: r.rssMiB };
}

function rssFigures(bin: string, stories: Story[], work: string, checks: Check[], out: (line: string) => void): void {
  const probe = writeRssProbe(work);
  const peaks: Record<string, Record<number, number>> = {};
  for (const n of [1000, 10000]) {
    const dir = path.join(work, `in-${n}`);
    for (let i = 0; i < n; i++) {
      const sub = path.join(dir, String(Math.floor(i / 1000)));
      if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
      writeFileSync(path.join(sub, `${i}.txt`), (stories[i % stories.length] as Story).bytes);
    }
    for (const mode of RSS_MODES) {
      const seconds: number[] = [];
      const rss: number[] = [];
      for (let i = 0; i < RSS_RUNS; i++) {
        const r = rssRun([bin, dir, ...mode.args(work, n), '--jobs', RSS_JOBS], work, probe, `over ${n} files (${mode.name})`);
        seconds.push(r.seconds);
        rss.push(r.rssMiB);
        rmSync(path.join(work, `out-${n}`), { recursive: true, force: true });
      }
      (peaks[mode.name] ??= {})[n] = median(rss);
      out(`  ${fmt(n)} files ${mode.name} (--jobs ${RSS_JOBS}, a big batch's default): ${median(seconds).toFixed(1)} s, ${fmt(n / median(seconds))} files/s, peak RSS ${mb(median(rss))} (median of ${rss.map((x) => x.toFixed(0)).join(', ')} MiB)`);
    }
    if (RSS_JOBS !== '1') {
      // A batch in one thread (--jobs 1, a 1-core machine's default) is shown too, without a target of its own.
      const r = rssRun([bin, dir, '--format', 'ndjson', '--jobs', '1'], work, probe, `--jobs 1 over ${n} files`);
      out(`  ${fmt(n)} files --format ndjson > /dev/null (--jobs 1): ${r.seconds.toFixed(1)} s, ${fmt(n / r.seconds)} files/s, peak RSS ${mb(r.rssMiB)}`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
  for (const mode of RSS_MODES) {
    const big = peaks[mode.name]?.[10000] as number;
    const small = peaks[mode.name]?.[1000] as number;
    checks.push({ figure: `peak RSS, 10,000 files, ${mode.name}`, value: mb(big), target: '<= 150 MB', pass: big * 1.048576 <= 150 });
    const growth = big / small - 1;
    checks.push({ figure: `peak RSS, 10,000 vs 1,000 files, ${mode.name}`, value: `${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)} %`, target: 'within 10 %', pass: Math.abs(growth) <= 0.1 });
  }
}

function bigInputFigures(bin: string, stories: Story[], work: string, checks: Check[], out: (line: string) => void): void {
  const seconds: Record<number, number> = {};
  for (const mb of [5, 50]) {
    const file = path.join(work, `synthetic-${mb}mb.txt`);
    const parts: Buffer[] = [];
    let size = 0;
    for (let i = 0; size < mb * 1e6; i++) {
      const story = Buffer.concat([(stories[i % stories.length] as Story).bytes, Buffer.from('\n\n')]);
      parts.push(story);
      size += story.length;
    }
    writeFileSync(file, Buffer.concat(parts));
    const r = timeCommand([bin, file, '--format', 'ndjson'], { cwd: work });
    if (r.status !== 0) throw new Error(`artparse ${file} failed (exit ${r.status}): ${r.stderr.slice(-300)}`);
    seconds[mb] = r.seconds;
    out(`  one ${mb} MB input (stories concatenated): ${r.seconds.toFixed(2)} s, ${(size / 1e6 / r.seconds).toFixed(2)} MB/s`);
    rmSync(file, { force: true });
  }
  const ratio = (seconds[50] as number) / (seconds[5] as number);
  checks.push({ figure: '50 MB input vs 5 MB input (time)', value: `${ratio.toFixed(1)}x`, target: '<= 11x', pass: ratio <= 11 });
}

export async function run(): Promise<void> {
  const root = projectRoot();
  const bin = path.join(root, 'bin', 'artparse');
  const corpus = path.join(root, '..', 'shared', 'corpora', 'reuters21578');
  const out = (line: string): void => void process.stdout.write(line + '\n');
  if (!existsSync(corpus)) {
    out(`bench-scale: ${corpus} not found, skipped`);
    return;
  }
  const load = (): string => os.loadavg().map((l) => l.toFixed(2)).join(' ');
  out(`batch at scale (${os.availableParallelism()} cores; load average at start: ${load()})`);
  const stories = loadStories(corpus);
  const checks: Check[] = [];
  const work = mkdtempSync(path.join(os.tmpdir(), 'artparse-bench-'));
  try {
    pipelineFigures(stories, checks, out);
    await jobFigures(bin, corpus, stories.length, checks, out);
    coldStartFigures(bin, root, checks, out);
    out('memory and size:');
    rssFigures(bin, stories, work, checks, out);
    bigInputFigures(bin, stories, work, checks, out);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  out(`load average at end: ${load()}`);
  out('done when:');
  for (const c of checks) out(`  ${c.pass ? 'PASS' : 'FAIL'}  ${c.figure}: ${c.value} (target ${c.target})`);
}

if (require.main === module) {
  run().catch((err: unknown) => {
    process.stderr.write(`bench-scale: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
