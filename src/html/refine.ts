/**
 * The HTML refiner: the text pipeline's findings (already mapped into HTML offsets) refined
 * with what the page says about itself (./metadata.ts). Runs for HTML input only.
 *
 * - published / updated: the metadata value wins when it can be read and is not less precise
 *   than the stamp the text gave (a date-only value does not replace a stamp with a time, a
 *   zone-less one does not replace a zoned one). ISO 8601 values are normalised to the form
 *   the dates extractor writes (seconds present, fractions dropped, zero offset `Z`, no
 *   conversion to UTC); other forms ("Tue, 19 Nov 2019 14:20:00 GMT") are read like a stamp
 *   in the text, zone abbreviations through src/profiles/timezones.ts. Years before 1970
 *   are CMS placeholders (`0001-01-01T00:00:00Z`) and are skipped.
 * - authors: only when the text byline found none. People only: a value typed Organization
 *   is an agency when it is a known one (src/profiles/agencies.ts), else an author
 *   organisation, as is a desk ("Staff Reports"), when no person is named at all;
 *   other values must read as a byline's names (src/extractors/metadata/names.ts:
 *   "By TOM KRISHER, AP Auto Writer" → "TOM KRISHER"; "admin", "BBC News" → nothing).
 * - headline: the rendered `<h1>` that is the metadata headline has already been made the
 *   headline inside the pipeline (./headline.ts); here, only when no headline was found at
 *   all, the metadata headline itself is used.
 *
 * Values from metadata point at the value inside the HTML (the attribute value or the JSON
 * string); the timestamp's `raw` is the metadata string.
 */
import { formatIso, DateHit, entryOffset, findDates, formatOffset, overrideOffset, parseOffset, parseZoneOverride } from '../extractors/metadata/stamps';
import { parseByline } from '../extractors/metadata/names';
import { deskName } from '../extractors/metadata/desks';
import { standsInFor } from '../extractors/late-dates';
import { agencyName } from '../profiles/agencies';
import type { Agency, Article, ParseOptions, Span, Timestamp, Warning } from '../types';
import { foldTitle } from './headline';
import { MetaValue, PageMetadata, valueSpan } from './metadata';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const MIN_YEAR = 1970;

interface ReadDate {
  iso: string;
  zoneStated: boolean;
  hasTime: boolean;
  warning: Warning | null;
}

function hitOf(year: number, month: number, day: number, hour: number | null, minute: number, second: number): DateHit {
  return { start: 0, end: 0, year, yearKnown: true, month, day, hour, minute, second, zone: null, numericOffset: null };
}

/** A metadata date as an ISO 8601 string in the form the dates extractor writes, or null. */
export function readMetaDate(v: MetaValue, timezone?: string): ReadDate | null {
  const text = v.value.trim();
  const override = parseZoneOverride(timezone);
  const m = ISO_DATE.exec(text);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const hour = m[4] === undefined ? null : Number(m[4]);
    const minute = Number(m[5] ?? 0);
    const second = Number(m[6] ?? 0);
    if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > 31 || (hour ?? 0) > 23 || minute > 59 || second > 60) return null;
    const hit = hitOf(year, month, day, hour, minute, second);
    const zone = m[7] === undefined ? null : parseOffset(m[7]);
    if (m[7] !== undefined && zone === null) return null;
    const offset = hour === null ? null : zone ?? (override ? overrideOffset(override, hit) : null);
    return { iso: formatIso(hit, offset), zoneStated: zone !== null, hasTime: hour !== null, warning: null };
  }
  const hit = findDates(text).find((h) => h.yearKnown);
  if (!hit || hit.year < MIN_YEAR) return null;
  let offset: number | null = null;
  let zoneStated = false;
  let warning: Warning | null = null;
  if (hit.zone) {
    zoneStated = true;
    const { entry } = hit.zone;
    if (entry.ambiguous && override) offset = overrideOffset(override, hit);
    else {
      offset = entryOffset(entry, hit);
      if (entry.ambiguous) {
        const lead = v.value.length - v.value.trimStart().length; // findDates read the trimmed value
        const at = valueSpan(v, lead + hit.zone.start, lead + hit.zone.end);
        warning = {
          code: 'ambiguous-timezone',
          message: `${hit.zone.text} read as ${entry.name} (${formatOffset(offset).replace('Z', '+00:00')}); use --timezone to change`,
          start: at.start,
          end: at.end,
        };
      }
    }
  } else if (hit.numericOffset !== null) {
    zoneStated = true;
    offset = hit.numericOffset;
  } else if (hit.hour !== null && override) {
    offset = overrideOffset(override, hit);
  }
  return { iso: formatIso(hit, offset), zoneStated, hasTime: hit.hour !== null, warning };
}

/** Does the metadata value say at least as much as the text's stamp? */
function atLeastAsPrecise(meta: ReadDate, text: Timestamp | null): boolean {
  if (!text) return true;
  const textHasTime = text.iso.length > 10;
  if (textHasTime && !meta.hasTime) return false;
  if (text.zoneStated && !meta.zoneStated) return false;
  return true;
}

function refineDate(article: Article, kind: 'published' | 'updated', candidates: MetaValue[], options: ParseOptions): void {
  for (const v of candidates) {
    const read = readMetaDate(v, options.timezone);
    if (!read) continue;
    const current = article.timestamps[kind];
    if (!atLeastAsPrecise(read, current)) return;
    const span = valueSpan(v);
    article.timestamps[kind] = { iso: read.iso, raw: v.value, start: span.start, end: span.end, zoneStated: read.zoneStated };
    article[kind] = read.iso;
    // The text's stand-ins for this value no longer apply (src/extractors/late-dates.ts).
    article.warnings = article.warnings.filter((w) => !standsInFor(w, kind));
    if (read.warning && !article.warnings.some((w) => w.code === read.warning?.code && w.message === read.warning?.message)) {
      article.warnings.push(read.warning);
    }
    return;
  }
}

function refineHeadline(article: Article, meta: PageMetadata): void {
  const metaHeadline = meta.headline;
  if (article.headline === null && metaHeadline) {
    article.headline = metaHeadline.value.replace(/\s+/g, ' ').trim();
    article.spans.headline = valueSpan(metaHeadline);
    article.warnings = article.warnings.filter((w) => w.code !== 'no-headline');
  }
}

function refineAuthors(article: Article, meta: PageMetadata): void {
  if (article.authors.length > 0) return;
  const seen = new Set<string>();
  const organisations: Agency[] = [];
  const addOrganisation = (name: string, span: Span): void => {
    if (!organisations.some((o) => o.name === name)) organisations.push({ name, ...span });
  };
  const addAgency = (name: string, span: Span): void => {
    if (!article.agencies.some((a) => a.name === name)) article.agencies.push({ name, ...span });
  };
  for (const author of meta.authors) {
    const v = author.value;
    const text = v.value;
    if (author.type && !/^person$/i.test(author.type)) {
      const agency = agencyName(text);
      if (agency) addAgency(agency, valueSpan(v));
      else if (/^organi[sz]ation$/i.test(author.type)) addOrganisation(text.trim(), valueSpan(v));
      continue;
    }
    // A byline as metadata writes it: "By X", "X, Role", "X and Y".
    const labelled = parseByline(text);
    const shift = labelled ? 0 : 3;
    const byline = labelled ?? parseByline(`By ${text}`);
    if (!byline) {
      const agency = agencyName(text);
      if (agency) addAgency(agency, valueSpan(v));
      const desk = deskName(text);
      if (desk) addOrganisation(desk.name, valueSpan(v, desk.start, desk.end));
      continue;
    }
    for (const n of byline.names) {
      const key = foldTitle(n.name);
      if (seen.has(key)) continue;
      seen.add(key);
      article.authors.push({ name: n.name, ...valueSpan(v, n.start - shift, n.end - shift) });
    }
    for (const a of byline.agencies) addAgency(a.name, valueSpan(v, a.start - shift, a.end - shift));
  }
  // A desk or organisation as the author: only when no person is, and the text named none.
  if (article.authors.length === 0 && article.authorOrganisations.length === 0) article.authorOrganisations = organisations;
}

/** Refine `article` (offsets already in the HTML) with the page's metadata; in place, returned. */
export function refineWithMetadata(article: Article, meta: PageMetadata, options: ParseOptions): Article {
  refineHeadline(article, meta);
  refineAuthors(article, meta);
  refineDate(article, 'published', meta.published, options);
  refineDate(article, 'updated', meta.modified, options);
  return article;
}
