/** The document model: lines, paragraphs (blank-line and indented wire copy), tokens. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { Document } from '../src/document/document';
import { tokenize } from '../src/nlp/tokenize';
import { splitSentences } from '../src/nlp/sentences';
import { isWhiteSpace, splitCount } from '../src/nlp/white-space';

const fixture = (name: string): string => readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');

test('blank-line separated web copy: one paragraph per block', () => {
  const doc = new Document(fixture('nato-stoltenberg.txt'));
  const texts = doc.paragraphs.map((p) => doc.paragraphText(p));
  expect(texts[0]).toBe('Updated January 17th, 2022 at 13:14 IST');
  // "Reported by:", the credit and "Advertisement" are three lines of one block, not wrapped text.
  expect(texts).toContain('Reported by: Dipaneeta Das');
  expect(texts).toContain('Advertisement');
  expect(texts[texts.length - 1]).toBe('Published January 17th, 2022 at 13:13 IST');
});

test('hard-wrapped wire copy: a new paragraph at each indent', () => {
  const text = fixture('wire-1987.txt');
  const doc = new Document(text);
  const texts = doc.paragraphs.map((p) => doc.paragraphText(p));
  expect(texts[0]).toBe('HARBOUR MILLS <HBML> SEES HIGHER FIRST QUARTER PROFIT');
  expect(texts[1]).toBe('By Ellen Farrow, Reuters');
  expect(texts[2]).toMatch(/^PORTLAND, Maine, March 4 - Harbour Mills Inc said it expects\nfirst quarter/);
  // Every wire paragraph starts on an indented line and keeps its wrapped lines.
  for (const p of doc.paragraphs.slice(1, -1)) expect(doc.lines[p.firstLine].indent).toBe(4);
  expect(doc.paragraphs.some((p) => p.lastLine > p.firstLine)).toBe(true);
  expect(texts[texts.length - 1]).toBe('Reuter');
});

test('CRLF line breaks keep offsets exact', () => {
  const text = 'Title here now\r\n\r\nFirst paragraph.\r\nSecond line of it.\r\n';
  const doc = new Document(text);
  expect(doc.lines.map((l) => doc.lineText(l))).toEqual(['Title here now', '', 'First paragraph.', 'Second line of it.']);
  expect(doc.paragraphs.map((p) => doc.paragraphText(p))).toEqual(['Title here now', 'First paragraph.', 'Second line of it.']);
});

test('tokens follow CoNLL conventions and keep offsets', () => {
  const text = "Ukraine's Donbas region, with Russian President Vladimir Putin saying \u201cno\u201d to 1,00,000 U.S. troops.";
  const tokens = tokenize(text);
  expect(tokens.map((t) => t.text)).toEqual([
    'Ukraine', "'s", 'Donbas', 'region', ',', 'with', 'Russian', 'President', 'Vladimir', 'Putin', 'saying',
    '\u201c', 'no', '\u201d', 'to', '1,00,000', 'U.S.', 'troops', '.',
  ]);
  for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
});

test('sentences end at terminal punctuation, not at abbreviations', () => {
  const text = 'Mr. Smith met U.S. officials on Jan. 10 in Geneva. "We will talk," he said. Talks resumed.';
  const sentences = splitSentences(tokenize(text)).map((s) => text.slice(s[0].start, s[s.length - 1].end));
  expect(sentences).toEqual(['Mr. Smith met U.S. officials on Jan. 10 in Geneva.', '"We will talk," he said.', 'Talks resumed.']);
});

test('white space by character code is what \\s matches, and splitCount counts what split makes', () => {
  for (let code = 0; code <= 0xffff; code++) {
    if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) throw new Error(`U+${code.toString(16)}`);
  }
  for (const text of ['', ' ', 'a', ' a b  c\t', '\u00a0x\u3000y\ufeff', 'one two\nthree']) {
    expect(splitCount(text)).toBe(text.split(/\s+/).length);
  }
});

test('tokens of a slice: chunks cut at its end, none starting past it', () => {
  const text = '  Alpha beta,gamma  "delta"\u00a0epsilon\u2003zeta ';
  const plain = (from: number, to: number) => {
    const out: string[] = [];
    const chunk = /\S+/g;
    chunk.lastIndex = from;
    for (let m = chunk.exec(text); m !== null && m.index < to; m = chunk.exec(text)) out.push(m[0].slice(0, to - m.index));
    return out;
  };
  for (let from = 0; from <= text.length; from++) {
    for (let to = from; to <= text.length + 1; to++) {
      const chunks = plain(from, to);
      const tokens = tokenize(text, from, to);
      expect(tokens.every((t) => t.start >= from && t.end <= Math.max(from, to) && text.slice(t.start, t.end) === t.text)).toBe(true);
      expect(tokens.map((t) => t.text).join('')).toBe(chunks.join(''));
    }
  }
});
