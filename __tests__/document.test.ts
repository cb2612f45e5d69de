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

test('wire copy indented with tabs reads as with four spaces: a results table, then notes wrapped over two lines', () => {
  // In the 1987 Reuters layout (written for this test; the company is invented): short table
  // lines, a tab shorter than four spaces, had made the block look unwrapped.
  const spaced = [
    'ACME HOLDINGS <ACMH> 4TH QTR LOSS',
    '',
    '    DENVER, Colo., March 3 -',
    '    Shr loss 2.07 dlrs vs profit 36 cts',
    '    Net loss 1,088,000 vs profit 187,000',
    '    Year',
    '    Shr loss 12.23 dlrs vs profit 17 cts',
    '    Net loss 645,000 vs profit 89,000',
    '    NOTE: Acme Holdings is the parent of Acme Savings and Loan of',
    'Colorado.',
    '    1986 net includes tax credits of 165,000 dlrs in quarter',
    'and 189,000 dlrs in year.',
    ' Reuter',
  ].join('\n');
  const paragraphs = (text: string): string[] => {
    const doc = new Document(text);
    return doc.paragraphs.map((p) => doc.paragraphText(p).replace(/\s+/g, ' '));
  };
  const tabbed = paragraphs(spaced.replace(/^ {4}/gm, '\t'));
  expect(tabbed).toEqual(paragraphs(spaced));
  expect(tabbed).toContain('NOTE: Acme Holdings is the parent of Acme Savings and Loan of Colorado.');
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

describe('text its writer did not wrap (paragraphs of one long line each)', () => {
  // The opening of a New York Times story as PolNeAR has it (train, nyt_2015-11-09): a news
  // database's "Title; " over its subtitle, both of moderate length, then paragraphs of one line.
  const nyt = [
    'Jobs report gives Democrats a lift; ',
    'Solid upturn, with a rise in hourly earnings, could blunt Republican claims.',
    '',
    "The surprisingly robust United States jobs report cheered Democrats hoping to retain the White House and capture the Senate next year, but it heralded a new atmosphere of uncertainty by flashing a green light to the Federal Reserve to raise interest rates, which could undermine economic growth.",
    '',
    "The October report exceeded economists' expectations, with 271,000 new payroll positions. The jobless rate ticked down to 5 percent, and, perhaps most important, average hourly earnings rose 0.4 percent after showing no increase in September.",
    '',
  ].join('\n');

  test('two lines of moderate length are two paragraphs, not one wrapped over them', () => {
    const doc = new Document(nyt);
    const texts = doc.paragraphs.map((p) => doc.paragraphText(p));
    expect(texts.slice(0, 2)).toEqual(['Jobs report gives Democrats a lift;', 'Solid upturn, with a rise in hourly earnings, could blunt Republican claims.']);
    expect(texts).toHaveLength(4);
  });

  test('a line opening in lower case goes on the paragraph above it', () => {
    // HuffPost's editor's note as PolNeAR has it (dev, huff-post_2016-09-22): link text broke its lines.
    const note = [
      "\u201cDoes anybody know what the environmental platform of the Republican Party is?\u201d Graham asked. \u201cNeither do I.\u201d And he went on to list what the party had promised and not done.",
      '',
      'Editor\u2019s note: Donald Trump regularly',
      'incites',
      'political violence and is a serial liar, rampant xenophobe,',
      'racist, misogynist and birther who has',
      'repeatedly pledged to ban all Muslims \u2014 1.6 billion members of an entire religion \u2014 from',
      'entering the U.S.',
      '',
      nyt.split('\n')[3],
    ].join('\n');
    const doc = new Document(note);
    expect(doc.paragraphs).toHaveLength(3);
    expect(doc.paragraphText(doc.paragraphs[1])).toMatch(/^Editor\u2019s note: Donald Trump regularly\nincites\n.*\nentering the U\.S\.$/s);
  });

  test('a list stays one paragraph, as in any other text', () => {
    const list = [nyt.split('\n')[3], '', '\u2022 Writing a blog post about the election', '\u2022 Writing a piece of email marketing for it', '', nyt.split('\n')[5]].join('\n');
    const doc = new Document(list);
    expect(doc.paragraphs.map((p) => doc.paragraphText(p))[1]).toBe('\u2022 Writing a blog post about the election\n\u2022 Writing a piece of email marketing for it');
  });

  test('a hard-wrapped text keeps a two-line block together', () => {
    const wrapped = 'Jobs report gives Democrats a lift as hiring picks up in\nOctober, the Labor Department said on Friday morning.\n\nThe report exceeded expectations, with 271,000 new payroll\npositions, and the jobless rate ticked down to 5 percent.\n';
    const doc = new Document(wrapped);
    expect(doc.paragraphs).toHaveLength(2);
  });
});
