/** The committed model on real text: the seed article and hand-written sentences. */
import { readFileSync, statSync } from 'fs';
import { join } from 'path';
import { defaultModelPath, getNerRecognizer, getTagger, projectRoot, tagSentences, Tagger } from '../src/nlp/ner/index';
import { isValidBio } from '../src/nlp/ner/labels';
import { splitSentences } from '../src/nlp/sentences';
import { tokenize } from '../src/nlp/tokenize';
import { RecognizedSpan } from '../src/nlp/recognizer';

const root = projectRoot(__dirname);
const seed = readFileSync(join(root, 'fixtures', 'nato-stoltenberg.txt'), 'utf8');

function recognize(text: string): Array<RecognizedSpan & { text: string }> {
  const sentences = splitSentences(tokenize(text));
  return getNerRecognizer().recognize(sentences).map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
}

describe('the committed NER model', () => {
  it('is compact and found from the source tree', () => {
    expect(defaultModelPath()).toBe(join(root, 'models', 'ner.bin'));
    expect(statSync(defaultModelPath()).size).toBeLessThanOrEqual(8 * 1024 * 1024);
  });

  const spans = recognize(seed);
  const typesOf = (name: string): Set<string> => new Set(spans.filter((s) => s.text === name).map((s) => s.type));

  it.each([
    ['Jens Stoltenberg', 'PERSON'],
    ['Vladimir Putin', 'PERSON'],
    ['NATO', 'ORGANIZATION'],
    ['North Atlantic Treaty Organisation', 'ORGANIZATION'],
    ['OSCE', 'ORGANIZATION'],
    ['CBS', 'ORGANIZATION'],
    ['Russia', 'LOCATION'],
    ['Ukraine', 'LOCATION'],
    ['Kyiv', 'LOCATION'],
    ['Donbas', 'LOCATION'],
    ['Geneva', 'LOCATION'],
    ['Brussels', 'LOCATION'],
    ['Vienna', 'LOCATION'],
  ])('finds %s as %s in the seed article', (name, type) => {
    expect(typesOf(name)).toContain(type);
  });

  it('maps every span back to the exact characters of its tokens', () => {
    const sentences = splitSentences(tokenize(seed));
    expect(spans.length).toBeGreaterThan(20);
    for (const s of spans) {
      const tokens = sentences[s.sentence].slice(s.tokenStart, s.tokenEnd);
      expect(tokens.length).toBe(s.tokenEnd - s.tokenStart);
      expect(s.start).toBe(tokens[0].start);
      expect(s.end).toBe(tokens[tokens.length - 1].end);
      expect(s.text).toBe(seed.slice(tokens[0].start, tokens[tokens.length - 1].end));
    }
    const putin = spans.find((s) => s.text === 'Vladimir Putin');
    expect(putin).toBeDefined();
    expect(seed.indexOf('Vladimir Putin')).toBe(putin?.start);
  });

  it('handles curly quotes and possessives in real sentences', () => {
    const text = '\u201cWe will not agree,\u201d NATO Secretary-General Jens Stoltenberg told reporters in Brussels on Monday. Ukraine\u2019s army said.';
    const found = recognize(text).map((s) => `${s.type}:${s.text}`);
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION:NATO', 'PERSON:Jens Stoltenberg', 'LOCATION:Brussels', 'LOCATION:Ukraine']));
    const ukraine = recognize(text).find((s) => s.text === 'Ukraine');
    expect(ukraine && text.slice(ukraine.start, ukraine.end + 2)).toBe('Ukraine\u2019s');
  });

  it('tags token lists with valid BIO sequences', () => {
    const doc = [['German', 'Chancellor', 'Helmut', 'Kohl', 'met', 'Boris', 'Yeltsin', 'in', 'Moscow', '.'], ['RUSSIA', 'AND', 'GERMANY', 'SIGN', 'DEAL']];
    const tags = tagSentences(doc);
    expect(tags.map((t) => t.length)).toEqual([10, 5]);
    for (const t of tags) expect(isValidBio(t)).toBe(true);
    expect(tags[0].slice(2, 4)).toEqual(['B-PER', 'I-PER']);
    expect(tags[0][8]).toBe('B-LOC');
    expect(tags[0][0]).toBe('B-MISC');
  });

  it('leaves courtesy titles out of person names, as CoNLL does', () => {
    const text = 'Ms Hewitt met Dr. Jane Smith and Mr Stoltenberg.';
    const people = recognize(text).filter((s) => s.type === 'PERSON').map((s) => s.text);
    expect(people).toEqual(['Hewitt', 'Jane Smith', 'Stoltenberg']);
  });

  it('tags the same when its word cache overflows and is cleared', () => {
    const doc = splitSentences(tokenize(seed)).map((s) => s.map((t) => t.text));
    const small = new Tagger(getTagger().model, 40);
    const expected = getTagger().tagDocument(doc);
    expect(small.tagDocument(doc)).toEqual(expected);
    expect(small.tagDocument(doc.slice(3))).toEqual(expected.slice(3));
    expect(small.tagDocument(doc)).toEqual(expected);
  });

  it('returns nothing for an empty document and copes with empty sentences', () => {
    expect(getNerRecognizer().recognize([])).toEqual([]);
    expect(tagSentences([[], ['Geneva'], []])).toEqual([[], ['B-LOC'], []]);
  });

  it('finds the same entities in an all-caps headline and in running text', () => {
    const tags = tagSentences([['NATO', 'CHIEF', 'STOLTENBERG', 'MEETS', 'PUTIN', 'IN', 'GENEVA'], ['NATO', 'chief', 'Jens', 'Stoltenberg', 'met', 'Vladimir', 'Putin', 'in', 'Geneva', '.']]);
    expect(tags[1]).toEqual(['B-ORG', 'O', 'B-PER', 'I-PER', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC', 'O']);
    expect(tags[0][0]).toBe('B-ORG');
    expect(tags[0][6]).toBe('B-LOC');
  });
});
