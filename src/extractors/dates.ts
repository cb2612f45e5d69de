/**
 * Extractor for published/updated timestamps.
 *
 * Only stamps are taken, never dates mentioned in sentences:
 * - labelled stamps: "Updated …", "Last updated: …", "Published …", "Posted …",
 *   "First published on …", "UPDATED: …", at the start of a line or after a separator
 *   ("PUBLISHED: Nov 19, 2019 at 8:59 pm | UPDATED: …", "… / Published 10:02 AM EST …");
 *   the date must follow the label closely and little may follow the date;
 * - unlabelled stamp lines: a short line that holds a full date (with year) and at most a
 *   few other words (an agency, a byline, a weekday): "Nov 19, 2019 / 9:02 AM EST",
 *   "2019-11-19T06:56:43-05:00", "Feb 26, 1987", "By Tess Bonn - 11/19/19 06:56 AM EST".
 *
 * - a stamp line may also stand under a byline in the same paragraph ("By Brigit Katz\n
 *   smithsonian.com\nNovember 18, 2019"); a date before a label is a stamp too ("Mon 18 Nov
 *   2019 18.54 GMT Last modified on …"); bracketed alt text beside a date is ignored, a date
 *   inside a file name ("Screen-Shot-2018-07-02-at-10") is not a stamp.
 *
 * Which is which: "Updated"/"Modified" labels give `updated`; "Published"/"Posted"/"Date"
 * labels give `published`; without a published label the first unlabelled stamp is
 * `published`. Unlabelled stamps never fill `updated`, and `updated` is never copied from
 * `published` (the other way round, a page showing only "Updated …", see ./late-dates.ts). Lines holding a stamp are claimed with role 'stamp'.
 *
 * Time zones: an abbreviation is resolved through src/profiles/timezones.ts; an ambiguous
 * one (IST, BST, CST, …) takes its documented default and adds an `ambiguous-timezone`
 * warning (once per abbreviation), unless `options.timezone` is given, which then replaces
 * it. A numeric offset in the text ("-05:00", "Z") is kept as written.
 *
 * Decision on `options.timezone` and zone-less times: it applies to them too, since a user
 * who says "these pages are in Europe/Dublin" means their clock times as well. Such a value
 * gets the offset but keeps `zoneStated: false` (the text itself stated no zone). Without
 * the option a zone-less time stays naive ("2019-11-19T08:38:00"). A date-only stamp is
 * always "YYYY-MM-DD".
 */
import { Context, Extractor } from '../pipeline/context';
import { agencyName } from '../profiles/agencies';
import { nameLine, parseByline, soleName } from './metadata/names';
import { Timestamp } from '../types';
import { splitCount } from '../nlp/white-space';
import {
  DateHit, findDates, formatIso, formatOffset, parseZoneOverride, stampKind, stampOffset, ZoneOverride,
} from './metadata/stamps';

type Kind = 'published' | 'updated';

interface Candidate {
  kind: Kind | null;
  line: number;
  /** Offsets in the input: label (if any) through date and zone. */
  start: number;
  end: number;
  hit: DateHit;
  /** Offset of the hit's text in the input. */
  base: number;
}

/** Labels and what they mean. Longest first so "Last updated" wins over "updated". */
const LABEL = /(?:last\s+)?(?:updated|modified)|(?:first\s+|originally\s+)?(?:published|posted)|date(?:d)?|pub(?:lished)?\s+date/giy;
/** Every label holds one of these words: a line with none has no label (and is skipped fast). */
const LABEL_WORD = /updated|modified|published|posted|date/i;
const LABEL_TAIL = /(?:\s+(?:on|at))?\s*:?\s*/y;
const SEPARATOR_BEFORE = /(?:^|[|/•·;,\-–—]\s*|\s{2,}|[.)]\s+)$/;
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?$/i;
const MAX_STAMP_LINE = 220;
const MAX_PREFIX = 25;

/** Labelled stamps in one line. */
function labelled(lineIndex: number, text: string, base: number): Candidate[] {
  if (!LABEL_WORD.test(text)) return [];
  const labels: Array<{ start: number; end: number; kind: Kind }> = [];
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1])) continue;
    LABEL.lastIndex = i;
    const m = LABEL.exec(text);
    if (!m) continue;
    const after = text.charAt(i + m[0].length);
    if (after && /[\p{L}\p{N}]/u.test(after)) continue;
    // At line start, or after a separator; a later label on a line that began with one
    // may follow plain space ("Published: … p.m. Updated: … p.m.").
    const before = text.slice(0, i);
    const ok = i === 0 || SEPARATOR_BEFORE.test(before) || (labels.length > 0 && /\s$/.test(before)) ||
      // After a date: "Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT".
      (/\s$/.test(before) && findDates(before).some((h) => h.yearKnown && h.end >= before.trimEnd().length)) ||
      // After a short byline: "By John Smith Updated Jan 5, 2020" (capitalised label only).
      (/^\p{Lu}/u.test(m[0]) && /\s$/.test(before) && !/\d/.test(before) && before.trim().split(/\s+/).length <= 8);
    if (!ok) continue;
    LABEL_TAIL.lastIndex = i + m[0].length;
    const tail = LABEL_TAIL.exec(text);
    labels.push({ start: i, end: i + m[0].length + (tail ? tail[0].length : 0), kind: stampKind(m[0]) });
    i += m[0].length - 1;
  }
  const out: Candidate[] = [];
  labels.forEach((label, k) => {
    const segEnd = k + 1 < labels.length ? labels[k + 1].start : text.length;
    const segment = text.slice(label.end, segEnd);
    const hit = findDates(segment)[0];
    if (!hit || hit.start > MAX_PREFIX) return;
    const rest = segment.slice(hit.end);
    // After the date: nothing, a separator, or a few words ("| Source: Moneycontrol.com").
    if (!/^\s*(?:$|[|/•·;,\-–—(])/.test(rest) && rest.trim().split(/\s+/).length > 4) return;
    out.push({
      kind: label.kind, line: lineIndex, start: base + label.start, end: base + label.end + hit.end,
      hit, base: base + label.end,
    });
  });
  return out;
}

/** An unlabelled stamp line: one full date plus at most a few short words. */
function unlabelled(lineIndex: number, text: string, base: number): Candidate | null {
  const hits = findDates(text);
  if (hits.length !== 1 || !hits[0].yearKnown) return null;
  const hit = hits[0];
  // Part of a file name or URL ("[Screen-Shot-2018-07-02-at-10]") is not a stamp.
  if (/[\p{L}\p{N}_-]$/u.test(text.slice(0, hit.start)) || /^[\p{L}\p{N}_-]/u.test(text.slice(hit.end))) return null;
  // Bracketed image alt text ("[Associated] Associated Press November 19, 2019") is not a word.
  // (only brackets that close on their own side of the date: "[Video: … (9/17/16) …]" is a caption).
  const alt = /\[[^\]]*\]/g;
  let residue = (text.slice(0, hit.start).replace(alt, ' ') + ' ' + text.slice(hit.end).replace(alt, ' '))
    .split(/[\s,/|•·;:\-–—()[\]]+/)
    .filter((w) => w && !WEEKDAY.test(w) && !/^(?:at|on)$/i.test(w));
  // A labelled byline before the date ("Текст: Лида Буслаева·11 октября 2018") counts as "By …".
  const before = parseByline(text.slice(0, hit.start));
  if (before?.labelled && text.slice(hit.end).trim() === '') residue = ['by', ...before.names.map((n) => n.name.split(/\s+/)).flat()];
  // Beside the date: nothing, an agency ("Reuters", "Associated Press"), a byline
  // ("By Tess Bonn - …", up to 8 words) or a single word (a site or section name), so
  // titles such as "X SEES 1986 NOV 30 LOSS" or "Election Results Nov 19, 2019" are not stamps.
  const byline = /^by$/i.test(residue[0] ?? '');
  const agency = residue.length > 0 && agencyName(residue.join(' ')) !== null;
  if (!agency && residue.length > (byline ? 8 : 1)) return null;
  // Leftover words must look like names/agencies, not a sentence.
  if (residue.some((w) => /^\p{Ll}/u.test(w) && !/^(?:by|and|of|de|van|von|da|del)$/.test(w))) return null;
  return { kind: null, line: lineIndex, start: base + hit.start, end: base + hit.end, hit, base };
}

/**
 * Is line `index` the second or third line of a paragraph that opens with a byline, under
 * lines of a few words each ("Louise Matsakis\nBusiness\n11.15.2019 10:09 AM", Wired;
 * "By Brigit Katz\nsmithsonian.com\nNovember 18, 2019", Smithsonian)?
 */
function underShortLines(ctx: Context, index: number): boolean {
  const { lines } = ctx.doc;
  let k = 0;
  let i = index - 1;
  for (; i >= 0 && !lines[i].blank; i--) {
    const text = ctx.doc.lineText(lines[i]);
    if (++k > 2 || text.length > 60 || splitCount(text) > 8 || /[,;]$/.test(text)) return false;
  }
  if (k === 0) return false;
  const head = ctx.doc.lineText(lines[i + 1]);
  return /^by:?$/i.test(head) || parseByline(head) !== null || nameLine(head) !== null;
}

function resolve(ctx: Context, c: Candidate, override: ZoneOverride | null, warned: Set<string>): Timestamp {
  const { hit } = c;
  let offset: number | null = null;
  let zoneStated = false;
  if (hit.zone) {
    zoneStated = true;
    const { entry } = hit.zone;
    offset = stampOffset(entry, override, hit);
    // Without --timezone the offset is the abbreviation's own (never null here).
    if (entry.ambiguous && !override && offset !== null && !warned.has(hit.zone.text)) {
      warned.add(hit.zone.text);
      ctx.warn(
        'ambiguous-timezone',
        `${hit.zone.text} read as ${entry.name} (${formatOffset(offset).replace('Z', '+00:00')}); use --timezone to change`,
        c.base + hit.zone.start,
        c.base + hit.zone.end,
      );
    }
  } else if (hit.numericOffset !== null) {
    zoneStated = true;
    offset = hit.numericOffset;
  } else if (hit.hour !== null) {
    offset = stampOffset(null, override, hit);
  }
  return {
    iso: formatIso(hit, offset),
    raw: ctx.doc.text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    zoneStated,
  };
}

/**
 * A stamp without a year ("Updated Nov 19, 9:41 AM") borrows it from a stamp that has one,
 * nearby; failing that, from the page's copyright line ("© 2019 NJ.com"): pages leave the
 * year out of the current year's stamps, and the footer states the current year.
 */
function fillYears(ctx: Context, cands: Candidate[]): Candidate[] {
  const known = cands.filter((c) => c.hit.yearKnown);
  let footer: number | null | undefined;
  return cands.filter((c) => {
    if (c.hit.yearKnown) return true;
    const donor = known.find((k) => Math.abs(k.line - c.line) <= 3) ?? null;
    if (donor) {
      c.hit.year = donor.hit.year;
      return true;
    }
    if (footer === undefined) footer = copyrightYear(ctx);
    if (footer === null) return false;
    c.hit.year = footer;
    return true;
  });
}

/**
 * A time without a zone on the same line as a stamp that states one takes that zone:
 * "November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM".
 */
function fillZones(cands: Candidate[]): void {
  for (const c of cands) {
    if (c.hit.hour === null || c.hit.zone || c.hit.numericOffset !== null) continue;
    const donor = cands.find((d) => d.line === c.line && d !== c && d.hit.zone);
    const zone = donor?.hit.zone;
    if (donor && zone) {
      // Offsets stay relative to this candidate's text, so a warning points at the abbreviation.
      const shift = donor.base - c.base;
      c.hit.zone = { ...zone, start: zone.start + shift, end: zone.end + shift };
    }
  }
}

const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d{2}\s*[-–]\s*)?((?:19|20)\d{2})\b/i;

/** The latest year stated in a copyright line, or null. */
function copyrightYear(ctx: Context): number | null {
  let year: number | null = null;
  for (const line of ctx.doc.lines) {
    if (line.blank) continue;
    const m = COPYRIGHT.exec(ctx.doc.lineText(line));
    if (m) year = Math.max(year ?? 0, Number(m[1]));
  }
  return year;
}

/** Resolve a candidate outside the main pass (see ./webmeta.ts), warning once per abbreviation. */
function resolveLate(ctx: Context, c: Candidate): Timestamp {
  const warned = new Set<string>();
  for (const w of ctx.warnings) {
    if (w.code === 'ambiguous-timezone' && w.start !== null && w.end !== null) warned.add(ctx.doc.text.slice(w.start, w.end));
  }
  return resolve(ctx, c, parseZoneOverride(ctx.options.timezone), warned);
}

/**
 * The stamps a line holds, as the main pass reads them (an unlabelled date before the first
 * label, then the labelled ones; else an unlabelled stamp line), resolved, in line order.
 */
export function stampsOnLine(ctx: Context, lineIndex: number): Array<{ kind: Kind | null; stamp: Timestamp }> {
  const line = ctx.doc.lines[lineIndex];
  if (line.blank) return [];
  const text = ctx.doc.lineText(line);
  if (text.length > MAX_STAMP_LINE || !/\d/.test(text)) return [];
  const found = labelled(lineIndex, text, line.contentStart);
  const head = found.length ? found[0].start - line.contentStart : text.length;
  const first = head > 0 ? unlabelled(lineIndex, text.slice(0, head), line.contentStart) : null;
  return [...(first ? [first] : []), ...found]
    .filter((c) => c.hit.yearKnown)
    .map((c) => ({ kind: c.kind, stamp: resolveLate(ctx, c) }));
}

/**
 * A blog's meta line under the headline that opens with a date, or with a name and a date,
 * whatever follows ("13/06/2014 Tony Carter All, Books, Kit Reviews", "Carlos Nadalim
 * 23/08/2018 2 comentários Alfabetização, …"): the date and where the name stands in the
 * line (null when none), or null. After the date a name is taken only as two words before a
 * comma list ("Tony Carter" before "All, Books, Kit Reviews").
 */
export function metaLineStamp(ctx: Context, lineIndex: number): { stamp: Timestamp; name: { start: number; end: number } | null } | null {
  const line = ctx.doc.lines[lineIndex];
  if (line.blank) return null;
  const text = ctx.doc.lineText(line);
  if (text.length > MAX_STAMP_LINE) return null;
  const hit = findDates(text)[0];
  if (!hit || !hit.yearKnown) return null;
  const prefix = text.slice(0, hit.start).trim();
  const names = prefix ? nameLine(prefix) ?? soleName(prefix) : null;
  if (prefix && (!names || names.end < prefix.length)) return null;
  if (/^[\p{L}\p{N}_-]/u.test(text.slice(hit.end))) return null;
  const c: Candidate = { kind: null, line: lineIndex, start: line.contentStart + hit.start, end: line.contentStart + hit.end, hit, base: line.contentStart };
  // After a date that opens the line: two name words, then the post's categories.
  const after = prefix ? null : NAME_THEN_CATEGORIES.exec(text.slice(hit.end));
  const name = names ? { start: 0, end: names.end } : after ? { start: hit.end + after[1].length, end: hit.end + after[1].length + after[2].length } : null;
  return { stamp: resolveLate(ctx, c), name };
}

/**
 * A line under the headline that is only a day and month ("Nov 18", Wccftech), the year
 * taken from the page's copyright line; null when the line holds anything else or the page
 * states no copyright year.
 */
export function yearlessStampLine(ctx: Context, lineIndex: number): Timestamp | null {
  const line = ctx.doc.lines[lineIndex];
  if (line.blank) return null;
  const text = ctx.doc.lineText(line);
  if (text.length > 40) return null;
  const hits = findDates(text);
  if (hits.length !== 1 || hits[0].yearKnown || hits[0].hour !== null) return null;
  const hit = hits[0];
  if (text.slice(0, hit.start).replace(/[\s•·\-–—|]/g, '') || text.slice(hit.end).trim()) return null;
  const year = copyrightYear(ctx);
  if (year === null) return null;
  hit.year = year;
  return resolveLate(ctx, { kind: null, line: lineIndex, start: line.contentStart + hit.start, end: line.contentStart + hit.end, hit, base: line.contentStart });
}

const NAME_THEN_CATEGORIES = /^(\s+)(\p{Lu}\p{Ll}+ \p{Lu}[\p{Ll}'’-]+)\s+\p{Lu}[\p{L} ]*,/u;

export const datesExtractor: Extractor = {
  name: 'dates',
  run(ctx: Context): void {
    const { doc } = ctx;
    const override = parseZoneOverride(ctx.options.timezone);
    if (ctx.options.timezone && !override) {
      ctx.warn('invalid-timezone', `--timezone "${ctx.options.timezone}" is neither an IANA zone nor ±HH:MM; ignored`);
    }
    const shortParagraphHeads = new Set<number>();
    for (const p of doc.paragraphs) if (p.lastLine - p.firstLine < 3) shortParagraphHeads.add(p.firstLine);
    let cands: Candidate[] = [];
    for (const line of doc.lines) {
      if (line.blank || !(ctx.isFree(line.index) || ctx.roles[line.index] === 'boilerplate')) continue;
      const text = doc.lineText(line);
      if (text.length > MAX_STAMP_LINE || !/\d/.test(text)) continue;
      const found = labelled(line.index, text, line.contentStart);
      if (found.length) {
        // A date before the first label is the unlabelled (published) stamp: "Mon 18 Nov 2019
        // 18.54 GMT Last modified on …" (The Guardian). Before an "updated" label it is the
        // published stamp as much as a labelled one, and wins over a later "Published …" of a
        // teaser ("By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 …").
        const head = found[0].start - line.contentStart;
        const first = head > 0 ? unlabelled(line.index, text.slice(0, head), line.contentStart) : null;
        if (first) cands.push(found[0].kind === 'updated' ? { ...first, kind: 'published' } : first);
        cands.push(...found);
        continue;
      }
      // A stamp line stands at the head of its own short paragraph, or under a few short
      // lines of it ("By Brigit Katz\nsmithsonian.com\nNovember 18, 2019"), never as the
      // wrapped tail of a sentence ("…acquisition by Aancor Holdings Inc on\nApril 29, 1986.").
      if (!shortParagraphHeads.has(line.index) && !underShortLines(ctx, line.index)) continue;
      const prev = line.index > 0 ? doc.lines[line.index - 1] : null;
      if (prev && !prev.blank && /[\p{Ll},]$/u.test(doc.lineText(prev)) && !underShortLines(ctx, line.index)) continue; // a sentence running on

      const u = unlabelled(line.index, text, line.contentStart);
      if (u) cands.push(u);
    }
    cands = fillYears(ctx, cands);
    fillZones(cands);
    const warned = new Set<string>();
    // The first stamp of a kind; a later one of the same kind on the same day that also
    // gives the time is more precise ("UPDATED: Tue., Nov. 19, 2019" … "Updated: Nov. 19,
    // 2019, 7:10 p.m.").
    const pick = (kind: Kind | null): Candidate | undefined => {
      const same = cands.filter((c) => c.kind === kind);
      const first = same[0];
      if (!first || first.hit.hour !== null) return first;
      return same.find((c) => c.hit.hour !== null && c.hit.year === first.hit.year &&
        c.hit.month === first.hit.month && c.hit.day === first.hit.day) ?? first;
    };
    const published = pick('published') ?? pick(null);
    const updated = pick('updated');
    // Resolve in document order so a warning points at the first use of an abbreviation.
    const chosen: Array<[Kind, Candidate]> = [];
    if (published) chosen.push(['published', published]);
    if (updated) chosen.push(['updated', updated]);
    chosen.sort((a, b) => a[1].start - b[1].start);
    for (const [kind, c] of chosen) ctx.found[kind] = resolve(ctx, c, override, warned);
    for (const c of cands) ctx.claim(c.line, 'stamp');
  },
};
