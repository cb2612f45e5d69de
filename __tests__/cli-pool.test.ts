/**
 * Parser threads in-process: the pool (src/cli/pool.ts) against small plain-JS worker scripts
 * (ts-jest cannot start a worker from the .ts sources), and main() with an injected parser
 * that finishes inputs out of order. The real worker entry is tested through the built
 * bin/artparse in cli-spawn.test.ts.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { InputError } from '../src/cli/errors';
import { CliDeps, defaultJobs, main, MIN_INPUTS_FOR_THREADS, MIN_INPUTS_FOR_THREADS_ON_TWO_CORES } from '../src/cli/main';
import { Parsed, Parser, Source, THREAD_STOPPED, WorkerConfig, WorkerPool } from '../src/cli/pool';
import { parseSource } from '../src/cli/worker';
import { Capture } from './support/capture';

const FIXTURES = path.join(__dirname, '..', 'fixtures');

// batches of more inputs than start threads by default, parsed twice
jest.setTimeout(60_000);

let work: string;

beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'artparse-pool-'));
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

async function cli(args: string[], deps: Partial<CliDeps> = {}, stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(
    ['node', 'artparse', ...args],
    { stdout, stderr, stdin: Readable.from(stdin ? [Buffer.from(stdin)] : []), stdinIsTTY: false, stdoutIsTTY: false, stderrIsTTY: false, env: {}, cwd: work },
    deps,
  );
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/**
 * A worker script speaking the pool's protocol: echoes the text; CRASH exits the thread, THROW
 * throws uncaught, HOG fills the heap until the thread runs out of memory.
 */
function fakeWorker(body = ''): string {
  const file = path.join(work, 'fake-worker.js');
  writeFileSync(
    file,
    `const { parentPort, workerData } = require('node:worker_threads');
${body}
parentPort.on('message', (m) => {
  const text = Buffer.from(m.bytes).toString();
  if (text.startsWith('CRASH')) process.exit(3);
  if (text.startsWith('THROW')) throw new Error('boom');
  if (text.startsWith('HOG')) { const hog = []; for (;;) hog.push(new Array(1e5).fill(hog.length)); }
  if (text.startsWith('FAIL')) return parentPort.postMessage({ type: 'failed', id: m.id, reason: 'empty file' });
  parentPort.postMessage({ type: 'done', id: m.id, article: { text, path: m.path, timezone: workerData.timezone } });
});
parentPort.postMessage({ type: 'ready' });
`,
  );
  return file;
}

type Settled = { ok: true; value: unknown } | { ok: false; reason: string };

function settle(p: Promise<unknown>): Promise<Settled> {
  return p.then(
    (value): Settled => ({ ok: true, value }),
    (err: unknown): Settled => ({ ok: false, reason: err instanceof Error ? err.message : String(err) }),
  );
}

const CONFIG: WorkerConfig = { format: 'auto', timezone: 'Asia/Kolkata' };

describe('WorkerPool', () => {
  test('every input gets its own result, with the shared options', async () => {
    const pool = new WorkerPool(2, fakeWorker(), CONFIG);
    try {
      const texts = Array.from({ length: 50 }, (_, i) => `input ${i}`);
      const results = await Promise.all(texts.map((t, i) => pool.parse(Buffer.from(t), `f${i}.txt`)));
      expect(results).toEqual(texts.map((text, i) => ({ text, path: `f${i}.txt`, timezone: 'Asia/Kolkata' })));
    } finally {
      await pool.close();
    }
  });

  test("an input's failure comes back as its reason; the worker goes on", async () => {
    const pool = new WorkerPool(1, fakeWorker(), CONFIG);
    try {
      const r = await Promise.all(['a', 'FAIL', 'b'].map((t) => settle(pool.parse(Buffer.from(t), null))));
      expect(r).toEqual([{ ok: true, value: expect.anything() }, { ok: false, reason: 'empty file' }, { ok: true, value: expect.anything() }]);
    } finally {
      await pool.close();
    }
  });

  test.each(['CRASH', 'THROW'])('a thread that stops (%s) fails only its in-flight inputs and is replaced', async (kind) => {
    const pool = new WorkerPool(2, fakeWorker(), CONFIG);
    try {
      const texts = Array.from({ length: 40 }, (_, i) => (i === 5 || i === 30 ? `${kind} ${i}` : `ok ${i}`));
      const r = await Promise.all(texts.map((t) => settle(pool.parse(Buffer.from(t), null))));
      const failedAt = r.flatMap((x, i) => (x.ok ? [] : [i]));
      expect(failedAt).toContain(5);
      expect(failedAt).toContain(30);
      for (const i of failedAt) expect(r[i]).toEqual({ ok: false, reason: THREAD_STOPPED });
      // at most the inputs in flight on the two dead threads (2 each)
      expect(failedAt.length).toBeLessThanOrEqual(4);
      expect(r[39]).toEqual({ ok: true, value: expect.objectContaining({ text: 'ok 39' }) });
    } finally {
      await pool.close();
    }
  });

  test('the inputs of a thread that runs out of heap are parsed in the main thread; the batch goes on', async () => {
    const pool = new WorkerPool(1, fakeWorker(), CONFIG, 16);
    try {
      const hog = Buffer.from('HOG\n' + readFileSync(path.join(FIXTURES, 'nato-stoltenberg.txt'), 'utf8'));
      const r = await Promise.all([hog, Buffer.from('after')].map((b) => settle(pool.parse(b, 'story.txt'))));
      expect(r[0]).toEqual({ ok: true, value: parseSource({ bytes: hog }, 'story.txt', CONFIG) });
      expect(r[0]).toEqual({ ok: true, value: expect.objectContaining({ headline: expect.stringContaining('Stoltenberg says') }) });
      // 'after' was in flight on the same thread: parsed here too, or by the thread that replaced it
      expect(r[1]).toEqual({ ok: true, value: expect.anything() });
      expect(await pool.parse(Buffer.from('later'), null)).toEqual(expect.objectContaining({ text: 'later' }));
    } finally {
      await pool.close();
    }
  });

  test('threads that die while starting are not restarted, and nothing hangs', async () => {
    const pool = new WorkerPool(2, fakeWorker("throw new Error('cannot load');"), CONFIG);
    try {
      const r = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((t) => settle(pool.parse(Buffer.from(t), null))));
      expect(r).toEqual(Array(5).fill({ ok: false, reason: THREAD_STOPPED }));
      expect(await settle(pool.parse(Buffer.from('later'), null))).toEqual({ ok: false, reason: THREAD_STOPPED });
    } finally {
      await pool.close();
    }
  });

  test('close() stops the threads; inputs still queued fail', async () => {
    const pool = new WorkerPool(1, fakeWorker(), CONFIG);
    const pending = Array.from({ length: 10 }, (_, i) => settle(pool.parse(Buffer.from(`x${i}`), null)));
    await pool.close();
    const r = await Promise.all(pending);
    for (const x of r) if (!x.ok) expect(x.reason).toBe(THREAD_STOPPED);
    expect(await settle(pool.parse(Buffer.from('after'), null))).toEqual({ ok: false, reason: THREAD_STOPPED });
  });
});

/** Parses in this thread but finishes inputs out of order (later inputs sooner). */
class ShufflingParser implements Parser {
  calls = 0;
  closed = false;
  constructor(
    readonly size: number,
    private readonly config: WorkerConfig,
    private readonly crashOn?: string,
  ) {}

  parse(bytes: Buffer, sourcePath: string | null): Promise<Parsed> {
    return this.later(sourcePath, { bytes });
  }

  parseFile(file: string, sourcePath: string): Promise<Parsed> {
    return this.later(sourcePath, { file });
  }

  private later(sourcePath: string | null, source: Source): Promise<Parsed> {
    const delay = (7 * this.calls++) % 5;
    return new Promise<Parsed>((resolve, reject) => {
      setTimeout(() => {
        if (this.crashOn !== undefined && sourcePath === this.crashOn) return reject(new InputError(THREAD_STOPPED));
        try {
          resolve(parseSource(source, sourcePath, this.config));
        } catch (err) {
          reject(err);
        }
      }, delay);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

/** `in/` with the fixtures copied until there are more than the threshold, plus an empty and a binary file. */
function makeBatch(): string[] {
  const dir = path.join(work, 'in');
  mkdirSync(dir);
  const fixtures = readdirSync(FIXTURES).filter((f) => /\.(txt|html)$/.test(f));
  const names: string[] = [];
  for (let i = 0; names.length < MIN_INPUTS_FOR_THREADS + 8; i++) {
    for (const f of fixtures) {
      const name = `${i}-${f}`;
      copyFileSync(path.join(FIXTURES, f), path.join(dir, name));
      names.push(name);
    }
  }
  writeFileSync(path.join(dir, '3-empty.txt'), '');
  writeFileSync(path.join(dir, '7-binary.txt'), Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01, 0x02, 0x00]));
  return names;
}

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (d.isFile()) out[path.relative(dir, path.join(d.parentPath, d.name))] = readFileSync(path.join(d.parentPath, d.name), 'utf8');
  }
  return out;
}

describe('main with parser threads (injected, out of order)', () => {
  test.each(['json', 'ndjson', 'md'])('%s on stdout: the same bytes, messages and exit code as --jobs 1', async (format) => {
    makeBatch();
    const one = await cli(['in', '--format', format, '--jobs', '1', '--verbose']);
    let made: ShufflingParser | null = null;
    const createParser = (n: number, c: WorkerConfig): Parser => (made = new ShufflingParser(n, c));
    const many = await cli(['in', '--format', format, '--jobs', '3', '--verbose'], { createParser });
    expect(made).not.toBeNull();
    expect((made as unknown as ShufflingParser).closed).toBe(true);
    expect(one.code).toBe(1);
    expect(many.code).toBe(one.code);
    expect(many.stderr).toBe(one.stderr);
    expect(many.stdout).toBe(one.stdout);
    expect(one.stderr).toContain('in/3-empty.txt: empty file');
    expect(one.stderr).toContain('in/7-binary.txt: not a text file');
  });

  test('--out: the same files, summary and exit code; a failing input is reported once', async () => {
    makeBatch();
    const one = await cli(['in', '--out', 'out', '--format', 'md', '--jobs', '1']);
    renameSync(path.join(work, 'out'), path.join(work, 'out-one'));
    const many = await cli(['in', '--out', 'out', '--format', 'md'], { createParser: (n, c) => new ShufflingParser(n, c) });
    expect(one.code).toBe(1);
    expect(many.code).toBe(one.code);
    expect(many.stderr).toBe(one.stderr);
    expect(Object.keys(tree(path.join(work, 'out')))).toContain('0-nato-stoltenberg.txt.md'); // a.html (first by name) and a.txt: both kept
    expect(tree(path.join(work, 'out'))).toEqual(tree(path.join(work, 'out-one')));
    expect(many.stderr.split('\n').filter((l) => l.includes('3-empty.txt'))).toHaveLength(1);
  });

  test('stdout that holds writes a while (a socket, a pipe on macOS): a thread\'s document is let go only once written', async () => {
    makeBatch();
    const one = await cli(['in', '--format', 'ndjson', '--jobs', '1']);
    // Keeps each chunk and reads it only when the write completes, a moment later.
    class SlowStdout extends Writable {
      text = '';
      isTTY = false;
      _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
        setImmediate(() => {
          this.text += chunk.toString();
          cb();
        });
      }
    }
    // Room for many documents: write() says "go on" while they wait, as a socket does below 16 kB.
    const stdout = new SlowStdout({ highWaterMark: 1 << 20 });
    const code = await main(
      ['node', 'artparse', 'in', '--format', 'ndjson', '--jobs', '2'],
      { stdout, stderr: new Capture(), stdin: Readable.from([]), stdinIsTTY: false, stdoutIsTTY: false, stderrIsTTY: false, env: {}, cwd: work },
      { createParser: (n, c) => new ShufflingParser(n, c) },
    );
    await new Promise<void>((resolve) => stdout.end(resolve)); // what it still holds
    expect(code).toBe(one.code);
    expect(stdout.text).toBe(one.stdout);
  });

  test('a stopped thread fails that input with one line; the batch goes on', async () => {
    const names = makeBatch();
    const victim = names[10] as string;
    const r = await cli(['in', '--format', 'ndjson', '--jobs', '2'], { createParser: (n, c) => new ShufflingParser(n, c, `in/${victim}`) });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter((l) => l.includes(victim))).toEqual([`artparse: in/${victim}: ${THREAD_STOPPED}`]);
    expect(r.stdout.trim().split('\n')).toHaveLength(names.length - 1);
  });

  test('stdin through a thread: "empty input", as in this thread', async () => {
    const r = await cli(['-', '--jobs', '2'], { createParser: (n, c) => new ShufflingParser(n, c) }, '   \n');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^artparse: <stdin>: empty input/);
  });

  test('by default threads start only for a big batch; --jobs 1 never starts them', async () => {
    const names = makeBatch();
    let asked: number[] = [];
    const createParser = (n: number, c: WorkerConfig): Parser => {
      asked.push(n);
      return new ShufflingParser(n, c);
    };
    await cli(['in', '--format', 'ndjson'], { createParser, cores: 4 });
    expect(asked).toEqual([4]);
    asked = [];
    // on two cores this batch (more than 128 inputs, fewer than 1,000) stays in one thread
    expect(names.length).toBeLessThan(MIN_INPUTS_FOR_THREADS_ON_TWO_CORES);
    await cli(['in', '--format', 'ndjson'], { createParser, cores: 2 });
    await cli(['in', '--format', 'ndjson', '--jobs', '1'], { createParser, cores: 4 });
    await cli([`in/${names[0] as string}`, `in/${names[1] as string}`], { createParser, cores: 4 });
    expect(asked).toEqual([]);
    // given explicitly, --jobs starts threads on two cores too
    await cli(['in', '--format', 'ndjson', '--jobs', '2'], { createParser, cores: 2 });
    expect(asked).toEqual([2]);
    expect(defaultJobs(MIN_INPUTS_FOR_THREADS - 1, 4)).toBe(1);
    expect(defaultJobs(MIN_INPUTS_FOR_THREADS, 4)).toBe(4);
    expect(defaultJobs(MIN_INPUTS_FOR_THREADS_ON_TWO_CORES - 1, 2)).toBe(1);
    expect(defaultJobs(MIN_INPUTS_FOR_THREADS_ON_TWO_CORES, 2)).toBe(2);
    expect(defaultJobs(5000, 64)).toBe(8);
    expect(defaultJobs(5000, 1)).toBe(1);
  });

  test('without a compiled worker (ts-jest) the default pool falls back to this thread', async () => {
    makeBatch();
    const one = await cli(['in', '--format', 'ndjson', '--jobs', '1']);
    const two = await cli(['in', '--format', 'ndjson', '--jobs', '2']);
    expect(two).toEqual(one);
  });
});

describe('--jobs validation', () => {
  test.each(['0', 'x', '-1', '1.5', ''])('--jobs %p is a usage error: exit 2, one line', async (value) => {
    writeFileSync(path.join(work, 'a.txt'), 'HEADLINE\n\nBody text here.\n');
    const r = await cli(['--jobs', value, 'a.txt']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`artparse: option '-j, --jobs <n>' argument '${value}' is invalid. must be a positive integer (see 'artparse --help')\n`);
  });
});
