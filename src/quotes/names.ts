/**
 * Capitalised words that are not names: sentence openers, pronouns, days and months. A
 * capitalised word next to a cue that is none of these may be a name the recogniser missed.
 */
export const NOT_NAMES = /^(?:The|A|An|In|On|At|But|And|Or|However|Meanwhile|Earlier|Later|It|Its|This|That|These|Those|Mr|Mrs|Ms|Dr|I|We|You|They|He|She|Our|My|His|Her|Their|As|When|After|Before|If|While|Since|Because|Although|Though|So|Then|Now|Yet|Still|Also|Here|There|What|Who|Why|How|Where|Which|One|Some|Many|Most|All|Both|Each|Every|No|Not|Only|Even|Just|For|With|From|By|To|Of|Last|Next|First|According|Asked|Speaking|During|Despite|Instead|Indeed|Finally|Today|Yesterday|On|Over|Under|Under|Once|Like|Unlike|Among|Other|Others|Such|Thus|Again|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * Capitalised words right before a speech verb at the start of a sentence ("McLenney said",
 * "Wines believes"), that no entity mention covers: people the recogniser missed, as
 * mentions of their own. `cue` matches a speech verb at the start of a string.
 */
export function unrecognisedSpeakers(
  text: string, masked: string, covered: (start: number, end: number) => boolean, cue: RegExp,
): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  const run = /(?:^|[.!?]\s+|\n\s*)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?=\p{Ll})/gu;
  for (let m = run.exec(masked); m; m = run.exec(masked)) {
    const name = m[1];
    const start = m.index + m[0].indexOf(name);
    const end = start + name.length;
    if (NOT_NAMES.test(name.split(/\s+/)[0]) || /[’']s$/.test(name) || covered(start, end)) continue;
    if (!cue.test(masked.slice(end + 1, end + 40))) continue;
    out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}
