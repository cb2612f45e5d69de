/**
 * fast-check properties over messy input, shared by the property tests (a few hundred runs)
 * and `npm run fuzz` (100,000). Three kinds of case:
 * - arbitrary strings (any Unicode, lone surrogates, control characters, runs of quote
 *   marks and punctuation), parsed as text;
 * - the real fixtures with random edits: lines deleted or duplicated, CRLF line ends, control
 *   characters or random strings inserted, a stretch turned to mojibake (UTF-8 read as
 *   windows-1252), a byte-order mark, truncation; parsed as the CLI would ('auto': the HTML
 *   fixture stays HTML);
 * - bytes: a fixture encoded as UTF-8 (with or without BOM), UTF-16 LE/BE, windows-1252 or
 *   latin-1, with random bytes flipped, inserted or cut, read through the CLI's decoder.
 * Each must parse without throwing (the decoder may refuse bytes with an InputError) into an
 * article that passes scripts/article-checks.ts.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { decode } from '../src/cli/decode';
import { InputError } from '../src/cli/errors';
import { parseArticle } from '../src';
import { projectRoot } from '../src/nlp/ner/index';
import type { ParseOptions } from '../src/types';
import { articleProblems } from './article-checks';

const FIXTURES = [
  'nato-stoltenberg.txt', 'wire-1987.txt', 'bbc-politics-084.txt', 'nato-stoltenberg-webdump.txt', 'nato-stoltenberg.html',
  // Hard-wrapped dumps: soft line breaks read as spaces, then the input's own text put back.
  'wrapped/sky-92101975.cols72.txt', 'wrapped/my6sense-57e2e988.cols80.txt', 'wrapped/my6sense-57e2e988.lynx80.txt',
  // LexisNexis and Factiva exports: their own lines claimed first; Factiva's field codes
  // blanked in the reading view, a line break made of the code under the headline.
  'exports/bbc-politics-084.lexisnexis.txt', 'exports/bbc-politics-084.factiva.txt', 'exports/bbc-politics-084.factiva-codes.txt',
  // Lynx dumps: a page of menus; a caption block holding the byline over the dateline.
  'wrapped/foxnews-7dfc3e35.lynx80.txt', 'wrapped/hawaiinewsnow-f344ca5f.lynx80.txt',
  // Wide and narrow dumps: wrapped at 120 columns (a paragraph fills two lines, a short story
  // has a break per paragraph), at 65 (teaser titles set in over one line at the margin), and
  // an unwrapped page whose long teaser titles end near 116 columns.
  'wrapped/sky-92101975.cols120.txt', 'wrapped/mysanantonio-ef2b3f26.cols120.txt', 'wrapped/hawaiinewsnow-f344ca5f.cols65.txt',
  'webdumps/autoindustriya-3cb5e2f4.txt',
];
const fixtureTexts = FIXTURES.map((name) => readFileSync(join(projectRoot(__dirname), 'fixtures', name), 'utf8'));

/** Throws with every problem when the article parsed from `input` breaks an invariant. */
function check(input: string, format: ParseOptions['format']): void {
  const problems = articleProblems(input, parseArticle(input, { format }));
  if (problems.length) throw new Error(problems.slice(0, 5).join('\n'));
}

const NASTY = ['"', '\u201c', '\u201d', "'", '\u2019', '\u00ab', '.', ',', '-', '\u2014', ' ', '\t', '\n', '\r', '\r\n', '\u00a0', '\ufeff', '\u0000', '\u007f', '\u0085', '\u2028', 'A', 'Z', 'a', '1', '(', ')', ':', '|', 'By ', '(Reuters) -', ' said', 'Mr ', 'IST', 'Jan 17, 2022'];

export const arbitraryText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: fc.constantFrom(...NASTY), maxLength: 300 }),
);

type Edit = (text: string) => string;

/** A position in `text` from a random natural number. */
const at = (n: number, text: string): number => (text.length === 0 ? 0 : n % (text.length + 1));

function lineEdit(f: (lines: string[], i: number) => void): (n: number) => Edit {
  return (n) => (text) => {
    const lines = text.split('\n');
    f(lines, n % lines.length);
    return lines.join('\n');
  };
}

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.nat().map(lineEdit((lines, i) => lines.splice(i, 1))),
  fc.nat().map(lineEdit((lines, i) => lines.splice(i, 0, lines[i] ?? ''))),
  fc.constant<Edit>((text) => text.replace(/\r?\n/g, '\r\n')),
  fc.tuple(fc.nat(), fc.constantFrom('\u0000', '\u0001', '\u0007', '\b', '\u000b', '\f', '\u001b', '\u007f', '\u0085', '\u009d', '\ufffd', '\ufeff')).map(
    ([n, c]): Edit => (text) => text.slice(0, at(n, text)) + c + text.slice(at(n, text)),
  ),
  fc.tuple(fc.nat(), arbitraryText).map(([n, s]): Edit => (text) => text.slice(0, at(n, text)) + s + text.slice(at(n, text))),
  fc.tuple(fc.nat(), fc.nat({ max: 400 })).map(([n, len]): Edit => (text) => {
    const a = at(n, text);
    return text.slice(0, a) + iconv.decode(Buffer.from(text.slice(a, a + len), 'utf8'), 'windows-1252') + text.slice(a + len);
  }),
  fc.constant<Edit>((text) => '\ufeff' + text),
  fc.nat().map((n): Edit => (text) => text.slice(0, at(n, text))),
);

export const editedFixture = fc
  .tuple(fc.constantFrom(...fixtureTexts), fc.array(edit, { maxLength: 6 }))
  .map(([text, edits]) => edits.reduce((t, e) => e(t), text));

const ENCODINGS = ['utf8', 'utf8-bom', 'utf16le', 'utf16be', 'windows-1252', 'latin1'] as const;

function encode(text: string, encoding: (typeof ENCODINGS)[number]): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return iconv.encode(text, 'utf-16le', { addBOM: true });
    case 'utf16be':
      return iconv.encode(text, 'utf-16be', { addBOM: true });
    default:
      return iconv.encode(text, encoding);
  }
}

type ByteEdit = (bytes: Buffer) => Buffer;
const byteEdit: fc.Arbitrary<ByteEdit> = fc.oneof(
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([n, b]): ByteEdit => (bytes) => {
    const copy = Buffer.from(bytes);
    if (copy.length) copy[n % copy.length] = b;
    return copy;
  }),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([n, ins]): ByteEdit => (bytes) => {
    const i = bytes.length ? n % bytes.length : 0;
    return Buffer.concat([bytes.subarray(0, i), Buffer.from(ins), bytes.subarray(i)]);
  }),
  fc.nat().map((n): ByteEdit => (bytes) => bytes.subarray(0, bytes.length ? n % bytes.length : 0)),
);

export const editedBytes = fc
  .tuple(fc.constantFrom(...fixtureTexts.slice(0, 4)), fc.constantFrom(...ENCODINGS), fc.array(byteEdit, { maxLength: 4 }))
  .map(([text, encoding, edits]) => edits.reduce((b, e) => e(b), encode(text, encoding)));

export type FuzzRun = (params: { numRuns: number; seed: number }) => fc.RunDetails<unknown>;

/** Run `property` with fast-check's checker (no throw: the details say whether it failed). */
function runner<T>(property: fc.IProperty<[T]>): FuzzRun {
  return (params) => fc.check(property, params) as fc.RunDetails<unknown>;
}

export const PROPERTIES: Record<string, FuzzRun> = {
  'arbitrary strings': runner(fc.property(arbitraryText, (input) => check(input, 'text'))),
  'fixtures with random edits': runner(fc.property(editedFixture, (input) => check(input, 'auto'))),
  'bytes in any encoding, with random byte edits': runner(fc.property(editedBytes, (bytes) => {
    let text: string;
    try {
      text = decode(bytes, 'auto').text;
    } catch (err) {
      if (err instanceof InputError) return; // refused with a reason: fine
      throw err;
    }
    check(text, 'auto');
  })),
};
