/**
 * conlleval-equivalent scoring: an entity counts as correct only if its span and type both
 * match exactly. Gold and predicted tags may be IOB1 or IOB2.
 */
import { chunksOf } from './labels';

export interface TypeScore {
  type: string;
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Score {
  overall: TypeScore;
  byType: TypeScore[];
  tokens: number;
  tokenAccuracy: number;
}

function finish(type: string, gold: number, predicted: number, correct: number): TypeScore {
  const precision = predicted === 0 ? 0 : (100 * correct) / predicted;
  const recall = gold === 0 ? 0 : (100 * correct) / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { type, gold, predicted, correct, precision, recall, f1 };
}

/** Score sentences of gold vs predicted tags. */
export function scoreChunks(gold: readonly string[][], predicted: readonly string[][]): Score {
  const counts = new Map<string, [number, number, number]>();
  const bump = (type: string, k: 0 | 1 | 2): void => {
    const c = counts.get(type) ?? [0, 0, 0];
    c[k]++;
    counts.set(type, c);
  };
  let tokens = 0;
  let tokenCorrect = 0;
  for (let s = 0; s < gold.length; s++) {
    const g = gold[s];
    const p = predicted[s];
    if (g.length !== p.length) throw new Error(`sentence ${s}: ${g.length} gold vs ${p.length} predicted tags`);
    tokens += g.length;
    for (let i = 0; i < g.length; i++) {
      const gt = g[i] === 'O' ? 'O' : g[i].slice(2);
      const pt = p[i] === 'O' ? 'O' : p[i].slice(2);
      if (gt === pt) tokenCorrect++;
    }
    const goldChunks = chunksOf(g);
    const predChunks = chunksOf(p);
    const goldKeys = new Set(goldChunks.map((c) => `${c.start}:${c.end}:${c.type}`));
    for (const c of goldChunks) bump(c.type, 0);
    for (const c of predChunks) {
      bump(c.type, 1);
      if (goldKeys.has(`${c.start}:${c.end}:${c.type}`)) bump(c.type, 2);
    }
  }
  const types = [...counts.keys()].sort();
  const byType = types.map((t) => {
    const [g, p, c] = counts.get(t) ?? [0, 0, 0];
    return finish(t, g, p, c);
  });
  const sum = (k: 'gold' | 'predicted' | 'correct'): number => byType.reduce((a, b) => a + b[k], 0);
  return {
    overall: finish('overall', sum('gold'), sum('predicted'), sum('correct')),
    byType,
    tokens,
    tokenAccuracy: tokens === 0 ? 0 : (100 * tokenCorrect) / tokens,
  };
}

/** A conlleval-style report. */
export function formatScore(score: Score): string {
  const f = (x: number): string => x.toFixed(2).padStart(6);
  const o = score.overall;
  const lines = [
    `processed ${score.tokens} tokens with ${o.gold} phrases; found: ${o.predicted} phrases; correct: ${o.correct}.`,
    `accuracy: ${f(score.tokenAccuracy)}%; precision: ${f(o.precision)}%; recall: ${f(o.recall)}%; FB1: ${f(o.f1)}`,
  ];
  for (const t of score.byType) {
    lines.push(
      `${t.type.padStart(17)}: precision: ${f(t.precision)}%; recall: ${f(t.recall)}%; FB1: ${f(t.f1)}  ${t.predicted}`,
    );
  }
  return lines.join('\n');
}
