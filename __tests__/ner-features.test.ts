import { fnv1a, mix } from '../src/nlp/ner/hash';
import {
  addCasing, atomAt, boundaryInfo, computeWordInfo, gazetteerMatches, lowerForm, predictionCode, predictionFeatures,
  sentenceIsAllCaps, tokenFeatures, wordFeatures, WordInfo,
} from '../src/nlp/ner/features';
import { casingBucket, emptyLexicon, Lexicon, setClusters, setGazetteer } from '../src/nlp/ner/lexicon';
import { normalizeToken } from '../src/nlp/ner/normalize';
import { longShape, shortShape } from '../src/nlp/ner/shape';
import { allFeatures } from '../src/nlp/ner/perceptron';

const lex = emptyLexicon();
const info = (w: string, l: Lexicon = lex): WordInfo => computeWordInfo(w, l);

describe('token normalisation', () => {
  it('maps curly quotes, dashes and ellipses to the ASCII forms CoNLL uses', () => {
    expect(normalizeToken('\u201c')).toBe('"');
    expect(normalizeToken('\u2019s')).toBe("'s");
    expect(normalizeToken('\u2014')).toBe('--');
    expect(normalizeToken('pre\u20131997')).toBe('pre-1997');
    expect(normalizeToken('\u2026')).toBe('...');
    expect(normalizeToken('Stoltenberg')).toBe('Stoltenberg');
  });

  it('gives a curly-quoted token the same features as its ASCII form', () => {
    expect(info('\u2019s').atoms).toEqual(info("'s").atoms);
    expect(info('\u201c').lowerHash).toBe(info('"').lowerHash);
  });
});

describe('word shape and forms', () => {
  it('computes short and long shapes', () => {
    expect(shortShape('Stoltenberg')).toBe('Xx');
    expect(shortShape('NATO')).toBe('X');
    expect(shortShape('U.S.')).toBe('X.X.');
    expect(shortShape('pre-1997')).toBe('x-d');
    expect(longShape('Stoltenberg')).toBe('Xxxx');
    expect(longShape('1997')).toBe('ddd');
    expect(shortShape('Zürich')).toBe('Xx');
  });

  it('lower-cases and maps digits to 0', () => {
    expect(lowerForm('NATO')).toBe('nato');
    expect(lowerForm('1997-01-17')).toBe('0000-00-00');
  });

  it('records capitalisation flags', () => {
    const w = info('Kyiv');
    expect(w.cap).toBe(true);
    expect(w.allCaps).toBe(false);
    expect(info('OSCE').allCaps).toBe(true);
    expect(info('1997').letter).toBe(false);
  });

  it('uses clusters from the lexicon, coarse to fine', () => {
    const l = emptyLexicon();
    setClusters(l, new Map([['kyiv', ['3', '3.17', '3.17.250']]]));
    const withCluster = info('Kyiv', l);
    const without = info('Kyiv');
    expect(withCluster.atoms.length).toBe(without.atoms.length + 2);
    expect(withCluster.atoms).toContain(fnv1a('3.17.250', 7 + 200));
  });

  it('uses the casing prior from unlabelled text', () => {
    const l = emptyLexicon();
    l.casing.set('little', 0);
    l.casing.set('kyiv', 4);
    expect(info('Little', l).casePrior).toBe(0);
    expect(info('KYIV', l).casePrior).toBe(4);
    expect(info('Donbas', l).casePrior).toBe(-1);
    expect(info('Little', l).atoms).not.toEqual(info('Little').atoms);
    expect(casingBucket(0, 10)).toBe(0);
    expect(casingBucket(5, 10)).toBe(2);
    expect(casingBucket(10, 10)).toBe(4);
  });

  it('adds features for the parts of hyphenated words', () => {
    expect(info('NATO-Russia').atoms.length).toBeGreaterThan(info('NATORussia').atoms.length + 3);
    expect(info('-').atoms.length).toBe(info('+').atoms.length);
  });
});

describe('window features', () => {
  it('hashes the same atom differently at different offsets', () => {
    const a = info('Geneva').lowerHash;
    const at = [-2, -1, 0, 1, 2].map((o) => atomAt(a, o));
    expect(new Set(at).size).toBe(5);
  });

  it('uses prefixes/suffixes only for the current word and the word identity only nearby', () => {
    const w = info('Brussels');
    const self: number[] = [];
    const far: number[] = [];
    wordFeatures(w, 0, self);
    wordFeatures(w, 2, far);
    expect(self.length).toBeGreaterThan(far.length);
    expect(far).toContain(atomAt(w.lowerHash, 2));
    expect(far).not.toContain(atomAt(w.atoms[0], 2)); // the exact word form is not used two away
  });

  it('gives sentence-initial and later tokens different features, deterministically', () => {
    const infos = ['Russia', 'and', 'NATO', 'met', 'in', 'Vienna', '.'].map((w) => info(w));
    const s = { infos, allCaps: false, gaz: new Int32Array(infos.length) };
    const doc = { casing: new Map<string, number>() };
    const f0: number[] = [];
    const f0b: number[] = [];
    const f5: number[] = [];
    allFeatures(s, doc, 0, f0);
    allFeatures(s, doc, 0, f0b);
    allFeatures(s, doc, 5, f5);
    expect(f0).toEqual(f0b);
    expect(f0).not.toEqual(f5);
    // Boundary pseudo-words fill the window before the first token.
    const start: number[] = [];
    wordFeatures(boundaryInfo('start'), -1, start);
    expect(f0).toContain(start[0]);
    expect(f5).not.toContain(start[0]);
  });

  it('adds first-pass prediction features only in the second pass', () => {
    const infos = ['Stoltenberg', 'said'].map((w) => info(w));
    const s = { infos, allCaps: false, gaz: new Int32Array(2) };
    const doc = { casing: new Map<string, number>() };
    const one: number[] = [];
    allFeatures(s, doc, 0, one);
    const second = { ...s, pass1: Int32Array.from([1, 0]) };
    const two: number[] = [];
    allFeatures(second, doc, 0, two);
    expect(predictionCode(s, 0)).toBe(-1);
    const code = predictionCode(second, 0);
    expect(code).toBeGreaterThanOrEqual(0);
    const pf: number[] = [];
    predictionFeatures(code, pf);
    expect(pf).toHaveLength(4);
    expect(two).toEqual([...one, ...pf]);
    // Different neighbouring predictions give a different code.
    expect(predictionCode({ ...s, pass1: Int32Array.from([1, 2]) }, 0)).not.toBe(code);
    // tokenFeatures alone is unchanged by the first pass when no document counts exist.
    const t1: number[] = [];
    const t2: number[] = [];
    tokenFeatures(s, doc, 0, t1);
    tokenFeatures(second, doc, 0, t2);
    expect(t2).toEqual(t1);
  });
});

describe('document and gazetteer features', () => {
  it('detects all-caps headline sentences', () => {
    expect(sentenceIsAllCaps(['NATO', 'CHIEF', 'SAYS', '-'].map((w) => info(w)))).toBe(true);
    expect(sentenceIsAllCaps(['NATO', 'chief', 'says'].map((w) => info(w)))).toBe(false);
  });

  it('records how a word is cased mid-sentence elsewhere in the document', () => {
    const casing = new Map<string, number>();
    addCasing(casing, ['The', 'talks', 'in', 'Geneva', 'ended'].map((w) => info(w)));
    expect(casing.get('geneva')).toBe(2);
    expect(casing.get('talks')).toBe(1);
    expect(casing.has('the')).toBe(false); // sentence-initial words say nothing
  });

  it('finds the longest gazetteer match starting at a capitalised token', () => {
    const l = emptyLexicon();
    setGazetteer(l, new Map([['north atlantic treaty organisation', 4], ['north', 2], ['atlantic ocean', 2]]));
    expect(l.maxPhrase).toBe(4);
    const infos = ['the', 'North', 'Atlantic', 'Treaty', 'Organisation', 'said'].map((w) => info(w, l));
    const m = gazetteerMatches(infos, l);
    expect(m[0]).toBe(0);
    expect(m[1] >> 3).toBe(4);
    expect(m[1] & 3).toBe(1); // starts here
    expect(m[4] & 3).toBe(2); // continues
    expect(m[5]).toBe(0);
    const partial = ['North', 'Atlantic', 'states'].map((w) => info(w, l));
    const pm = gazetteerMatches(partial, l);
    expect(pm[0] >> 3).toBe(2); // "North" alone: the longer phrase does not continue
    expect(pm[1]).toBe(0);
  });

  it('mixes hashes without returning zero', () => {
    expect(mix(0, 0)).not.toBe(0);
    expect(fnv1a('NATO', 1)).not.toBe(fnv1a('NATO', 2));
  });
});
