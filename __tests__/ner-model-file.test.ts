/**
 * The NER model file: its lexicon is stored as ready-made string tables (StringTable), so
 * loading builds no Maps. Words and phrases below are from the seed article
 * (fixtures/nato-stoltenberg.txt) and from place names with non-ASCII letters.
 */
import { readFileSync } from 'fs';
import { defaultModelPath, getTagger, sharedModelBytes, Tagger } from '../src/nlp/ner/index';
import { NUM_TAGS } from '../src/nlp/ner/labels';
import { emptyLexicon, setClusters, setGazetteer } from '../src/nlp/ner/lexicon';
import { loadModel, parseModel, RawTable, serializeModel } from '../src/nlp/ner/model-io';
import { DecodedLookup, StringTable } from '../src/nlp/ner/string-table';

const SEED_WORDS = ['nato', 'secretary-general', 'jens', 'stoltenberg', 'said', 'brussels', 'ukraine', 'alliance', "'s", 'the'];

describe('StringTable', () => {
  const table = StringTable.build(SEED_WORDS.map((w, i) => [w, i * 10] as const));

  it('gives each key its value and nothing for other strings', () => {
    SEED_WORDS.forEach((w, i) => expect(table.get(w)).toBe(i * 10));
    expect(table.has('stoltenberg')).toBe(true);
    for (const other of ['Stoltenberg', 'stoltenber', 'stoltenbergs', '', 'natO', 'brussels ']) {
      expect(table.get(other)).toBeUndefined();
      expect(table.has(other)).toBe(false);
    }
    expect(table.size).toBe(SEED_WORDS.length);
  });

  it('keeps keys in order, with non-ASCII letters and characters outside the BMP intact', () => {
    const keys = ['münchen', 'são paulo', 'kyïv', 'afġānistān', '北京', '\u{1F1FA}\u{1F1E6} ukraine', 'são'];
    const t = StringTable.build(keys.map((k, i) => [k, i] as const));
    expect([...t.keys()]).toEqual(keys);
    keys.forEach((k, i) => expect(t.get(k)).toBe(i));
    expect(t.get('sao paulo')).toBeUndefined();
    expect(t.get('munchen')).toBeUndefined();
  });

  it('keeps the first value of a repeated key, and works when empty', () => {
    const t = StringTable.build([['nato', 1], ['nato', 2], ['otan', 3]]);
    expect(t.get('nato')).toBe(1);
    expect(t.size).toBe(2);
    const empty = StringTable.build([]);
    expect(empty.get('nato')).toBeUndefined();
    expect([...empty.keys()]).toEqual([]);
  });

  it('finds every key of a table big enough to have long probe runs', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `${SEED_WORDS[i % SEED_WORDS.length]} ${i}`);
    const t = StringTable.build(keys.map((k, i) => [k, i] as const));
    expect(keys.every((k, i) => t.get(k) === i)).toBe(true);
    expect(keys.some((k) => t.has(`${k}x`))).toBe(false);
  });

  it('decoded views drop entries their decoder rejects', () => {
    const packed = StringTable.build([['nato', 306 * 8 + 5], ['alliance', 12 * 8]]);
    const casing = new DecodedLookup(packed, (v) => ((v & 7) === 0 ? undefined : (v & 7) - 1));
    expect(casing.get('nato')).toBe(4);
    expect(casing.has('alliance')).toBe(false);
    expect(casing.size).toBe(1);
    expect([...casing.keys()]).toEqual(['nato']);
  });
});

describe('model file', () => {
  it('round-trips the lexicon and the weights', () => {
    const lexicon = emptyLexicon();
    setClusters(lexicon, new Map([['nato', ['1', '1.2']], ['stoltenberg', ['0', '0.5']], ['said', ['1', '1.3']]]));
    lexicon.casing.set('nato', 4);
    lexicon.casing.set('said', 0);
    lexicon.gazetteerNames = ['PER', 'LOC', 'ORG', 'MISC'];
    setGazetteer(lexicon, new Map([['jens stoltenberg', 1], ['north atlantic treaty organization', 4], ['brussels', 2]]));
    const weights = new Float32Array(2 * NUM_TAGS);
    weights[3] = 0.5;
    weights[NUM_TAGS + 5] = -0.25;
    const table: RawTable = { keys: Int32Array.from([123457, 987655]), weights, trans: new Float32Array((NUM_TAGS + 1) * NUM_TAGS) };
    const model = parseModel(serializeModel([table], lexicon, { note: 'test' }));
    const l = model.lexicon;
    expect(l.clusters.get('stoltenberg')).toBe(lexicon.clusters.get('stoltenberg'));
    expect(l.clusterPaths[l.clusters.get('nato') ?? -1]).toEqual(['1', '1.2']);
    expect(l.casing.get('nato')).toBe(4);
    expect(l.casing.get('said')).toBe(0);
    expect(l.casing.has('stoltenberg')).toBe(false);
    expect(l.gazetteer.get('north atlantic treaty organization')).toBe(4);
    expect(l.gazetteer.get('north atlantic')).toBeUndefined();
    expect(l.gazetteerPrefixes.has('north atlantic')).toBe(true);
    expect(l.gazetteerPrefixes.has('north atlantic treaty organization')).toBe(false);
    expect(l.gazetteerPrefixes.has('jens')).toBe(true);
    expect(l.maxPhrase).toBe(4);
    expect(model.meta).toEqual({ note: 'test' });
    const out = new Float32Array(NUM_TAGS);
    model.pass1.addTo(987655, out, 0);
    // Quantised to Int16 with one scale per table: the largest weight is 32767 units.
    expect(out[5]).toBe(-16383); // -16383.5, rounded up
    model.pass1.addTo(123457, out, 0);
    expect(out[3]).toBe(32767);
  });

  it('refuses a file of another format', () => {
    expect(() => parseModel(Buffer.from('ARTNER01\0\0\0\0'))).toThrow('not an artparse NER model');
  });

  it('the committed model knows the seed article\'s names', () => {
    const l = loadModel(defaultModelPath()).lexicon;
    expect(l.gazetteer.get('united nations')).toBeDefined();
    expect(l.gazetteerPrefixes.has('north atlantic')).toBe(true);
    expect(l.casing.get('nato')).toBe(4); // almost always capitalised mid-sentence
    expect(l.casing.get('the')).toBe(0);
    expect(l.clusters.get('stoltenberg')).toBeDefined();
    expect(getTagger().tagDocument([['Jens', 'Stoltenberg', 'visited', 'Brussels', '.']])[0]).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC', 'O']);
  });

  it('can be read once into shared memory that parser threads view', () => {
    const bytes = sharedModelBytes();
    expect(bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(Buffer.from(bytes).equals(readFileSync(defaultModelPath()))).toBe(true);
    expect(sharedModelBytes()).toBe(bytes);
    const fromShared = new Tagger(parseModel(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
    const sentence = ['NATO', 'Secretary-General', 'Jens', 'Stoltenberg', 'said', 'in', 'Brussels', '.'];
    expect(fromShared.tagDocument([sentence])).toEqual(getTagger().tagDocument([sentence]));
  });
});
