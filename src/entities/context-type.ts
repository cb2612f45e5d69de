/**
 * A mention's type as its words around it tell: "Ukraine's Donbas region" is a place
 * whatever the tagger said, and "Lord Browne" a person. Only cues that are near-certain are used.
 */
import { EntityType } from '../types';
import { Mention } from './merge';

const PLACE_NOUN = /^[\s'’s]*(?:region|province|state|city|district|county|valley|oblast|prefecture|governorate|peninsula|island|islands|river|mountains|border|capital|village|town|suburb|neighbourhood|neighborhood)\b/;
/**
 * A title only a person bears, then one to three capitalised words: "Lord Browne", "Mr Smith",
 * "Dame Judi Dench"; not an office ("Lord Chief Justice", "Lord Mayor"). "Miss" is left out:
 * "Miss Universe" is a contest.
 */
const TITLED_NAME = /^(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Baroness)\.?\s+(?!(?:Chief|Justices?|Chancellor|Mayor|Provost|President|Speaker|Advocate|Lieutenant|Chamberlain|Privy|High)\b)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u;
/** The same title right before the mention. */
const TITLE_BEFORE = /(?:^|[\s("“‘'])(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Baroness)\.?\s+$/;

export function contextualType(text: string, m: Mention): EntityType {
  if (m.type !== 'LOCATION' && m.type !== 'PERSON' && PLACE_NOUN.test(text.slice(m.end, m.end + 24))) return 'LOCATION';
  if (m.type !== 'PERSON' && (TITLED_NAME.test(m.text) || (/^\p{Lu}/u.test(m.text) && TITLE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))))) return 'PERSON';
  return m.type;
}
