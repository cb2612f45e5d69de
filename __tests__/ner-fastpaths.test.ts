/**
 * The tagger's fast paths compute exactly what the plain definitions compute: hashes from
 * char codes instead of substrings, cached lookups, and the per-atom slot cache.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { fnv1a, fnv1aRange, mix } from '../src/nlp/ner/hash';
import { computeWordInfo, gazetteerMatches, lowerForm, WordInfo } from '../src/nlp/ner/features';
import { WordInfoCache } from '../src/nlp/ner/document';
import { getTagger, projectRoot, Tagger } from '../src/nlp/ner/index';
import { NUM_TAGS, tagType, TYPES, typeIndex } from '../src/nlp/ner/labels';
import { emptyLexicon, Lexicon, setClusters, setGazetteer } from '../src/nlp/ner/lexicon';
import { normalizeToken } from '../src/nlp/ner/normalize';
import { asciiShapeHashes, hasLetter, longShape, shortShape } from '../src/nlp/ner/shape';
import { T } from '../src/nlp/ner/templates';
import { splitSentences } from '../src/nlp/sentences';
import { tokenize } from '../src/nlp/tokenize';

const WORDS = [
  'Stoltenberg', 'NATO', 'U.S.', 'pre-1997', '1,234.5', "O'Neil", 'McDonald', 'a', '', '-', '--', 'x-', '-x', 'a--b',
  'NATO-Russia', 'ex-Soviet', 'Ab-Cd-Ef-Gh', '12-Abc', '9x9', 'Zürich', 'ÉCOLE', 'naïve', 'İstanbul', 'São-Paulo',
  'ǅx', 'Σίσυφος', 'ΣΊΣΥΦΟΣ', '日本', 'ß', 'ẞig', '𝐀bc', 'Ⅻ', '\u201cQuoted\u201d', '\u2014', 'pre\u20131997', '\u2026',
  '\ud800', 'a\ud800b', '"', '(', "''", '``', ':-', '((', "'s",
];

/** Word atoms as computed before the fast paths (substrings, string shapes, cluster strings). */
function referenceAtoms(word: string, lexicon: Lexicon): number[] {
  const norm = normalizeToken(word);
  const lower = lowerForm(norm);
  const atoms = [fnv1a(norm, T.WORD), fnv1a(lower, T.LOWER), fnv1a(shortShape(norm), T.SHAPE), fnv1a(longShape(norm), T.LSHAPE)];
  for (let n = 1; n <= 4 && n <= norm.length; n++) {
    atoms.push(fnv1a(norm.slice(0, n), T.PREFIX + 100 * n), fnv1a(lower.slice(-n), T.SUFFIX + 100 * n));
  }
  const id = lexicon.clusters.get(lower);
  if (id !== undefined) lexicon.clusterPaths[id].forEach((c, level) => atoms.push(fnv1a(c, T.CLUSTER + 100 * level)));
  else atoms.push(fnv1a('<unk>', T.CLUSTER));
  if (hasLetter(norm)) atoms.push(mix(T.CASE_PRIOR, (lexicon.casing.get(lower) ?? -1) + 1));
  return atoms;
}

describe('hashing without substrings', () => {
  it('fnv1aRange equals fnv1a of the slice', () => {
    for (const w of WORDS) {
      for (let a = 0; a <= w.length; a++) {
        for (let b = a; b <= w.length; b++) expect(fnv1aRange(w, a, b, 17)).toBe(fnv1a(w.slice(a, b), 17));
      }
    }
  });

  it('ASCII shape hashes equal the hashes of the shape strings', () => {
    const out = [0, 0];
    for (const w of WORDS) {
      const ascii = asciiShapeHashes(w, T.SHAPE, T.LSHAPE, out);
      expect(ascii).toBe(/^[\x00-\x7f]*$/.test(w));
      if (!ascii) continue;
      expect(out[0]).toBe(fnv1a(shortShape(w), T.SHAPE));
      expect(out[1]).toBe(fnv1a(longShape(w), T.LSHAPE));
    }
  });

  it('word infos carry the same atoms as the plain definitions', () => {
    const l = emptyLexicon();
    setClusters(l, new Map([['stoltenberg', ['1', '1.2', '1.2.3']], ['nato', ['4', '4.5', '4.5.6']]]));
    l.casing.set('nato', 4);
    for (const lexicon of [emptyLexicon(), l]) {
      for (const w of WORDS) {
        const atoms = computeWordInfo(w, lexicon).atoms;
        const ref = referenceAtoms(w, lexicon);
        expect(atoms.slice(0, ref.length)).toEqual(ref);
      }
    }
  });

  it('leaves tokens without typographic characters as they are', () => {
    for (const w of ['NATO', "'s", '"', 'Zürich', '']) expect(normalizeToken(w)).toBe(w);
    expect(normalizeToken('\u00a0x\u2019')).toBe(" x'");
  });

  it('typeIndex is the position of the tag type in [O, ...TYPES]', () => {
    for (let y = 0; y < NUM_TAGS; y++) {
      const type = tagType(y);
      expect(typeIndex(y)).toBe(type === null ? 0 : TYPES.indexOf(type) + 1);
    }
  });
});

describe('cached lookups', () => {
  it('one-word gazetteer lookups follow the lexicon they are made in', () => {
    const a = emptyLexicon();
    setGazetteer(a, new Map([['geneva', 1], ['new york', 2]]));
    const b = emptyLexicon();
    setGazetteer(b, new Map([['york', 4]]));
    const infos: WordInfo[] = ['Geneva', 'New', 'York'].map((w) => computeWordInfo(w, a));
    const ma = gazetteerMatches(infos, a);
    expect(Array.from(ma, (g) => g >> 3)).toEqual([1, 2, 2]);
    expect(Array.from(gazetteerMatches(infos, b), (g) => g >> 3)).toEqual([0, 0, 4]);
    expect(Array.from(gazetteerMatches(infos, a))).toEqual(Array.from(ma));
    // A lexicon sharing the prefix set but not the phrase map (as training's fold lexicons do).
    const c: Lexicon = { ...a, gazetteer: new Map([['new york', 8]]) };
    expect(Array.from(gazetteerMatches(infos, c), (g) => g >> 3)).toEqual([0, 8, 8]);
  });
});

describe('tagger caches', () => {
  const text = readFileSync(join(projectRoot(__dirname), 'fixtures', 'nato-stoltenberg.txt'), 'utf8');
  const doc = splitSentences(tokenize(text)).map((s) => s.map((t) => t.text));

  it('give the same tags cold, warm, and with caches cleared all the time', () => {
    const model = getTagger().model;
    const cold = new Tagger(model).tagDocument(doc);
    const warm = new Tagger(model);
    warm.tagDocument(doc);
    warm.tagDocument(doc.slice().reverse());
    expect(warm.tagDocument(doc)).toEqual(cold);
    const tiny = new Tagger(model, 50);
    tiny.tagDocument(doc);
    expect(tiny.tagDocument(doc)).toEqual(cold);
  });
});

describe('word info cache', () => {
  it('keeps the words seen in several documents when it evicts, and drops the rest', () => {
    const cache = new WordInfoCache(emptyLexicon(), 10);
    cache.reserve(2);
    const the = cache.get('the');
    cache.get('rare');
    cache.reserve(1);
    expect(cache.get('the')).toBe(the);
    for (let d = 0; d < 8; d++) {
      cache.reserve(1);
      cache.get(`once${d}`);
    }
    const gen = cache.generation;
    cache.reserve(1);
    expect(cache.generation).toBe(gen + 1);
    expect([...cache.values()].map((w) => w.norm)).toEqual(['the']);
    expect(cache.get('the')).toBe(the);
  });
});
