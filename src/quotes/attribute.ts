/**
 * Speaker attribution, as a chain of sieves in the manner of CoreNLP's quote attribution,
 * tried in order, each recording itself in `by`:
 * 0. a signature after a dash closing the quote's line ("…" ― Carla Sanchez);
 * 1. a cue right after the quote ("…," Stoltenberg said / said Stoltenberg / "…," Scott
 *    Pruitt, the attorney general of Oklahoma, said);
 * 2. a cue earlier in the same sentence (Putin saying Russia will not "sit idly"; Said Ellis:);
 * 3. an introduction: a colon, the paragraph before, the sentence before;
 * then, in src/extractors/quotes.ts, continuation of the previous speaker.
 * Next to a cue the speaker is an entity mention, else a pronoun or a description resolved
 * by src/quotes/resolve.ts, else capitalised words that match a person of the document.
 */
import { Entity, EntityType, Span, TextSpan } from '../types';
import { CueMatch, findCues, isReportedCue } from './cues';
import { FoundQuote } from './find';
import { betweenDashes, governed, modifiesNext, Resolver, speakerName } from './resolve';
import { CONTRACTION, NOT_NAMES } from './names';
import { lastWords } from '../nlp/white-space';
import { runStartBefore } from './scan';
import { abbreviationAt, sentenceEnd, sentenceStart } from './sentences';
import { lowerBound, within } from './spans';

export interface MentionRef extends TextSpan {
  entity: Entity;
}

export interface Attribution {
  speaker: string | null;
  speakerMention: TextSpan | null;
  cue: TextSpan | null;
  by: string | null;
}

const NONE: Attribution = { speaker: null, speakerMention: null, cue: null, by: null };
const MAX_NP_WORDS = 10;
/** Most words of a name between a quote ending in "?" or "!" and its cue ("?" Sen. Bob Smith said). */
const MAX_NAME_WORDS_BEFORE_CUE = 5;
/** Most words between an organisation or place and its cue. */
const MAX_ORG_GAP = 2;
/**
 * A person's role right after a name, which the name then only qualifies ("said the England
 * captain", "the Lions coach"). Not a spokesman's or an official's: an organisation speaks
 * through them ("a BBC spokesman said" is the BBC).
 */
const ROLE_AFTER = /^\s+(?:captain|coach|manager|boss|chair(?:man|woman)|president|director|striker|midfielder|defender|goalkeeper|keeper|player|winger|star|forward|lawyer|minister|founder|owner)\b/;

/**
 * A lower-case word after a place, but for an auxiliary or adverb before the cue ("Britain
 * also said") and for those through whom a state speaks, as an organisation does through its
 * spokesman ("U.S. officials said", "a White House statement").
 */
const NOUN_AFTER_PLACE =
  /^[ \t]+(?!(?:also|has|had|have|would|will|was|is|then|later|again|previously|recently|earlier|further|itself|on|in|at|officials?|spokes(?:man|woman|person)|statement|government|authorities|sources?)\b)\p{Ll}/u;

/** Those through whom an organisation or a person speaks, after its possessive ("Chelsea's statement"). */
const SPEAKS_THROUGH = /^\s+(?:officials?|spokes(?:man|woman|person)|statement|office|lawyers?|attorneys?|representatives?)\b/;

/** A preposition of place before a place's name ("the U.S. envoy in Brussels, said another witness"). */
const PLACE_PREPOSITION = /\b(?:in|at|near|across|around|throughout|inside|outside|within|via)\s+(?:the\s+)?$/i;

/** Does a preposition of place stand right before `start`? */
function afterPlacePreposition(input: AttributionInput, start: number): boolean {
  return PLACE_PREPOSITION.test(input.text.slice(Math.max(0, start - 30), start));
}

/**
 * Does the capitalised run at `start` stand where a place does: after a preposition of place,
 * or joined by "and" to a place the recogniser found ("in Iraq and Libya", "England and Wales")?
 */
function inPlace(input: AttributionInput, start: number): boolean {
  if (afterPlacePreposition(input, start)) return true;
  const before = input.text.slice(Math.max(0, start - 30), start);
  // " and " (or " or ") right before, and a place right before that.
  const untilConjunction = before.trimEnd();
  const conjunction = /(?:and|or)$/.exec(untilConjunction);
  if (!conjunction || untilConjunction.length === before.length) return false;
  const beforeConjunction = untilConjunction.slice(0, conjunction.index);
  const placeText = beforeConjunction.trimEnd();
  if (placeText.length === beforeConjunction.length) return false;
  const end = start - before.length + placeText.length;
  return input.mentions.some((m) => m.end === end && m.entity.type === 'LOCATION');
}
/** Most words between an unrecognised capitalised name and its cue. */
const MAX_NAME_GAP = 1;
/** A subject pronoun: group 1 for he, group 2 for she. */
const PRONOUN = /\b(?:(he|He)|(she|She))\b/g;
const SPEAKER_TYPES: EntityType[] = ['PERSON', 'ORGANIZATION', 'LOCATION'];

export interface AttributionInput {
  text: string;
  /** The paragraph holding the quote's first part, and the one holding its last. */
  firstParagraph: Span;
  lastParagraph: Span;
  /** The body paragraph before the first one, for introductions that end in a colon. */
  previousParagraph: Span | null;
  /** The whole text with every quotation blanked out (maskQuotes), same offsets. */
  masked: string;
  mentions: MentionRef[];
  /** Pronouns and descriptions to the people and organisations they stand for. */
  resolver: Resolver;
}

/**
 * Cues and speakers stand within a sentence or two of their quote: read at most this many
 * characters either side, so a huge unbroken paragraph does not make every quote read it all.
 */
const WINDOW = 1500;

function around(para: Span, q: { open: number; end: number }): Span {
  return { start: Math.max(para.start, q.open - WINDOW), end: Math.min(para.end, q.end + WINDOW) };
}

/**
 * Does a cue come within a few words ("?" Clinton said): then the quote did not end the
 * sentence. Not when a clause follows the cue: "… this result." Gerrard admitted he thought
 * they were going out — a new sentence reporting something else.
 */
function cueFollows(next: string): boolean {
  const cue = findCues(next, 0)[0];
  if (!cue) return false;
  const before = next.slice(0, cue.start);
  return !/[.!?"“”]/.test(before) && wordsIn(before) <= MAX_NAME_WORDS_BEFORE_CUE && !CLAUSE_AFTER_CUE.test(next.slice(cue.end));
}

/** What opens a reported clause right after a cue ("admitted he thought", "said that"). */
const CLAUSE_AFTER_CUE = /^\s+(?:that|he|she|they|it|we|I|there|this)\s/;

/**
 * The text with quoted words blanked out (so cues inside quotes are not read); a quote
 * that ends a sentence ("… politics.") leaves a period at its closing mark.
 */
export function maskQuotes(text: string, quotes: FoundQuote[]): string {
  // Built once per document from slices (joined once: editing a growing string would copy it
  // per quote); every sieve reads windows of it.
  const out: string[] = [];
  let pos = 0;
  for (const q of quotes) {
    const close = q.close ?? q.end;
    const from = Math.max(q.open, pos);
    const to = close + 1;
    if (to <= from) continue;
    const endsSentence = q.close !== null && /[.!?]\s*$/.test(text.slice(Math.max(q.start, q.end - 4), q.end));
    const next = text.slice(close + 1, close + 80);
    const period = endsSentence && /^\s*(?:$|[A-Z"“])/.test(next) && !cueFollows(next);
    out.push(text.slice(pos, from), period ? ' '.repeat(to - from - 1) + '.' : ' '.repeat(to - from));
    pos = to;
  }
  out.push(text.slice(pos));
  return out.join('');
}

/** The masked text of a span (see maskQuotes). */
function masked(input: AttributionInput, span: Span): string {
  return input.masked.slice(span.start, span.end);
}

/**
 * The cues in the masked text from `start` to `end` that are cues of the input too: a blanked
 * quote can join two words into one ('according"—" to' masked reads "according    to").
 */
function cuesIn(input: AttributionInput, start: number, end: number): CueMatch[] {
  return findCues(input.masked.slice(start, end), start).filter(
    (c) => input.text.slice(c.start, c.end) === c.text && !inName(input, c),
  );
}

/**
 * Is a capitalised cue word part of a recognised name ("And Yelling says", "the United
 * States will")? Then it is no cue. "Says" and "Said" stay cues: a headline in title case
 * ends in them ("…, Lindsey Graham Says"), and the recogniser often takes them into the name.
 */
function inName(input: AttributionInput, c: CueMatch): boolean {
  if (!/^\p{Lu}/u.test(c.text) || /^Sa(?:ys|id)$/.test(c.text)) return false;
  // The last mention starting before the cue ends (mentions are in order and do not overlap).
  const m = input.mentions[lowerBound(input.mentions, c.end) - 1];
  return m !== undefined && m.end > c.start;
}

function wordsIn(s: string): number {
  return s.split(/\s+/).filter((w) => /\w/.test(w)).length;
}

/** A word that opens a clause of its own, before a name: "after Jane Hutt was sacked, admitted". */
const SUBORDINATOR_BEFORE = /\b(?:after|before|since|until|when|while|because|although|though|unless|whereas)\s+(?:(?:the|former|then|\S+’s|\S+'s)\s+){0,3}$/i;

/**
 * Is mention `m` the subject of a clause a subordinator opens, which ends before the cue at
 * `cueStart`? Not when the cue is that clause's own verb ("after Clinton argued that …").
 */
function subordinate(text: string, m: Span, cueStart: number): boolean {
  return SUBORDINATOR_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) && text.slice(m.end, cueStart).includes(',');
}

const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'He', 'She']);

/** Does a pronoun end `s`, but for an auxiliary or adverb ("he", "she also", "he had")? */
function pronounEnds(s: string): boolean {
  const [last, before] = lastWords(s, 2).map((w) => s.slice(w.start, w.end));
  return SUBJECT_PRONOUNS.has(last) || (before !== undefined && SUBJECT_PRONOUNS.has(before));
}

/** What stands between a name and the cue of its relative clause: ", who", ", who had". */
const RELATIVE_WHO = /^\s*,\s*who\s+(?:\S+\s+)?$/;

/**
 * Only an apposition between a name and its cue, a description of it: ", the world's biggest
 * reinsurer, ", ", the official Chinese news agency, ". Not a clause (", which handed out the
 * bans, ") nor anything else (", also at 3GSM, ").
 */
const APPOSITION_ONLY = /^\s*,\s*(?:the|a|an|its)\s(?![^,]*\b(?:who|which|whose)\b)[^,;.:!?"“”]{1,80},\s*$/i;

/** The speaker in [a, b) next to a cue: nearest entity, else pronoun, else capitalised words. */
function speakerIn(
  input: AttributionInput, a: number, b: number, nearEnd: boolean, quoteStart: number,
): Omit<Attribution, 'cue' | 'by'> & { how: string } | null {
  // Words between a mention and the cue: a person may stand a clause away ("Stoltenberg,
  // speaking in Brussels, said"); an organisation or place must be next to the cue
  // ("the Pentagon said"), or it is only mentioned ("in Iowa, Clinton said").
  // An apposition between commas does not count ("Munich Re, the world's biggest reinsurer, said").
  const gap = (m: TextSpan): number => {
    const between = nearEnd ? input.text.slice(m.end, b) : input.text.slice(a, m.start);
    // Not a name a preposition governs: "chairman of the board of Freedom Partners, the network's funding arm, said".
    return nearEnd && APPOSITION_ONLY.test(between) && !governed(input.text, m) ? 0 : wordsIn(between);
  };
  const inside = within(input.mentions, a, b).filter(
    (m) =>
      SPEAKER_TYPES.includes(m.entity.type) &&
      // Not a name inside a quotation ("…was in Tysabri," said Ian Hunter): masked, it is blank.
      input.masked.startsWith(m.text, m.start) &&
      (m.entity.type === 'PERSON' || gap(m) <= MAX_ORG_GAP) &&
      // A possessive names someone else's role ("Obama's former campaign strategist said").
      !/^[’']s?\b/.test(input.text.slice(m.end, m.end + 3)) &&
      // A place a preposition governs before the cue is where the sentence is about, not who
      // speaks ("… military action in Iraq and Libya, saying, …"; "Talking before his
      // departure for Paris, he said").
      !(nearEnd && m.entity.type === 'LOCATION' && (governed(input.text, m) || afterPlacePreposition(input, m.start))) &&
      // A team or place before a role names the role's holder: "said the Lions coach".
      !(m.entity.type !== 'PERSON' && ROLE_AFTER.test(input.text.slice(m.end, m.end + 24))) &&
      // "Dr Brian Gibbons, …, after Jane Hutt was sacked, admitted": her clause ends before the cue.
      !(nearEnd && subordinate(input.text, m, b)) &&
      // "… Stadium - where the Charlotte Panthers played the Minnesota Vikings - while chanting":
      // a name inside an aside between dashes is not who speaks after it.
      !(nearEnd && betweenDashes(input.masked, m, b)) &&
      // "One leading Karachi broker said": a place before a noun is where the speaker is from.
      !(nearEnd && m.entity.type === 'LOCATION' && NOUN_AFTER_PLACE.test(input.text.slice(m.end, b))),
  );
  // "Speaking on BBC One's Breakfast with Frost, he said": a pronoun right before the cue is
  // its subject, whatever names come before it.
  const pronounFirst = nearEnd && inside.length > 0 && pronounEnds(input.masked.slice(inside[inside.length - 1].end, b));
  if (inside.length && !pronounFirst) {
    const people = inside.filter((m) => m.entity.type === 'PERSON');
    const candidates = people.length ? people : inside;
    // Not a name that only modifies the next ("Huckabee campaign spokesman Hogan Gidley") or
    // that a preposition governs ("communications director for Hillary Clinton"), when
    // another candidate is there.
    const heads = candidates.filter((m, i) => !modifiesNext(input.text, m, candidates[i + 1]) && !governed(input.text, m));
    const pool = heads.length ? heads : candidates;
    // "…, Patti LaBelle and Stevie Wonder, who joked": "who" is the name right before it.
    const last = candidates[candidates.length - 1];
    const relative = nearEnd && RELATIVE_WHO.test(input.text.slice(last.end, b)) ? last : null;
    const m = relative ?? (nearEnd ? pool[pool.length - 1] : pool[0]);
    return { speaker: speakerName(m), speakerMention: pick(m), how: 'entity' };
  }
  // Pronouns and capitalised words are read outside quotations too.
  const window = input.masked.slice(a, b);
  let pronoun: RegExpExecArray | null = null;
  PRONOUN.lastIndex = 0;
  for (let m = PRONOUN.exec(window); m; m = PRONOUN.exec(window)) {
    pronoun = m;
    if (!nearEnd) break;
  }
  if (pronoun) {
    const at = a + pronoun.index;
    const person = input.resolver.pronoun(pronoun[1] ? 'male' : 'female', Math.min(at, quoteStart));
    const mention = { text: pronoun[0], start: at, end: at + pronoun[0].length };
    if (person) return { speaker: speakerName(person), speakerMention: mention, how: 'pronoun' };
    return null;
  }
  const description = describedSpeaker(input, a, b, nearEnd);
  if (description) return description;
  const caps = [...window.matchAll(/\b(?:[A-Z][\p{L}'’-]+)(?:\s+(?:[A-Z][\p{L}'’.-]*|de|van|von|bin|al))*/gu)]
    .map((m) => ({ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, run: withoutPossessive(input, m[0]) }))
    .filter(
      (m) =>
        !NOT_NAMES.test(m.run.split(/\s+/)[0]) &&
        // "said the German": a description, not a name.
        !/\b(?:the|a|an)\s+$/i.test(window.slice(0, m.index)) &&
        // "Hulu and Ora's site -- told me": a possessive before its noun is not who speaks, but
        // for those its owner speaks through ("Chelsea's statement added").
        !(/['’]s$/.test(m.run) && /^\s+\p{Ll}/u.test(window.slice(m.end)) && !SPEAKS_THROUGH.test(window.slice(m.end))) &&
        // "headquarters in Toulouse said", "in England and Wales, said": a place.
        !(nearEnd && inPlace(input, a + m.index)) &&
        mayBeName(input, m.run, a + m.index),
    );
  const nextToCue = caps.filter((m) => wordsIn(nearEnd ? window.slice(m.end) : window.slice(0, m.index)) <= MAX_NAME_GAP);
  if (nextToCue.length) {
    const m = nearEnd ? nextToCue[nextToCue.length - 1] : nextToCue[0];
    // The mention is the text as written (its words may be apart by a line break); the name
    // has single spaces.
    const run = SPEAKS_THROUGH.test(window.slice(m.end)) ? m.run.replace(/['’]s$/, '') : m.run;
    const start = a + m.index + personalStart(run);
    const end = a + m.index + run.length;
    const written = input.text.slice(start, end);
    const name = written.replace(/\s+/g, ' ');
    // A surname alone is the person of the document with it; a fuller name must agree in all
    // of it ("Ivana Trump" is not "Donald Trump").
    const known = input.resolver.knownPerson(name);
    return {
      speaker: known ? known.name : name,
      speakerMention: { text: written, start, end },
      how: 'capitalised',
    };
  }
  return null;
}

/**
 * A possessive stands for its owner when that is a name ("Ivana Trump's brief said", "Kahl's
 * spokesman" for Kandice Kahl); one word that is no person's name keeps its "'s", which may
 * belong to it ("McDonald's said").
 */
function withoutPossessive(input: AttributionInput, run: string): string {
  const owner = run.replace(/['’]s?$/, '');
  if (owner === run || owner === '') return run;
  return /\s/.test(owner) || input.resolver.knownPerson(owner) ? owner : run;
}

/**
 * Could capitalised words next to a cue be the name of someone the recogniser missed? Not a
 * contraction ("I'd"), a word the recogniser called MISC (a nationality: "Japanese"), or one
 * word the text also writes in lower case, which makes it a common word capitalised to open
 * a sentence ("Analysts said", "Overall, asking prices"), unless it is the surname of a
 * person of the document ("Young told BBC Sport Wales" after "Dai Young", beside "a young man").
 */
function mayBeName(input: AttributionInput, run: string, start: number): boolean {
  if (run === '' || CONTRACTION.test(run)) return false;
  if (within(input.mentions, start, start + run.length).some((m) => m.entity.type === 'MISC')) return false;
  if (/\s/.test(run) || input.resolver.knownPerson(run)) return true;
  return !input.resolver.isCommonWord(run);
}

/**
 * A description next to the cue ("the mayor", "the ministry", "Obama's former campaign
 * strategist"), resolved to the person or organisation it stands for.
 */
function describedSpeaker(input: AttributionInput, a: number, b: number, nearEnd: boolean): (Omit<Attribution, 'cue' | 'by'> & { how: string }) | null {
  const window = input.text.slice(a, b);
  const np: { index: number; 0: string } | null = nearEnd
    ? trailingDescription(window)
    : /^\s*(?:the|a|an|[\p{L}.-]+[’']s)\s+(?:[\p{L}\d.-]+\s+){0,4}?[\p{L}-]+(?=\s*$)/iu.exec(window);
  if (!np) return null;
  const text = np[0].trim();
  const start = a + (np.index ?? 0) + np[0].indexOf(text);
  const found = input.resolver.description(text, start);
  if (!found) return null;
  return {
    speaker: speakerName(found),
    speakerMention: { text, start, end: start + text.length },
    how: 'description',
  };
}

const DESCRIPTION_WORD = /^[\p{L}\d.-]+$/iu;
const DESCRIPTION_HEAD = /^[\p{L}-]+$/iu;
const ARTICLE_END = /\b(?:the|a|an)$/iu;
const POSSESSIVE_END = /[’']s$/iu;
const POSSESSOR_CHAR = /^[\p{L}.-]$/iu;

/**
 * The description that ends `s` ("the mayor", "Obama's former campaign strategist", then
 * spaces): an article or a possessive, at most four words, a last word of letters. The match
 * of `/(?:\b(?:the|a|an)\s+|[\p{L}.-]+[’']s\s+)(?:[\p{L}\d.-]+\s+){0,4}[\p{L}-]+\s*$/iu`
 * (its index and text), found by reading the last six words back from the end: that pattern
 * retried every start of a long run of letters or dashes, quadratic on a long window.
 */
export function trailingDescription(s: string): { index: number; 0: string } | null {
  // The last six words (runs of non-spaces), last first: the head, four words, the determiner.
  const words = lastWords(s, 6);
  if (words.length < 2 || !DESCRIPTION_HEAD.test(s.slice(words[0].start, words[0].end))) return null;
  // The most words between determiner and head: the earliest start, as the pattern finds.
  let index = -1;
  for (let k = 1; k < words.length && k <= 5; k++) {
    if (k > 1 && !DESCRIPTION_WORD.test(s.slice(words[k - 1].start, words[k - 1].end))) break;
    const at = determinerStart(s, words[k].start, words[k].end);
    if (at >= 0) index = at;
  }
  return index < 0 ? null : { index, 0: s.slice(index) };
}

/** Where "the", "a", "an" or a possessive ("Obama's") ends the word s[start, end), or -1. */
function determinerStart(s: string, start: number, end: number): number {
  const word = s.slice(start, end);
  const article = ARTICLE_END.exec(word);
  if (article) return start + article.index;
  if (!POSSESSIVE_END.test(word)) return -1;
  // The run of letters, dots and dashes before "'s".
  const i = runStartBefore(s, end - 2, start, POSSESSOR_CHAR);
  return i < end - 2 ? i : -1;
}

/** End of the clause in `s`: the first comma, semicolon or sentence period (not "Rep." or "D."). */
function clauseEnd(s: string, stops: RegExp): number {
  for (let i = 0; i < s.length; i++) {
    if (stops.test(s[i]) && !(s[i] === '.' && abbreviationAt(s, i))) return i;
  }
  return -1;
}

const TITLE_WORD = /^(?:Mr|Mrs|Ms|Dr|Sir|President|Prime|Minister|Secretary|General|Chief|Chairman|Chairwoman|Director|Senator|Sen|Rep|Governor|Gov|Judge|Justice|King|Queen|Prince|Pope|Spokesman|Spokeswoman|Spokesperson|Officer|Executive|Vice|Deputy|Foreign|Defence|Defense|Finance|Interior|Health|Home|Leader|Commissioner|Ambassador|Mayor|Professor|Prof|Coach|Manager|Captain|Analyst|Economist|Chancellor)\.?$/;

/**
 * Where the personal name at the end of a capitalised run starts (at most its last three
 * words): titles, acronyms, hyphenated titles and nationality adjectives in front are dropped
 * ("NATO Secretary-General Jens Stoltenberg" → "Jens Stoltenberg").
 */
function personalStart(run: string): number {
  const words = [...run.matchAll(/\S+/g)];
  let i = 0;
  while (
    i < words.length - 1 &&
    (TITLE_WORD.test(words[i][0]) || /^[A-Z]{2,}$/.test(words[i][0]) || words[i][0].includes('-') || /(?:ian|ese|ish|ean|an)$/.test(words[i][0]))
  ) {
    i++;
  }
  return words[Math.max(i, words.length - 3)]?.index ?? 0;
}

function pick(m: TextSpan): TextSpan {
  return { text: m.text, start: m.start, end: m.end };
}

function cueSpan(c: CueMatch): TextSpan {
  return { text: c.text, start: c.start, end: c.end };
}

/**
 * A person named right after the quote with an apposition before the cue: ""…," Scott
 * Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA,
 * said" (the apposition may hold other names and run past the usual reach).
 */
function appositiveLead(input: AttributionInput, from: number, cueStart: number): MentionRef | null {
  const first = within(input.mentions, from, cueStart)[0];
  if (!first || first.entity.type !== 'PERSON') return null;
  if (!/^[\s,]*$/.test(input.text.slice(from, first.start))) return null;
  return /^\s*(?:\([^)]*\)\s*)?,/.test(input.text.slice(first.end, first.end + 30)) ? first : null;
}

const NEW_CLAUSE = /^[\s,;]*(?:while|whereas|but|although|though|and|because|whilst)\b/i;
/**
 * What follows a cue that closes its sentence: nothing, a name ("said Christine Link, …"), or
 * where and how it was said ("she said in a video message"), not what was said ("said it was").
 */
const CLOSING_CUE_TAIL = /^\s*(?:[.,;!?]|$|\p{Lu}|(?:in|on|at|to|during|after|before|from|via|through|when|while|last|this|yesterday|today)\b)/u;

/** Is the cue "told" (or "tells", "telling")? After it stands the listener, not the speaker. */
function tellsListener(cue: CueMatch): boolean {
  return /\b(?:told|tells|telling)$/i.test(cue.text);
}

/** Does `cue`, followed by `tail` to the sentence's end, close its sentence? "he told reporters." does. */
function closesSentence(cue: CueMatch, tail: string): boolean {
  return CLOSING_CUE_TAIL.test(tail) || (tellsListener(cue) && wordsIn(tail) <= 3);
}

/** Is the mention at `span` a person's? */
function isPerson(input: AttributionInput, span: TextSpan | null): boolean {
  if (!span) return false;
  const m = input.mentions[lowerBound(input.mentions, span.start + 1) - 1];
  return m !== undefined && m.start === span.start && m.entity.type === 'PERSON';
}

/**
 * The person named right after a role and its comma, and closing the sentence or clause:
 * "said the committee chairman, MP Edward Leigh." (`comma` is the comma's offset).
 */
function nameAfterRole(input: AttributionInput, comma: number): MentionRef | null {
  const next = within(input.mentions, comma + 1, comma + 80)[0];
  if (!next || next.entity.type !== 'PERSON') return null;
  if (!/^,\s*(?:(?:MP|Dr|Mr|Mrs|Ms|Sir|Lord|Lady|Professor|Prof)\.?\s+)?$/.test(input.text.slice(comma, next.start))) return null;
  return /^\s*(?:[.,;]|$)/.test(input.text.slice(next.end, next.end + 2)) ? next : null;
}

/** Sieve 1: a cue in the words right after the quote. */
function cueAfter(input: AttributionInput, q: FoundQuote): Attribution | null {
  const para = around(input.lastParagraph, q);
  const m = masked(input, para);
  const from = (q.close ?? q.end) + 1 - para.start;
  if (from >= m.length || m[from - 1] === '.') return null;
  const to = sentenceEnd(m, from);
  const cues = cuesIn(input, para.start + from, para.start + to);
  const cue = cues[0];
  if (!cue) return null;
  // A cue and a colon introduce the next quote ("…opportunities." And Yelling says: "I think
  // …"), not the one before.
  if (/^\s*:/.test(input.text.slice(cue.end, cue.end + 3))) return null;
  const before = input.text.slice(para.start + from, cue.start);
  // A conjunction after the quote opens a new clause, and a cue inside it is that clause's
  // own: "Labour say a Lib Dem vote could "let the Tories in", while the Tories say the Lib
  // Dems …" is not the Tories', nor "called it "harsh" and said …" the next name's. A cue that
  // closes the sentence still speaks for all of it ("…, but these hid tax rises, he said.").
  if (NEW_CLAUSE.test(before) && !closesSentence(cue, m.slice(cue.end - para.start, to))) return null;
  const lead = appositiveLead(input, para.start + from, cue.start);
  if (lead && !cue.speakerAfter) {
    return { speaker: speakerName(lead), speakerMention: pick(lead), cue: cueSpan(cue), by: 'cue-after:apposition' };
  }
  if (wordsIn(before) <= MAX_NP_WORDS && !cue.speakerAfter) {
    const s = wordsIn(before) > 0 ? speakerIn(input, para.start + from, cue.start, true, q.start) : null;
    if (s) return { ...s, cue: cueSpan(cue), by: `cue-after:${s.how}` };
  }
  // Who is told is not who speaks: after "told" stands the listener ("…," Young told BBC Sport
  // Wales). Nor is anyone after the cue when a pronoun before it is the speaker ("But she
  // added that claims Ms Kelly …", where "she" is someone unnamed).
  if ((wordsIn(before) <= 2 && !tellsListener(cue) && !/\b(?:he|she)\b/i.test(before)) || cue.speakerAfter) {
    // "…," said Jens Stoltenberg, the alliance's chief.
    const after = m.slice(cue.end - para.start, to);
    const stop = clauseEnd(after, /[,;.]/);
    const end = cue.end + (stop < 0 ? after.length : stop);
    const s = speakerIn(input, cue.end, end, false, q.start);
    // "…," said EEF chief economist, Steve Radley.: the role (maybe with its organisation), a
    // comma, then the person's name.
    const named = (!s || s.how !== 'entity' || !isPerson(input, s.speakerMention)) && stop >= 0 && after[stop] === ',' ? nameAfterRole(input, end) : null;
    if (named) return { speaker: speakerName(named), speakerMention: pick(named), cue: cueSpan(cue), by: 'cue-after:apposition' };
    if (s) return { ...s, cue: cueSpan(cue), by: `cue-after:${s.how}` };
  }
  // A cue is there but no name we can resolve ("said the German"): say so, guess nothing.
  if (wordsIn(before) <= MAX_NP_WORDS) return { ...NONE, cue: cueSpan(cue), by: 'cue-after:unresolved' };
  return null;
}

/** A cue that is its sentence's second verb: "… and described", "… but also said". */
const SECOND_VERB = /\S\s+(?:and|but)\s+(?:then\s+|also\s+|later\s+)?$/i;
/** A sentence opened by "He" or "She" (after an adverb or a short phrase and a comma at most). */
const PRONOUN_OPENS = /^\s*(?:[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3},\s*)?(?:(He)|(She))\b/u;

/** The subject of the sentence [start, cueStart): a "He"/"She" opening it, else its first name. */
function sentenceSubject(input: AttributionInput, sentence: number, cueStart: number, quoteStart: number): (Omit<Attribution, 'cue' | 'by'> & { how: string }) | null {
  // A clause in front is not where the subject is: "When told Perez was in President Obama's
  // Cabinet …, Bush thought for a moment and said"; "Asked … whether Mr. Clinton would …,
  // Mrs. Clinton shook her head and said".
  const fronted = FRONTED_CLAUSE.exec(input.masked.slice(sentence, cueStart));
  const start = sentence + (fronted ? fronted[0].length : 0);
  const opening = PRONOUN_OPENS.exec(input.masked.slice(start, cueStart));
  if (opening) {
    const at = start + opening[0].length - (opening[1] ?? opening[2]).length;
    const person = input.resolver.pronoun(opening[1] ? 'male' : 'female', Math.min(at, quoteStart));
    return person ? { speaker: speakerName(person), speakerMention: { text: opening[1] ?? opening[2], start: at, end: at + 2 + (opening[2] ? 1 : 0) }, how: 'pronoun' } : null;
  }
  const subject = input.resolver.subject(start, cueStart);
  return subject ? { speaker: speakerName(subject), speakerMention: pick(subject), how: 'subject' } : null;
}

/** A clause opening a sentence, to its last comma before the cue: "When told …,", "Asked on Monday whether …,". */
const FRONTED_CLAUSE = /^\s*(?:when|while|after|before|since|although|though|if|as|once|until|because|despite|following|asked|told|speaking|responding|pressed|unlike)\b[^;:!?]{0,200},/i;

/** Sieve 2: a cue earlier in the quote's sentence. */
function cueBefore(input: AttributionInput, q: FoundQuote): Attribution | null {
  const para = around(input.firstParagraph, q);
  const m = masked(input, para);
  const to = q.open - para.start;
  const from = sentenceStart(m, to, input.text.slice(para.start, para.end));
  const cues = cuesIn(input, para.start + from, para.start + to);
  const cue = cues[cues.length - 1];
  if (!cue) return null;
  // "according to X" and the inverted "Said Ellis:" name the speaker after the cue.
  if (cue.speakerAfter || m.slice(from, cue.start - para.start).trim() === '') {
    const after = m.slice(cue.end - para.start, to);
    const stop = clauseEnd(after, /[,;:.]/);
    const s = speakerIn(input, cue.end, cue.end + (stop < 0 ? after.length : stop), false, q.start);
    return s ? { ...s, cue: cueSpan(cue), by: `cue-before:${s.how}` } : null;
  }
  // "He thanked Eastwood and described the film as "…"": a second verb's subject is the
  // sentence's, not the name before "and".
  const lead = m.slice(from, cue.start - para.start);
  if (SECOND_VERB.test(lead)) {
    const subject = sentenceSubject(input, para.start + from, cue.start, q.start);
    if (subject) return { ...subject, cue: cueSpan(cue), by: `cue-before:${subject.how}` };
  }
  const words = lead.split(/(?=\s)/);
  const np = words.slice(-MAX_NP_WORDS).join('');
  const npStart = cue.start - np.length;
  const s = speakerIn(input, Math.max(npStart, para.start + from), cue.start, true, q.start);
  if (s) return { ...s, cue: cueSpan(cue), by: `cue-before:${s.how}` };
  // Far from its cue, the speaker is the sentence's subject ("Rucker Culpepper, who runs
  // Clinton's get-out-the-vote effort for military veterans' families, said, "…"").
  const subject = input.resolver.subject(para.start + from, cue.start);
  if (!subject) return null;
  return { speaker: speakerName(subject), speakerMention: pick(subject), cue: cueSpan(cue), by: 'cue-before:subject' };
}

/**
 * Sieve 3: an introduction ending in a colon. Either the quote's own sentence
 * ("Obama put it plainly: "It's about me."") or the paragraph before a quote that opens
 * its paragraph ("Mr Smith told the BBC:" / new paragraph / "We will ..."). The cue is
 * looked for in that sentence; without one, its first person is the speaker.
 */
function colonIntro(input: AttributionInput, q: FoundQuote): Attribution | null {
  let para = around(input.firstParagraph, q);
  let to = q.open;
  const opensParagraph = input.text.slice(para.start, q.open).trim() === '';
  if (opensParagraph) {
    if (!input.previousParagraph) return null;
    para = around(input.previousParagraph, { open: input.previousParagraph.end, end: input.previousParagraph.end });
    to = para.end;
  }
  const m = masked(input, para);
  const head = m.slice(0, to - para.start).trimEnd();
  const colon = head.endsWith(':');
  // Without a colon, only a quote that opens its sentence takes the previous sentence's
  // speaker ("Mr Fox said closures did not help. "If it's 12.30 ..."").
  if (!colon && (opensParagraph || !/[.!?]$/.test(head))) return null;
  const from = sentenceStart(m, head.length - 1, input.text.slice(para.start, para.end));
  const cues = cuesIn(input, para.start + from, para.start + head.length).filter((c) => !c.speakerAfter);
  const by = opensParagraph ? 'intro-paragraph' : colon ? 'colon' : 'previous-sentence';
  // The cue nearest the quote speaks, unless it is its subject's second verb: "Charles
  // Kennedy said Harry was in a privileged position and said he should apologise." is
  // Kennedy's, not Harry's.
  const last = cues[cues.length - 1];
  const coordinated = !colon && last && /\b(?:and|but)\s$/.test(input.text.slice(Math.max(0, last.start - 5), last.start));
  const cue = coordinated ? cues[0] : last;
  if (cue) {
    // The speaker of that cue, as the other sieves find one (names, pronouns, "the Cabinet Office").
    const npStart = Math.max(para.start + from, cue.start - 120);
    const s = speakerIn(input, npStart, cue.start, true, q.start);
    return s ? { ...s, cue: cueSpan(cue), by: `${by}:${s.how}` } : null;
  }
  if (!colon) return null;
  // Its subject: not a name a preposition governs ("With Democratic leaders increasingly
  // worried about a lack of passion for Hillary Clinton among young black voters, President
  // Obama is rolling out a new … message: "It's about me."").
  const people = within(input.mentions, para.start + from, para.start + head.length).filter((x) => x.entity.type === 'PERSON');
  const subject = input.resolver.subject(para.start + from, para.start + head.length) ?? people[0];
  if (!subject) return null;
  return { speaker: speakerName(subject), speakerMention: pick(subject), cue: null, by };
}

/**
 * Sieve 0: a signature after a dash that closes the quote's line
 * (""Trump must stop portraying Latinos …" ― Carla Sanchez"), as in vox-pop lists.
 */
function dashSignature(input: AttributionInput, q: FoundQuote): Attribution | null {
  if (q.close === null) return null;
  const after = input.text.slice(q.close + 1, q.close + 80);
  const m = /^[\s\u00a0]*[\u2015\u2014\u2013-][\s\u00a0]*(\p{Lu}[\p{L}.'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}.'’-]*){0,4})[\s\u00a0.]*(?:\n|$)/u.exec(after);
  if (!m) return null;
  const name = m[1].replace(/\.$/, '');
  const start = q.close + 1 + m.index + m[0].indexOf(m[1]);
  const mention = within(input.mentions, start, start + name.length).find((x) => x.entity.type === 'PERSON');
  return {
    speaker: mention ? speakerName(mention) : name,
    speakerMention: { text: name, start, end: start + name.length },
    cue: null,
    by: 'dash',
  };
}

/** The sieves that read the quote's own sentence: a cue before it, or a colon in it. */
const SAME_SENTENCE_SIEVE = /^(?:cue-before|colon)(?::|$)/;

export function attribute(input: AttributionInput, q: FoundQuote): Attribution {
  const dash = dashSignature(input, q);
  if (dash) return dash;
  const after = cueAfter(input, q);
  // A medium that reported the words yields to the one who said them in the same sentence:
  // 'Trump said: "…," the Times reported' is Trump's.
  if (after?.cue && isReportedCue(after.cue.text)) {
    const own = cueBefore(input, q) ?? colonIntro(input, q);
    // A quote that ends its sentence ('…shareholders." The Financial Times also reported a
    // third …') is not what the next sentence reports.
    if (q.close !== null && /[.!?]['\u2019]?$/.test(input.text.slice(q.start, q.end))) return own ?? NONE;
    return own && SAME_SENTENCE_SIEVE.test(own.by ?? '') ? own : after;
  }
  return after ?? cueBefore(input, q) ?? colonIntro(input, q) ?? NONE;
}

/**
 * Sieve 3, continuation: a quote with no cue of its own that follows an attributed quote
 * in the same or the next paragraph goes on in the same voice, provided nothing between
 * the two names another speaker (no other cue, no other person but one after a preposition).
 */
export function continues(
  input: AttributionInput, previous: { close: number; cue: Span | null; speaker: string | null; speakerMention: Span | null }, q: FoundQuote,
): boolean {
  if (!previous.speaker) return false;
  if (q.open - previous.close > 2 * WINDOW) return false;
  const between = masked(input, { start: previous.close + 1, end: q.open });
  if (/\n\s*\n[\s\S]*\n\s*\n/.test(between)) return false; // more than one paragraph apart
  // Only a quote that opens its sentence goes on in the same voice; a phrase quoted inside
  // someone's sentence ('The "clear message" the report sends') does not.
  if (between.trim() !== '' && !/(?:[.!?:]|\n)\s*$/.test(between)) return false;
  const cues = cuesIn(input, previous.close + 1, q.open).filter((c) => !previous.cue || c.start !== previous.cue.start);
  if (cues.length) return false;
  // A name a preposition governs is no new speaker ("said Bob Tate, an FCOJ broker with Dean
  // Witter Reynolds in Miami.", the firm taken for a person); nor is one in the words that
  // name the previous speaker ("said Apacs spokeswoman Jemma Smith", the body taken for a person).
  const named = previous.cue && previous.speakerMention && previous.cue.start < previous.speakerMention.start ? previous.speakerMention : null;
  const inSpeakerWords = (m: Span): boolean => named !== null && previous.cue !== null && m.start >= previous.cue.end && m.end <= named.end;
  return !within(input.mentions, previous.close + 1, q.open).some(
    (m) => m.entity.type === 'PERSON' && m.entity.name !== previous.speaker && !governed(input.text, m) && !inSpeakerWords(m),
  );
}

/** Most words before the person who opens a sentence: a role ("Double try scorer Martyn Williams"). */
const MAX_WORDS_BEFORE_SUBJECT = 4;

/**
 * Sieve 5, last: a quote opening its sentence, with no cue, right after a sentence about one
 * person, who opens it ("Double try scorer Martyn Williams was keen not to talk about a
 * possible Grand Slam for Wales. "We've got more self-belief these days.""). No other person
 * may be named in that sentence, and it holds no quotation of its own.
 */
export function introducedBy(input: AttributionInput, q: FoundQuote): Attribution | null {
  const para = around(input.firstParagraph, q);
  const m = masked(input, para);
  const head = m.slice(0, q.open - para.start);
  // The quote opens its sentence: a full stop, then only spaces.
  if (!/[.!?]\s+$/.test(head)) return null;
  const end = head.trimEnd().length;
  const from = sentenceStart(m, end - 1, input.text.slice(para.start, para.end));
  const sentence = input.text.slice(para.start + from, para.start + end);
  if (/["“”]|''/.test(sentence) || findCues(m.slice(from, end), 0).length > 0) return null;
  const people = within(input.mentions, para.start + from, para.start + end).filter((x) => x.entity.type === 'PERSON');
  const first = people[0];
  if (!first || people.some((x) => x.entity !== first.entity)) return null;
  const before = input.text.slice(para.start + from, first.start);
  if (wordsIn(before) > MAX_WORDS_BEFORE_SUBJECT || /\b(?:it|he|she|they|we|there|this|that|who|which)\b/i.test(before) || governed(input.text, first)) return null;
  // Someone's own words, not the writer's: "Bob was one of the most mesmeric people I've ever …".
  if (FIRST_PERSON.test(sentence)) return null;
  // The person is the subject of a verb of view: "… was keen not to talk about …", "Kerr
  // applauded the decisive move", not "Simon Taylor looks certain to get the call".
  if (!VIEW_VERB.test(input.text.slice(first.end, first.end + 40))) return null;
  return { speaker: speakerName(first), speakerMention: pick(first), cue: null, by: 'introduced' };
}

const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|I'll|I’m|I’ve|I’d|I’ll|me|my|we|our|us)\b/;
/** A verb by which a sentence gives someone's view, right after their name. */
const VIEW_VERB =
  /^\s+(?:(?:also|then|later|again|still)\s+)?(?:agreed|agrees|applauded|believes|believed|thinks|thought|admitted|admits|insisted|insists|touted|hailed|praised|feels|felt|knows|knew|explained|disagreed|disagrees|warned|welcomed|defended|criticised|criticized|conceded|went on|pressed|shook (?:his|her) head|(?:was|is) (?:keen|adamant|delighted|pleased|happy|confident|optimistic|upbeat|unhappy|disappointed|angry|clear|philosophical|full of praise))\b/;
