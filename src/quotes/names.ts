import { Entity } from '../types';

/**
 * Capitalised words that are not names: sentence openers, pronouns, days and months. A
 * capitalised word next to a cue that is none of these may be a name the recogniser missed.
 */
export const NOT_NAMES = /^(?:The|A|An|In|On|At|But|And|Or|However|Meanwhile|Earlier|Later|It|Its|This|That|These|Those|Mr|Mrs|Ms|Dr|I|We|You|They|He|She|Our|My|His|Her|Their|As|When|After|Before|If|While|Since|Because|Although|Though|So|Then|Now|Yet|Still|Also|Here|There|What|Who|Why|How|Where|Which|One|Some|Many|Most|All|Both|Each|Every|No|Not|Only|Even|Just|For|With|From|By|To|Of|Last|Next|First|According|Asked|Speaking|During|Despite|Instead|Indeed|Finally|Today|Yesterday|On|Over|Under|Under|Once|Like|Unlike|Among|Other|Others|Such|Thus|Again|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** A contraction ("I'd", "we'll"): no name. */
export const CONTRACTION = /['’](?:d|ll|m|re|ve)$/;

/** The most words of a name that `personFinder` looks up (speaker names are one to three words). */
const MAX_ENDING_WORDS = 4;

/**
 * The first person of `people` (in document order) whose name ends with the words of `name`:
 * a surname alone, or the name in full ("Ivana Trump" is not "Donald Trump"). Each name is
 * indexed under its last one to four words ("Stoltenberg", "Jens Stoltenberg"), so a document
 * of many names does not compare each with all.
 */
export function personFinder(people: Iterable<Entity>): (name: string) => Entity | null {
  const byEnding = new Map<string, Entity>();
  const seen = new Set<Entity>();
  for (const e of people) {
    if (seen.has(e)) continue;
    seen.add(e);
    let start = e.name.length;
    for (let words = 0; words < MAX_ENDING_WORDS && start > 0; words++) {
      start = e.name.lastIndexOf(' ', start - 1) + 1;
      const ending = e.name.slice(start);
      if (!byEnding.has(ending)) byEnding.set(ending, e);
      start--; // onto the space before this ending (or -1 at the start of the name)
    }
  }
  return (name) => byEnding.get(name) ?? null;
}

/**
 * Capitalised words right before a speech verb at the start of a sentence ("McLenney said",
 * "Wines believes"), that no entity mention covers: people the recogniser missed, as
 * mentions of their own. `cue` matches a speech verb at the start of a string.
 */
export function unrecognisedSpeakers(
  text: string, masked: string, covered: (start: number, end: number) => boolean, cue: RegExp,
): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  for (const { start, end } of sentenceInitialNames(masked)) {
    const name = masked.slice(start, end);
    if (NOT_NAMES.test(name.split(/\s+/)[0]) || /[’']s$/.test(name) || covered(start, end)) continue;
    if (!cue.test(masked.slice(end + 1, end + 40))) continue;
    out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}

const SPACES = /\s+/g;
const SPACES_AT = /\s+/y;
const WORD_AT = /\p{Lu}[\p{L}'’-]+/uy;
const LOWER_AT = /\p{Ll}/uy;

/** End of the match of `re` (sticky) at `i` in `s`, or -1. */
function endAt(re: RegExp, s: string, i: number): number {
  re.lastIndex = i;
  return re.test(s) ? re.lastIndex : -1;
}

/**
 * One to three capitalised words at `start` followed by spaces and a lower-case letter
 * ("Wines believes"): the end of the words and the index of that letter, or null. The most
 * words that are so followed, as the greedy `(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s+(?=\p{Ll})` takes.
 */
function capitalisedRunAt(s: string, start: number): { end: number; next: number } | null {
  let end = endAt(WORD_AT, s, start);
  if (end < 0) return null;
  const ends = [end];
  while (ends.length < 3) {
    const word = endAt(SPACES_AT, s, end);
    const next = word < 0 ? -1 : endAt(WORD_AT, s, word);
    if (next < 0) break;
    ends.push((end = next));
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const next = endAt(SPACES_AT, s, ends[k]);
    if (next >= 0 && endAt(LOWER_AT, s, next) >= 0) return { end: ends[k], next };
  }
  return null;
}

/**
 * The spans of one to three capitalised words that open the text, a line or a sentence (after
 * ".", "!" or "?" and a space) and are followed by a lower-case word: the matches, in order,
 * of the global `/(?:^|[.!?]\s+|\n\s*)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?=\p{Ll})/gu`
 * (group 1), found by a walk over the runs of spaces: that pattern retried `\n\s*` from every
 * newline of a long run of them, quadratic on a text of blank lines.
 */
export function sentenceInitialNames(s: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  // Where the previous match ended (a lower-case letter): matches do not overlap.
  let from = 0;
  const tryAt = (start: number): void => {
    if (start < from) return;
    const m = capitalisedRunAt(s, start);
    if (!m) return;
    out.push({ start, end: m.end });
    from = m.next;
  };
  tryAt(0);
  SPACES.lastIndex = 0;
  for (let m = SPACES.exec(s); m; m = SPACES.exec(s)) {
    const w = m.index;
    const start = w + m[0].length;
    if (start >= s.length) break;
    if ((w > 0 && (s[w - 1] === '.' || s[w - 1] === '!' || s[w - 1] === '?')) || m[0].includes('\n')) tryAt(start);
  }
  return out;
}
