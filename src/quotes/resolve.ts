/**
 * Resolving a speaker who is not named next to the cue:
 * - a pronoun ("he said") to the nearest person of a compatible gender, taking in each
 *   earlier sentence its subject first (the leftmost person not governed by a preposition,
 *   not a possessive, not a modifier of the next name: "Clinton communication director
 *   Jennifer Palmieri"); names inside quotations do not count;
 * - a description ("the senator", "the secretary-general") to the person the document gives
 *   that title ("Sen. Claire McCaskill", "Ban Ki-moon, the secretary-general"), else, for
 *   words that describe a person ("Obama's former campaign strategist"), the subject as for
 *   a pronoun;
 * - an organisation noun ("the ministry said") to the organisation whose name holds it,
 *   else ("the company said") to the organisation in view with the most mentions.
 */
import { Entity, Span } from '../types';
import { CUE_AT_START, findCues } from './cues';
import { personGenders } from './gender';
import { firstNameGender, Gender } from '../text/gender';
import { CONTRACTION, personFinder, unrecognisedSpeakers } from './names';
import { lowerCaseWords } from '../text/words';
import { isWhiteSpace, lastLineTerminator } from '../nlp/white-space';
import { isHonorific } from '../text/honorifics';
import { runStartBefore } from './scan';
import { sentenceStart } from './sentences';
import { lowerBound, within } from './spans';

export interface MentionLike extends Span {
  text: string;
  entity: Entity;
}

/** How far back a pronoun or description looks for its person (a few paragraphs). */
const LOOKBACK = 1500;
/** A sentence opened by someone new and unnamed, then a cue: "A U.S. banker said", "One analyst told". */
const UNNAMED_SUBJECT = new RegExp(`^\\s*(?:an?|one|another)\\s+(?:[\\p{L}.'’-]+\\s+){0,5}?${CUE_AT_START.source.replace(/^\^\\s\*/, '')}`, 'iu');
const PREPOSITION = /\b(?:to|for|of|with|by|against|about|on|at|from|than|like|under|into|over|toward|towards|between|among|including|and|or|as|beat|defeat|defeated|attack|attacked|asked|called|told|met)\s+(?:(?:the|former|then|rival|\S+’s|\S+'s)\s+){0,3}$/i;

/**
 * Roles that stand in for an unnamed person ("A Bayern spokesman said …. "…," the
 * spokesman said"): resolved through titles and appositions only, never to the subject.
 */
const UNNAMED_ROLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'aide', 'source', 'representative', 'adviser', 'advisor', 'narrator', 'announcer']);

/** Nouns that name a person by role: resolved through titles, else like a pronoun. */
const PERSON_NOUNS = new Set([
  'president', 'mayor', 'senator', 'governor', 'secretary', 'secretary-general', 'minister', 'chancellor',
  'chairman', 'chairwoman', 'chair', 'spokesman', 'spokeswoman', 'spokesperson', 'candidate', 'nominee',
  'congressman', 'congresswoman', 'representative', 'lawmaker', 'leader', 'director', 'chief', 'judge',
  'ambassador', 'strategist', 'adviser', 'advisor', 'aide', 'manager', 'professor', 'economist', 'analyst',
  'official', 'executive', 'founder', 'commissioner', 'general', 'attorney', 'lawyer', 'mother', 'father',
  'wife', 'husband', 'daughter', 'son', 'widow', 'veteran', 'businessman', 'businesswoman', 'host', 'anchor',
  'author', 'writer', 'columnist', 'narrator', 'pollster', 'scholar', 'activist', 'organizer', 'democrat',
  'republican', 'woman', 'man', 'premier', 'king', 'queen', 'pope', 'coach', 'captain', 'player', 'doctor',
  // Sport and show business ("the Arsenal boss", "the Tottenham striker", "the singer").
  'boss', 'skipper', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'forward', 'star',
  'champion', 'sprinter', 'singer', 'actor', 'actress', 'holder', 'editor', 'scorer', 'international', 'campaigner',
  // Rugby and cricket positions, other athletes, and the nationality nouns sports reports
  // use for the player in view ("said the Sale full-back", "the Scot", "the Frenchman").
  'full-back', 'fullback', 'fly-half', 'scrum-half', 'flanker', 'number eight', 'batsman', 'bowler', 'all-rounder', 'wicketkeeper',
  'driver', 'rider', 'cyclist', 'golfer', 'boxer', 'swimmer', 'runner', 'athlete', 'jockey', 'youngster', 'teenager',
  'scot', 'briton', 'frenchman', 'englishman', 'welshman', 'irishman', 'scotsman', 'dutchman', 'spaniard', 'swede', 'dane',
  'american', 'australian', 'kenyan', 'ethiopian', 'russian', 'german', 'italian', 'argentine', 'brazilian', 'belgian', 'swiss', 'croat', 'serb',
]);

/** Nouns that name an organisation ("the ministry", "the union"): the organisation named with the word. */
const ORG_NOUNS = new Set([
  'union', 'ministry', 'department', 'agency', 'committee', 'council', 'company', 'campaign', 'court',
  'government', 'party', 'group', 'commission', 'administration', 'organization', 'organisation',
  'association', 'embassy', 'office', 'police', 'military', 'army', 'bank', 'firm', 'network', 'board',
  'team', 'fund', 'institute', 'foundation', 'coalition', 'federation', 'alliance', 'retailer', 'carmaker',
  'airline', 'regulator', 'club', 'broadcaster', 'insurer', 'operator', 'maker', 'giant',
]);
/**
 * Business nouns that, when no organisation is named with the word, stand for the one in
 * view ("GM said …. "…," the company said"). Not "the government" or "the court": those are
 * seldom the organisation the story names most.
 */
const FIRM_NOUNS = new Set(['company', 'firm', 'group', 'retailer', 'carmaker', 'airline', 'bank', 'club', 'broadcaster', 'insurer', 'operator', 'maker', 'giant', 'network', 'union']);
/** Nouns for publications: only an organisation whose name holds the word ("the Times"). */
const MEDIA_NOUNS = new Set(['times', 'post', 'journal', 'magazine', 'newspaper', 'paper', 'website', 'site']);

/** Titles written before a name, by the role noun they stand for. */
const TITLE_BEFORE: Record<string, RegExp> = {
  president: /\bPresident\s+$/, senator: /\b(?:Sen\.|Senator)\s+$/, governor: /\b(?:Gov\.|Governor)\s+$/,
  mayor: /\bMayor\s+$/, secretary: /\bSecretary(?:\s+of\s+\w+)?\s+$/, 'secretary-general': /\bSecretary[- ]General\s+$/i,
  representative: /\b(?:Rep\.|Representative)\s+$/, congressman: /\b(?:Rep\.|Representative)\s+$/,
  congresswoman: /\b(?:Rep\.|Representative)\s+$/, minister: /\bMinister\s+$/, chancellor: /\bChancellor\s+$/,
  judge: /\bJudge\s+$/, general: /\bGen(?:\.|eral)\s+$/, chairman: /\bChairman\s+$/, chairwoman: /\bChairwoman\s+$/,
};

/**
 * The speaker's name for a mention: its entity's fullest name (a leading title dropped), unless the mention gives
 * another first name than the entity ("Rakeyia Scott" merged into "Keith Lamont Scott" by
 * surname): then the mention's own words.
 */
export function speakerName(m: MentionLike): string {
  if (m.entity.type !== 'PERSON') return m.entity.name;
  const words = m.text.replace(/[’']s$/, '').trim().split(/\s+/);
  const full = m.entity.name.split(/\s+/);
  // A title the recogniser kept in the name is not part of it ("Mayor Bill de Blasio").
  while (full.length > 2 && isHonorific(full[0])) full.shift();
  if (words.length < 2 || isHonorific(words[0]) || words[0] === full[0]) return full.join(' ');
  return full.length < 2 ? full.join(' ') : words.join(' ');
}

export interface Resolver {
  /** The person a pronoun at `pos` refers to ("he" → male); null when no candidate fits. */
  pronoun(gender: Gender, pos: number): MentionLike | null;
  /** The entity a description at `pos` stands for ("the senator", "the ministry"). */
  description(np: string, pos: number): MentionLike | null;
  /** The subject of [start, end): its first person not governed by a preposition, not a possessive. */
  subject(start: number, end: number): MentionLike | null;
  /** The recognised person whose name ends with `name`: a surname, or the name in full. */
  knownPerson(name: string): Entity | null;
  /**
   * Is this capitalised word a common word, not a name: one the text also writes in lower
   * case, or one news text mostly does ("Analysts said")?
   */
  isCommonWord(word: string): boolean;
}

/** A dash set off by spaces: " - ", " -- ", " — ". */
const SPACED_DASH = /\s(?:-{1,2}|[–—―])\s/;

/**
 * Is mention `m` inside an aside that dashes open before it, in its sentence, and close before
 * `cueStart`? Read in `masked`, the text with quotations blanked (a dash inside a quote opens
 * no aside: '"… electronic clutches - we've yet to turn anybody away." Mr Hawkins - a
 * paraplegic himself - says').
 */
export function betweenDashes(masked: string, m: Span, cueStart: number): boolean {
  if (!SPACED_DASH.test(masked.slice(m.end, cueStart))) return false;
  const before = masked.slice(Math.max(0, m.start - 200), m.start);
  let from = 0;
  for (const end of before.matchAll(/[.!?]["”’']?\s|\n/g)) from = (end.index ?? 0) + end[0].length;
  return SPACED_DASH.test(before.slice(from));
}

/** Is the mention governed by a preposition or a verb before it ("for Hillary Clinton", "told Trump")? */
export function governed(text: string, m: Span): boolean {
  return PREPOSITION.test(text.slice(Math.max(0, m.start - 40), m.start));
}

/** Does the mention only modify the name after it ("Trump campaign spokesman Jason Miller")? */
export function modifiesNext(text: string, m: Span, next: Span | undefined): boolean {
  if (!next || next.start - m.end > 40) return false;
  const between = text.slice(m.end, next.start);
  // A verb in the past between them is the sentence's: "Trump attacked Clinton", "Morgan
  // Freeman beat Clive Owen".
  return /^\s+(?:[\w.-]+\s+){0,4}$/.test(between) && !/\b(?:and|or|\w{2,}ed)\b/.test(between) && !IRREGULAR_PAST.test(between) && findCues(between, 0).length === 0;
}

/** Verbs in the past without "-ed" that stand between two names: "Freeman beat Owen", "Obama met Putin". */
const IRREGULAR_PAST =
  /\b(?:beat|met|won|led|took|gave|made|hit|sent|left|saw|knew|brought|caught|fought|chose|ran|became|began|wrote|spoke|held|kept|lost|paid|sold|found|got|put|set|struck|threw|overtook|shot|drew|forgave|hired|fired|named|sued|replaced)\b/;

/**
 * People the recogniser missed, where a sentence opens with them and a cue ("McLenney
 * said"): as mentions of the known person with that surname, else of a person of their own.
 */
function missedPeople(
  text: string, masked: string, mentions: readonly MentionLike[], knownPerson: (name: string) => Entity | null, isCommonWord: (word: string) => boolean,
): MentionLike[] {
  const covered = (start: number, end: number): boolean => {
    const i = lowerBound(mentions, start + 1) - 1;
    return (i >= 0 && mentions[i].end > start) || (i + 1 < mentions.length && mentions[i + 1].start < end);
  };
  const own = new Map<string, Entity>();
  return unrecognisedSpeakers(text, masked, covered, CUE_AT_START).flatMap((m) => {
    const person = knownPerson(m.text);
    // A common word opening the sentence is no name ("Analysts said", "Police said"), unless
    // it is a known surname ("Young said").
    if (!person && (CONTRACTION.test(m.text) || (!/\s/.test(m.text) && isCommonWord(m.text)))) return [];
    let entity = person ?? own.get(m.text);
    if (!entity) own.set(m.text, (entity = { name: m.text, type: 'PERSON', mentions: [] }));
    return [{ ...m, entity }];
  });
}

const WORD_CHAR = /^[\p{L}-]$/u;

/** Is s[i] white space (`\s`)? False past the end. */
function spaceAt(s: string, i: number): boolean {
  return isWhiteSpace(s.charCodeAt(i));
}

/**
 * `s` cut before its first " of " ("the mother of three" → "the mother"), when what follows
 * that "of" and its spaces is one line: what `s.replace(/\s+of\s+.*$/, '')` gives, by a walk
 * over the "of"s (that pattern retried every space of a long run before an "of").
 */
export function beforeOf(s: string): string {
  // After the last line break, "." reads to the end: a later "of" qualifies, an earlier one does not.
  const lastBreak = lastLineTerminator(s);
  for (let of = s.indexOf('of', 1); of >= 0; of = s.indexOf('of', of + 1)) {
    if (!spaceAt(s, of - 1) || !spaceAt(s, of + 2)) continue;
    let rest = of + 2;
    while (rest < s.length && spaceAt(s, rest)) rest++;
    if (lastBreak >= rest) continue;
    let start = of - 1;
    while (start > 0 && spaceAt(s, start - 1)) start--;
    return s.slice(0, start);
  }
  return s;
}

/** The letters and dashes that end `s` (`(s.match(/[\p{L}-]+$/u) ?? [''])[0]`, by a loop back). */
export function lastWord(s: string): string {
  return s.slice(runStartBefore(s, s.length, 0, WORD_CHAR));
}

/**
 * `inNewsMostlyLowerCase`: whether news text mostly writes a (lower-cased) word in lower case,
 * when the recogniser can tell (EntityRecognizer.isCommonWord); the document's own lower-case
 * words are asked first.
 */
export function createResolver(
  text: string, masked: string, mentions: readonly MentionLike[], inNewsMostlyLowerCase: (lower: string) => boolean = () => false,
): Resolver {
  const recognised = mentions.filter((m) => m.entity.type === 'PERSON');
  const orgs = mentions.filter((m) => m.entity.type === 'ORGANIZATION');
  const knownPerson = personFinder(recognised.map((m) => m.entity));
  let lowerWords: Set<string> | undefined;
  // The first words of organisations' names: "Safeguard said" after "Safeguard Scientifics Inc".
  let orgWords: Set<string> | undefined;
  const isCommonWord = (word: string): boolean => {
    const lower = word.toLowerCase();
    if (lower === word) return false;
    orgWords ??= new Set(orgs.map((m) => m.entity.name.split(' ')[0]));
    return !orgWords.has(word) && ((lowerWords ??= lowerCaseWords(text)).has(lower) || inNewsMostlyLowerCase(lower));
  };
  const people = [...recognised, ...missedPeople(text, masked, mentions, knownPerson, isCommonWord)].sort((a, b) => a.start - b.start);
  // Gender votes read every person mention: worked out only when a pronoun asks.
  let genders: Map<Entity, Gender> | undefined;
  const quoted = (m: Span): boolean => masked[m.start] !== text[m.start];
  const possessive = (m: Span): boolean => /^[’']s?\b/.test(text.slice(m.end, m.end + 3));
  const isGoverned = (m: Span): boolean => governed(text, m);
  // Per document: the mentions that bear a title or hold an organisation noun, by noun.
  const byNoun = new Map<string, MentionLike[]>();
  const cached = (key: string, make: () => MentionLike[]): MentionLike[] => {
    let found = byNoun.get(key);
    if (!found) byNoun.set(key, (found = make()));
    return found;
  };
  const modifier = (m: MentionLike, i: number, pool: readonly MentionLike[]): boolean => modifiesNext(text, m, pool[i + 1]);
  // "The Clinton approach", "a Trump aide": a surname used as an adjective is nobody's
  // subject. Only a surname of someone named in full: "The Game described …" is the rapper,
  // and "the Birchfield Harrier has …" and "The Scot …" stand for people.
  const attributive = (m: MentionLike): boolean =>
    m.entity.name !== m.text &&
    m.entity.name.endsWith(` ${m.text}`) &&
    !/^(?:the|a|an)\s/i.test(m.entity.name) &&
    /\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, m.start - 5), m.start)) &&
    /^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 2));

  /**
   * Sentence by sentence backwards from `pos`, the first subject-like mention that `fits`.
   * A sentence whose subject is the same pronoun ("He added a note of caution, should
   * Clinton …") speaks of the same person: its other names are passed over.
   */
  function subjectBefore(pos: number, fits: (m: MentionLike) => boolean, samePronoun: RegExp | null): MentionLike | null {
    const from = Math.max(0, pos - LOOKBACK);
    const window = within(people, from, pos).filter((m) => !quoted(m));
    const candidates = window.filter((m, i) => fits(m) && !possessive(m) && !attributive(m) && !modifier(m, i, window));
    if (candidates.length === 0) return null;
    const maskedWindow = masked.slice(from, pos);
    const plainWindow = text.slice(from, pos);
    let end = pos;
    while (end > from) {
      const start = from + sentenceStart(maskedWindow, end - from, plainWindow);
      const inSentence = candidates.filter((m) => m.start >= start && m.start < end);
      const subject = inSentence.find((m) => !isGoverned(m));
      const pronounAt = samePronoun ? masked.slice(start, end).search(samePronoun) : -1;
      if (subject && !(pronounAt >= 0 && start + pronounAt < subject.start)) return subject;
      // "A U.S. banker said …": the sentence before is someone new and unnamed, whom the
      // pronoun most likely stands for; no name further back is theirs.
      if (!subject && pronounAt < 0 && UNNAMED_SUBJECT.test(masked.slice(start, end))) return null;
      if (start <= from) break;
      end = start - 1;
    }
    return candidates[candidates.length - 1];
  }

  /** The person the document gives a role ("prime minister", "mayor"), nearest before `pos`. */
  function titledPerson(np: string, head: string, pos: number): MentionLike | null {
    // The whole role first ("the prime minister": "Prime Minister Tony Blair"), then the
    // head noun, not as a deputy's or a vice's title ("Deputy Prime Minister John Prescott").
    const role = beforeOf(np.replace(/^(?:the|[\p{L}.-]+[’']s)\s+/iu, ''));
    // The title before the name, or inside the mention ("Mayor Bill de Blasio"), or after it
    // (the patterns are built only when the role is new to the document: `head` is its last word).
    const titled = cached(`person:${role.toLowerCase()}`, () => {
      const fullTitle = new RegExp(`(?<!(?:deputy|vice|former)\\s+)\\b${role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+$`, 'i');
      const title = role.includes(' ') ? fullTitle : TITLE_BEFORE[head];
      const apposition = new RegExp(`^,\\s+(?:[\\w.'’-]+\\s+){0,6}?${head.replace('-', '[- ]')}\\b`, 'i');
      return people.filter(
        (m) =>
          (title && (title.test(text.slice(Math.max(0, m.start - 30), m.start)) || title.test(m.text.slice(0, m.text.lastIndexOf(' ') + 1)))) ||
          apposition.test(text.slice(m.end, m.end + 80)),
      );
    });
    return titled.filter((m) => m.start < pos).pop() ?? titled[0] ?? null;
  }

  // A mention's gender, worked out once: each is a candidate for every pronoun a few
  // paragraphs after it. A mention under another first name than its entity's has no say
  // from that entity.
  const mentionGenders = new Map<MentionLike, Gender | null>();
  const genderOf = (m: MentionLike): Gender | undefined => {
    let found = mentionGenders.get(m);
    if (found === undefined) {
      found = firstNameGender(m.text) ?? (speakerName(m) === m.entity.name ? (genders ??= personGenders(text, masked, people)).get(m.entity) : undefined) ?? null;
      mentionGenders.set(m, found);
    }
    return found ?? undefined;
  };

  return {
    knownPerson,
    isCommonWord,
    pronoun(gender, pos) {
      const fits = (m: MentionLike): boolean => (genderOf(m) ?? gender) === gender;
      return subjectBefore(pos, fits, gender === 'male' ? /\b[Hh]e\b/ : /\b[Ss]he\b/);
    },
    subject(start, end) {
      const pool = within(people, start, end).filter((m) => !quoted(m));
      // Not a name inside an aside between dashes ("Stadium - where … played the Minnesota Vikings - while chanting").
      return pool.find((m, i) => !possessive(m) && !isGoverned(m) && !modifier(m, i, pool) && !betweenDashes(masked, m, end)) ?? null;
    },
    description(np, pos) {
      // "a spokesman said" brings in someone new, who is not named.
      if (/^an?\s/i.test(np)) return null;
      // The head noun: the last word, or the one before "of" ("the mother of three").
      const head = lastWord(beforeOf(np.toLowerCase()));
      if (ORG_NOUNS.has(head) || MEDIA_NOUNS.has(head)) {
        const named = cached(`org:${head}`, () => orgs.filter((m) => m.entity.name.toLowerCase().split(/\s+/).includes(head)));
        const found = named.filter((m) => m.start < pos).pop() ?? named[0];
        if (found || !FIRM_NOUNS.has(head)) return found ?? null;
        // "the company said": the organisation the story is most about among those in view.
        const inView = within(orgs, pos - LOOKBACK, pos).filter((m) => !quoted(m));
        let best: MentionLike | null = null;
        for (const m of inView) if (!best || m.entity.mentions.length >= best.entity.mentions.length) best = m;
        return best;
      }
      if (!PERSON_NOUNS.has(head)) return null;
      const best = titledPerson(np, head, pos);
      if (best || UNNAMED_ROLES.has(head)) return best ?? null;
      return subjectBefore(pos, () => true, null);
    },
  };
}
