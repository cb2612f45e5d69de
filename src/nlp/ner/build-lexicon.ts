/** Building the lexicon (word clusters, gazetteers) at training time. */
import { emptyLexicon, Lexicon } from './lexicon';

export function buildLexicon(_corpora: string, _log: (m: string) => void): Lexicon {
  return emptyLexicon();
}
