/**
 * Month names in other languages, as plain data, so stamps such as "11 октября 2018"
 * (Russian), "Maret 30, 2015" (Indonesian) or "23 de agosto de 2018" (Portuguese) can be
 * read. Only used inside a full date (day, month word, year); see
 * src/extractors/metadata/stamps.ts. Add a language by adding a row per month.
 */
const ENGLISH = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

/** Per English month (index 0 = January): its names in de, es, fr, id, it, nl, pt, ru (nominative and genitive). */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  ['januar', 'enero', 'janvier', 'januari', 'gennaio', 'janeiro', 'январь', 'января'],
  ['februar', 'febrero', 'février', 'februari', 'febbraio', 'fevereiro', 'февраль', 'февраля'],
  ['märz', 'marzo', 'mars', 'maret', 'maart', 'março', 'март', 'марта'],
  ['abril', 'avril', 'aprile', 'апрель', 'апреля'],
  ['mai', 'mayo', 'mei', 'maggio', 'maio', 'май', 'мая'],
  ['juni', 'junio', 'juin', 'giugno', 'junho', 'июнь', 'июня'],
  ['juli', 'julio', 'juillet', 'luglio', 'julho', 'июль', 'июля'],
  ['agosto', 'août', 'agustus', 'augustus', 'август', 'августа'],
  ['septiembre', 'septembre', 'settembre', 'setembro', 'сентябрь', 'сентября'],
  ['oktober', 'octubre', 'octobre', 'ottobre', 'outubro', 'октябрь', 'октября'],
  ['noviembre', 'novembre', 'nopember', 'novembro', 'ноябрь', 'ноября'],
  ['dezember', 'diciembre', 'décembre', 'desember', 'dicembre', 'dezembro', 'декабрь', 'декабря'],
];

const BY_NAME = new Map<string, string>();
MONTH_NAMES.forEach((names, i) => { for (const n of names) BY_NAME.set(n, ENGLISH[i]); });

/** The English month name for a month name in one of the languages above, or null. */
export function monthInEnglish(word: string): string | null {
  return BY_NAME.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}
