/**
 * A mention's type as its words around it tell: "Ukraine's Donbas region" is a place
 * whatever the tagger said. Only cues that are near-certain are used.
 */
import { EntityType } from '../types';
import { Mention } from './merge';

const PLACE_NOUN = /^[\s'’s]*(?:region|province|state|city|district|county|valley|oblast|prefecture|governorate|peninsula|island|islands|river|mountains|border|capital|village|town|suburb|neighbourhood|neighborhood)\b/;

export function contextualType(text: string, m: Mention): EntityType {
  if (m.type !== 'LOCATION' && m.type !== 'PERSON' && PLACE_NOUN.test(text.slice(m.end, m.end + 24))) return 'LOCATION';
  return m.type;
}
