/**
 * Building the lexicon at training time: word clusters learned from unlabelled news text in
 * ../shared (Reuters-21578, BBC, PolNeAR) plus the eng.train tokens (never eng.testa).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { splitSentences } from '../sentences';
import { tokenize } from '../tokenize';
import { clusterWords, ClusterOptions } from './clusters';
import { ConllDocument } from './conll';
import { lowerForm } from './features';
import { emptyLexicon, Lexicon } from './lexicon';
import { normalizeToken } from './normalize';

/** Unlabelled text files, in a fixed (sorted) order. */
export function unlabelledFiles(corpora: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, pick: (name: string) => boolean): void => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p, pick);
      else if (pick(name)) out.push(p);
    }
  };
  walk(join(corpora, 'reuters21578'), (n) => n.endsWith('.txt'));
  walk(join(corpora, 'bbc'), (n) => n.endsWith('.txt'));
  walk(join(corpora, 'polnear', 'train', 'text'), (n) => n.endsWith('.txt'));
  walk(join(corpora, 'polnear', 'dev', 'text'), (n) => n.endsWith('.txt'));
  return out;
}

function* sentencesOf(files: readonly string[], train: readonly ConllDocument[]): Generator<string[]> {
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    for (const s of splitSentences(tokenize(text))) yield s.map((t) => lowerForm(normalizeToken(t.text)));
  }
  for (const d of train) for (const s of d.sentences) yield s.tokens.map((t) => lowerForm(normalizeToken(t)));
}

export const DEFAULT_CLUSTERS: ClusterOptions = { sizes: [512, 128, 32], iterations: 8, minCount: 3, contextVocab: 8000 };

export function buildLexicon(corpora: string, train: readonly ConllDocument[], log: (m: string) => void,
  clusterOpts: ClusterOptions | null = DEFAULT_CLUSTERS): Lexicon {
  const lexicon = emptyLexicon();
  if (clusterOpts) {
    const files = unlabelledFiles(corpora);
    log(`clusters: ${files.length} unlabelled files + eng.train`);
    lexicon.clusters = clusterWords(sentencesOf(files, train), { ...clusterOpts, log });
    log(`clusters: ${lexicon.clusters.size} words`);
  }
  return lexicon;
}

/** Gazetteers (none yet). */
export function addGazetteers(_lexicon: Lexicon, _train: readonly ConllDocument[], _log: (m: string) => void): void {
  // filled in below
}
