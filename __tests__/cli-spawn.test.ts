/**
 * The installed command: bin/artparse run as a process against the compiled dist/, with real
 * pipes (dist/ is rebuilt first when older than the sources: support/built.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MIN_INPUTS_FOR_THREADS } from '../src/cli/main';
import type { Article } from '../src/types';
import { BIN, ensureBuilt, ROOT } from './support/built';

const NATO = path.join(ROOT, 'fixtures', 'nato-stoltenberg.txt');

beforeAll(ensureBuilt, 120_000);

function run(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('bin/artparse parses the seed fixture to one JSON object on a pipe, without colour', () => {
  const r = run(['fixtures/nato-stoltenberg.txt']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(r.stdout).not.toContain('\x1b[');
  const a = JSON.parse(r.stdout) as Article;
  expect(a.source).toMatchObject({ path: 'fixtures/nato-stoltenberg.txt', encoding: 'utf-8' });
  expect(a.headline).toMatch(/Stoltenberg/);
});

test('bin/artparse reads piped stdin and writes NDJSON', () => {
  const r = run(['--format', 'ndjson'], 'MILL SEES HIGHER PROFIT\n\n    PORTLAND, Maine, March 4 - Profit rose.\n Reuter\n');
  expect(r.status).toBe(0);
  const ls = r.stdout.split('\n').filter(Boolean);
  expect(ls).toHaveLength(1);
  expect((JSON.parse(ls[0] as string) as Article).source.path).toBeNull();
});

test('bin/artparse: usage errors exit 2 with one line and no stack trace', () => {
  const r = run(['--format', 'xml', 'fixtures/nato-stoltenberg.txt']);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
});

test('`artparse many | head -c 100` does not crash when the reader goes away', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'artparse-pipe-'));
  try {
    mkdirSync(path.join(dir, 'in'));
    for (let i = 0; i < 300; i++) copyFileSync(NATO, path.join(dir, 'in', `${i}.txt`));
    const child = spawn(process.execPath, [BIN, path.join(dir, 'in'), '--format', 'ndjson'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

describe('parser threads (--jobs): the real worker pool of the built CLI', () => {
  let dir: string;
  const FIXTURE_FILES = readdirSync(path.join(ROOT, 'fixtures')).filter((f) => /\.(txt|html)$/.test(f));
  const COPIES = Math.ceil(MIN_INPUTS_FOR_THREADS / FIXTURE_FILES.length);

  beforeAll(() => {
    // the fixtures copied into more inputs than start threads by default on more than two
    // cores (on two, 1,000 inputs do, so there the default runs in one thread and only the
    // --jobs runs below use threads), with an empty, a whitespace-only and a binary file among them
    dir = mkdtempSync(path.join(os.tmpdir(), 'artparse-jobs-'));
    const inDir = path.join(dir, 'in');
    mkdirSync(inDir);
    for (let i = 0; i < COPIES; i++) for (const f of FIXTURE_FILES) copyFileSync(path.join(ROOT, 'fixtures', f), path.join(inDir, `${i}-${f}`));
    writeFileSync(path.join(inDir, '3-empty.txt'), '');
    writeFileSync(path.join(inDir, '5-blank.txt'), ' \n\t\n');
    writeFileSync(path.join(inDir, '7-binary.txt'), Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01, 0x02, 0x00]));
    // read by the parser threads themselves: their read failures must read as the main thread's
    symlinkSync(path.join(dir, 'gone.txt'), path.join(inDir, '9-gone.txt'));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function runIn(args: string[]): { status: number | null; stdout: string; stderr: string } {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' } });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  function tree(root: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const d of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (d.isFile()) out[path.relative(root, path.join(d.parentPath, d.name))] = readFileSync(path.join(d.parentPath, d.name), 'utf8');
    }
    return out;
  }

  test.each(['json', 'ndjson', 'md'])('%s on stdout: --jobs 2 and the default give the bytes, messages and exit code of --jobs 1', (format) => {
    const one = runIn(['in', '--format', format, '--verbose', '--jobs', '1']);
    expect(one.status).toBe(1);
    expect(one.stderr).toContain('artparse: in/3-empty.txt: empty file\n');
    expect(one.stderr).toContain('artparse: in/7-binary.txt: not a text file\n');
    expect(one.stderr).not.toContain('internal error');
    for (const jobs of [['--jobs', '2'], ['--jobs', '3'], []]) {
      const many = runIn(['in', '--format', format, '--verbose', ...jobs]);
      expect(many).toEqual(one);
    }
  }, 120_000);

  test('inputs over --max-bytes are refused by the threads as by --jobs 1', () => {
    const one = runIn(['in', '--format', 'ndjson', '--max-bytes', '4000', '--jobs', '1']);
    const two = runIn(['in', '--format', 'ndjson', '--max-bytes', '4000', '--jobs', '2']);
    expect(one.stderr).toMatch(/too large \(\d+ bytes; the limit is --max-bytes 4000\)/);
    expect(one.stderr).toMatch(/9-gone\.txt: broken symbolic link/);
    expect(two).toEqual(one);
  });

  test('--out: the same files, messages, summary and exit code as --jobs 1', () => {
    const one = runIn(['in', '--out', 'out-one', '--format', 'md', '--jobs', '1', '-v']);
    const two = runIn(['in', '--out', 'out-two', '--format', 'md', '--jobs', '2', '-v']);
    expect(one.status).toBe(1);
    expect(two.status).toBe(one.status);
    const untimed = (stderr: string): string => stderr.replace(/ in \d+\.\d s\n$/, '\n');
    expect(untimed(two.stderr.replaceAll('out-two', 'out-one'))).toBe(untimed(one.stderr));
    // x.html and x.txt both kept (x.md, x.html.md); the 4 bad files fail
    const files = FIXTURE_FILES.length * COPIES + 4;
    expect(one.stderr).toMatch(new RegExp(`artparse: ${files} files: ${files - 4} parsed, 4 failed, 0 skipped in \\d+\\.\\d s\n$`));
    expect(tree(path.join(dir, 'out-two'))).toEqual(tree(path.join(dir, 'out-one')));
  }, 120_000);

  test('stdin through a thread: the same article, and "empty input" as without threads', () => {
    const piped = (jobs: string, input: Buffer | string): ReturnType<typeof spawnSync> =>
      spawnSync(process.execPath, [BIN, '-', 'in/0-wire-1987.txt', '--jobs', jobs, '--format', 'ndjson'], { cwd: dir, input, encoding: 'utf8' });
    const two = piped('2', readFileSync(NATO));
    const one = piped('1', readFileSync(NATO));
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const empty = piped('2', ' \n');
    expect(empty.status).toBe(1);
    expect(empty.stderr).toBe('artparse: <stdin>: empty input (only whitespace)\n');
  });

  test('`artparse dir --jobs 2 | head -c 100`: the threads are stopped and the process exits quietly', async () => {
    const child = spawn(process.execPath, [BIN, path.join(dir, 'in'), '--format', 'ndjson', '--jobs', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    // the inputs before the reader left may have reported their own errors; nothing else
    expect(stderr.split('\n').filter((l) => l !== '' && !/in\/\d-(empty|blank|binary)\.txt: /.test(l))).toEqual([]);
    expect([0, 1]).toContain(code);
  }, 60_000);
});
