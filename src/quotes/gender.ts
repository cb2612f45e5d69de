/**
 * The grammatical gender of each person in a document, for resolving "he said" / "she
 * said". Evidence, strongest first: an honorific before a mention ("Mr. Obama", "Ms.
 * Moore"); a gendered word in apposition ("Ivanka Trump, the nominee's eldest daughter");
 * the first name (text/gender.ts); and which pronoun follows the person's mentions in the
 * same or the next sentence. Unknown when the evidence is missing or split.
 */
import { Entity } from '../types';
import { firstNameGender, Gender } from '../text/gender';

interface Located {
  start: number;
  end: number;
  entity: Entity;
}

const MALE_TITLES = /\b(?:Mr|Sir|Lord|King|Prince|Father)\.?\s*$/;
const FEMALE_TITLES = /\b(?:Mrs|Ms|Miss|Madam|Dame|Lady|Queen|Princess|Sister)\.?\s*$/;
const MALE_NOUNS = /^,?\s+(?:\S+\s+){0,5}?(?:husband|father|son|brother|uncle|nephew|grandfather|spokesman|chairman|congressman|businessman|boyfriend|widower)\b/i;
const FEMALE_NOUNS = /^,?\s+(?:\S+\s+){0,5}?(?:wife|mother|daughter|sister|aunt|niece|grandmother|spokeswoman|chairwoman|congresswoman|businesswoman|girlfriend|widow|actress|woman)\b/i;
const SAID_PRONOUN = /^,?\s+(?:\S+\s+){0,2}?(?:said|says|told|added|argued|insisted|explained|noted|wrote|tweeted|believes|thinks|thought)\s+(?:\S+\s+)?(?:that\s+)?(?:(he)|(she))\b/;
/** Pronouns that usually point back at the subject; "him" and "her" are often someone else. */
const SUBJECT_PRONOUN = /\b(?:(he|his|himself)|(she|hers|herself))\b/i;

/** How far after a mention its pronoun may come (about a sentence). */
const NEXT_PRONOUN_WINDOW = 200;

/**
 * Votes per person. `people` are person mentions sorted by start; `masked` is the text with
 * quotations blanked (a pronoun inside a quote says nothing about who is near it).
 */
export function personGenders(text: string, masked: string, people: readonly Located[]): Map<Entity, Gender> {
  const votes = new Map<Entity, number>(); // > 0 male, < 0 female
  const vote = (e: Entity, g: Gender, weight: number): void => {
    votes.set(e, (votes.get(e) ?? 0) + (g === 'male' ? weight : -weight));
  };
  for (const e of new Set(people.map((p) => p.entity))) {
    const g = firstNameGender(e.name);
    if (g) vote(e, g, 2);
  }
  people.forEach((p, i) => {
    const before = text.slice(Math.max(0, p.start - 12), p.start);
    if (MALE_TITLES.test(before)) vote(p.entity, 'male', 4);
    if (FEMALE_TITLES.test(before)) vote(p.entity, 'female', 4);
    // After a name someone speaks, the words are the speaker's, and the next pronoun outside
    // the quote is about the speaker's subject: "There's no one better than Joss to adapt the
    // legendary Wonder Woman …," said Silver. Only the title counts there.
    if (masked[p.start] !== text[p.start]) return;
    const after = text.slice(p.end, p.end + 80);
    if (MALE_NOUNS.test(after)) vote(p.entity, 'male', 3);
    if (FEMALE_NOUNS.test(after)) vote(p.entity, 'female', 3);
    // "Clinton said she …": the pronoun right after the person's own cue.
    const said = SAID_PRONOUN.exec(after);
    if (said) vote(p.entity, said[1] ? 'male' : 'female', 3);
    // The next pronoun, when no other person comes first and it is within a sentence or so.
    const limit = Math.min(people[i + 1]?.start ?? masked.length, p.end + NEXT_PRONOUN_WINDOW);
    const m = SUBJECT_PRONOUN.exec(masked.slice(p.end, limit));
    if (m) vote(p.entity, m[1] ? 'male' : 'female', 1);
  });
  const out = new Map<Entity, Gender>();
  for (const [e, v] of votes) if (v !== 0) out.set(e, v > 0 ? 'male' : 'female');
  return out;
}
