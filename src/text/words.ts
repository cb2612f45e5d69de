/**
 * The words `text` writes in lower case (its runs of letters, digits, apostrophes and
 * dashes that have no capital), read once per document: a capitalised word whose lower-case
 * form is among them is a common word opening a sentence ("Analysts said", "Overall, …") or
 * running on from a name in a title-case headline ("Sanders Could Backfire").
 */
export function lowerCaseWords(text: string, into: Set<string> = new Set()): Set<string> {
  for (const m of text.matchAll(/[\p{L}\p{N}'’-]+/gu)) if (m[0] === m[0].toLowerCase()) into.add(m[0]);
  return into;
}
