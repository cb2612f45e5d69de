/**
 * News agencies as plain data: the canonical name and the forms it is written in
 * (bylines "By X, Reuter", datelines "(AFP)", sign-offs "REUTER", credits "IMAGE: AP").
 * Short forms (acronyms) match with the case given here; long forms ignore case.
 * Add an agency by adding a row; nothing else needs to change.
 */
export interface AgencyProfile {
  /** Canonical name used in the output ("Reuters"). */
  name: string;
  /** Acronyms and short forms, matched case-sensitively as whole words. */
  short: string[];
  /** Full names and spelling variants, matched case-insensitively as whole words. */
  long: string[];
}

export const AGENCIES: readonly AgencyProfile[] = [
  // 1987 wire copy writes "Reuter"; Reuters-21578 also has the typo "Reutersd".
  { name: 'Reuters', short: [], long: ['Reuters', 'Reuter', 'Reutersd', 'Thomson Reuters'] },
  { name: 'AP', short: ['AP'], long: ['Associated Press', 'The Associated Press'] },
  { name: 'AFP', short: ['AFP'], long: ['Agence France-Presse', 'Agence France Presse'] },
  { name: 'PTI', short: ['PTI'], long: ['Press Trust of India'] },
  { name: 'IANS', short: ['IANS'], long: ['Indo-Asian News Service'] },
  { name: 'ANI', short: ['ANI'], long: ['Asian News International'] },
  { name: 'UNI', short: ['UNI'], long: ['United News of India'] },
  { name: 'UPI', short: ['UPI'], long: ['United Press International'] },
  { name: 'DPA', short: ['DPA', 'dpa'], long: ['Deutsche Presse-Agentur'] },
  { name: 'Bloomberg', short: [], long: ['Bloomberg', 'Bloomberg News'] },
  { name: 'Xinhua', short: [], long: ['Xinhua', 'Xinhua News Agency'] },
  { name: 'Kyodo', short: [], long: ['Kyodo', 'Kyodo News'] },
  { name: 'Yonhap', short: [], long: ['Yonhap', 'Yonhap News Agency'] },
  { name: 'TASS', short: ['TASS'], long: ['Itar-Tass'] },
  { name: 'EFE', short: ['EFE'], long: [] },
  { name: 'ANSA', short: ['ANSA'], long: [] },
  { name: 'Anadolu', short: ['AA'], long: ['Anadolu Agency', 'Anadolu'] },
  { name: 'CP', short: ['CP'], long: ['The Canadian Press', 'Canadian Press'] },
  { name: 'AAP', short: ['AAP'], long: ['Australian Associated Press'] },
  { name: 'PA', short: ['PA'], long: ['PA Media', 'Press Association'] },
  // Press-release wires, as press releases name them in their datelines.
  { name: 'PR Newswire', short: ['PRNewswire'], long: ['PR Newswire'] },
  { name: 'Business Wire', short: [], long: ['Business Wire'] },
  { name: 'GlobeNewswire', short: [], long: ['GlobeNewswire', 'Globe Newswire'] },
  { name: 'Accesswire', short: [], long: ['Accesswire'] },
  { name: 'CNW', short: ['CNW'], long: ['Canada Newswire', 'CNW Group'] },
];

const BY_FORM = new Map<string, string>();
for (const a of AGENCIES) {
  for (const s of a.short) BY_FORM.set(`=${s}`, a.name);
  for (const l of a.long) BY_FORM.set(`~${l.toLowerCase()}`, a.name);
}

/**
 * The canonical agency name if `text` (trimmed; a leading "the" and trailing period are
 * ignored) is exactly one of the known forms, else null. "Reuter" → "Reuters".
 */
export function agencyName(text: string): string | null {
  const t = text.trim().replace(/\.$/, '').replace(/\s+/g, ' ');
  return BY_FORM.get(`=${t}`) ?? BY_FORM.get(`~${t.toLowerCase()}`) ?? BY_FORM.get(`~${t.toLowerCase().replace(/^the /, '')}`) ?? null;
}

/** Every written form: [form (lower case when not exact), exact case?, canonical name]. */
const FORMS: ReadonlyArray<[string, boolean, string]> = AGENCIES.flatMap((a) => [
  ...a.short.map((s): [string, boolean, string] => [s, true, a.name]),
  ...a.long.map((l): [string, boolean, string] => [l.toLowerCase(), false, a.name]),
  ...a.long.map((l): [string, boolean, string] => [`the ${l.toLowerCase()}`, false, a.name]),
]);

/** The key of FORMS_BY_FIRST for a text: its first character, lower-cased (first code unit). */
const firstKey = (text: string): string => text.charAt(0).toLowerCase().charAt(0);

/** FORMS by their first character lower-cased (in FORMS order): a text only needs those of its own. */
const FORMS_BY_FIRST = new Map<string, Array<[string, boolean, string]>>();
for (const f of FORMS) {
  const key = firstKey(f[0]);
  FORMS_BY_FIRST.set(key, [...(FORMS_BY_FIRST.get(key) ?? []), f]);
}

/**
 * A known agency at the start of `text`: its canonical name and the length of the form
 * matched (the longest form wins, so "Associated Press" beats "AP"), or null.
 */
export function agencyPrefix(text: string): { name: string; length: number } | null {
  let best: { name: string; length: number } | null = null;
  for (const [form, exact, name] of FORMS_BY_FIRST.get(firstKey(text)) ?? []) {
    const head = text.slice(0, form.length);
    const same = exact ? head === form : head.toLowerCase() === form;
    if (!same) continue;
    const next = text.charAt(form.length);
    if (next && /[\p{L}\p{N}]/u.test(next)) continue; // whole words only
    if (!best || form.length > best.length) best = { name, length: form.length };
  }
  return best;
}
