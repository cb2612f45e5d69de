/**
 * The CLI run in-process: main(argv, io) with fake streams, chosen TTY flags, env and cwd,
 * against the real fixtures copied into a temporary folder.
 */
import fs from 'node:fs';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import matter from 'gray-matter';
import type { InputItem } from '../src/cli/inputs';
import { Sink } from '../src/cli/io';
import { main } from '../src/cli/main';
import { Reporter } from '../src/cli/report';
import { runBatch } from '../src/cli/run';
import { painter } from '../src/cli/terminal';
import * as parseModule from '../src/pipeline/parse';
import type { Article } from '../src/types';
import { Capture } from './support/capture';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const NATO = 'nato-stoltenberg.txt';
const WIRE = 'wire-1987.txt';
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/;

interface RunOptions {
  stdin?: string | Buffer;
  stdinIsTTY?: boolean;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  env?: Record<string, string>;
  cwd?: string;
  stdout?: Writable;
}

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

let work: string;

async function cli(args: string[], o: RunOptions = {}): Promise<RunResult> {
  const stdout = new Capture();
  const stderr = new Capture();
  stderr.isTTY = o.stderrIsTTY ?? false;
  const input = o.stdin === undefined ? [] : [Buffer.from(o.stdin)];
  const code = await main(['node', 'artparse', ...args], {
    stdout: o.stdout ?? stdout,
    stderr,
    stdin: Readable.from(input),
    stdinIsTTY: o.stdinIsTTY ?? false,
    stdoutIsTTY: o.stdoutIsTTY ?? false,
    stderrIsTTY: o.stderrIsTTY ?? false,
    env: o.env ?? {},
    cwd: o.cwd ?? work,
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

function lines(text: string): string[] {
  return text.split('\n').filter((l) => l !== '');
}

beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'artparse-cli-'));
  mkdirSync(path.join(work, 'fixtures'));
  copyFileSync(path.join(FIXTURES, NATO), path.join(work, 'fixtures', NATO));
  copyFileSync(path.join(FIXTURES, WIRE), path.join(work, 'fixtures', WIRE));
});

afterEach(() => {
  jest.restoreAllMocks();
  rmSync(work, { recursive: true, force: true });
});

/** archive/2022/nato.txt, archive/1987/wire.text, archive/notes.md, archive/.hidden/x.txt */
function makeArchive(): void {
  mkdirSync(path.join(work, 'archive', '2022'), { recursive: true });
  mkdirSync(path.join(work, 'archive', '1987'), { recursive: true });
  mkdirSync(path.join(work, 'archive', '.hidden'), { recursive: true });
  copyFileSync(path.join(FIXTURES, NATO), path.join(work, 'archive', '2022', 'nato.txt'));
  copyFileSync(path.join(FIXTURES, WIRE), path.join(work, 'archive', '1987', 'wire.text'));
  writeFileSync(path.join(work, 'archive', 'notes.md'), '# not an input\n');
  copyFileSync(path.join(FIXTURES, WIRE), path.join(work, 'archive', '.hidden', 'x.txt'));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
}

describe('formats', () => {
  test('one file: one pretty JSON object with source path, bytes and encoding', async () => {
    const r = await cli([`fixtures/${NATO}`]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const a = JSON.parse(r.stdout) as Article;
    expect(Array.isArray(a)).toBe(false);
    expect(a.source).toEqual({ path: `fixtures/${NATO}`, bytes: readFileSync(path.join(FIXTURES, NATO)).length, encoding: 'utf-8' });
    expect(a.headline).toMatch(/Stoltenberg/);
    expect(r.stdout).toBe(JSON.stringify(a, null, 2) + '\n');
    expect(r.stdout).not.toMatch(ANSI);
  });

  test('several files: a JSON array in command-line order', async () => {
    const r = await cli([`fixtures/${WIRE}`, `fixtures/${NATO}`]);
    expect(r.code).toBe(0);
    const arr = JSON.parse(r.stdout) as Article[];
    expect(arr.map((a) => a.source.path)).toEqual([`fixtures/${WIRE}`, `fixtures/${NATO}`]);
  });

  test('a folder is several inputs even with one file in it: a JSON array', async () => {
    mkdirSync(path.join(work, 'one'));
    copyFileSync(path.join(FIXTURES, WIRE), path.join(work, 'one', 'w.txt'));
    const r = await cli(['one']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Article[]).map((a) => a.source.path)).toEqual([path.join('one', 'w.txt')]);
  });

  test('ndjson: one compact line per input', async () => {
    const r = await cli(['--format', 'ndjson', `fixtures/${NATO}`, `fixtures/${WIRE}`]);
    expect(r.code).toBe(0);
    const ls = r.stdout.split('\n');
    expect(ls).toHaveLength(3);
    expect(ls[2]).toBe('');
    expect(ls.slice(0, 2).map((l) => (JSON.parse(l) as Article).source.path)).toEqual([`fixtures/${NATO}`, `fixtures/${WIRE}`]);
  });

  test('md: front matter that gray-matter reads back, documents one after another', async () => {
    const single = await cli(['--format', 'md', `fixtures/${NATO}`]);
    expect(single.code).toBe(0);
    const fm = matter(single.stdout, {}).data;
    expect(fm.source).toEqual({ path: `fixtures/${NATO}`, bytes: readFileSync(path.join(FIXTURES, NATO)).length, encoding: 'utf-8' });
    const json = JSON.parse((await cli([`fixtures/${NATO}`])).stdout) as Article;
    expect(fm.headline).toBe(json.headline);
    expect(fm.published).toBe(json.published);
    expect(fm.updated).toBe(json.updated);
    expect(fm.authors).toEqual(json.authors.map((x) => x.name));

    const both = await cli(['--format', 'md', `fixtures/${NATO}`, `fixtures/${WIRE}`]);
    expect(both.stdout.startsWith(single.stdout + '\n---\n')).toBe(true);
  });

  test('an unknown format is a usage error (exit 2, one line)', async () => {
    const r = await cli(['--format', 'xml', `fixtures/${NATO}`]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^artparse: .*'xml'.*json, ndjson, md/);
  });
});

describe('--out', () => {
  test('a folder: one file per .txt/.text input, mirroring paths below it; a summary line with --verbose', async () => {
    makeArchive();
    const r = await cli(['archive', '--out', 'parsed', '--format', 'md', '--verbose']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(filesUnder(path.join(work, 'parsed'))).toEqual([path.join('1987', 'wire.md'), path.join('2022', 'nato.md')]);
    expect(r.stderr).toMatch(/\nartparse: 2 files: 2 parsed, 0 failed, 0 skipped in \d+\.\d s\n$/);
    // piped stderr without --verbose: no summary
    expect((await cli(['archive', '--out', 'parsed2'])).stderr).toBe('');
    const fm = matter(readFileSync(path.join(work, 'parsed', '2022', 'nato.md'), 'utf8'), {}).data;
    expect(fm.source.path).toBe(path.join('archive', '2022', 'nato.txt'));
  });

  test('a quoted glob: paths relative to its static base; extension by format', async () => {
    makeArchive();
    const r = await cli(['archive/**/*.txt', '-o', 'out', '--format', 'ndjson']);
    expect(r.code).toBe(0);
    expect(filesUnder(path.join(work, 'out'))).toEqual([path.join('2022', 'nato.ndjson')]);
    const text = readFileSync(path.join(work, 'out', '2022', 'nato.ndjson'), 'utf8');
    expect(lines(text)).toHaveLength(1);
    expect((JSON.parse(text) as Article).source.path).toBe('archive/2022/nato.txt');
  });

  test('a glob with braces mirrors below the folder its alternatives share', async () => {
    makeArchive();
    const r = await cli(['archive/{2022,1987}/*.{txt,text}', '-o', 'out', '-q']);
    expect(r.code).toBe(0);
    expect(filesUnder(path.join(work, 'out'))).toEqual([path.join('1987', 'wire.json'), path.join('2022', 'nato.json')]);
  });

  test('files named directly mirror their path relative to the working directory; json is one object per file', async () => {
    makeArchive();
    const r = await cli([path.join('archive', '2022', 'nato.txt'), `fixtures/${WIRE}`, '--out', 'o']);
    expect(r.code).toBe(0);
    expect(filesUnder(path.join(work, 'o'))).toEqual([path.join('archive', '2022', 'nato.json'), path.join('fixtures', 'wire-1987.json')]);
    const a = JSON.parse(readFileSync(path.join(work, 'o', 'fixtures', 'wire-1987.json'), 'utf8')) as Article;
    expect(a.source.path).toBe(`fixtures/${WIRE}`);
  });

  test('a failing input leaves no output file (and no temp file); the rest are written; exit 1', async () => {
    makeArchive();
    writeFileSync(path.join(work, 'archive', '2022', 'broken.txt'), Buffer.from([0x41, 0x00, 0x42]));
    writeFileSync(path.join(work, 'archive', 'empty.txt'), '');
    const r = await cli(['archive', '--out', 'parsed', '--format', 'json', '-v']);
    expect(r.code).toBe(1);
    expect(filesUnder(path.join(work, 'parsed'))).toEqual([path.join('1987', 'wire.json'), path.join('2022', 'nato.json')]);
    expect(r.stderr).toContain(`artparse: ${path.join('archive', '2022', 'broken.txt')}: not a text file\n`);
    expect(r.stderr).toContain(`artparse: ${path.join('archive', 'empty.txt')}: empty file\n`);
    expect(r.stderr).toMatch(/^artparse: 4 files: 2 parsed, 2 failed, 0 skipped in /m);
  });

  test('two inputs that would write the same output are both kept: the later one keeps its extension, then gets a number', async () => {
    mkdirSync(path.join(work, 'dup'));
    copyFileSync(path.join(FIXTURES, NATO), path.join(work, 'dup', 'a.txt'));
    copyFileSync(path.join(FIXTURES, WIRE), path.join(work, 'dup', 'a.text'));
    copyFileSync(path.join(FIXTURES, WIRE), path.join(work, 'dup', 'a.text.txt')); // its first choice, a.text.json, is a.text's second
    const r = await cli(['dup', '--out', 'o']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const sourceOf = (name: string): string | null => (JSON.parse(readFileSync(path.join(work, 'o', name), 'utf8')) as Article).source.path;
    // input order is a.text, a.text.txt, a.txt
    expect(readdirSync(path.join(work, 'o')).sort()).toEqual(['a.json', 'a.text.json', 'a.txt.json']);
    expect(sourceOf('a.json')).toBe(path.join('dup', 'a.text'));
    expect(sourceOf('a.text.json')).toBe(path.join('dup', 'a.text.txt'));
    expect(sourceOf('a.txt.json')).toBe(path.join('dup', 'a.txt'));
    // the same names on a rerun with --force
    await cli(['dup', '--out', 'o', '--force']);
    expect(readdirSync(path.join(work, 'o')).sort()).toEqual(['a.json', 'a.text.json', 'a.txt.json']);
  });

  test('an output never overwrites an input, even with --out on the input folder', async () => {
    mkdirSync(path.join(work, 'same'));
    copyFileSync(path.join(FIXTURES, NATO), path.join(work, 'same', 'a.txt'));
    writeFileSync(path.join(work, 'same', 'a.md'), 'A NOTE\n\nThis note was written by hand and must stay.\n');
    const r = await cli(['same/*', '--out', 'same', '--format', 'md', '--force']);
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(work, 'same', 'a.md'), 'utf8')).toBe('A NOTE\n\nThis note was written by hand and must stay.\n');
    expect(readdirSync(path.join(work, 'same')).sort()).toEqual(['a.md', 'a.md.md', 'a.txt', 'a.txt.md']);
    expect(matter(readFileSync(path.join(work, 'same', 'a.txt.md'), 'utf8'), {}).data.source.path).toBe('same/a.txt');
  });

  test('discovery that comes upon an output of this run (a glob over --out, still listing) does not parse it', async () => {
    // runBatch directly, to fix the order: a glob over data/** yields data/a.txt, then meets
    // data/parsed/a.md, the output named for a.txt (fast-glob may list data/parsed late)
    mkdirSync(path.join(work, 'data'));
    copyFileSync(path.join(FIXTURES, NATO), path.join(work, 'data', 'a.txt'));
    const out = path.join(work, 'data', 'parsed');
    const file = (rel: string): InputItem => ({ kind: 'file', display: `data/${rel}`, rel, abs: path.join(work, 'data', rel) });
    const stderr = new Capture();
    const counts = await runBatch(
      { items: [file('a.txt'), file('parsed/a.md')], named: [], wouldFind: () => false },
      { format: 'md', outDir: out, cwd: work, settings: {}, many: true, palette: null },
      Readable.from([]),
      new Sink(new Capture()),
      new Reporter(stderr, painter(false), { warnings: false, progress: false, summary: false }),
    );
    expect(stderr.text).toBe('');
    expect(counts).toEqual({ files: 1, parsed: 1, failed: 0, skipped: 0 });
    expect(readdirSync(out)).toEqual(['a.md']);
  });

  test('a glob or folder that holds the --out folder skips the files in it: a rerun resumes', async () => {
    makeArchive();
    const first = await cli(['archive/**', '--out', 'archive/parsed', '-v']);
    expect(first.code).toBe(0);
    // notes.md is matched by the glob and parsed as an input; nothing below parsed/ is
    expect(first.stderr).toMatch(/^artparse: 3 files: 3 parsed, 0 failed, 0 skipped in /m);
    const written = filesUnder(path.join(work, 'archive', 'parsed'));
    expect(written).toEqual([path.join('1987', 'wire.json'), path.join('2022', 'nato.json'), 'notes.json']);
    // the rerun skips all three, and neither parses nor nests the outputs
    const again = await cli(['archive/**', '--out', 'archive/parsed', '-v']);
    expect(again.stderr).toMatch(/^artparse: 3 files: 0 parsed, 0 failed, 3 skipped in /m);
    const folder = await cli(['archive', '--out', 'archive/parsed', '-v']);
    expect(folder.stderr).toMatch(/^artparse: 2 files: 0 parsed, 0 failed, 2 skipped in /m);
    const forced = await cli([path.join(work, 'archive', '**'), '--out', 'archive/parsed', '-v', '--force']);
    expect(forced.stderr).toMatch(/^artparse: 3 files: 3 parsed, 0 failed, 0 skipped in /m);
    expect(filesUnder(path.join(work, 'archive', 'parsed'))).toEqual(written);
    // a file below --out named on the command line is still an input
    const named = await cli([path.join('archive', 'parsed', 'notes.json'), '--out', 'archive/parsed', '-v']);
    expect(named.stderr).toMatch(/^artparse: 1 file: 1 parsed, 0 failed, 0 skipped in /m);
  });

  test('a pre-existing output folder is reused and nothing else in it is touched', async () => {
    mkdirSync(path.join(work, 'o'));
    writeFileSync(path.join(work, 'o', 'keep.txt'), 'keep');
    const r = await cli([`fixtures/${NATO}`, '--out', 'o', '-q']);
    expect(r.code).toBe(0);
    expect(existsSync(path.join(work, 'o', 'fixtures', 'nato-stoltenberg.json'))).toBe(true);
    expect(readFileSync(path.join(work, 'o', 'keep.txt'), 'utf8')).toBe('keep');
  });

  test('a write that fails is that input\'s error, leaves no temp file, and the others are written', async () => {
    mkdirSync(path.join(work, 'o', 'fixtures', 'wire-1987.json'), { recursive: true }); // a folder where the file should go
    const r = await cli([`fixtures/${WIRE}`, `fixtures/${NATO}`, '--out', 'o', '-v']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^artparse: fixtures/${WIRE}: cannot write .*wire-1987\\.json: .+$`, 'm'));
    expect(r.stderr).toMatch(/^artparse: 2 files: 1 parsed, 1 failed, 0 skipped in /m);
    expect(filesUnder(path.join(work, 'o'))).toEqual([path.join('fixtures', 'nato-stoltenberg.json')]);
  });

  test('a file where an output folder should be fails that input alone (not an internal error)', async () => {
    mkdirSync(path.join(work, 'o'));
    writeFileSync(path.join(work, 'o', 'fixtures'), 'a file, not a folder');
    writeFileSync(path.join(work, 'elsewhere.txt'), readFileSync(path.join(work, 'fixtures', WIRE)));
    const r = await cli([`fixtures/${WIRE}`, 'elsewhere.txt', '--out', 'o', '-v']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^artparse: fixtures/${WIRE}: cannot write o/fixtures/wire-1987\\.json: not a directory$`, 'm'));
    expect(r.stderr).toMatch(/^artparse: 2 files: 1 parsed, 1 failed, 0 skipped in /m);
    expect(filesUnder(path.join(work, 'o'))).toEqual(['elsewhere.json', 'fixtures']);
  });

  test('an output whose name is near the file-name limit is written (its temp name is cut short); one past it fails alone', async () => {
    const near = `${'é'.repeat(120)}${'a'.repeat(4)}.txt`; // 248 bytes; the output's name is 249
    const over = `${'b'.repeat(251)}.txt`; // 255 bytes; the output's would be 256
    const wire = readFileSync(path.join(work, 'fixtures', WIRE));
    writeFileSync(path.join(work, near), wire);
    writeFileSync(path.join(work, over), wire);
    const r = await cli([near, over, '--out', 'o', '-v']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^artparse: ${over}: cannot write o/b+\\.json: file name too long$`, 'm'));
    expect(r.stderr).toMatch(/^artparse: 2 files: 1 parsed, 1 failed, 0 skipped in /m);
    expect(filesUnder(path.join(work, 'o'))).toEqual([near.replace(/\.txt$/, '.json')]);
    expect(JSON.parse(readFileSync(path.join(work, 'o', near.replace(/\.txt$/, '.json')), 'utf8')).headline.text).toBe(
      JSON.parse((await cli([`fixtures/${WIRE}`])).stdout).headline.text,
    );
  });

  test('--out naming a file is a usage error', async () => {
    writeFileSync(path.join(work, 'plain'), 'x');
    const r = await cli([`fixtures/${NATO}`, '--out', 'plain']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('artparse: plain: not a directory\n');
  });

  test('a batch to a redirected stdout shows the bar on a terminal stderr; not when stdout is the terminal too', async () => {
    makeArchive();
    const redirected = await cli(['archive', '--format', 'ndjson'], { stderrIsTTY: true, env: { NO_COLOR: '1' } });
    expect(redirected.stderr).toMatch(/artparse: .* 2\/2 files \| \d+ files\/s/);
    expect(lines(redirected.stdout)).toHaveLength(2);
    expect(redirected.stdout).not.toContain('files/s');
    const both = await cli(['archive', '--format', 'ndjson'], { stderrIsTTY: true, stdoutIsTTY: true, env: { NO_COLOR: '1' } });
    expect(both.stderr).not.toContain('files/s');
  });

  test('on a terminal: a progress bar (done/total, rate, ETA), then the summary; --quiet: nothing', async () => {
    makeArchive();
    const r = await cli(['archive', '--out', 'p'], { stderrIsTTY: true, env: { NO_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/artparse: .* 2\/2 files \| \d+ files\/s \| ETA \S+/);
    expect(r.stderr).toMatch(/artparse: 2 files: 2 parsed, 0 failed, 0 skipped in \d+\.\d s\n$/);
    const q = await cli(['archive', '--out', 'p', '-q'], { stderrIsTTY: true });
    expect(q.code).toBe(0);
    expect(q.stderr).toBe('');
  });

  test('the bar shows the whole batch as its total from the start, though inputs are found lazily', async () => {
    mkdirSync(path.join(work, 'big'));
    for (let i = 0; i < 20; i++) copyFileSync(path.join(FIXTURES, WIRE), path.join(work, 'big', `${i}.txt`));
    const r = await cli(['big', '--format', 'ndjson', '--jobs', '1'], { stderrIsTTY: true, env: { NO_COLOR: '1' } });
    expect(r.code).toBe(0);
    const totals = [...r.stderr.matchAll(/ (\d+)\/(\d+) files \|/g)].map((m) => m[2]);
    expect(totals.length).toBeGreaterThan(0);
    expect(new Set(totals)).toEqual(new Set(['20']));
  });
});

describe('input errors: one line naming the input, exit 1, the batch goes on', () => {
  async function expectOneFailure(bad: string, reason: string): Promise<void> {
    const r = await cli([bad, `fixtures/${NATO}`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`artparse: ${bad}: ${reason}\n`);
    const arr = JSON.parse(r.stdout) as Article[];
    expect(arr.map((a) => a.source.path)).toEqual([`fixtures/${NATO}`]);
  }

  test('missing file', async () => {
    await expectOneFailure('missing.txt', 'no such file or directory');
  });

  test('empty file and whitespace-only file', async () => {
    writeFileSync(path.join(work, 'empty.txt'), '');
    writeFileSync(path.join(work, 'blank.txt'), ' \n\t\r\n  \n');
    await expectOneFailure('empty.txt', 'empty file');
    await expectOneFailure('blank.txt', 'empty file (only whitespace)');
  });

  test('binary file', async () => {
    writeFileSync(path.join(work, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    await expectOneFailure('image.txt', 'not a text file');
  });

  test('unreadable file (EACCES)', async () => {
    const file = path.join(work, 'secret.txt');
    copyFileSync(path.join(FIXTURES, WIRE), file);
    chmodSync(file, 0o000);
    if (process.getuid?.() === 0) {
      // root reads anything: make the read fail the way it would for anyone else
      const real = fs.openSync;
      jest.spyOn(fs, 'openSync').mockImplementation(((p: fs.PathLike, ...rest: unknown[]) => {
        if (String(p) === file) throw Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES' });
        return (real as (...a: unknown[]) => number)(p, ...rest);
      }) as typeof fs.openSync);
    }
    await expectOneFailure('secret.txt', 'permission denied');
  });

  test('folder without .txt/.text files', async () => {
    mkdirSync(path.join(work, 'nothing'));
    writeFileSync(path.join(work, 'nothing', 'a.md'), 'x');
    await expectOneFailure('nothing', 'no .txt or .text files in this folder');
  });

  test('a file name with a line break or an escape character: the message stays one line, the characters written out', async () => {
    mkdirSync(path.join(work, 'odd'));
    writeFileSync(path.join(work, 'odd', 'a\nb.txt'), '');
    writeFileSync(path.join(work, 'odd', 'e\x1b[31mred.txt'), '');
    copyFileSync(path.join(work, 'fixtures', WIRE), path.join(work, 'odd', 'ok.txt'));
    const r = await cli(['odd', '--format', 'ndjson']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('artparse: odd/a\\nb.txt: empty file\nartparse: odd/e\\x1b[31mred.txt: empty file\n');
    expect(lines(r.stdout)).toHaveLength(1);
  });

  test('glob without matches', async () => {
    await expectOneFailure('archive/**/*.txt', 'no files match this pattern');
  });

  test('an exception inside the parser is reported for that file only', async () => {
    writeFileSync(path.join(work, 'boom.txt'), 'EXPLODE here\n\nand a body.\n');
    const real = parseModule.parseArticle;
    jest.spyOn(parseModule, 'parseArticle').mockImplementation((text, options) => {
      if (text.includes('EXPLODE')) throw new Error('kaboom');
      return real(text, options);
    });
    await expectOneFailure('boom.txt', 'internal error: kaboom');
  });

  test('no stack traces, even for usage errors', async () => {
    const r = await cli(['--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("artparse: unknown option '--bogus' (see 'artparse --help')\n");
  });

  test('a usage error quoting an argument with an escape character writes it out', async () => {
    const r = await cli(['--jobs', '2\x1b[31m', `fixtures/${NATO}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("artparse: option '-j, --jobs <n>' argument '2\\x1b[31m' is invalid. must be a positive integer (see 'artparse --help')\n");
  });
});

describe('options', () => {
  test('--timezone: IANA names and ±HH:MM pass; anything else is a usage error', async () => {
    expect((await cli(['--timezone', 'Asia/Kolkata', `fixtures/${NATO}`])).code).toBe(0);
    expect((await cli(['--timezone', '+05:30', `fixtures/${NATO}`])).code).toBe(0);
    for (const bad of ['IST', 'Mars/Olympus', '+25:00', '5:30']) {
      const r = await cli(['--timezone', bad, `fixtures/${NATO}`]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(lines(r.stderr)).toHaveLength(1);
      expect(r.stderr).toContain(`'${bad}'`);
    }
  });

  test('parseArticle gets the path as given, the byte size, the encoding and --timezone', async () => {
    const spy = jest.spyOn(parseModule, 'parseArticle');
    const r = await cli(['--timezone', '+05:30', `fixtures/${WIRE}`]);
    expect(r.code).toBe(0);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]?.[1]).toEqual({
      path: `fixtures/${WIRE}`,
      bytes: readFileSync(path.join(FIXTURES, WIRE)).length,
      encoding: 'utf-8',
      timezone: '+05:30',
    });
  });

  test('--version and --help print to stdout and exit 0', async () => {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
    const v = await cli(['--version']);
    expect(v).toEqual({ code: 0, stdout: pkg.version + '\n', stderr: '' });
    const h = await cli(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/Usage: artparse \[options\] \[inputs\.\.\.\]/);
    expect(h.stdout).toContain('--format <format>');
    expect(h.stdout).toContain('Exit status');
  });

  test('no inputs and stdin is a terminal: usage on stderr, exit 2', async () => {
    const r = await cli([], { stdinIsTTY: true });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Usage: artparse/);
  });
});

describe('stdin', () => {
  const text = readFileSync(path.join(FIXTURES, WIRE));

  test('piped stdin is read when no input is given; source.path is null', async () => {
    const r = await cli([], { stdin: text });
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as Article;
    expect(a.source).toEqual({ path: null, bytes: text.length, encoding: 'utf-8' });
    expect(a.body.length).toBeGreaterThan(0);
  });

  test('- reads stdin among other inputs, once', async () => {
    const r = await cli(['--format', 'ndjson', '-', `fixtures/${NATO}`, '-'], { stdin: text });
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((l) => (JSON.parse(l) as Article).source.path)).toEqual([null, `fixtures/${NATO}`]);
  });

  test('empty stdin is an error for <stdin>', async () => {
    const r = await cli([], { stdin: '' });
    expect(r).toEqual({ code: 1, stdout: '', stderr: 'artparse: <stdin>: empty input\n' });
  });
});

describe('decoding', () => {
  const nato = readFileSync(path.join(FIXTURES, NATO), 'utf8');

  async function parseBytes(bytes: Buffer): Promise<{ article: Article; r: RunResult }> {
    writeFileSync(path.join(work, 'in.txt'), bytes);
    const r = await cli(['in.txt']);
    return { article: JSON.parse(r.stdout || 'null') as Article, r };
  }

  test('invalid UTF-8 falls back to windows-1252 with an encoding-fallback warning', async () => {
    const bytes = Buffer.concat([Buffer.from('PRICES RISE\n\n'), Buffer.from([0x93]), Buffer.from('Caf'), Buffer.from([0xe9, 0x94]), Buffer.from(' said the report, costing 5 '), Buffer.from([0x80]), Buffer.from('.\n')]);
    const { article, r } = await parseBytes(bytes);
    expect(r.code).toBe(0);
    expect(article.source).toEqual({ path: 'in.txt', bytes: bytes.length, encoding: 'windows-1252' });
    expect(article.warnings[0]).toMatchObject({ code: 'encoding-fallback' });
    const paragraph = article.body.map((b) => b.text).join('\n');
    expect(paragraph).toContain('\u201cCaf\u00e9\u201d said the report, costing 5 \u20ac.');
  });

  test('UTF-16 with a byte-order mark, little and big endian, reads like the UTF-8 file', async () => {
    const utf8 = (await parseBytes(Buffer.from(nato, 'utf8'))).article;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(nato, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    for (const [bytes, encoding] of [[le, 'utf-16le'], [be, 'utf-16be']] as const) {
      const { article } = await parseBytes(bytes);
      expect(article.source).toEqual({ path: 'in.txt', bytes: bytes.length, encoding });
      expect(article.headline).toBe(utf8.headline);
      expect(article.body).toEqual(utf8.body);
    }
  });

  test('a UTF-8 byte-order mark is dropped and offsets count from after it', async () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(nato, 'utf8')]);
    const { article } = await parseBytes(withBom);
    expect(article.source.encoding).toBe('utf-8');
    expect(article.source.bytes).toBe(withBom.length);
    for (const b of article.body) expect(nato.slice(b.start, b.end)).toBe(b.text);
  });
});

describe('colour and warnings', () => {
  const win1252 = Buffer.from([0x93, 0x48, 0x69, 0x94, 0x0a, 0x0a, 0x42, 0x6f, 0x64, 0x79, 0x2e, 0x0a]);

  test('JSON on a terminal is coloured; NO_COLOR and --no-color turn it off; --color forces it', async () => {
    const f = `fixtures/${NATO}`;
    expect((await cli([f], { stdoutIsTTY: true })).stdout).toMatch(ANSI);
    expect((await cli([f], { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await cli([f, '--no-color'], { stdoutIsTTY: true })).stdout).not.toMatch(ANSI);
    expect((await cli([f], { stdoutIsTTY: false })).stdout).not.toMatch(ANSI);
    expect((await cli([f, '--color'], { stdoutIsTTY: false })).stdout).toMatch(ANSI);
    expect((await cli([f, '--color'], { env: { NO_COLOR: '1' } })).stdout).toMatch(ANSI);
    expect((await cli([f], { stdoutIsTTY: true, env: { NO_COLOR: '' } })).stdout).toMatch(ANSI);
  });

  test('coloured output is the plain output plus colour codes', async () => {
    const plain = (await cli([`fixtures/${NATO}`, `fixtures/${WIRE}`])).stdout;
    const tty = (await cli([`fixtures/${NATO}`, `fixtures/${WIRE}`], { stdoutIsTTY: true })).stdout;
    // eslint-disable-next-line no-control-regex
    expect(tty.replace(/\x1b\[[0-9;]*m/g, '')).toBe(plain);
    const nd = (await cli(['--format', 'ndjson', `fixtures/${NATO}`], { stdoutIsTTY: true })).stdout;
    expect(lines(nd)).toHaveLength(1);
    expect(nd).toMatch(ANSI);
  });

  test('md is never coloured', async () => {
    expect((await cli(['--format', 'md', `fixtures/${NATO}`], { stdoutIsTTY: true })).stdout).not.toMatch(ANSI);
  });

  test('errors are coloured only when stderr is a terminal and colour is not disabled', async () => {
    expect((await cli(['missing.txt'])).stderr).toBe('artparse: missing.txt: no such file or directory\n');
    expect((await cli(['missing.txt'], { stderrIsTTY: true })).stderr).toMatch(ANSI);
    expect((await cli(['missing.txt'], { stderrIsTTY: true, env: { NO_COLOR: 'yes' } })).stderr).toBe('artparse: missing.txt: no such file or directory\n');
    expect((await cli(['missing.txt', '--no-color'], { stderrIsTTY: true })).stderr).not.toMatch(ANSI);
  });

  test('warnings go to stderr on a terminal or with --verbose, never with --quiet; always in the output', async () => {
    writeFileSync(path.join(work, 'old.txt'), win1252);
    const line = 'artparse: old.txt: warning: input is not valid UTF-8; read as windows-1252 [encoding-fallback]';
    const tty = await cli(['old.txt'], { stderrIsTTY: true, env: { NO_COLOR: '1' } });
    expect(lines(tty.stderr)).toContain(line);
    const verbose = await cli(['old.txt', '--verbose']);
    expect(lines(verbose.stderr)).toContain(line);
    const piped = await cli(['old.txt']);
    expect(piped.stderr).toBe('');
    const quiet = await cli(['old.txt', '-q'], { stderrIsTTY: true });
    expect(quiet.stderr).toBe('');
    for (const r of [tty, verbose, piped, quiet]) {
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as Article).warnings.map((w) => w.code)).toContain('encoding-fallback');
    }
  });
});

describe('a stdout that fails', () => {
  /** 20 copies of the seed to ndjson, into a stdout whose every write fails with `code`. */
  async function runInto(code: string, message: string): Promise<RunResult & { writes: number }> {
    let writes = 0;
    const failing = new Writable({
      write(_chunk, _enc, cb): void {
        writes++;
        cb(Object.assign(new Error(message), { code }));
      },
    });
    mkdirSync(path.join(work, 'many'));
    for (let i = 0; i < 20; i++) copyFileSync(path.join(FIXTURES, NATO), path.join(work, 'many', `${i}.txt`));
    return { ...(await cli(['many', '--format', 'ndjson'], { stdout: failing })), writes };
  }

  test('EPIPE (a closed pipe) stops the run quietly with exit 0', async () => {
    const r = await runInto('EPIPE', 'write EPIPE');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.writes).toBeLessThan(20);
  });

  test('a full disk under stdout stops the run with one plain error line and exit 1', async () => {
    const r = await runInto('ENOSPC', 'ENOSPC: no space left on device, write');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('artparse: <stdout>: cannot write: no space left on device\n');
    expect(r.writes).toBeLessThan(20);
  });
});
