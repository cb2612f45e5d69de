/**
 * Byline parsing: a byline line's text → person names and agencies, each with offsets
 * into that text. Names keep the case they are written in. Roles ("Staff Writer",
 * "AP Auto Writer"), desks ("Staff Reports"), affiliations ("CNN Business"), dates and
 * contact details are never glued to a name: parsing stops at them.
 */
import { agencyPrefix } from '../../profiles/agencies';
import { lastWords } from '../../nlp/white-space';

export interface NameSpan {
  name: string;
  start: number;
  end: number;
}

export interface Byline {
  /** "By", "Reported by:", … was present. */
  labelled: boolean;
  names: NameSpan[];
  agencies: NameSpan[];
  /** A role or affiliation followed the names ("Staff Writer", "AP Auto Writer"). */
  role: boolean;
  /** Where the byline proper ends in the text (a date or other tail may follow). */
  end: number;
}

interface Tok {
  text: string;
  start: number;
  end: number;
  /** 'glued': text w3m ran into the name ("GarberFOXBusiness", "GuzmanView More Articles"). */
  kind: 'word' | 'num' | 'punct' | 'other' | 'glued';
}

const TOKEN = /([\w.+-]+@[\w-]+(?:\.[\w-]+)+)|(\p{L}[\p{L}\p{M}'’-]*\.?)|(\d\S*)|([,;&|/•·@():]|[-–—]{1,3})|(\S+?(?=[\s,;|]|$))/gu;
/** A name word with page text glued to it: "Garber|FOXBusiness", "Guzman|View". */
const GLUED = /^(\p{Lu}\p{Ll}+)(\p{Lu}.*)$/u;

function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    let word = m[0];
    if (m[1] !== undefined) {
      out.push({ text: word, start, end: start + word.length, kind: 'other' }); // an e-mail address
      continue;
    }
    if (m[2] !== undefined) {
      const glued = GLUED.exec(word);
      if (glued && !isNameWord({ text: word, start, end: 0, kind: 'word' }) && glued[1].length >= 2) {
        const cut = start + glued[1].length;
        out.push({ text: glued[1], start, end: cut, kind: 'word' });
        out.push({ text: word.slice(glued[1].length), start: cut, end: start + word.length, kind: 'glued' });
        continue;
      }
      // Keep the period only on initials and abbreviations ("J.", "Jr.", "N.Y.").
      if (word.endsWith('.') && !/^(?:\p{Lu}|\p{Lu}\.\p{Lu}|Jr|Sr|St|Dr|Mr|Mrs|Ms)\.$/u.test(word) && !/^(?:\p{L}\.)+$/u.test(word)) {
        out.push({ text: word.slice(0, -1), start, end: start + word.length - 1, kind: 'word' });
        out.push({ text: '.', start: start + word.length - 1, end: start + word.length, kind: 'punct' });
        continue;
      }
      out.push({ text: word, start, end: start + word.length, kind: 'word' });
    } else if (m[3] !== undefined) {
      out.push({ text: word, start, end: start + word.length, kind: 'num' });
    } else if (m[4] !== undefined) {
      out.push({ text: word, start, end: start + word.length, kind: 'punct' });
    } else {
      word = m[0];
      out.push({ text: word, start, end: start + word.length, kind: 'other' });
    }
  }
  return out;
}

const LABEL = /^(?:(?:(?:reported|written|compiled|edited|words|story|text|analysis|photos?\s+and\s+text|posted)\s+by|by)\s*:?\s+|(?:text|texto|текст|автор|author)\s*:\s*)/iu;
const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'du', 'bin', 'binti', 'al', 'ibn', 'y', 'dos', 'das', 'do', 'ten', 'ter', 'st']);
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV|JR\.?|SR\.?)$/;
/** Words that make a would-be name a desk or organisation ("Staff Reports", "JERUSALEM POST STAFF"). */
const DESK = new Set([
  'staff', 'reports', 'desk', 'team', 'news', 'bureau', 'editors', 'editorial', 'board', 'writers',
  'correspondents', 'reporters', 'contributors', 'service', 'wire', 'wires', 'agency', 'agencies', 'press',
  'media', 'online', 'digital', 'newsroom', 'admin', 'network', 'company', 'inc', 'corp', 'ltd', 'group',
  'the', 'international',
]);
/** Words that end a name: roles, stamp labels, weekdays, page furniture ("John Smith Updated …"). */
const STOP = new Set([
  'reporter', 'editor', 'writer', 'correspondent', 'contributor', 'columnist', 'producer', 'analyst', 'chief',
  'senior', 'associate', 'special', 'business', 'contributing', 'guest', 'opinion',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'updated', 'published', 'posted', 'modified', 'last', 'first', 'share', 'comments', 'comment', 'follow',
  'email', 'twitter', 'facebook', 'about', 'more', 'from', 'photo', 'photos', 'video', 'image', 'images',
  'getty', 'courtesy', 'via', 'credit', 'sponsored',
]);
/** A month name, which ends a name only when a day number follows ("Jan Smith" is a name). */
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\.?$/i;
const ROLE_WORDS = /^(?:staff|writer|writers|reporter|correspondent|contributor|columnist|editor|producer|analyst|critic|bureau|chief|special|for|senior|associate|contributing|deputy|political|business|science|health|sports|tech|technology|economics|markets|auto|legal|white|house|national|foreign|diplomatic|investigative|freelance|guest|intern|fellow|news|security|military|medical|religion|education|entertainment|environment|energy|travel|courts|crime|finance|global|international|world|video|digital|breaking|enterprise|features|general|assignment|photographer|multimedia|statehouse|capitol)$/i;
const STAMP_WORD = /^(?:updated|published|posted|modified|last|first)$/i;

/** A capitalised name word: "Patti", "D'Afflisio", "McCune", "Chien-kuo", "TED", "J.", "O'Neill". */
function isNameWord(t: Tok): boolean {
  if (t.kind !== 'word') return false;
  const w = t.text;
  if (!/^\p{Lu}/u.test(w)) return false;
  if (/^\p{Lu}\.$/u.test(w) || /^(?:\p{Lu}\.)+$/u.test(w)) return true; // initials
  if (/\./.test(w)) return false;
  if (/^\p{Lu}[\p{Lu}'’-]*$/u.test(w)) return w.length >= 2 || w === 'I';
  // Mixed case: each part ("O'Neill", "Chien-kuo") capitalised then lower case; internal
  // capitals only after Mc/Mac/De/Di/La/Le/Van/Von/Fitz ("McCune", "MacKenzie").
  const parts = w.split(/['’-]/);
  return parts.every((part, k) => {
    const core = part.replace(/^(?:Mc|Mac|De|Di|La|Le|Van|Von|Fitz)(?=\p{Lu})/u, '');
    return k === 0 ? /^\p{Lu}[\p{Ll}\p{M}]*$/u.test(core) : /^\p{L}[\p{Ll}\p{M}]*$/u.test(core);
  });
}

/**
 * A person name starting at token i: 2–5 words, capitalised (particles allowed inside),
 * not ending in an initial, no desk/role/month words, no acronym among mixed-case words.
 * Returns the index after the name, or -1.
 */
function nameAt(toks: Tok[], i: number): number {
  let j = i;
  let caps = 0;
  let last = -1;
  while (j < toks.length && j - i < 6) {
    const t = toks[j];
    if (t.text === 'AND') break; // "STEPHEN JUKES AND PHILIP SHEHADI"
    if (isNameWord(t)) {
      const lower = t.text.toLowerCase().replace(/\.$/, '');
      if (DESK.has(lower)) return -1;
      // A role, stamp or date word ends the name ("John Smith Updated …"); it may not start one.
      if (STOP.has(lower)) break;
      if (MONTH.test(t.text) && toks[j + 1]?.kind === 'num') break;
      caps++;
      last = j;
      j++;
    } else if (t.kind === 'word' && PARTICLES.has(t.text) && caps > 0) {
      j++;
    } else if (t.kind === 'word' && SUFFIX.test(t.text) && caps >= 2) {
      last = j;
      j++;
      break;
    } else break;
  }
  if (last < 0) return -1;
  const words = toks.slice(i, last + 1).filter((t) => t.kind === 'word');
  if (caps < 2 || words.length > 5) return -1;
  const lastWord = toks[last].text;
  if (/^\p{Lu}\.$/u.test(lastWord)) return -1;
  const mixed = words.some((t) => /\p{Ll}/u.test(t.text) && !PARTICLES.has(t.text));
  if (mixed && words.some((t) => /^\p{Lu}{2,}$/u.test(t.text))) return -1; // "CNN Business"
  return last + 1;
}

/** A name's span, its words one space apart: "Dipaneeta\u00a0Das" (a page's &nbsp;) is "Dipaneeta Das". */
function spanOf(text: string, toks: Tok[], i: number, j: number): NameSpan {
  const start = toks[i].start;
  const end = toks[j - 1].end;
  return { name: text.slice(start, end).replace(/\s+/g, ' '), start, end };
}

/** An agency at token i ("Reuters", "Reuter", "Associated Press", "AP"): [span, next index]. */
function agencyAt(text: string, toks: Tok[], i: number): [NameSpan, number] | null {
  if (i >= toks.length) return null;
  const hit = agencyPrefix(text.slice(toks[i].start)) ?? titleCaseAgency(text.slice(toks[i].start));
  if (!hit) return null;
  const endPos = toks[i].start + hit.length;
  let j = i;
  while (j < toks.length && toks[j].end <= endPos) j++;
  return [{ name: hit.name, start: toks[i].start, end: endPos }, j];
}

const SEP_LIST = new Set([',', ';', '&', 'and', 'AND', 'And']);
const SEP_TAIL = new Set(['|', '-', '--', '–', '—', '/', '•', '·', ':', '(']);

/**
 * How many of the tokens [i, j) of a name are the name: half of them when it is written twice
 * in a row, as a dump prints a picture's alt text before the name ("Pamela Wilson Pamela
 * Wilson"), else all.
 */
function writtenOnce(toks: readonly { text: string }[], i: number, j: number): number {
  const n = j - i;
  if (n < 4 || n % 2 !== 0) return n;
  for (let k = 0; k < n / 2; k++) if (toks[i + k].text !== toks[i + n / 2 + k].text) return n;
  return n / 2;
}

/**
 * Parse a candidate byline. Returns null unless the text is a byline: "By"-labelled with
 * at least one name, or unlabelled names followed by an agency or a role
 * ("X and Y, Associated Press", "TOM KRISHER, AP Auto Writer").
 */
export function parseByline(text: string): Byline | null {
  const label = LABEL.exec(text);
  const offset = label ? label[0].length : 0;
  const toks = tokenize(text.slice(offset)).map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
  const result: Byline = { labelled: !!label, names: [], agencies: [], role: false, end: offset };
  let i = 0;
  let expectName = true;
  let clean = true; // stopped at the end or at an acceptable tail
  while (i < toks.length) {
    const t = toks[i];
    if (expectName) {
      const ag = agencyAt(text, toks, i);
      if (ag && (ag[1] >= toks.length || toks[ag[1]].kind === 'punct' || ROLE_WORDS.test(toks[ag[1]].text))) {
        result.agencies.push(ag[0]);
        result.end = ag[0].end;
        i = ag[1];
        if (i < toks.length && ROLE_WORDS.test(toks[i].text)) { result.role = true; break; }
        expectName = false;
        continue;
      }
      if (result.names.length > 0 || result.agencies.length > 0) {
        if (ROLE_WORDS.test(t.text)) {
          result.role = true; // "Staff Writer" ends the byline
          break;
        }
        if (result.labelled && t.kind === 'word' && /^\p{Lu}/u.test(t.text) && nameAt(toks, i) < 0 && !isTail(toks, i)) {
          break; // an affiliation ("CNN Business") ends a "By" line
        }
      }
      let j = nameAt(toks, i);
      if (j < 0) { clean = result.names.length > 0 && isTail(toks, i); break; }
      // A role written after the name without a comma, its first word capitalised: "By Dan
      // Sabbagh Defence and security editor", "Larry Elliott Economics editor".
      const role = result.labelled ? roleInName(text, toks, i, j) : -1;
      if (role > 0) j = role;
      result.names.push(spanOf(text, toks, i, i + writtenOnce(toks, i, j)));
      result.end = toks[j - 1].end;
      i = j;
      if (role > 0) {
        result.role = true;
        break;
      }
      expectName = false;
      continue;
    }
    // After a name or agency: a list separator, or a tail.
    if (SEP_LIST.has(t.text)) {
      i++;
      if (i < toks.length && toks[i].text === 'and') i++; // ", and"
      expectName = true;
      continue;
    }
    if (SEP_TAIL.has(t.text)) {
      const ag = agencyAt(text, toks, i + 1);
      if (ag && !(ag[1] < toks.length && toks[ag[1]].kind === 'word' && !ROLE_WORDS.test(toks[ag[1]].text))) {
        result.agencies.push(ag[0]);
        result.end = ag[0].end;
      } else if (i + 1 < toks.length && ROLE_WORDS.test(toks[i + 1].text)) {
        result.role = true;
      }
      break;
    }
    if (result.labelled && ROLE_WORDS.test(t.text) && /^\p{Lu}/u.test(t.text)) {
      result.role = true; // "By Jane Doe Staff Writer"
      break;
    }
    // Where the writer files from: "By Dan Sabbagh in Brussels", "… and Jennifer Rankin in
    // Brussels"; the names go on after the place ("By Ben Quinn in London and …").
    const place = result.labelled ? placeAfterIn(toks, i) : -1;
    if (place > i) {
      i = place;
      continue;
    }
    clean = isTail(toks, i);
    break;
  }
  if (!clean) return null;
  if (result.names.length === 0) return null;
  if (!result.labelled && !unlabelledShape(text, result)) return null;
  return result;
}

/** A beat and a role from a capitalised word on: "Defence and security editor", "Economics editor". */
const BEAT_ROLE = /^\p{Lu}\p{Ll}+(?:\s(?:and\s)?\p{Ll}+){0,3}?\s(?:editor|correspondent|reporter|writer|columnist|commentator|critic|analyst|producer)\b/u;

/**
 * Where a name of three words or more (tokens i..j) runs into a role, the token it starts at:
 * its third word or later is a beat (a role word such as "Economics", or a word before "and")
 * followed by lower-case words and a role word. -1 if not ("John Paul Jones writer" keeps Jones).
 */
function roleInName(text: string, toks: Tok[], i: number, j: number): number {
  for (let k = i + 2; k < j; k++) {
    const beat = ROLE_WORDS.test(toks[k].text) || toks[k + 1]?.text === 'and';
    if (beat && BEAT_ROLE.test(text.slice(toks[k].start, toks[k].start + 80))) return k;
  }
  return -1;
}

/** Words of a place after "in" that a byline may name. */
const MAX_PLACE_WORDS = 3;

/** Past "in Brussels" / "in New York" at token `i` (capitalised words after "in"), or -1. */
function placeAfterIn(toks: Tok[], i: number): number {
  if (toks[i].text !== 'in') return -1;
  let j = i + 1;
  while (j < toks.length && j - i <= MAX_PLACE_WORDS && toks[j].kind === 'word' && /^\p{Lu}/u.test(toks[j].text) && !SEP_LIST.has(toks[j].text)) j++;
  return j > i + 1 ? j : -1;
}

/**
 * Without "By", only "NAMES, Agency [Role words]", "NAMES | Agency" or "NAMES, Role words"
 * is a byline, with nothing else on the line ("TOM KRISHER, AP Auto Writer"); titles such
 * as "ARGENTINA COULD SUSPEND DEBT PAYMENTS - DEPUTY" are not.
 */
function unlabelledShape(text: string, b: Byline): boolean {
  const lastName = b.names[b.names.length - 1];
  if (b.names.some((n) => n.name.split(/\s+/).length > 4)) return false;
  // What follows ", " or " | " after the last name, on the same line (a prefix match and a
  // line-break test: /^\s*[,|]\s*(.*)$/ backtracks quadratically on a long blank run).
  const after = text.slice(lastName.end);
  const sep = /^\s*[,|]\s*/.exec(after);
  if (!sep || /[\n\r\u2028\u2029]/.test(after.slice(sep[0].length))) return false;
  let rest = after.slice(sep[0].length).trim();
  const ag = agencyPrefix(rest) ?? titleCaseAgency(rest);
  if (ag) rest = rest.slice(ag.length).trim();
  else if (rest === '') return false;
  return rest.split(/\s+/).filter(Boolean).every((w) => ROLE_WORDS.test(w) || /^(?:to|of|the)$/.test(w)) &&
    (!!ag || rest.split(/\s+/).some((w) => ROLE_WORDS.test(w)));
}

/**
 * An agency acronym a page's CSS rendered in title case, followed by a role: "Tom Krisher,
 * Ap Auto Writer" (the markup says "AP Auto Writer"). Only with a role after it, so a
 * name such as "Ap" alone is not read as an agency.
 */
function titleCaseAgency(text: string): { name: string; length: number } | null {
  const m = /^(\p{Lu}\p{Ll}{1,3})\s+(\S+)/u.exec(text);
  if (!m || !ROLE_WORDS.test(m[2])) return null;
  const hit = agencyPrefix(m[1].toUpperCase());
  return hit && hit.length === m[1].length ? { name: hit.name, length: m[1].length } : null;
}

/** What may follow a byline's names on the same line: a date, a stamp label, an e-mail. */
function isTail(toks: Tok[], i: number): boolean {
  if (i >= toks.length) return true;
  const t = toks[i];
  return t.kind === 'num' || t.kind === 'glued' || STAMP_WORD.test(t.text) || /@/.test(t.text) || SEP_TAIL.has(t.text) ||
    /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i.test(t.text) ||
    /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$/i.test(t.text);
}

/** A line that only states a role or agency ("Staff Writer", "Associated Press"). */
export function roleLine(text: string): { agency: NameSpan | null } | null {
  const t = text.trim();
  const hit = agencyPrefix(t);
  if (hit && hit.length === t.length) return { agency: { name: hit.name, start: 0, end: hit.length } };
  const words = t.split(/\s+/);
  if (words.length <= 4 && words.some((w) => ROLE_WORDS.test(w) && !/^(?:for|white|house|national)$/i.test(w)) &&
      words.every((w) => /^\p{Lu}/u.test(w) || /^(?:to|of|the|and)$/.test(w))) {
    return { agency: null };
  }
  return null;
}

/** Words that make a would-be name line page furniture ("Hometown Hockey" aside, menus and kickers). */
const NOT_NAME = new Set([
  'home', 'menu', 'search', 'sign', 'subscribe', 'latest', 'popular', 'trending', 'related', 'top', 'breaking',
  'watch', 'live', 'read', 'view', 'next', 'previous', 'print', 'sections', 'newsletter', 'newsletters', 'opinion',
  'stories', 'story', 'articles', 'article', 'world', 'politics', 'sports', 'sport', 'entertainment', 'lifestyle',
  'weather', 'markets', 'market', 'business', 'health', 'science', 'technology', 'tech', 'culture', 'travel', 'food',
  'style', 'video', 'videos', 'podcast', 'podcasts', 'magazine', 'insider', 'times', 'post', 'journal', 'daily',
  'weekly', 'blog', 'tribune', 'herald', 'gazette', 'guardian', 'telegraph', 'review', 'report', 'today', 'tv',
  'contact', 'us', 'privacy', 'policy', 'terms', 'conditions', 'cookie', 'cookies', 'about', 'sitemap', 'advertise',
  'careers', 'help', 'faq', 'login', 'account', 'register', 'shop', 'store', 'jobs', 'events', 'all', 'archive',
  'archives', 'categories', 'category', 'tags', 'comments', 'reviews', 'guide', 'guides', 'deals', 'awards',
]);
const LEAD = /^[\s•·*▪◦●■-]*/u;

/**
 * A line that holds only a byline without "By": one to three person names ("Anna Menin",
 * "STEVE PEOPLES", "Meg Kinnard and Errin Haines"), optionally followed by what pages put
 * beside a name: an @handle or e-mail, glued page text ("Marcus De GuzmanView More
 * Articles"), ", Publication" or ", role" ("Tanza Loudenback, Business Insider", "Tom
 * Gillespie, news reporter"), "|" and a few words, or a date. A leading bullet is skipped.
 * Such a line is a byline only where it stands (beside a stamp, under the headline):
 * callers decide that. Offsets are relative to `text`.
 */
export function nameLine(text: string): Byline | null {
  return namesOnly(text) ?? namesBeforePublication(text);
}

/** The last word of a newspaper's name ("Sioux Falls Argus Leader", "Des Moines Register"). */
const PUBLICATION_END = /^(?:Leader|Times|Post|Journal|Herald|Tribune|Gazette|News|Press|Register|Star|Argus|Sentinel|Chronicle|Courier|Observer|Examiner|Inquirer|Record|Bee|Dispatch|Democrat|Republic|Today|Telegraph|Globe|Citizen|Enquirer|Statesman|Independent|Review|Times-Dispatch)$/;

/**
 * Names followed, with no separator, by the newspaper they write for, as USA TODAY Network
 * pages show them: "Lisa Kaczke and Trevor J. Mitchell Sioux Falls Argus Leader". The
 * longest run of capitalised words (2–5) ending in a newspaper word that leaves names before
 * it is the publication; it is not part of the byline.
 */
export function namesBeforePublication(text: string): Byline | null {
  // The last word first (most lines end in no newspaper word): no list of all the words for them.
  if (!PUBLICATION_END.test(lastWord(text))) return null;
  const words = [...text.matchAll(/\S+/g)];
  if (words.length < 4) return null;
  for (let k = Math.min(5, words.length - 2); k >= 2; k--) {
    const tail = words.slice(words.length - k);
    if (!tail.every((w) => /^\p{Lu}/u.test(w[0]))) continue;
    const head = text.slice(0, tail[0].index).trimEnd();
    const names = namesOnly(head);
    if (names && names.end === head.length && names.names.every((n) => n.name.split(/\s+/).length <= 3)) return names;
  }
  return null;
}

/** The last run of non-white space in `text` (what /\S+/g matches last), or ''. */
function lastWord(text: string): string {
  const [word] = lastWords(text, 1);
  return word ? text.slice(word.start, word.end) : '';
}

function namesOnly(text: string): Byline | null {
  const lead = (LEAD.exec(text) ?? [''])[0].length;
  if (LABEL.test(text.slice(lead))) {
    const b = parseByline(text.slice(lead));
    return b && shift(b, lead);
  }
  const toks = tokenize(text.slice(lead)).map((t) => ({ ...t, start: t.start + lead, end: t.end + lead }));
  const names: NameSpan[] = [];
  const hasAnd = toks.some((t) => t.text === 'and' || t.text === '&' || t.text === 'AND');
  let i = 0;
  for (;;) {
    const j = nameAt(toks, i);
    if (j < 0) return null;
    const words = toks.slice(i, j).filter((t) => t.kind === 'word');
    if (words.length > 4 || words.some((t) => NOT_NAME.has(t.text.toLowerCase()))) return null;
    names.push(spanOf(text, toks, i, i + writtenOnce(toks, i, j)));
    i = j;
    const sep = toks[i]?.text;
    if (sep && (SEP_LIST.has(sep) && (sep !== ',' || hasAnd)) && nameAt(toks, i + 1) > 0) {
      i++;
      if (toks[i]?.text === 'and') i++;
      continue;
    }
    break;
  }
  const result: Byline = { labelled: false, names, agencies: [], role: false, end: names[names.length - 1].end };
  // Capitals alone are a heading or kicker ("KOMENTAR ISIS", "BLACK DEATH FEARS"); a name in
  // capitals needs a role or agency after it ("TOM KRISHER, AP Auto Writer").
  const shouting = names.every((n) => !/\p{Ll}/u.test(n.name));
  if (i >= toks.length) return shouting ? null : result;
  const t = toks[i];
  const rest = toks.slice(i + 1);
  if (shouting && t.text !== ',' && t.text !== '|') return null;
  if (t.kind === 'glued') return rest.length <= 3 ? result : null;
  if (t.text === '@') return rest.length === 1 ? result : null;
  if (t.kind === 'other' && /@/.test(t.text)) return rest.length === 0 ? result : null;
  if (t.kind === 'num' || /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i.test(t.text)) return result;
  if (t.text === ',' || t.text === '|') {
    const words = rest.filter((r) => r.kind !== 'punct');
    const ag = rest.length ? agencyAt(text, toks, i + 1) : null;
    if (ag) result.agencies.push(ag[0]);
    const ok = words.length >= 1 && words.length <= 5 &&
      words.every((w) => w.kind === 'word' && (/^\p{Lu}/u.test(w.text) || ROLE_WORDS.test(w.text) || /^(?:of|the|for|and)$/.test(w.text)));
    if (ok) {
      result.role = words.some((w) => ROLE_WORDS.test(w.text));
      return shouting && !result.role && result.agencies.length === 0 ? null : result;
    }
  }
  return null;
}

const MONTH_OR_DAY = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;

/**
 * One capitalised word as a byline's name ("Catherine", "LinkNaija"): only where the place
 * already marks a byline (after "by", before the date of a blog's meta line), never alone.
 */
export function soleName(text: string): Byline | null {
  const word = text.trim();
  if (!/^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*$/u.test(word) || NOT_NAME.has(word.toLowerCase()) || STOP.has(word.toLowerCase())) return null;
  if (MONTH_OR_DAY.test(word) && word.length <= 9) return null;
  const start = text.indexOf(word);
  return { labelled: false, names: [{ name: word, start, end: start + word.length }], agencies: [], role: false, end: start + word.length };
}

function shift(b: Byline, by: number): Byline {
  const move = (n: NameSpan): NameSpan => ({ ...n, start: n.start + by, end: n.end + by });
  return { ...b, names: b.names.map(move), agencies: b.agencies.map(move), end: b.end + by };
}
