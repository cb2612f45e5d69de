/**
 * Bad input never crashes artparse: every encoding is read to the same text as its UTF-8
 * original, input that is not text is refused with one line naming the file and the reason,
 * oversized input is refused before it is read, and a batch with bad files in it writes every
 * good one and names every bad one.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { decode } from '../src/cli/decode';
import { parseByteSize } from '../src/cli/byte-size';
import { refusalReason } from '../src/cli/refusal';
import { parseArticle } from '../src';
import type { Article } from '../src/types';
import { schemaProblems } from '../scripts/article-checks';
import { CliResult, runCli } from './support/cli';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const ENCODINGS = path.join(FIXTURES, 'encodings');

let work: string;

beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'artparse-bad-'));
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

function cli(args: string[], stdin?: Buffer): Promise<CliResult> {
  return runCli(args, work, stdin);
}

describe('a fixture per encoding decodes to the same text as its UTF-8 original', () => {
  const sondland = readFileSync(path.join(ENCODINGS, 'sondland.utf-8.txt'), 'utf8');
  const bbc = readFileSync(path.join(FIXTURES, 'bbc-politics-084.txt'), 'utf8');
  const cases: Array<[file: string, original: string, encoding: string, guessed: boolean]> = [
    ['sondland.utf-8.txt', sondland, 'utf-8', false],
    ['sondland.utf-8-bom.txt', sondland, 'utf-8', false],
    ['sondland.utf-16le.txt', sondland, 'utf-16le', false],
    ['sondland.utf-16be.txt', sondland, 'utf-16be', false],
    ['sondland.windows-1252.txt', sondland, 'windows-1252', true],
    ['bbc-politics-084.iso-8859-1.txt', bbc, 'iso-8859-1', true],
  ];

  test.each(cases)('%s', (file, original, encoding, guessed) => {
    const decoded = decode(readFileSync(path.join(ENCODINGS, file)));
    expect(decoded.text).toBe(original);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.warnings.map((w) => w.code)).toEqual(guessed ? ['encoding-fallback'] : []);
  });

  test('every fixture of the folder is covered', () => {
    expect(readdirSync(ENCODINGS).sort()).toEqual(cases.map(([f]) => f).sort());
  });

  test('the CLI reports the encoding in source.encoding and parses the same article', async () => {
    copyFileSync(path.join(ENCODINGS, 'sondland.utf-8.txt'), path.join(work, 'a.txt'));
    copyFileSync(path.join(ENCODINGS, 'sondland.windows-1252.txt'), path.join(work, 'b.txt'));
    copyFileSync(path.join(ENCODINGS, 'sondland.utf-16be.txt'), path.join(work, 'c.txt'));
    const r = await cli(['a.txt', 'b.txt', 'c.txt']);
    expect(r.code).toBe(0);
    const [a, b, c] = JSON.parse(r.stdout) as Article[];
    expect([a.source.encoding, b.source.encoding, c.source.encoding]).toEqual(['utf-8', 'windows-1252', 'utf-16be']);
    expect(b.headline).toBe('Unpredictable Sondland faces questions about Trump, Ukraine');
    expect(b.body).toEqual(a.body);
    expect(c.quotes).toEqual(a.quotes);
  });
});

describe('encoding detection', () => {
  test('valid UTF-8 always wins, even when it would also be valid windows-1252', () => {
    expect(decode(Buffer.from('Caf\u00e9 \u00c3\u00a9 news\n', 'utf8')).encoding).toBe('utf-8');
  });

  test('a short Western text is windows-1252 when it uses 0x80-0x9F, latin-1 when not', () => {
    expect(decode(Buffer.from([0x93, 0x48, 0x69, 0x94, 0x0a])).encoding).toBe('windows-1252');
    expect(decode(Buffer.from('Cost \xa3500 in M\xfcnchen\n', 'latin1'))).toMatchObject({ encoding: 'iso-8859-1', text: 'Cost \u00a3500 in M\u00fcnchen\n' });
  });

  test('a guess of ASCII (from a sample before the first byte above 0x7F) is not taken', () => {
    const text = 'The council met on Tuesday. '.repeat(10_000) + 'Caf\u00e9 owners protested.\n';
    const decoded = decode(Buffer.from(text, 'latin1'));
    expect(decoded).toMatchObject({ encoding: 'iso-8859-1', warnings: [{ code: 'encoding-fallback' }] });
    expect(decoded.text).toBe(text);
  });

  test('a confident statistical guess is taken: Cyrillic windows-1251 text', () => {
    const story = 'Городской совет во вторник проголосовал за закрытие старого моста на два года, пока инженеры перестраивают его настил.';
    const decoded = decode(iconv.encode(`${story}\n\n${story}\n`, 'windows-1251'));
    expect(decoded.encoding).toBe('windows-1251');
    expect(decoded.text).toBe(`${story}\n\n${story}\n`);
  });

  test('UTF-16 without a byte-order mark is told by its zero bytes, with a warning', () => {
    const sondland = readFileSync(path.join(ENCODINGS, 'sondland.utf-8.txt'), 'utf8');
    for (const encoding of ['utf-16le', 'utf-16be']) {
      const decoded = decode(iconv.encode(sondland, encoding));
      expect(decoded).toMatchObject({ text: sondland, encoding, warnings: [{ code: 'encoding-fallback', message: `no byte-order mark; read as ${encoding} by its zero bytes` }] });
    }
    // Binary with NULs is still binary.
    expect(() => decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]))).toThrow('not a text file');
  });

  test('--encoding forces the encoding; an unknown one is a usage error', async () => {
    writeFileSync(path.join(work, 'x.txt'), iconv.encode('Caf\u00e9 reopens\n\nThe caf\u00e9 opened again on Monday after a fire in May, its owner said.\n', 'latin1'));
    const forced = await cli(['--encoding', 'ISO-8859-15', 'x.txt']);
    expect(forced.code).toBe(0);
    const article = JSON.parse(forced.stdout) as Article;
    expect(article.source.encoding).toBe('iso-8859-15');
    expect(article.headline).toBe('Caf\u00e9 reopens');
    expect(article.body.map((p) => p.text).join('\n')).toContain('The caf\u00e9 opened');
    expect(article.warnings.map((w) => w.code)).not.toContain('encoding-fallback');
    const bad = await cli(['--encoding', 'klingon', 'x.txt']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--encoding');
  });
});

describe('refusals', () => {
  test('binary: NUL bytes, or many control characters; a few stray ones are text', () => {
    expect(refusalReason('PK\u0003\u0004\u0000\u0000binary')).toBe('not a text file');
    const noisy = Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? '\u0001' : 'a')).join('');
    expect(refusalReason(noisy)).toBe('not a text file (25 % control characters)');
    // Reuters-21578 has DEL bytes mid-word; old exports carry form feeds.
    expect(refusalReason('SHEARSON LEHMAN\u007f BROTHERS said on Monday it would buy the unit.\f\n'.repeat(3))).toBeNull();
  });

  test('empty and whitespace-only', () => {
    expect(refusalReason('')).toBe('empty file');
    expect(refusalReason(' \r\n\t\u00a0\n')).toBe('empty file (only whitespace)');
  });

  test('a batch with bad files: every good one is written, each bad one named with its reason, exit 1', async () => {
    const dir = path.join(work, 'batch');
    mkdirSync(dir);
    copyFileSync(path.join(FIXTURES, 'wire-1987.txt'), path.join(dir, 'good-1.txt'));
    copyFileSync(path.join(ENCODINGS, 'sondland.windows-1252.txt'), path.join(dir, 'good-2.txt'));
    writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'blank.txt'), '\r\n  \t\n');
    writeFileSync(path.join(dir, 'utf16.txt'), Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8])); // a lone surrogate
    writeFileSync(path.join(dir, 'huge.txt'), 'x'.repeat(5000));
    symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'dangling.txt'));
    mkdirSync(path.join(dir, 'folder.txt')); // a folder with a file's name is not an input
    const r = await cli(['batch', '--out', 'out', '--max-bytes', '4k']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      'artparse: batch/blank.txt: empty file (only whitespace)',
      `artparse: batch/dangling.txt: broken symbolic link (its target ${path.join(dir, 'gone.txt')} does not exist)`,
      'artparse: batch/empty.txt: empty file',
      'artparse: batch/huge.txt: too large (5000 bytes; the limit is --max-bytes 4096)',
      'artparse: batch/image.txt: not a text file',
      'artparse: batch/utf16.txt: not valid UTF-16LE text',
    ]);
    expect(readdirSync(path.join(work, 'out')).sort()).toEqual(['good-1.json', 'good-2.json']);
    const good = JSON.parse(readFileSync(path.join(work, 'out', 'good-2.json'), 'utf8')) as Article;
    expect(good.headline).toBe('Unpredictable Sondland faces questions about Trump, Ukraine');
  });

  test('a symbolic link to a folder is not followed (a link back up the tree would repeat it); links to files are, a loop of links fails', async () => {
    const dir = path.join(work, 'linked');
    mkdirSync(dir);
    copyFileSync(path.join(FIXTURES, 'wire-1987.txt'), path.join(dir, 'wire.txt'));
    symlinkSync(path.join(dir, 'wire.txt'), path.join(dir, 'same.txt'));
    symlinkSync('..', path.join(dir, 'up'));
    symlinkSync('loop.txt', path.join(dir, 'loop.txt')); // a link to itself: an input that fails
    for (const args of [['linked'], ['linked/**'], ['linked/**/*.txt']]) {
      const r = await cli([...args, '--format', 'ndjson']);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`artparse: ${path.join('linked', 'loop.txt')}: too many levels of symbolic links\n`);
      const paths = r.stdout.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as Article).source.path);
      expect(paths.sort()).toEqual([path.join('linked', 'same.txt'), path.join('linked', 'wire.txt')]);
    }
    // named as an argument, a linked folder is listed
    const named = await cli([path.join('linked', 'up', 'linked'), '--format', 'ndjson']);
    expect(named.stdout.split('\n').filter(Boolean)).toHaveLength(2);
  });

  test('a broken symbolic link named on the command line says so', async () => {
    symlinkSync(path.join(work, 'gone.txt'), path.join(work, 'dangling.txt'));
    const r = await cli(['dangling.txt']);
    expect(r).toEqual({ code: 1, stdout: '', stderr: `artparse: dangling.txt: broken symbolic link (its target ${path.join(work, 'gone.txt')} does not exist)\n` });
  });

  test('--max-bytes refuses a larger file or stdin before parsing it', async () => {
    copyFileSync(path.join(FIXTURES, 'nato-stoltenberg.txt'), path.join(work, 'nato.txt'));
    const file = await cli(['--max-bytes', '1k', 'nato.txt']);
    expect(file).toEqual({ code: 1, stdout: '', stderr: 'artparse: nato.txt: too large (3459 bytes; the limit is --max-bytes 1024)\n' });
    const stdin = await cli(['--max-bytes', '1000'], readFileSync(path.join(FIXTURES, 'nato-stoltenberg.txt')));
    expect(stdin.stderr).toBe('artparse: <stdin>: too large (more than 1000 bytes; the limit is --max-bytes 1000)\n');
    expect((await cli(['--max-bytes', 'lots', 'nato.txt'])).code).toBe(2);
    expect((await cli(['--max-bytes', '4k', 'nato.txt'])).code).toBe(0);
  });

  test('sizes read as people write them', () => {
    expect([parseByteSize('1000'), parseByteSize('500k'), parseByteSize('100M'), parseByteSize('1.5GiB'), parseByteSize('2 MB')]).toEqual([
      1000, 512000, 104857600, 1610612736, 2097152,
    ]);
    expect([parseByteSize('0'), parseByteSize('-5'), parseByteSize('ten'), parseByteSize('5T')]).toEqual([null, null, null, null]);
  });
});

describe('text without a recognisable article', () => {
  test('gives its text as the body, no headline, and a no-article warning', () => {
    const input = 'milk, eggs and bread\n';
    const article = parseArticle(input);
    expect(article.headline).toBeNull();
    expect(article.body).toEqual([{ type: 'paragraph', text: 'milk, eggs and bread', start: 0, end: 20 }]);
    expect(article.warnings.map((w) => w.code)).toEqual(['no-article']);
    expect(schemaProblems(article)).toEqual([]);
  });

  test('a real article keeps its headline and gets no such warning', () => {
    const article = parseArticle(readFileSync(path.join(FIXTURES, 'wire-1987.txt'), 'utf8'));
    expect(article.headline).not.toBeNull();
    expect(article.warnings.map((w) => w.code)).not.toContain('no-article');
  });
});

describe('HTML nested deeper than any real page', () => {
  test('is read as text, with a warning', () => {
    const input = '<html><body>' + '<div>'.repeat(5000) + 'Hello';
    const article = parseArticle(input);
    expect(article.source.format).toBeUndefined();
    expect(article.warnings[0]).toMatchObject({ code: 'html-too-deep', message: 'HTML nested more than 1000 elements deep; read as text' });
    expect(article.body.map((b) => input.slice(b.start, b.end) === b.text)).toEqual([true]);
  });

  test('a page within the bound is still a page', () => {
    const article = parseArticle('<html><body>' + '<div>'.repeat(500) + '<h1>Bridge closes</h1><p>The old bridge closes for two years, the council said on Tuesday.</p>');
    expect(article.source.format).toBe('html');
    expect(article.headline).toBe('Bridge closes');
  });
});

describe('the JSON Schema', () => {
  test('artparse --schema prints the shipped schema', async () => {
    const r = await cli(['--schema']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(path.join(__dirname, '..', 'schema', 'article.schema.json'), 'utf8'));
  });

  test('every fixture validates, HTML too', async () => {
    for (const f of readdirSync(FIXTURES).filter((n) => /\.(txt|html)$/.test(n))) {
      const article = parseArticle(readFileSync(path.join(FIXTURES, f), 'utf8'), { path: f });
      expect([f, schemaProblems(article)]).toEqual([f, []]);
    }
  });

  test('it is strict: an unknown field, a wrong entity type or a malformed date fails', () => {
    const article = parseArticle(readFileSync(path.join(FIXTURES, 'nato-stoltenberg.txt'), 'utf8'));
    expect(schemaProblems({ ...article, extra: 1 })).not.toEqual([]);
    expect(schemaProblems({ ...article, source: { ...article.source, size: 3 } })).not.toEqual([]);
    expect(schemaProblems({ ...article, entities: [{ name: 'X', type: 'DATE', mentions: [] }] })).not.toEqual([]);
    expect(schemaProblems({ ...article, published: '17 January 2022' })).not.toEqual([]);
    expect(schemaProblems({ ...article, body: [{ type: 'paragraph', text: 'x', start: -1, end: 1 }] })).not.toEqual([]);
  });
});
