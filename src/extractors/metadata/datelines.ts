/**
 * Dateline parsing for the start of a first body paragraph:
 *   "NEW DELHI, Jan 17 (Reuters) -", "WASHINGTON (AP) —", "Paris (AFP) -",
 *   "COMMACK, N.Y., Feb 26 -", "New York, Feb 26 -", "AMSTERDAM, 2 March -",
 *   "KANSAS CITY, Mo. - March 13 -", "WINSTON-SALEM, N.C., March 3 -",
 *   "WASHINGTON, March 12, Reuter -", "****RIO DE JANEIRO, March 5 -".
 * The head is cut at the first dash (-, --, –, —) followed by white space or the end;
 * hyphens inside names are kept. A dateline needs a place made of capitalised words and
 * a date or an agency; a place alone is accepted in capitals ("WOODBRIDGE, N.J. -"), or in
 * mixed case when a state or country follows its comma ("New York, NY –", see
 * src/profiles/regions.ts). Press releases name their wire service after the date
 * ("NEW YORK, July 2, 2018 /PRNewswire/ --") or glued between dashes
 * ("SAN FRANCISCO--(BUSINESS WIRE)--").
 */
import { agencyName } from '../../profiles/agencies';
import { isRegionName } from '../../profiles/regions';

export interface ParsedDateline {
  place: string | null;
  date: string | null;
  /** Canonical agency name when known ("Reuters"), else the parenthesised text. */
  agency: string | null;
  /** Whether `agency` is a known news agency. */
  agencyKnown: boolean;
  /** Offsets of the agency as written, relative to the text. */
  agencyStart: number;
  agencyEnd: number;
  /** End of the dateline (just past its dash), relative to the text. */
  end: number;
}

// A dash followed by white space or the end; or, after white space, glued to the body's
// first word ("NEW YORK, March 2 -The New York Mercantile Exchange").
const DASH = /(?:-{1,3}|[–—―])(?=\s|$)|(?<=\s)(?:-{1,3}|[–—―])(?=[\p{Lu}"“])/gu;
const MAX_HEAD = 80;
const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];
const PLACE_PARTICLES = new Set(['de', 'del', 'da', 'do', 'dos', 'of', 'la', 'le', 'les', 'el', 'es', 'al', 'am', 'an', 'der', 'sur', 'upon', 'on']);

function editDistance(a: string, b: string): number {
  const d: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}

/** A month name or abbreviation, allowing one typo in wire copy ("Marchg", "Narch", "Mach"). */
export function isMonthWord(word: string): boolean {
  const w = word.replace(/\.$/, '').toLowerCase();
  if (!/^[a-z]{3,10}$/.test(w)) return false;
  if (MONTHS.includes(w)) return true;
  return w.length >= 4 && MONTHS.some((m) => m.length >= 5 && editDistance(w, m) <= 1);
}

const DATE_AT_END = /(?:^|,\s*|\s+)((\p{L}+\.?)\s+(\d{1,2})(?:,\s*\d{4})?|(\d{1,2})\s+(\p{L}+\.?)(?:\s+\d{4})?)$/u;
const DATE_AFTER_DASH = /^\s*((\p{L}+\.?)\s+\d{1,2})\s*(?:-{1,3}|[–—―])(?=\s|$)/u;

/**
 * A place: capitalised words (particles allowed), e.g. "WINSTON-SALEM, N.C.",
 * "OAKLAND , N.J.", "COEUR D'ALENE, Idaho". With a date after it, one lower-case word is
 * tolerated in a short place ("New york", "La paz").
 */
function validPlace(place: string, dated: boolean): boolean {
  const words = place.split(/\s+/).filter((w) => w && w !== ',');
  if (words.length === 0 || words.length > 8 || !/^\p{Lu}/u.test(words[0])) return false;
  let lower = 0;
  for (const w of words) {
    const bare = w.replace(/[,.]+$/, '');
    if (PLACE_PARTICLES.has(bare)) continue;
    if (/^\p{Lu}[\p{L}\p{M}.'’\-/}&,]*$/u.test(w)) continue;
    if (/^\p{Ll}[\p{L}\p{M}.'’\-,]*$/u.test(w)) lower++;
    else return false;
  }
  return lower === 0 || (dated && lower === 1 && words.length <= 3);
}

/**
 * The place's name (before any comma: "WOODBRIDGE, N.J.") is in capitals, every word of it:
 * "DJ Norman Cook - aka Fatboy Slim - has said" is a sentence, not a dateline.
 */
function isCapitals(place: string): boolean {
  const name = place.split(',')[0].trim().split(/\s+/);
  return name.every((w) => /^\p{Lu}[\p{Lu}.'’\-/}&]+$/u.test(w) || PLACE_PARTICLES.has(w.toLowerCase()));
}

/**
 * A press wire between dashes glued to the place, "SAN FRANCISCO--(BUSINESS WIRE)--Acme":
 * the head through ")" and the end of the dateline (past the second "--").
 */
function gluedWire(text: string): { head: string; end: number } | null {
  const open = text.indexOf('--(');
  if (open < 1 || open > MAX_HEAD) return null;
  const close = text.indexOf(')--', open + 3);
  if (close < 0 || close - open > 43 || /[()\n]/.test(text.slice(0, open)) || !agencyName(text.slice(open + 3, close))) return null;
  return { head: text.slice(0, close + 1), end: close + 3 };
}

/**
 * A press wire between slashes at the end of the head, after white space: "July 2, 2018
 * /PRNewswire/" or "/PRNewswire-FirstCall/" (the service's name before any hyphen).
 */
function slashedWire(head: string): { name: string; start: number; length: number } | null {
  if (!head.endsWith('/')) return null;
  const open = head.lastIndexOf('/', head.length - 2);
  if (open < 1 || !/\s/.test(head.charAt(open - 1))) return null;
  const inside = head.slice(open + 1, head.length - 1);
  const hyphen = inside.indexOf('-');
  const written = hyphen > 0 ? inside.slice(0, hyphen) : inside;
  const name = written.length <= 30 ? agencyName(written) : null;
  return name ? { name, start: open + 1, length: written.length } : null;
}

/**
 * "New York, NY –", "Austin, Texas —": a place in mixed case whose second part, after its
 * one comma, is a state or country, with the story going on in a capital letter, a digit or
 * a quotation mark after the dash.
 */
function withRegion(place: string, rest: string): boolean {
  const parts = place.split(',');
  return parts.length === 2 && isRegionName(parts[1]) && /^\s*[\p{Lu}\d"“‘']/u.test(rest);
}

export function parseDateline(text: string): ParsedDateline | null {
  const lead = /^\*+/.exec(text)?.[0].length ?? 0;
  let head: string;
  let end: number;
  const glued = gluedWire(text);
  if (glued) {
    head = glued.head.slice(lead);
    end = glued.end;
  } else {
    DASH.lastIndex = 0;
    const dash = DASH.exec(text);
    if (!dash || dash.index > MAX_HEAD) return null;
    end = dash.index + dash[0].length;
    head = text.slice(lead, dash.index).replace(/\s+$/, '');
  }
  let agency: string | null = null;
  let agencyKnown = false;
  let agencyStart = -1;
  let agencyEnd = -1;
  // "(Reuters)", "(AP)", "/PRNewswire/" or ", Reuter" at the end of the head.
  const slashed = slashedWire(head);
  const paren = /\s*\(([^()]{1,40})\)$/.exec(head);
  if (slashed) {
    agency = slashed.name;
    agencyKnown = true;
    agencyStart = lead + slashed.start;
    agencyEnd = agencyStart + slashed.length;
    head = head.slice(0, slashed.start - 1);
  } else if (paren && /^\p{Lu}/u.test(paren[1]) && paren[1].split(/\s+/).length <= 4) {
    const known = agencyName(paren[1]);
    agency = known ?? paren[1].trim();
    agencyKnown = known !== null;
    agencyStart = lead + paren.index + paren[0].indexOf('(') + 1;
    agencyEnd = agencyStart + paren[1].length;
    head = head.slice(0, paren.index);
  } else {
    const trailing = /,\s*(Reuters?)$/i.exec(head);
    if (trailing) {
      agency = 'Reuters';
      agencyKnown = true;
      agencyStart = lead + trailing.index + trailing[0].indexOf(trailing[1]);
      agencyEnd = agencyStart + trailing[1].length;
      head = head.slice(0, trailing.index);
    }
  }
  head = head.trimEnd();
  if (glued && head.endsWith('--')) head = head.slice(0, -2);
  head = head.replace(/\s*,\s*$/, '');
  let date: string | null = null;
  const dm = DATE_AT_END.exec(head);
  if (dm && isMonthWord(dm[2] ?? dm[5])) {
    date = dm[1];
    head = head.slice(0, dm.index);
  }
  const place = head.replace(/\s*,\s*$/, '').replace(/\s+/g, ' ').trim();
  if (place && !validPlace(place, date !== null)) return null;
  if (!place && !date) return null;
  if (date === null && place && isCapitals(place)) {
    // "KANSAS CITY, Mo. - March 13 -": the date after the first dash.
    const after = DATE_AFTER_DASH.exec(text.slice(end));
    if (after && isMonthWord(after[2])) {
      date = after[1];
      end += after[0].length;
    }
  }
  if (date === null && agency === null && !isCapitals(place) && !withRegion(place, text.slice(end))) return null;
  return { place: place || null, date, agency, agencyKnown, agencyStart, agencyEnd, end };
}
