/**
 * Adversarial inputs: text shaped to make regular expressions and scanners go super-linear
 * (long runs of quote marks, capitals, spaces, punctuation, one huge line, HTML nested or
 * escaped without end). Parsed as the CLI does ('auto': the HTML ones as pages). Shared by the
 * benchmark (scripts/bench-adversarial.ts) and the tests, which parse small versions.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { projectRoot } from '../src/nlp/ner/index';
import { wrapText } from './wrap-text';

export interface AdversarialInput {
  kind: string;
  text: string;
}

/** `unit` repeated to `size` UTF-16 units (cut at the end). */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** A name the recogniser has never seen, the `i`th: "Qa", "Qb", …, "Qba", … */
function unknownName(i: number): string {
  return 'Q' + i.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)));
}

/** `make(name)` for one new unknown name after another, to `size` characters. */
function withNewNames(size: number, make: (name: string) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const part = make(unknownName(i));
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, size);
}

function fixtureText(): string {
  return ['nato-stoltenberg.txt', 'wire-1987.txt', 'bbc-politics-084.txt']
    .map((name) => readFileSync(join(projectRoot(__dirname), 'fixtures', name), 'utf8'))
    .join('\n\n');
}

/** A short real-looking head, so the extractors that look for a headline and byline run too. */
const HEAD = 'Market rally continues\nBy Jane Doe, Reuters\nLONDON, March 3 (Reuters) - ';

/** Every kind at about `size` characters. */
export function adversarialInputs(size: number): AdversarialInput[] {
  const real = fixtureText();
  const body = (s: string): string => HEAD + s;
  return [
    { kind: 'straight double quotes', text: body(fill('"', size)) },
    { kind: 'mixed quote marks', text: body(fill('"\u201c\u201d\'\u2018\u2019`\u00ab\u00bb', size)) },
    { kind: 'many short quotes', text: body(fill('"Yes," he said. "No" ', size)) },
    { kind: 'one word speaking, over and over', text: body(fill('Analysts said "yes" today. ', size)) },
    { kind: 'a new speaker every sentence', text: body(withNewNames(size, (n) => `${n} said "yes" today. `)) },
    { kind: 'many people of one surname', text: body(withNewNames(size, (n) => `${n} Smith arrived. "Yes," he said. `)) },
    { kind: 'according to, again and again', text: body(withNewNames(size, (n) => `According to ${n} Jones, "it works". `)) },
    { kind: 'a colon and a quote, again', text: body(withNewNames(size, (n) => `${n} Brown said:\n\n"We will see."\n\n`)) },
    { kind: 'unclosed quotes', text: body(fill('He said "we will ', size)) },
    { kind: 'capitals, one word', text: body(fill('ABCDEFGHIJKLMNOPQRSTUVWXYZ', size)) },
    { kind: 'capitalised words', text: body(fill('WASHINGTON NEW YORK Jens Stoltenberg Of The North ', size)) },
    { kind: 'capital lines', text: fill('BREAKING NEWS FROM THE CAPITAL\n', size) },
    { kind: 'spaces', text: body('a' + fill(' ', size) + 'b') },
    { kind: 'tabs and spaces between words', text: body(fill('word \t  \u00a0 ', size)) },
    { kind: 'blank lines', text: body('a' + fill('\n', size) + 'b') },
    { kind: 'spaces then newlines', text: body(fill('   \n', size)) },
    { kind: 'punctuation', text: body(fill('.,;:!?-()[]{}/\\\'"*&%$#@', size)) },
    { kind: 'dots', text: body(fill('.', size)) },
    { kind: 'dashes', text: body(fill('-', size)) },
    { kind: 'digits and dates', text: body(fill('12:30 2022-01-17 1,00,000 Jan 17 ', size)) },
    { kind: 'bylines', text: fill('By John Smith and Jane Doe, Reuters\n', size) },
    { kind: 'one long line of real text', text: fill(real.replace(/\s+/g, ' ') + ' ', size) },
    // Read back as one line again (src/document/soft-breaks.ts), then parsed as the line above.
    { kind: 'real text wrapped at 72 columns', text: wrapText(fill(real.replace(/\s+/g, ' ') + ' ', size), 72) },
    { kind: 'HTML: unclosed elements', text: '<html><body>' + fill('<div>', size) },
    { kind: 'HTML: entities', text: '<html><body><p>' + fill('&amp;&#169;&nbsp;&bogus;', size) },
    { kind: 'HTML: angle brackets', text: '<html><body>' + fill('<<<>>></', size) },
  ];
}
