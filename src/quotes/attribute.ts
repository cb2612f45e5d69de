/**
 * Speaker attribution, as a chain of sieves in the manner of CoreNLP's quote attribution:
 * 1. a cue right after the quote ("…," Stoltenberg said / said Stoltenberg);
 * 2. a cue earlier in the same sentence (Putin saying Russia will not "sit idly");
 * the speaker is the entity mention next to the cue, else a pronoun resolved to the last
 * person, else capitalised words that match a person of the document. Each quote records
 * which sieve decided (`by`).
 */
import { Entity, EntityType, Span, TextSpan } from '../types';
import { isAbbreviation } from '../nlp/tokenize';
import { CueMatch, findCues } from './cues';
import { FoundQuote } from './find';

export interface MentionRef extends TextSpan {
  entity: Entity;
}

export interface Attribution {
  speaker: string | null;
  speakerType: EntityType | null;
  speakerMention: TextSpan | null;
  cue: TextSpan | null;
  by: string | null;
}

const NONE: Attribution = { speaker: null, speakerType: null, speakerMention: null, cue: null, by: null };
const MAX_NP_WORDS = 10;
/** Most words between an organisation or place and its cue. */
const MAX_ORG_GAP = 2;
/** Most words between an unrecognised capitalised name and its cue. */
const MAX_NAME_GAP = 1;
const PRONOUN = /\b(he|she|He|She)\b/g;
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
  /** Person mentions in document order, for pronouns. */
  lastPersonBefore: (pos: number) => MentionRef | null;
}

/**
 * Cues and speakers stand within a sentence or two of their quote: read at most this many
 * characters either side, so a huge unbroken paragraph does not make every quote read it all.
 */
const WINDOW = 1500;

function around(para: Span, q: { open: number; end: number }): Span {
  return { start: Math.max(para.start, q.open - WINDOW), end: Math.min(para.end, q.end + WINDOW) };
}

/** Index of the first item whose start is at or after `pos` (items sorted by start). */
export function lowerBound(items: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mentions lying inside [a, b), found by binary search (mentions are sorted by start). */
function mentionsIn(mentions: readonly MentionRef[], a: number, b: number): MentionRef[] {
  const out: MentionRef[] = [];
  for (let i = lowerBound(mentions, a); i < mentions.length && mentions[i].start < b; i++) {
    if (mentions[i].end <= b) out.push(mentions[i]);
  }
  return out;
}

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
    const period = endsSentence && /^\s*(?:$|[A-Z"“])/.test(text.slice(close + 1, close + 40));
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

/** Does the period at `i` end an abbreviation ("Mr.", "U.S.", "H.") rather than a sentence? */
function abbreviationAt(text: string, i: number): boolean {
  if (text[i] !== '.') return false;
  const word = /\S*$/.exec(text.slice(Math.max(0, i - 12), i + 1));
  return !!word && isAbbreviation(word[0]) && !/^(?:etc|no)\.$/i.test(word[0]);
}

/** '.', '!' or '?' (a character test: these scans visit every character of a window per quote). */
function endsSentence(ch: string | undefined): boolean {
  return ch === '.' || ch === '!' || ch === '?';
}

/**
 * Index of the start of the sentence holding offset `pos` in masked paragraph text. What
 * follows a period is read in the original (`plain`, same span): there a quotation mark
 * still shows where a quoted sentence begins.
 */
function sentenceStart(maskedText: string, pos: number, plain: string): number {
  for (let i = pos - 1; i > 0; i--) {
    if (endsSentence(maskedText[i]) && /\s/.test(maskedText[i + 1] ?? ' ') && !abbreviationAt(maskedText, i)) {
      const rest = plain.slice(i + 1, i + 40).trimStart();
      if (/^[A-Z0-9"“‘(]/.test(rest) || rest === '') return i + 1;
    }
  }
  return 0;
}

function sentenceEnd(maskedText: string, pos: number): number {
  for (let i = pos; i < maskedText.length; i++) {
    if (endsSentence(maskedText[i]) && /\s|$/.test(maskedText[i + 1] ?? '') && !abbreviationAt(maskedText, i)) return i + 1;
  }
  return maskedText.length;
}

function wordsIn(s: string): number {
  return s.split(/\s+/).filter((w) => /\w/.test(w)).length;
}

/** The speaker in [a, b) next to a cue: nearest entity, else pronoun, else capitalised words. */
function speakerIn(
  input: AttributionInput, a: number, b: number, nearEnd: boolean, quoteStart: number,
): Omit<Attribution, 'cue' | 'by'> & { how: string } | null {
  // Words between a mention and the cue: a person may stand a clause away ("Stoltenberg,
  // speaking in Brussels, said"); an organisation or place must be next to the cue
  // ("the Pentagon said"), or it is only mentioned ("in Iowa, Clinton said").
  const gap = (m: TextSpan): number => wordsIn(nearEnd ? input.text.slice(m.end, b) : input.text.slice(a, m.start));
  const inside = mentionsIn(input.mentions, a, b).filter(
    (m) => SPEAKER_TYPES.includes(m.entity.type) && (m.entity.type === 'PERSON' || gap(m) <= MAX_ORG_GAP),
  );
  if (inside.length) {
    const people = inside.filter((m) => m.entity.type === 'PERSON');
    const pool = people.length ? people : inside;
    const m = nearEnd ? pool[pool.length - 1] : pool[0];
    return { speaker: m.entity.name, speakerType: m.entity.type, speakerMention: pick(m), how: 'entity' };
  }
  const window = input.text.slice(a, b);
  let pronoun: RegExpExecArray | null = null;
  PRONOUN.lastIndex = 0;
  for (let m = PRONOUN.exec(window); m; m = PRONOUN.exec(window)) {
    pronoun = m;
    if (!nearEnd) break;
  }
  if (pronoun) {
    const person = input.lastPersonBefore(quoteStart);
    const at = a + pronoun.index;
    const mention = { text: pronoun[0], start: at, end: at + pronoun[0].length };
    if (person) return { speaker: person.entity.name, speakerType: 'PERSON', speakerMention: mention, how: 'pronoun' };
    return null;
  }
  const caps = [...window.matchAll(/\b(?:[A-Z][\p{L}'’-]+)(?:\s+(?:[A-Z][\p{L}'’.-]*|de|van|von|bin|al))*/gu)].filter(
    (m) =>
      !NOT_NAMES.test(m[0].split(/\s+/)[0]) &&
      // "said the German": a description, not a name.
      !/\b(?:the|a|an)\s+$/i.test(window.slice(0, m.index ?? 0)),
  );
  const nextToCue = caps.filter((m) =>
    wordsIn(nearEnd ? window.slice((m.index ?? 0) + m[0].length) : window.slice(0, m.index ?? 0)) <= MAX_NAME_GAP,
  );
  if (nextToCue.length) {
    const m = nearEnd ? nextToCue[nextToCue.length - 1] : nextToCue[0];
    const name = personalPart(m[0]);
    const start = a + (m.index ?? 0) + (m[0].length - name.length);
    const last = name.split(/\s+/).pop() ?? name;
    const known = input.mentions.find((x) => x.entity.type === 'PERSON' && x.entity.name.split(/\s+/).pop() === last);
    return {
      speaker: known ? known.entity.name : name,
      speakerType: known ? 'PERSON' : null,
      speakerMention: { text: name, start, end: start + name.length },
      how: 'capitalised',
    };
  }
  return null;
}

/** Capitalised words that start sentences, not names. */
const NOT_NAMES = /^(?:The|A|An|In|On|At|But|And|Or|However|Meanwhile|Earlier|Later|It|Its|This|That|These|Those|Mr|Mrs|Ms|Dr|I|We|You|They|He|She|Our|My|His|Her|Their|As|When|After|Before|If|While|Since|Because|Although|Though|So|Then|Now|Yet|Still|Also|Here|There|What|Who|Why|How|Where|Which|One|Some|Many|Most|All|Both|Each|Every|No|Not|Only|Even|Just|For|With|From|By|To|Of|Last|Next|First|According|Asked|Speaking|During|Despite|Instead|Indeed|Finally|Today|Yesterday|On|Over|Under|Under|Once|Like|Unlike|Among|Other|Others|Such|Thus|Again|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

const TITLE_WORD = /^(?:Mr|Mrs|Ms|Dr|Sir|President|Prime|Minister|Secretary|General|Chief|Chairman|Chairwoman|Director|Senator|Sen|Rep|Governor|Gov|Judge|Justice|King|Queen|Prince|Pope|Spokesman|Spokeswoman|Spokesperson|Officer|Executive|Vice|Deputy|Foreign|Defence|Defense|Finance|Interior|Health|Home|Leader|Commissioner|Ambassador|Mayor|Professor|Prof|Coach|Manager|Captain|Analyst|Economist|Chancellor)\.?$/;

/**
 * The personal name at the end of a capitalised run: titles, acronyms, hyphenated
 * titles and nationality adjectives in front are dropped
 * ("NATO Secretary-General Jens Stoltenberg" → "Jens Stoltenberg").
 */
function personalPart(run: string): string {
  const words = run.split(/\s+/);
  let i = 0;
  while (
    i < words.length - 1 &&
    (TITLE_WORD.test(words[i]) || /^[A-Z]{2,}$/.test(words[i]) || words[i].includes('-') || /(?:ian|ese|ish|ean|an)$/.test(words[i]))
  ) {
    i++;
  }
  return words.slice(i).slice(-3).join(' ');
}

function pick(m: TextSpan): TextSpan {
  return { text: m.text, start: m.start, end: m.end };
}

function cueSpan(c: CueMatch): TextSpan {
  return { text: c.text, start: c.start, end: c.end };
}

/** Sieve 1: a cue in the words right after the quote. */
function cueAfter(input: AttributionInput, q: FoundQuote): Attribution | null {
  const para = around(input.lastParagraph, q);
  const m = masked(input, para);
  const from = (q.close ?? q.end) + 1 - para.start;
  if (from >= m.length || m[from - 1] === '.') return null;
  const to = sentenceEnd(m, from);
  const window = m.slice(from, to);
  const cues = findCues(window, para.start + from);
  const cue = cues[0];
  if (!cue) return null;
  const before = input.text.slice(para.start + from, cue.start);
  if (wordsIn(before) <= MAX_NP_WORDS && !cue.speakerAfter) {
    const s = wordsIn(before) > 0 ? speakerIn(input, para.start + from, cue.start, true, q.start) : null;
    if (s) return { ...s, cue: cueSpan(cue), by: `cue-after:${s.how}` };
  }
  if (wordsIn(before) <= 2 || cue.speakerAfter) {
    // "…," said Jens Stoltenberg, the alliance's chief.
    const after = m.slice(cue.end - para.start, to);
    const stop = after.search(/[,;.]/);
    const end = cue.end + (stop < 0 ? after.length : stop);
    const s = speakerIn(input, cue.end, end, false, q.start);
    if (s) return { ...s, cue: cueSpan(cue), by: `cue-after:${s.how}` };
  }
  // A cue is there but no name we can resolve ("said the German"): say so, guess nothing.
  if (wordsIn(before) <= MAX_NP_WORDS) return { ...NONE, cue: cueSpan(cue), by: 'cue-after:unresolved' };
  return null;
}

/** Sieve 2: a cue earlier in the quote's sentence. */
function cueBefore(input: AttributionInput, q: FoundQuote): Attribution | null {
  const para = around(input.firstParagraph, q);
  const m = masked(input, para);
  const to = q.open - para.start;
  const from = sentenceStart(m, to, input.text.slice(para.start, para.end));
  const cues = findCues(m.slice(from, to), para.start + from);
  const cue = cues[cues.length - 1];
  if (!cue) return null;
  if (cue.speakerAfter) {
    const after = m.slice(cue.end - para.start, to);
    const stop = after.search(/[,;:.]/);
    const s = speakerIn(input, cue.end, cue.end + (stop < 0 ? after.length : stop), false, q.start);
    return s ? { ...s, cue: cueSpan(cue), by: `cue-before:${s.how}` } : null;
  }
  const words = m.slice(from, cue.start - para.start).split(/(?=\s)/);
  const np = words.slice(-MAX_NP_WORDS).join('');
  const npStart = cue.start - np.length;
  const s = speakerIn(input, Math.max(npStart, para.start + from), cue.start, true, q.start);
  return s ? { ...s, cue: cueSpan(cue), by: `cue-before:${s.how}` } : null;
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
  const cues = findCues(m.slice(from, head.length), para.start + from).filter((c) => !c.speakerAfter);
  const cue = cues[cues.length - 1];
  const by = opensParagraph ? 'intro-paragraph' : colon ? 'colon' : 'previous-sentence';
  if (cue) {
    // The speaker of that cue, as the other sieves find one (names, pronouns, "the Cabinet Office").
    const npStart = Math.max(para.start + from, cue.start - 120);
    const s = speakerIn(input, npStart, cue.start, true, q.start);
    return s ? { ...s, cue: cueSpan(cue), by: `${by}:${s.how}` } : null;
  }
  if (!colon) return null;
  const people = mentionsIn(input.mentions, para.start + from, para.start + head.length).filter((x) => x.entity.type === 'PERSON');
  const subject = people[0];
  if (!subject) return null;
  return { speaker: subject.entity.name, speakerType: 'PERSON', speakerMention: pick(subject), cue: null, by };
}

export function attribute(input: AttributionInput, q: FoundQuote): Attribution {
  return cueAfter(input, q) ?? cueBefore(input, q) ?? colonIntro(input, q) ?? NONE;
}

/**
 * Sieve 3, continuation: a quote with no cue of its own that follows an attributed quote
 * in the same or the next paragraph goes on in the same voice, provided nothing between
 * the two names another speaker (no other cue, no other person).
 */
export function continues(
  input: AttributionInput, previous: { close: number; cue: Span | null; speaker: string | null }, q: FoundQuote,
): boolean {
  if (!previous.speaker) return false;
  if (q.open - previous.close > 2 * WINDOW) return false;
  const between = masked(input, { start: previous.close + 1, end: q.open });
  if (/\n\s*\n[\s\S]*\n\s*\n/.test(between)) return false; // more than one paragraph apart
  // Only a quote that opens its sentence goes on in the same voice; a phrase quoted inside
  // someone's sentence ('The "clear message" the report sends') does not.
  if (between.trim() !== '' && !/(?:[.!?:]|\n)\s*$/.test(between)) return false;
  const cues = findCues(between, previous.close + 1).filter((c) => !previous.cue || c.start !== previous.cue.start);
  if (cues.length) return false;
  return !mentionsIn(input.mentions, previous.close + 1, q.open).some(
    (m) => m.entity.type === 'PERSON' && m.entity.name !== previous.speaker,
  );
}
