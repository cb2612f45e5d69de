/**
 * The installed command: bin/artparse run as a process against the compiled dist/, with real
 * pipes. dist/ is built by `npm install`/`npm ci` (the prepare script); when it is missing or
 * older than a source file, it is rebuilt here first.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Article } from '../src/types';

const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'artparse');
const MAIN_JS = path.join(ROOT, 'dist', 'src', 'cli', 'main.js');
const NATO = path.join(ROOT, 'fixtures', 'nato-stoltenberg.txt');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

beforeAll(() => {
  if (existsSync(MAIN_JS) && statSync(MAIN_JS).mtimeMs >= newestSource(path.join(ROOT, 'src'))) return;
  try {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.json')], { cwd: ROOT, stdio: 'pipe' });
  } catch (err) {
    // tsc still emits on type errors elsewhere in the tree; only a missing CLI is fatal here
    if (!existsSync(MAIN_JS)) throw err;
  }
}, 120_000);

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
