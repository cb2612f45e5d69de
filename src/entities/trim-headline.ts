/**
 * Headline mentions cut back to the name the story knows. A headline in title case gives the
 * recogniser no lower case to stop at, so it runs a name on into the next words: "Obama Sees
 * 'Personal Insult' …", "Why Bernie Sanders Could Backfire", "Clinton Ally Says …". When the
 * first words of such a mention are a person the body names (a person mention's text, or its
 * first or last word), and the words after them are in no body name of a person, the mention
 * ends there. So too for an organisation, place or other name the body gives whole ("EgyptAir
 * Plane Crash", "FDIC Accused Of Covering Up China Hacking", "SHV WITHDRAWS IC GAS"), when two
 * words or more follow it and the body never writes the headline's name capitalised as it stands.
 */
import { Span } from '../types';
import type { Mention } from './merge';
import { lowerCaseWords } from '../text/words';
import { inside } from '../quotes/spans';

const WORD = /\S+/g;
const LEADING_MARKS = /^[^\p{L}]+/u;
/** At most 8 marks after a word's last letter ("Crime?'", "…'."): a run of them is no word anyway. */
const TRAILING_MARKS = /[^\p{L}]{1,8}$/u;
const NO_WORDS: ReadonlySet<string> = new Set();

/** The mentions, with those inside `headline` that run on past a known name cut back to it. */
export function trimHeadlineMentions(text: string, mentions: Mention[], headline: Span | null, isCommonWord: (lower: string) => boolean): Mention[] {
  if (!headline) return mentions;
  const known = new Set<string>();
  // Other names the body gives whole ("EgyptAir" for "EgyptAir Plane Crash"); a headline name
  // the body writes as it stands is never cut ("Islamic State" where the body says "Islamic").
  const knownOthers = new Set<string>();
  for (const m of mentions) {
    if (inside(m, headline)) continue;
    const words = m.text.split(/\s+/);
    if (m.type !== 'PERSON') {
      knownOthers.add(words.join(' '));
      continue;
    }
    known.add(words.join(' '));
    if (words.length > 1) {
      known.add(words[0]);
      known.add(words[words.length - 1]);
    }
  }
  const bodyWords = new Set<string>();
  for (const name of known) for (const w of name.split(' ')) bodyWords.add(w);
  // The word after the name must be one that is written in lower case ("Could", "Ally", "Said"),
  // not a product or a party ("Sony PSP", "Lib Dems").
  let lowerWords: Set<string> | null = null;
  const lowerCase = (lower: string): boolean =>
    isCommonWord(lower) || (lowerWords ??= lowerCaseWords(text.slice(headline.end), lowerCaseWords(text.slice(0, headline.start)))).has(lower);
  // A headline's verb is most often in the -s form ("Obama Sees", "Clinton Wades"): its stem counts too.
  const common = (word: string): boolean => {
    const lower = word.toLowerCase();
    return lowerCase(lower) || (/[^s]s$/.test(lower) && (lowerCase(lower.slice(0, -1)) || (lower.endsWith('es') && lowerCase(lower.slice(0, -2)))));
  };
  // What follows the headline, but for the page's copies of it (a share line, a related link):
  // they do not make the headline's words a name the story writes.
  const headlineText = text.slice(headline.start, headline.end);
  let body: string | undefined;
  let lowerBody: string | undefined;
  const writtenAsName = (name: string): boolean => {
    body ??= text.slice(headline.end).split(headlineText).join(' ');
    return writesAsName(body, (lowerBody ??= body.toLowerCase()), name);
  };
  if (isTitleCase(headlineText)) {
    // "Three Cases of Plague Diagnosed in China", "Native Ad Platform my6sense Names Mobile
    // Marketing Pioneer …": in title case, words of nobody's name run together into one.
    mentions = mentions.filter((m) => !inside(m, headline) || !m.text.split(/\s+/).every(common) || writtenAsName(m.text));
    mentions = splitToBodyNames(mentions, headline, writtenAsName, common);
  }
  if (known.size === 0 && knownOthers.size === 0) return mentions;
  return mentions.map((m) => {
    if (!inside(m, headline)) return m;
    const cut = cutToKnownName(m, known, bodyWords, common);
    if (cut !== m || m.type === 'PERSON' || knownOthers.size === 0 || writtenAsName(m.text)) return cut;
    // Two words at least: one common word after an organisation is as often its own ("Democratic
    // Party", "South Bank Awards", "BPI SYSTEMS") as the headline's ("PBS Moderators").
    return cutToKnownName(m, knownOthers, NO_WORDS, common, 2);
  });
}

/**
 * A title-case headline's run that the story never writes as a name, made of names the story
 * does mention and common words, becomes those names, each of the type the story gives it:
 * "Clinton Breaks With Obama" is Clinton and Obama, "Wealthy Voters Abandon Republican Party"
 * Republican, "Railing Against Trump" Trump. The longest such names win, from the left. Only
 * when common words stand before the first name or between two names: one name with common
 * words after it may be a name of its own ("Democratic Party", "Islamic State", where the story
 * writes "Democratic" and "Islamic" alone). A run with other words is left as it is ("Hillary
 * Clinton", where the story says "Clinton").
 */
function splitToBodyNames(mentions: Mention[], headline: Span, writtenAsName: (name: string) => boolean, common: (word: string) => boolean): Mention[] {
  const bodyTypes = new Map<string, Mention['type']>();
  for (const m of mentions) if (!inside(m, headline) && !bodyTypes.has(m.text)) bodyTypes.set(m.text, m.type);
  if (bodyTypes.size === 0) return mentions;
  return mentions.flatMap((m) => {
    if (!inside(m, headline) || bodyTypes.has(m.text) || writtenAsName(m.text)) return [m];
    const words = [...m.text.matchAll(WORD)];
    const parts: Mention[] = [];
    for (let i = 0; i < words.length; ) {
      let taken = 0;
      const start = m.start + (words[i].index ?? 0);
      for (let k = words.length; k > i && taken === 0; k--) {
        const last = words[k - 1];
        const end = m.start + (last.index ?? 0) + last[0].length;
        const part = m.text.slice(start - m.start, end - m.start);
        const type = bodyTypes.get(part);
        if (type === undefined) continue;
        parts.push({ type, start, end, text: part });
        taken = k - i;
      }
      if (taken === 0 && !common(words[i][0])) return [m];
      i += Math.max(1, taken);
    }
    const ledByCommonWords = parts.length > 0 && parts[0].start > m.start;
    // Names side by side are one ("Democratic Party" of "Democratic" and "Party").
    const apart = parts.length > 1 && parts.every((part, j) => j === 0 || /\S/.test(m.text.slice(parts[j - 1].end - m.start, part.start - m.start)));
    return apart || ledByCommonWords ? parts : [m];
  });
}

/**
 * Is the headline written in title case: its words of four letters or more after the first
 * (three at least) all capitalised, and not all in capitals? "Is Football Violence a Crime?"
 * has too few of them to tell; a headline in capitals over a body in lower case (Reuters-21578
 * has some) would make "PERU" a common word.
 */
function isTitleCase(headline: string): boolean {
  // Each word without the marks around it ("‘Meth.", "Crime?"): a word with letters only, or
  // an apostrophe or hyphen inside ("my6sense" is none).
  const words = headline.split(/\s+/).map((w) => w.replace(LEADING_MARKS, '').replace(TRAILING_MARKS, '')).filter((w) => /^\p{L}[\p{L}'’-]{3,}$/u.test(w)).slice(1);
  return words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w)) && words.some((w) => /\p{Ll}/u.test(w));
}

/**
 * Does `body` write `name` with each word capitalised, whatever the case of the rest ("U.K.
 * Intervention Board" for a headline's "U.K. INTERVENTION BOARD")? Not "EgyptAir plane crash".
 */
function writesAsName(body: string, lowerBody: string, name: string): boolean {
  // `lowerBody` is body.toLowerCase(): the same length but for the rare letter whose lower case
  // is longer ("İ"), after which the capitals are read off by a little; it only guards a cut.
  const lowerName = name.toLowerCase();
  for (let at = lowerBody.indexOf(lowerName); at >= 0; at = lowerBody.indexOf(lowerName, at + 1)) {
    if (body.slice(at, at + name.length).split(/\s+/).every((w) => !/^\p{Ll}/u.test(w))) return true;
  }
  return false;
}

/**
 * `m` ending after its longest run of first words that is a known name, if the words after it
 * are in no body name and the first of them is a common word.
 */
function cutToKnownName(m: Mention, known: ReadonlySet<string>, bodyWords: ReadonlySet<string>, common: (word: string) => boolean, minRest = 1): Mention {
  const words = [...m.text.matchAll(WORD)];
  if (words.length < 2 || known.has(words.map((w) => w[0]).join(' '))) return m;
  for (let k = words.length - minRest; k >= 1; k--) {
    const prefix = words.slice(0, k).map((w) => w[0]).join(' ');
    if (!known.has(prefix)) continue;
    if (words.slice(k).some((w) => bodyWords.has(w[0])) || !common(words[k][0])) return m;
    const last = words[k - 1];
    const end = m.start + (last.index ?? 0) + last[0].length;
    return { ...m, end, text: m.text.slice(0, end - m.start) };
  }
  return m;
}
