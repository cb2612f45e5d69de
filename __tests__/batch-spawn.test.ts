/**
 * Batches at scale through the built bin/artparse with real processes, signals and pipes:
 * an interrupted run leaves no partial file and a rerun resumes; `| head -1` ends quietly;
 * the GNU parallel recipe of the README gives the same lines as a plain run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Article } from '../src/types';
import { BIN, ensureBuilt, ROOT } from './support/built';

const STORIES = ['nato-stoltenberg.txt', 'wire-1987.txt', 'bbc-politics-084.txt', 'nato-stoltenberg-webdump.txt'];
const INPUTS = 400;
const ENV = { ...process.env, NO_COLOR: '', FORCE_COLOR: '' };

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(path.join(os.tmpdir(), 'artparse-batch-'));
  mkdirSync(path.join(dir, 'in'));
  for (let i = 0; i < INPUTS; i++) {
    const story = STORIES[i % STORIES.length] as string;
    copyFileSync(path.join(ROOT, 'fixtures', story), path.join(dir, 'in', `${i}-${story}`));
  }
  const records = Array.from({ length: 48 }, (_, i) => {
    const story = STORIES[i % STORIES.length] as string;
    return JSON.stringify({ id: `r${i}`, text: readFileSync(path.join(ROOT, 'fixtures', story), 'utf8'), story }) + '\n';
  });
  writeFileSync(path.join(dir, 'records.ndjson'), records.join(''));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (d.isFile()) out[path.relative(root, path.join(d.parentPath, d.name))] = readFileSync(path.join(d.parentPath, d.name), 'utf8');
  }
  return out;
}

function artparse(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', input: input ?? '', env: ENV, maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Wait until `check` holds, polling. */
async function until(check: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe.each(['SIGINT', 'SIGTERM'] as const)('a run stopped by %s', (signal) => {
  test('leaves only complete outputs and no temp file; a rerun skips them and ends with what an uninterrupted run gives', async () => {
    const out = path.join(dir, `out-${signal}`);
    const child = spawn(process.execPath, [BIN, 'in', '--out', out, '--jobs', '1'], { cwd: dir, env: ENV, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await until(() => {
      try {
        return readdirSync(out).filter((n) => !n.startsWith('.')).length >= 25; // outputs, not temp files
      } catch {
        return false;
      }
    });
    child.kill(signal);
    expect(await exited).toBe(128 + (os.constants.signals[signal] as number));

    const partial = tree(out);
    const names = Object.keys(partial);
    expect(names.length).toBeGreaterThanOrEqual(25);
    expect(names.length).toBeLessThan(INPUTS); // really stopped midway
    expect(names.filter((n) => !/^\d+-[a-z0-9-]+\.json$/.test(n))).toEqual([]); // no temp files
    for (const text of Object.values(partial)) expect((JSON.parse(text) as Article).headline).toBeTruthy();

    const rerun = artparse(['in', '--out', out, '--verbose', '--jobs', '2']);
    expect(rerun.status).toBe(0);
    expect(rerun.stderr).toMatch(new RegExp(`^artparse: ${INPUTS} files: ${INPUTS - names.length} parsed, 0 failed, ${names.length} skipped in \\d+\\.\\d s\\n$`, 'm'));
    const clean = path.join(dir, `clean-${signal}`);
    expect(artparse(['in', '--out', clean, '--jobs', '2']).status).toBe(0);
    expect(tree(out)).toEqual(tree(clean));
  }, 120_000);
});

describe('a reader that goes away (broken pipe) ends the run quietly with exit 0', () => {
  test.each([
    ['files', `"${BIN}" in --format ndjson | head -1`],
    ['--input ndjson', `"${BIN}" --input ndjson < records.ndjson | head -1`],
    ['--help', `"${BIN}" --help | head -1`],
    ['warnings on stderr', `"${BIN}" in --format ndjson --verbose 2>&1 >/dev/null | head -1`],
  ])('%s | head -1', (_label, pipeline) => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; ${pipeline} > first.txt`], { cwd: dir, encoding: 'utf8', env: ENV });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = readFileSync(path.join(dir, 'first.txt'), 'utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^(\{"|Usage: artparse|artparse: in\/.*warning)/);
  });
});

const HAS_PARALLEL = spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status === 0;
if (!HAS_PARALLEL && !process.env.CI) {
  process.stderr.write('\n*** batch-spawn.test.ts: GNU parallel is not installed: the GNU parallel recipe test is SKIPPED (apt-get install parallel) ***\n\n');
}
// CI (.ci/run installs it) always runs it, so a missing `parallel` fails there instead of passing
// silently, unless .ci/run tried to install it and could not (it then says so).
const parallelTest = HAS_PARALLEL || (process.env.CI && !process.env.ARTPARSE_NO_PARALLEL_OK) ? test : test.skip;

parallelTest('the GNU parallel recipe (parallel --pipe -k) gives the lines of a plain run, in order', () => {
  const plain = artparse(['--input', 'ndjson', '--jobs', '1'], readFileSync(path.join(dir, 'records.ndjson'), 'utf8'));
  expect(plain.status).toBe(0);
  // the README's recipe, with a small --block so the 48 records are cut into several chunks
  const r = spawnSync('bash', ['-c', `parallel --will-cite --pipe -k --block 40k -j 2 "${BIN}" --input ndjson --jobs 1 < records.ndjson`], {
    cwd: dir,
    encoding: 'utf8',
    env: ENV,
    maxBuffer: 256 * 1024 * 1024,
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(48);
  expect(r.stdout).toBe(plain.stdout);
}, 120_000);
