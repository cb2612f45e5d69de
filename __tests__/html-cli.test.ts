/**
 * The CLI with HTML input: folders pick up .html/.htm, --input-format, charsets declared by
 * the page. Runs main() in-process on a temporary folder (no ../shared needed).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { decode } from '../src/cli/decode';
import * as parseModule from '../src/pipeline/parse';
import type { EntityRecognizer } from '../src/nlp/recognizer';
import type { Article, ParseOptions } from '../src/types';
import { CliResult, runCli } from './support/cli';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const none: EntityRecognizer = { name: 'none', recognize: () => [] };

let work: string;

function cli(args: string[], stdin?: string): Promise<CliResult> {
  return runCli(args, work, stdin);
}

const CYRILLIC_STORY = 'Городской совет во вторник проголосовал за закрытие старого моста на два года, пока инженеры перестраивают его настил.';

function cyrillicPage(declaration: string): string {
  return `<!DOCTYPE html><html><head>${declaration}<title>Мост</title></head><body><h1>Мост закроют на два года</h1>` +
    `<p>${CYRILLIC_STORY}</p><p>${CYRILLIC_STORY}</p></body></html>`;
}

beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'artparse-html-cli-'));
  // The bundled NER model is not what these tests are about.
  const real = parseModule.parseArticle;
  jest.spyOn(parseModule, 'parseArticle').mockImplementation((input: string, options?: ParseOptions) =>
    real(input, { recognizer: none, ...options }));
});

afterEach(() => {
  jest.restoreAllMocks();
  rmSync(work, { recursive: true, force: true });
});

describe('HTML files on the command line', () => {
  test('an .html file is read as a page: source.format html, offsets into the HTML', async () => {
    copyFileSync(path.join(FIXTURES, 'nato-stoltenberg.html'), path.join(work, 'page.html'));
    const r = await cli(['page.html']);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as Article;
    expect(a.source).toMatchObject({ path: 'page.html', encoding: 'utf-8', format: 'html' });
    expect(a.headline).toBe("NATO chief Jens Stoltenberg says 'won't agree' to keep military within pre-1997 borders");
    expect(a.published).toBe('2022-01-17T13:13:00+05:30');
  });

  test('folders pick up .html and .htm (any case) beside .txt', async () => {
    mkdirSync(path.join(work, 'dir'));
    copyFileSync(path.join(FIXTURES, 'nato-stoltenberg.html'), path.join(work, 'dir', 'a.html'));
    copyFileSync(path.join(FIXTURES, 'nato-stoltenberg.html'), path.join(work, 'dir', 'b.HTM'));
    copyFileSync(path.join(FIXTURES, 'nato-stoltenberg.txt'), path.join(work, 'dir', 'c.txt'));
    writeFileSync(path.join(work, 'dir', 'd.md'), '# not an input');
    const r = await cli(['dir']);
    expect(r.code).toBe(0);
    const arr = JSON.parse(r.stdout) as Article[];
    expect(arr.map((a) => [path.basename(a.source.path ?? ''), a.source.format ?? 'text'])).toEqual([
      ['a.html', 'html'], ['b.HTM', 'html'], ['c.txt', 'text'],
    ]);
  });

  test('--input-format text reads a page as text; --input-format html reads a fragment as a page', async () => {
    copyFileSync(path.join(FIXTURES, 'nato-stoltenberg.html'), path.join(work, 'page.html'));
    const asText = JSON.parse((await cli(['--input-format', 'text', 'page.html'])).stdout) as Article;
    expect(asText.source.format).toBeUndefined();
    writeFileSync(path.join(work, 'frag.txt'), '<h1>A title here</h1><p>One paragraph of a story, with <b>bold</b> words in it.</p>');
    const asHtml = JSON.parse((await cli(['--input-format', 'html', 'frag.txt'])).stdout) as Article;
    expect([asHtml.source.format, asHtml.headline, asHtml.body[0]?.text]).toEqual(['html', 'A title here', 'One paragraph of a story, with bold words in it.']);
  });

  test('stdin starting with a doctype is read as a page', async () => {
    const r = await cli(['-'], '<!doctype html><html><body><h1>Bridge to close</h1><p>The council voted to close the bridge.</p></body></html>');
    const a = JSON.parse(r.stdout) as Article;
    expect([a.source.path, a.source.format, a.headline]).toEqual([null, 'html', 'Bridge to close']);
  });

  test('a bad --input-format is a usage error; --help lists the option', async () => {
    const bad = await cli(['--input-format', 'pdf', 'x.html']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--input-format');
    const help = await cli(['--help']);
    expect(help.stdout).toContain('--input-format <format>');
    expect(help.stdout).toContain('*.html');
  });
});

describe('charsets declared by the page', () => {
  test('<meta charset> is honoured when the bytes are not UTF-8 (no fallback warning)', async () => {
    writeFileSync(path.join(work, 'ru.html'), iconv.encode(cyrillicPage('<meta charset="windows-1251">'), 'windows-1251'));
    const r = await cli(['ru.html']);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as Article;
    expect(a.source.encoding).toBe('windows-1251');
    expect(a.headline).toBe('Мост закроют на два года');
    expect(a.body[0]?.text).toBe(CYRILLIC_STORY);
    expect(a.warnings.map((w) => w.code)).not.toContain('encoding-fallback');
  });

  test('http-equiv Content-Type is honoured too', () => {
    const bytes = iconv.encode(cyrillicPage('<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R">'), 'koi8-r');
    const d = decode(bytes, 'auto');
    expect(d.encoding).toBe('koi8-r');
    expect(d.text).toContain('Мост закроют');
  });

  test('UTF-8 bytes stay UTF-8 whatever the page declares; text input and unknown charsets are detected, with a warning', () => {
    expect(decode(Buffer.from(cyrillicPage('<meta charset="windows-1251">'), 'utf8')).encoding).toBe('utf-8');
    const cp1251 = iconv.encode(cyrillicPage('<meta charset="windows-1251">'), 'windows-1251');
    const asText = decode(cp1251, 'text');
    expect(asText).toMatchObject({ encoding: 'windows-1251', warnings: [{ code: 'encoding-fallback' }] });
    expect(asText.text).toContain(CYRILLIC_STORY);
    const unknown = iconv.encode(cyrillicPage('<meta charset="x-no-such-charset">'), 'windows-1251');
    expect(decode(unknown, 'auto')).toMatchObject({ encoding: 'windows-1251', warnings: [{ code: 'encoding-fallback' }] });
    const latin1 = iconv.encode(cyrillicPage('<meta charset="iso-8859-1">').replace(/[А-я]+/g, 'Café'), 'latin1');
    expect(decode(latin1, 'auto')).toMatchObject({ encoding: 'windows-1252', warnings: [] });
  });
});
