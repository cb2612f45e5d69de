/**
 * `--input ndjson`: records `{"id", "text", ...}` on stdin, one result line per record on
 * stdout, in order, run in-process with fake streams (the built CLI with real pipes and GNU
 * parallel is tested in batch-spawn.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { CliDeps, main } from '../src/cli/main';
import type { Parsed, Parser, WorkerConfig } from '../src/cli/pool';
import { LINE_TOO_LONG, lines } from '../src/cli/stream';
import { parseForThread } from '../src/cli/worker';
import type { Article } from '../src/types';
import { Capture } from './support/capture';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const STORIES = ['nato-stoltenberg.txt', 'wire-1987.txt', 'bbc-politics-084.txt', 'nato-stoltenberg.html'];

interface StreamLine {
  id?: unknown;
  article?: Article;
  error?: string;
  [field: string]: unknown;
}

async function cli(args: string[], stdin: string, deps: Partial<CliDeps> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  // stdin in small chunks, so records are split across chunks as on a real pipe
  const chunks = Buffer.from(stdin).toString('latin1').match(/[\s\S]{1,777}/g) ?? [];
  const code = await main(
    ['node', 'artparse', ...args],
    { stdout, stderr, stdin: Readable.from(chunks.map((c) => Buffer.from(c, 'latin1'))), stdinIsTTY: false, stdoutIsTTY: false, stderrIsTTY: false, env: {}, cwd: FIXTURES },
    deps,
  );
  return { code, stdout: stdout.text, stderr: stderr.text };
}

function parseLines(text: string): StreamLine[] {
  expect(text.endsWith('\n')).toBe(true);
  return text.slice(0, -1).split('\n').map((l) => JSON.parse(l) as StreamLine);
}

function records(): string {
  return STORIES.map((f, i) => JSON.stringify({ id: `doc-${i}`, text: readFileSync(path.join(FIXTURES, f), 'utf8'), lang: 'en', n: i }) + '\n').join('');
}

/** Finishes parses out of order (later records first), like threads of unequal speed. */
class ReversingParser implements Parser {
  private calls = 0;
  constructor(
    readonly size: number,
    private readonly config: WorkerConfig,
  ) {}

  parse(bytes: Buffer, sourcePath: string | null): Promise<Parsed> {
    const delay = 20 - 5 * (this.calls++ % 4);
    return new Promise((resolve, reject) => {
      setTimeout(() => {
        try {
          resolve(parseForThread(bytes, sourcePath, this.config));
        } catch (err) {
          reject(err);
        }
      }, delay);
    });
  }

  parseFile(): Promise<Parsed> {
    return Promise.reject(new Error('--input ndjson names no files'));
  }

  async close(): Promise<void> {}
}

test('lines(): split across chunks, CRLF, an empty line, a character cut between chunks, no final newline', async () => {
  const euro = Buffer.from('€'); // 3 bytes
  const chunks = [Buffer.from('a'), Buffer.from('b\r'), Buffer.from('\nc\n\n'), euro.subarray(0, 1), euro.subarray(1), Buffer.from('d')];
  const got: Array<string | typeof LINE_TOO_LONG> = [];
  for await (const line of lines(Readable.from(chunks))) got.push(line);
  expect(got).toEqual(['ab', 'c', '', '€d']);
});

test('lines(): a byte-order mark starting the stream is dropped, also cut between chunks; one later on is kept', async () => {
  const bom = Buffer.from('\ufeff'); // 3 bytes
  const chunks = [bom.subarray(0, 2), Buffer.concat([bom.subarray(2), Buffer.from('{"id":"a"}\n\ufeffb')])];
  const got: Array<string | typeof LINE_TOO_LONG> = [];
  for await (const line of lines(Readable.from(chunks))) got.push(line);
  expect(got).toEqual(['{"id":"a"}', '\ufeffb']);
});

test('lines(): a line past the limit is LINE_TOO_LONG and not kept; the lines around it are whole; a line of the limit passes', async () => {
  const chunks = ['ab\ncd', 'efgh', 'ij\nkl\n', '12345\n', '123456'].map((c) => Buffer.from(c));
  const got: Array<string | typeof LINE_TOO_LONG> = [];
  for await (const line of lines(Readable.from(chunks), 5)) got.push(line);
  expect(got).toEqual(['ab', LINE_TOO_LONG, 'kl', '12345', LINE_TOO_LONG]);
});

describe('--input ndjson', () => {
  test('round trip: one line per record, in order, fields passed through, the article a file gives', async () => {
    const r = await cli(['--input', 'ndjson'], records());
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = parseLines(r.stdout);
    expect(out.map((l) => [l.id, l.lang, l.n, 'text' in l])).toEqual(STORIES.map((_, i) => [`doc-${i}`, 'en', i, false]));
    for (const [i, f] of STORIES.entries()) {
      const fromFile = JSON.parse((await cli([f, '--format', 'ndjson'], '')).stdout) as Article;
      const article = out[i]?.article as Article;
      expect(article.headline).toBeTruthy();
      // the same article, but for its source: no path, and a page by its content (not its name)
      expect({ ...article, source: null }).toEqual({ ...fromFile, source: null });
      expect(article.source.path).toBeNull();
    }
  });

  test('threads finishing out of order still give lines in input order', async () => {
    const many = Array.from({ length: 5 }, () => records()).join('');
    const one = await cli(['--input', 'ndjson', '--jobs', '1'], many);
    const threaded = await cli(['--input', 'ndjson', '--jobs', '3'], many, { createParser: (n, c) => new ReversingParser(n, c) });
    expect(threaded).toEqual(one);
    expect(parseLines(one.stdout)).toHaveLength(20);
  });

  test('a bad record gives an error line in its place and one message; the others go on; blank lines are skipped; exit 1', async () => {
    const nato = readFileSync(path.join(FIXTURES, STORIES[0] as string), 'utf8');
    const input = ['{"id": 1, "text": ' + JSON.stringify(nato) + '}', '', '{"id": 2, "text": "x', '[1, 2]', '{"id": 3, "body": "no text"}', '{"id": 4, "text": "  \\n "}', '{"id": 5, "text": ' + JSON.stringify(nato) + '}\r', ''].join('\n');
    const r = await cli(['--input', 'ndjson'], input);
    expect(r.code).toBe(1);
    const out = parseLines(r.stdout);
    expect(out.map((l) => l.id ?? null)).toEqual([1, null, null, 3, 4, 5]);
    expect(out[1]?.error).toMatch(/^not JSON: /);
    expect(out[2]?.error).toBe('not a JSON object');
    expect(out[3]).toEqual({ id: 3, body: 'no text', error: 'no "text" string' });
    expect(out[4]?.error).toMatch(/^empty text/);
    expect(out[5]?.article?.headline).toBe(out[0]?.article?.headline);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^artparse: <stdin>:3: not JSON: /),
      'artparse: <stdin>:4: not a JSON object',
      'artparse: <stdin>:5 (id 3): no "text" string',
      expect.stringMatching(/^artparse: <stdin>:6 \(id 4\): empty text/),
    ]);
  });

  test('a line longer than --max-bytes is that record\'s error ("too large"), and the records after it are parsed', async () => {
    const wire = readFileSync(path.join(FIXTURES, STORIES[1] as string), 'utf8');
    const long = JSON.stringify({ id: 'long', text: wire.repeat(20) }); // about 15 kB
    const input = [JSON.stringify({ id: 'a', text: wire }), long, JSON.stringify({ id: 'b', text: wire }), ''].join('\n');
    const r = await cli(['--input', 'ndjson', '--max-bytes', '10000'], input);
    expect(r.code).toBe(1);
    const out = parseLines(r.stdout);
    expect(out.map((l) => [l.id ?? null, l.error ?? null])).toEqual([
      ['a', null],
      [null, 'too large (more than 10000 bytes; the limit is --max-bytes 10000)'],
      ['b', null],
    ]);
    expect(out[2]?.article?.headline).toBe(out[0]?.article?.headline);
    expect(r.stderr).toBe('artparse: <stdin>:2: too large (more than 10000 bytes; the limit is --max-bytes 10000)\n');
  });

  test('input fields named article or error give way to the result\'s own', async () => {
    const text = readFileSync(path.join(FIXTURES, STORIES[1] as string), 'utf8');
    for (const jobs of ['1', '2']) {
      const r = await cli(['--input', 'ndjson', '--jobs', jobs], JSON.stringify({ article: 'old', id: 7, error: 'old', text }) + '\n', { createParser: (n, c) => new ReversingParser(n, c) });
      const [line] = parseLines(r.stdout);
      expect(Object.keys(line as StreamLine)).toEqual(['id', 'article']);
      expect(line?.article?.headline).toBeTruthy();
    }
  });

  test('usage errors: file arguments, --out, another --format', async () => {
    for (const args of [['nato-stoltenberg.txt'], ['--out', 'x'], ['--format', 'md'], ['--format', 'json']]) {
      const r = await cli(['--input', 'ndjson', ...args], records());
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^artparse: --input ndjson .*\n$/);
    }
    const ok = await cli(['--input', 'ndjson', '--format', 'ndjson', '-'], records());
    expect(ok.code).toBe(0);
    const stdout = new Capture();
    const stderr = new Capture();
    const env = { stdout, stderr, stdin: Readable.from([]), stdinIsTTY: true, stdoutIsTTY: false, stderrIsTTY: false, env: {}, cwd: FIXTURES };
    expect(await main(['node', 'artparse', '--input', 'ndjson'], env)).toBe(2);
    expect(stderr.text).toBe('artparse: --input ndjson reads records from stdin, which is a terminal: pipe them in\n');
  });
});
