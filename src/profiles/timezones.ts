/**
 * Time-zone abbreviations as written in article stamps, as plain data.
 *
 * - `offset`: a fixed UTC offset ("+05:30").
 * - `zone`: an IANA zone whose offset depends on the date (the generic US "ET", "PT", ...,
 *   which mean EST or EDT according to the season).
 * - `ambiguous`: the abbreviation names several zones. The entry's offset is the documented
 *   default, chosen for English-language news; a stamp using it gets an
 *   `ambiguous-timezone` warning, and `--timezone` (ParseOptions.timezone) replaces it.
 *
 * Defaults for the ambiguous ones:
 *   IST → India Standard Time (+05:30), not Irish (+01:00) or Israel (+02:00) Standard Time
 *   BST → British Summer Time (+01:00), not Bangladesh Standard Time (+06:00)
 *   CST → US Central Standard Time (−06:00), not China (+08:00) or Cuba (−05:00)
 *   CDT → US Central Daylight Time (−05:00), not Cuba Daylight Time (−04:00)
 *   AST → Atlantic Standard Time (−04:00), not Arabia Standard Time (+03:00)
 *   SST → Samoa Standard Time (−11:00), not Singapore (+08:00)
 *   ECT → Ecuador Time (−05:00), not Eastern Caribbean Time (−04:00)
 */
export interface ZoneAbbreviation {
  /** What we read the abbreviation as. */
  name: string;
  offset?: string;
  zone?: string;
  ambiguous?: boolean;
}

export const ZONE_ABBREVIATIONS: Readonly<Record<string, ZoneAbbreviation>> = {
  UTC: { name: 'Coordinated Universal Time', offset: '+00:00' },
  GMT: { name: 'Greenwich Mean Time', offset: '+00:00' },
  Z: { name: 'UTC', offset: '+00:00' },
  WET: { name: 'Western European Time', offset: '+00:00' },
  WEST: { name: 'Western European Summer Time', offset: '+01:00' },
  CET: { name: 'Central European Time', offset: '+01:00' },
  CEST: { name: 'Central European Summer Time', offset: '+02:00' },
  EET: { name: 'Eastern European Time', offset: '+02:00' },
  EEST: { name: 'Eastern European Summer Time', offset: '+03:00' },
  MSK: { name: 'Moscow Time', offset: '+03:00' },
  BST: { name: 'British Summer Time', offset: '+01:00', ambiguous: true },
  IST: { name: 'India Standard Time', offset: '+05:30', ambiguous: true },
  PKT: { name: 'Pakistan Standard Time', offset: '+05:00' },
  NPT: { name: 'Nepal Time', offset: '+05:45' },
  ICT: { name: 'Indochina Time', offset: '+07:00' },
  WIB: { name: 'Western Indonesia Time', offset: '+07:00' },
  SGT: { name: 'Singapore Time', offset: '+08:00' },
  HKT: { name: 'Hong Kong Time', offset: '+08:00' },
  PHT: { name: 'Philippine Time', offset: '+08:00' },
  AWST: { name: 'Australian Western Standard Time', offset: '+08:00' },
  JST: { name: 'Japan Standard Time', offset: '+09:00' },
  KST: { name: 'Korea Standard Time', offset: '+09:00' },
  ACST: { name: 'Australian Central Standard Time', offset: '+09:30' },
  AEST: { name: 'Australian Eastern Standard Time', offset: '+10:00' },
  AEDT: { name: 'Australian Eastern Daylight Time', offset: '+11:00' },
  NZST: { name: 'New Zealand Standard Time', offset: '+12:00' },
  NZDT: { name: 'New Zealand Daylight Time', offset: '+13:00' },
  WAT: { name: 'West Africa Time', offset: '+01:00' },
  CAT: { name: 'Central Africa Time', offset: '+02:00' },
  SAST: { name: 'South Africa Standard Time', offset: '+02:00' },
  EAT: { name: 'East Africa Time', offset: '+03:00' },
  GST: { name: 'Gulf Standard Time', offset: '+04:00' },
  AST: { name: 'Atlantic Standard Time', offset: '-04:00', ambiguous: true },
  ADT: { name: 'Atlantic Daylight Time', offset: '-03:00' },
  NST: { name: 'Newfoundland Standard Time', offset: '-03:30' },
  NDT: { name: 'Newfoundland Daylight Time', offset: '-02:30' },
  EST: { name: 'Eastern Standard Time', offset: '-05:00' },
  EDT: { name: 'Eastern Daylight Time', offset: '-04:00' },
  CST: { name: 'US Central Standard Time', offset: '-06:00', ambiguous: true },
  CDT: { name: 'US Central Daylight Time', offset: '-05:00', ambiguous: true },
  MST: { name: 'Mountain Standard Time', offset: '-07:00' },
  MDT: { name: 'Mountain Daylight Time', offset: '-06:00' },
  PST: { name: 'Pacific Standard Time', offset: '-08:00' },
  PDT: { name: 'Pacific Daylight Time', offset: '-07:00' },
  AKST: { name: 'Alaska Standard Time', offset: '-09:00' },
  AKDT: { name: 'Alaska Daylight Time', offset: '-08:00' },
  HST: { name: 'Hawaii Standard Time', offset: '-10:00' },
  SST: { name: 'Samoa Standard Time', offset: '-11:00', ambiguous: true },
  BRT: { name: 'Brasilia Time', offset: '-03:00' },
  ART: { name: 'Argentina Time', offset: '-03:00' },
  ECT: { name: 'Ecuador Time', offset: '-05:00', ambiguous: true },
  // Generic US zones: standard or daylight time according to the date.
  ET: { name: 'US Eastern Time', zone: 'America/New_York' },
  CT: { name: 'US Central Time', zone: 'America/Chicago' },
  MT: { name: 'US Mountain Time', zone: 'America/Denver' },
  PT: { name: 'US Pacific Time', zone: 'America/Los_Angeles' },
};

/** The table entry for an abbreviation as written ("IST", "E.T." → "ET"), or null. */
export function zoneAbbreviation(text: string): ZoneAbbreviation | null {
  const key = text.replace(/\./g, '');
  return Object.prototype.hasOwnProperty.call(ZONE_ABBREVIATIONS, key) ? ZONE_ABBREVIATIONS[key] : null;
}
