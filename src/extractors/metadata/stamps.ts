/**
 * Dates in stamp lines: chrono-node does the date parsing; this module only
 * - merges a date and a time chrono returned separately ("Nov 19, 2019 / 9:02 AM EST"),
 * - drops relative expressions ("1 day ago", "today"),
 * - first rewrites what page dumps and other languages do to dates (see `normalise`),
 * - finds the zone abbreviation as written and resolves it through our own table
 *   (src/profiles/timezones.ts) so ambiguous ones can be reported and overridden,
 * - formats ISO 8601 with the stated offset (zero offset written "Z"), seconds always present.
 */
import type * as Chrono from 'chrono-node';
import { monthInEnglish } from '../../profiles/months';
import { zoneAbbreviation, ZoneAbbreviation } from '../../profiles/timezones';

/**
 * chrono-node's strict English parser, made on first use (text without a month name or numeric
 * date never needs it), from the English module only: `require('chrono-node')` loads every
 * locale, about 100 ms more.
 */
let strictChrono: Chrono.Chrono | null = null;
function chrono(): Chrono.Chrono {
  if (strictChrono) return strictChrono;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const en = require('chrono-node/en') as typeof Chrono.en;
  const config = en.configuration.createConfiguration(true);
  config.parsers = config.parsers.filter((p) => !UNUSED_PARSERS.has(p.constructor.name));
  return (strictChrono = new en.Chrono(config));
}

/**
 * The parsers of chrono's strict English set whose results findDatesIn always drops: relative
 * spans ("5 minutes ago", "within 2 days", "3 days later"), never a stamp's written date. Their
 * patterns cost more than half of chrono's first parse in a cold start (regular expressions
 * compiled on first use: 32 of 54 ms on the seed's two stamp lines).
 */
export const UNUSED_PARSERS: ReadonlySet<string> = new Set(['ENTimeUnitWithinFormatParser', 'ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser']);

/** A date (maybe with time and zone) found in a piece of text; offsets relative to it. */
export interface DateHit {
  start: number;
  end: number;
  year: number;
  yearKnown: boolean;
  month: number;
  day: number;
  /** null when the text gives no time of day. */
  hour: number | null;
  minute: number;
  second: number;
  /** The zone abbreviation as written, with its offsets, when it is in our table. */
  zone: { text: string; start: number; end: number; entry: ZoneAbbreviation } | null;
  /** A numeric offset stated in the text (ISO "-05:00", "Z", "GMT+5:30"), in minutes. */
  numericOffset: number | null;
}

const RELATIVE = /\b(?:ago|within|days?|weeks?|today|tonight|yesterday|tomorrow|now|last|next|this|hours?|mins?|minutes?)\b/i;
/** A written date: a month name, or digits like 2019-11-19 / 11/19/19 / 19.11.2019. */
const DATE_SHAPE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/i;
const JOINER = /^[\s,/|@·•\-–—]*(?:at|on)?[\s,/|@·•\-–—]*$/i;
const ZONE_TOKEN = /(?<![\p{L}\p{N}])(?:[A-Z]{2,5}|[A-Z]\.[A-Z]\.)(?![\p{L}])/gu;

interface Piece {
  index: number;
  end: number;
  dayKnown: boolean;
  hourKnown: boolean;
  result: Chrono.ParsedResult;
}

/** One rewrite of the text before chrono reads it; offsets map back through these. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A year with a time glued to it by the page dump: "Nov 15, 20195:45 AM". */
const GLUED_YEAR_TIME = /(?<=\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+)((?:19|20)\d{2})(?=\d{1,2}:\d{2})/gi;
/**
 * A weekday between a date and its time, as archive exports write them: "February 21, 2005
 * Monday 10:30 AM GMT" (LexisNexis). chrono stops at the weekday; it is left out.
 */
const WEEKDAY_BEFORE_TIME = /(?<=\b(?:19|20)\d{2}),?\s(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?(?=\s\d{1,2}[:.]\d{2}\b)/g;
/** A clock time written with a dot after a year: "Mon 18 Nov 2019 18.54 GMT". */
const DOTTED_TIME = /(?<=\b(?:19|20)\d{2},?\s+)(\d{1,2})\.(\d{2})(?=\s*(?:[ap]\.?m\.?|[A-Z]{2,5}\b|$|[,|/]))/gi;

/**
 * What chrono should read: month names in a few other languages become English when they
 * stand in a full date ("11 октября 2018", "Maret 30, 2015", "23 de agosto de 2018"), a
 * year glued to a time gets a space. Returns the text and a map from its offsets back
 * to the original's.
 */
function normalise(text: string): { text: string; back: (i: number) => number } {
  const edits: Edit[] = [];
  for (const m of text.matchAll(GLUED_YEAR_TIME)) edits.push({ start: m.index + m[0].length, end: m.index + m[0].length, text: ' ' });
  for (const m of text.matchAll(DOTTED_TIME)) edits.push({ start: m.index + m[1].length, end: m.index + m[1].length + 1, text: ':' });
  for (const m of text.matchAll(WEEKDAY_BEFORE_TIME)) edits.push({ start: m.index, end: m.index + m[0].length, text: '' });
  edits.push(...foreignMonths(text));
  if (edits.length === 0) return { text, back: (i) => i };
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  // [normalised start, original start, normalised end, original end] of each edit.
  const spans: Array<[number, number, number, number]> = [];
  for (const e of edits) {
    if (e.start < at) continue; // overlapping edits: keep the first
    out += text.slice(at, e.start);
    const ns = out.length;
    out += e.text;
    spans.push([ns, e.start, out.length, e.end]);
    at = e.end;
  }
  out += text.slice(at);
  const back = (i: number): number => {
    let shift = 0;
    for (const [ns, os, ne, oe] of spans) {
      if (i <= ns) break;
      if (i < ne) return i - ns === 0 ? os : oe; // inside a rewritten word: its end
      shift = oe - ne;
    }
    return i + shift;
  };
  return { text: out, back };
}

/** Full dates with a month name in another language, rewritten in English ("11 October 2018"). */
function foreignMonths(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(FOREIGN_DATE)) {
    const english = foreignMonth(m[1] ?? m[5]);
    if (!english) continue;
    const rewritten = m[1] !== undefined ? `${english} ${m[2]}, ${m[3]}` : `${m[4]} ${english} ${m[6]}`;
    edits.push({ start: m.index, end: m.index + m[0].length, text: rewritten });
  }
  return edits;
}

/** A day, month word and year: "Maret 30, 2015", "11 октября 2018", "23 de agosto de 2018", "13. März 2019". */
const FOREIGN_DATE = /(?<![\p{L}\p{N}])(?:(\p{L}{3,})\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})|(\d{1,2})\.?\s+(?:de\s+)?(\p{L}{3,})\.?,?\s+(?:de\s+)?((?:19|20)\d{2}))(?![\p{L}\p{N}])/gu;

/** The English month for a month name in one of the languages of ../../profiles/months.ts. */
function foreignMonth(word: string): string | null {
  const english = monthInEnglish(word);
  if (!english || english.toLowerCase() === word.toLowerCase()) return null;
  return english;
}

/**
 * Longest text searched for dates. Stamps are lines of at most a few hundred characters
 * (dates.ts reads lines up to 220); the bound keeps this module's regular expressions, some
 * quadratic on long blank runs, and chrono's own, off huge metadata strings.
 */
export const MAX_DATE_TEXT = 1000;

/**
 * Dates of texts read lately: the extractors of one document ask about the same line more
 * than once (a fifth of the calls over Reuters). Bounded: cleared when full, and by
 * forgetDates() before each document (the keys are often slices that keep their whole
 * document alive).
 */
const recentDates = new Map<string, readonly DateHit[]>();
const RECENT_DATES_LIMIT = 256;

/** Drop the remembered dates (a new document starts). */
export function forgetDates(): void {
  recentDates.clear();
}

/**
 * All dates chrono's strict (formal, non-casual) parser finds in `text` (none past
 * MAX_DATE_TEXT characters; fresh objects: callers may change them).
 */
export function findDates(original: string): DateHit[] {
  if (original.length > MAX_DATE_TEXT) return [];
  let hits = recentDates.get(original);
  if (hits === undefined) {
    hits = datesOf(original);
    if (recentDates.size >= RECENT_DATES_LIMIT) recentDates.clear();
    recentDates.set(original, hits);
  }
  return hits.map((h) => ({ ...h, zone: h.zone && { ...h.zone } }));
}

function datesOf(original: string): DateHit[] {
  const norm = normalise(original);
  const hits = findDatesIn(norm.text);
  if (norm.text === original) return hits;
  return hits.map((h) => ({
    ...h,
    start: norm.back(h.start),
    end: norm.back(h.end),
    zone: h.zone && { ...h.zone, start: norm.back(h.zone.start), end: norm.back(h.zone.end) },
  }));
}

/**
 * DATE_SHAPE without its word boundaries: text where this finds nothing has no substring that
 * DATE_SHAPE accepts, so chrono's results there would all be dropped and it need not run (most
 * lines the extractors try hold no date).
 */
const MAYBE_DATE = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/i;

function findDatesIn(text: string): DateHit[] {
  if (!MAYBE_DATE.test(text)) return [];
  const pieces: Piece[] = chrono().parse(text, new Date(Date.UTC(2000, 0, 1))).map((r) => ({
    index: r.index,
    end: r.index + r.text.length,
    dayKnown: r.start.isCertain('day'),
    hourKnown: r.start.isCertain('hour'),
    result: r,
  }));
  const hits: DateHit[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (RELATIVE.test(p.result.text) || !p.dayKnown || !DATE_SHAPE.test(p.result.text)) continue;
    let time: Piece | null = null;
    const next = pieces[i + 1];
    if (!p.hourKnown && next && !next.dayKnown && next.hourKnown && JOINER.test(text.slice(p.end, next.index))) {
      time = next;
      i++;
    }
    const date = p.result.start;
    const clock = (time ?? p).result.start;
    const hit: DateHit = {
      start: p.index,
      end: (time ?? p).end,
      year: date.get('year') ?? 0,
      yearKnown: date.isCertain('year'),
      month: date.get('month') ?? 1,
      day: date.get('day') ?? 1,
      hour: time || p.hourKnown ? clock.get('hour') ?? 0 : null,
      minute: time || p.hourKnown ? clock.get('minute') ?? 0 : 0,
      second: time || p.hourKnown ? clock.get('second') ?? 0 : 0,
      zone: null,
      numericOffset: null,
    };
    if (hit.hour !== null) {
      hit.zone = findZone(text, hit.start, hit.end);
      if (hit.zone) hit.end = Math.max(hit.end, hit.zone.end);
      else if (clock.isCertain('timezoneOffset')) hit.numericOffset = clock.get('timezoneOffset') ?? null;
      if (hit.zone && /^(?:GMT|UTC)$/.test(hit.zone.text) && /^[+-]\d/.test(text.slice(hit.zone.end)) && clock.isCertain('timezoneOffset')) {
        // "GMT+5:30": the number is the offset, not GMT itself.
        hit.numericOffset = clock.get('timezoneOffset') ?? null;
        hit.zone = null;
      }
    }
    hits.push(hit);
  }
  return hits;
}

/** A known zone abbreviation inside the hit or right after it ("9:02 AM EST", "(IST)"). */
function findZone(text: string, start: number, end: number): DateHit['zone'] {
  const after = /^[\s(]{0,3}/.exec(text.slice(end)) ?? [''];
  const windowEnd = Math.min(text.length, end + after[0].length + 6);
  ZONE_TOKEN.lastIndex = start;
  for (let m = ZONE_TOKEN.exec(text); m && m.index < windowEnd; m = ZONE_TOKEN.exec(text)) {
    if (m.index >= end && m.index !== end + after[0].length) break;
    const entry = zoneAbbreviation(m[0]);
    if (entry && m[0] !== 'Z') return { text: m[0], start: m.index, end: m.index + m[0].length, entry };
  }
  return null;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Minutes east of UTC written as "+05:30" / "-05:00"; zero is "Z". */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** "+05:30", "-0500", "+5", "Z", "UTC" → minutes; null if not an offset. */
export function parseOffset(text: string): number | null {
  const t = text.trim();
  if (/^(?:Z|UTC|GMT)$/i.test(t)) return 0;
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(t);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (minutes > 14 * 60) return null;
  return m[1] === '-' ? -minutes : minutes;
}

/** Is `zone` an IANA time-zone name this runtime knows? */
export function isIanaZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function offsetAtInstant(zone: string, epochMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(new Date(epochMs));
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  return parseOffset(name.replace(/^GMT/, '') || 'Z') ?? 0;
}

/** The UTC offset (minutes) an IANA zone has at the given wall-clock time there. */
export function ianaOffset(zone: string, y: number, mo: number, d: number, h: number, mi: number, s: number): number {
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  let offset = offsetAtInstant(zone, wall);
  // Re-evaluate at the instant that wall time denotes (matters only near DST changes).
  offset = offsetAtInstant(zone, wall - offset * 60000);
  return offset;
}

/** A zone given by the user (--timezone): a fixed offset or an IANA name. */
export type ZoneOverride = { kind: 'offset'; minutes: number } | { kind: 'iana'; zone: string };

export function parseZoneOverride(text: string | undefined): ZoneOverride | null {
  if (!text) return null;
  const fixed = parseOffset(text);
  if (fixed !== null) return { kind: 'offset', minutes: fixed };
  return isIanaZone(text) ? { kind: 'iana', zone: text } : null;
}

export function overrideOffset(o: ZoneOverride, hit: DateHit): number {
  return o.kind === 'offset'
    ? o.minutes
    : ianaOffset(o.zone, hit.year, hit.month, hit.day, hit.hour ?? 0, hit.minute, hit.second);
}

/**
 * The offset (minutes) of a stamp's time: its zone abbreviation's (`entry`), unless --timezone
 * (`override`) decides, as it does for an ambiguous abbreviation and for none; null when
 * neither gives one. Written stamps (dates.ts) and relative ones (relative.ts) both use it.
 */
export function stampOffset(entry: ZoneAbbreviation | null, override: ZoneOverride | null, hit: DateHit): number | null {
  if (entry && !(entry.ambiguous && override)) return entryOffset(entry, hit);
  return override ? overrideOffset(override, hit) : null;
}

/** The offset (minutes) of a table entry at the hit's date. */
export function entryOffset(entry: ZoneAbbreviation, hit: DateHit): number {
  if (entry.zone) return ianaOffset(entry.zone, hit.year, hit.month, hit.day, hit.hour ?? 0, hit.minute, hit.second);
  return parseOffset(entry.offset ?? 'Z') ?? 0;
}

/** Which stamp a label introduces: "Updated", "Last modified" → updated; anything else → published. */
export function stampKind(label: string): 'published' | 'updated' {
  return /updated|modified/i.test(label) ? 'updated' : 'published';
}

/** "2022-01-17", or "2022-01-17T13:13:00" followed by the offset when one is given. */
export function formatIso(hit: DateHit, offsetMinutes: number | null): string {
  const date = `${pad(hit.year, 4)}-${pad(hit.month)}-${pad(hit.day)}`;
  if (hit.hour === null) return date;
  const time = `${pad(hit.hour)}:${pad(hit.minute)}:${pad(hit.second)}`;
  return `${date}T${time}${offsetMinutes === null ? '' : formatOffset(offsetMinutes)}`;
}
