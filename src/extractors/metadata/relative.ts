/**
 * Relative stamps: "Published 22 hours ago", "Updated 16M ago", "Today 12:01 AM",
 * "Updated 8:03 am ET". A page shows them instead of a date; they mean something only
 * against the moment the page was saved, which the text does not say. Read here as a
 * whole line (a label, then the relative expression, nothing else), and resolved only against
 * a reference date the caller gives (`ParseOptions.referenceDate`, `--reference-date`).
 *
 * Resolution: "N minutes/hours ago" is the reference instant minus N (in the reference's own
 * offset, or --timezone's when the reference gives none; a date-only reference gives the day
 * only); "N days/weeks ago" is a day; "today"/"yesterday" and a bare time take the reference's
 * day, the time and zone as written. As for written stamps (dates.ts), --timezone decides an
 * ambiguous zone abbreviation and a time without one.
 */
import { zoneAbbreviation } from '../../profiles/timezones';
import { DateHit, formatIso, parseOffset, stampKind, stampOffset, ZoneOverride } from './stamps';

export interface RelativeStamp {
  kind: 'published' | 'updated';
  /** Offsets in the line's text of the whole stamp (label included). */
  start: number;
  end: number;
  /** minutes back from the reference; null for a day-and-time form */
  minutesAgo: number | null;
  /** days back, for "N days ago", "yesterday", "today", a bare time */
  daysAgo: number;
  hour: number | null;
  minute: number;
  zone: string | null;
}

/** A reference moment: the wall clock and, when given, its offset. */
export interface ReferenceDate {
  year: number;
  month: number;
  day: number;
  hour: number | null;
  minute: number;
  offset: number | null;
}

const LABEL = /^(?:(last\s+updated|updated|modified|published|posted)\s*:?\s*)?/i;
const AGO = /^(\d+|an?|one)\s*(m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\s+ago$/i;
const DAY_TIME = /^(today|yesterday)(?:,?\s*(?:at\s+)?(\d{1,2}):(\d{2})\s*([ap])\.?m\.?)?(?:\s+([A-Z]{2,5}))?$/i;
const TIME = /^(\d{1,2}):(\d{2})\s*([ap])\.?m\.?(?:\s+([A-Z]{2,5}))?$/i;
const UNIT_MINUTES: Record<string, number> = { m: 1, h: 60, d: 1440, w: 10080 };

const hour24 = (h: string, ampm: string | undefined): number => (Number(h) % 12) + (ampm && /p/i.test(ampm) ? 12 : 0);

/** The relative stamp a line is made of, or null. A bare time needs a label. */
export function relativeStamp(line: string): RelativeStamp | null {
  const text = line.trim();
  const start = line.length - line.trimStart().length;
  const label = LABEL.exec(text);
  const labelText = label?.[1] ?? '';
  const rest = text.slice(label?.[0].length ?? 0);
  const base = { kind: stampKind(labelText), start, end: start + text.length };
  const ago = AGO.exec(rest);
  if (ago) {
    const n = /^\d+$/.test(ago[1]) ? Number(ago[1]) : 1;
    const minutes = n * UNIT_MINUTES[ago[2][0].toLowerCase()];
    const byDay = minutes >= 1440;
    return { ...base, minutesAgo: byDay ? null : minutes, daysAgo: byDay ? minutes / 1440 : 0, hour: null, minute: 0, zone: null };
  }
  const dayTime = DAY_TIME.exec(rest);
  if (dayTime) {
    const hour = dayTime[2] === undefined ? null : hour24(dayTime[2], dayTime[4]);
    const daysAgo = /yesterday/i.test(dayTime[1]) ? 1 : 0;
    return { ...base, minutesAgo: null, daysAgo, hour, minute: Number(dayTime[3] ?? 0), zone: dayTime[5] ?? null };
  }
  const time = labelText ? TIME.exec(rest) : null;
  if (time) {
    return { ...base, minutesAgo: null, daysAgo: 0, hour: hour24(time[1], time[3]), minute: Number(time[2]), zone: time[4] ?? null };
  }
  return null;
}

const REFERENCE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** "2019-11-20", "2019-11-20T08:00", "2019-11-20T08:00:00-05:00" → a ReferenceDate, or null. */
export function parseReferenceDate(text: string): ReferenceDate | null {
  const m = REFERENCE.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const hour = m[4] === undefined ? null : Number(m[4]);
  const minute = Number(m[5] ?? 0);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || (hour ?? 0) > 23 || minute > 59) return null;
  const offset = m[6] === undefined ? null : parseOffset(m[6]);
  return { year, month, day, hour, minute, offset };
}

function hitAt(epochMs: number, withTime: boolean): DateHit {
  const d = new Date(epochMs);
  return {
    start: 0, end: 0, year: d.getUTCFullYear(), yearKnown: true, month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    hour: withTime ? d.getUTCHours() : null, minute: withTime ? d.getUTCMinutes() : 0, second: 0, zone: null, numericOffset: null,
  };
}

/**
 * The ISO 8601 value of a relative stamp against `ref`, and whether the text stated the zone.
 * `override`: --timezone, for an ambiguous or missing zone.
 */
export function resolveRelative(stamp: RelativeStamp, ref: ReferenceDate, override: ZoneOverride | null = null): { iso: string; zoneStated: boolean } {
  // The reference's wall clock as if it were UTC: arithmetic on it keeps its own offset.
  const wall = Date.UTC(ref.year, ref.month - 1, ref.day, ref.hour ?? 12, ref.minute);
  if (stamp.minutesAgo !== null) {
    const exact = ref.hour !== null;
    const offset = exact ? (ref.offset ?? stampOffset(null, override, hitAt(wall, true))) : null;
    return { iso: formatIso(hitAt(wall - stamp.minutesAgo * 60_000, exact), offset), zoneStated: false };
  }
  const day = hitAt(wall - stamp.daysAgo * 86_400_000, false);
  if (stamp.hour === null) return { iso: formatIso(day, null), zoneStated: false };
  const hit: DateHit = { ...day, hour: stamp.hour, minute: stamp.minute };
  const entry = stamp.zone ? zoneAbbreviation(stamp.zone.toUpperCase()) : null;
  return { iso: formatIso(hit, stampOffset(entry, override, hit)), zoneStated: entry !== null };
}
