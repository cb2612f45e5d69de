import { allowedTransitions, chunksOf, chunksOfIndices, isValidBio, NUM_TAGS, TAGS, tagIndex, toBio, toIob1 } from '../src/nlp/ner/labels';
import { viterbi } from '../src/nlp/ner/viterbi';
import { rng } from '../src/nlp/ner/perceptron';
import { scoreChunks } from '../src/nlp/ner/score';
import { parseConll, formatConll } from '../src/nlp/ner/conll';

const L = NUM_TAGS;

describe('IOB conversions', () => {
  it('reads IOB1 chunks like conlleval', () => {
    // IOB1: I- starts a chunk; B- only between adjacent chunks of one type.
    const iob1 = ['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC', 'I-ORG', 'I-ORG'];
    expect(chunksOf(iob1)).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'PER', start: 2, end: 3 },
      { type: 'LOC', start: 4, end: 5 },
      { type: 'ORG', start: 5, end: 7 },
    ]);
    expect(toBio(iob1)).toEqual(['B-PER', 'I-PER', 'B-PER', 'O', 'B-LOC', 'B-ORG', 'I-ORG']);
    expect(toIob1(toBio(iob1))).toEqual(iob1);
  });

  it('finds the same chunks in tag indices as in tag names', () => {
    // A person, an ORG chunk right before a MISC one, and two adjacent LOC chunks (B- after B-).
    const bio = ['B-PER', 'I-PER', 'O', 'B-ORG', 'B-MISC', 'O', 'O', 'B-LOC', 'O', 'B-LOC', 'B-LOC'];
    const indices = Int32Array.from(bio, tagIndex);
    expect(chunksOfIndices(indices)).toEqual(chunksOf(bio));
    expect(chunksOfIndices(indices)).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'ORG', start: 3, end: 4 },
      { type: 'MISC', start: 4, end: 5 },
      { type: 'LOC', start: 7, end: 8 },
      { type: 'LOC', start: 9, end: 10 },
      { type: 'LOC', start: 10, end: 11 },
    ]);
    // An I- tag after O or another type starts a chunk, as conlleval reads it.
    const loose = ['I-PER', 'I-LOC', 'O', 'I-ORG', 'I-ORG'];
    expect(chunksOfIndices(Int32Array.from(loose, tagIndex))).toEqual(chunksOf(loose));
  });
});

describe('Viterbi decoding', () => {
  const allowed = allowedTransitions();

  it('never produces an invalid transition, whatever the scores', () => {
    const random = rng(7);
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + Math.floor(random() * 12);
      const e = new Float32Array(n * L).map(() => (random() - 0.5) * 20);
      // Make I- tags tempting everywhere, including at the start.
      for (let t = 0; t < n; t++) for (let y = 2; y < L; y += 2) e[t * L + y] += 5;
      const trans = new Float32Array((L + 1) * L).map(() => (random() - 0.5) * 4);
      const tags = Array.from(viterbi(e, n, trans), (y) => TAGS[y]);
      expect(isValidBio(tags)).toBe(true);
      expect(tags).toHaveLength(n);
    }
  });

  it('finds the best valid sequence (checked by brute force)', () => {
    const random = rng(11);
    for (let trial = 0; trial < 30; trial++) {
      const n = 3;
      const e = new Float32Array(n * L).map(() => random() * 10);
      const trans = new Float32Array((L + 1) * L).map(() => random() * 3);
      let best = -Infinity;
      let bestSeq: number[] = [];
      for (let a = 0; a < L; a++) for (let b = 0; b < L; b++) for (let c = 0; c < L; c++) {
        const seq = [a, b, c];
        let ok = allowed[L * L + a] === 1;
        let s = e[a] + trans[L * L + a];
        for (let t = 1; t < n; t++) {
          ok = ok && allowed[seq[t - 1] * L + seq[t]] === 1;
          s += e[t * L + seq[t]] + trans[seq[t - 1] * L + seq[t]];
        }
        if (ok && s > best) {
          best = s;
          bestSeq = seq;
        }
      }
      expect(Array.from(viterbi(e, n, trans))).toEqual(bestSeq);
    }
  });

  it('forbids I-X at the start and after O or another type', () => {
    expect(allowed[L * L + tagIndex('I-PER')]).toBe(0);
    expect(allowed[tagIndex('O') * L + tagIndex('I-PER')]).toBe(0);
    expect(allowed[tagIndex('I-LOC') * L + tagIndex('I-PER')]).toBe(0);
    expect(allowed[tagIndex('B-PER') * L + tagIndex('I-PER')]).toBe(1);
    expect(allowed[tagIndex('I-PER') * L + tagIndex('B-PER')]).toBe(1);
  });
});

describe('conlleval-style scoring', () => {
  it('counts exact span and type matches only', () => {
    const gold = [['I-PER', 'I-PER', 'O', 'I-LOC'], ['I-ORG', 'O']];
    const pred = [['B-PER', 'O', 'O', 'B-LOC'], ['B-MISC', 'O']];
    const s = scoreChunks(gold, pred);
    expect(s.overall.gold).toBe(3);
    expect(s.overall.predicted).toBe(3);
    expect(s.overall.correct).toBe(1);
    expect(s.overall.f1).toBeCloseTo(33.33, 2);
    expect(s.byType.find((t) => t.type === 'LOC')?.f1).toBe(100);
    expect(s.byType.find((t) => t.type === 'PER')?.correct).toBe(0);
  });
});

describe('CoNLL files', () => {
  it('parses documents and writes predictions back as a last column', () => {
    const text = '-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter NNP I-NP I-PER\n\n-DOCSTART- -X- O O\n\nBonn NNP I-NP I-LOC\n';
    const docs = parseConll(text);
    expect(docs).toHaveLength(2);
    expect(docs[0].sentences.map((s) => s.tokens)).toEqual([['EU', 'rejects'], ['Peter']]);
    expect(docs[0].sentences[0].tags).toEqual(['I-ORG', 'O']);
    const out = formatConll(docs, [[['I-ORG', 'O'], ['I-PER']], [['I-LOC']]]);
    expect(out).toContain('EU NNP I-NP I-ORG I-ORG\nrejects VBZ I-VP O O\n');
    expect(out).toContain('Bonn NNP I-NP I-LOC I-LOC');
  });
});
