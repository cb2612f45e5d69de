/** Validation of `--timezone`: an IANA zone name or a ±HH:MM offset. */

/** The reason `value` is not acceptable, or null when it is. */
export function timezoneProblem(value: string): string | null {
  const offset = /^[+-](\d{2}):(\d{2})$/.exec(value);
  if (offset) {
    return Number(offset[1]) <= 14 && Number(offset[2]) < 60 ? null : 'Offset out of range (-14:00 to +14:00)';
  }
  if (value === 'UTC' || value === 'GMT' || Intl.supportedValuesOf('timeZone').includes(value)) return null;
  // Aliases such as Asia/Calcutta are fine; bare abbreviations (IST, EST) are what the option
  // exists to disambiguate, so they are refused even though ICU accepts some of them.
  if (value.includes('/')) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      return null;
    } catch {
      // fall through
    }
  }
  return 'Not an IANA time zone (e.g. Asia/Kolkata) or ±HH:MM offset (e.g. +05:30)';
}
